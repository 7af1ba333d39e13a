import { parseState, serialiseState, sourceOn, sourcesOf } from '../../src/core/state';

const RANGE = (from: [number, number], to: [number, number]) => ({ from: { row: from[0], col: from[1] }, to: { row: to[0], col: to[1] } });

describe('the state of a plan that stands on several sheets', () => {
  it('keeps the program’s columns on each sheet, the cells their values came from included, through the state sheet’s text', () => {
    const state = {
      sourceSheet: 'Forslag 1',
      output: RANGE([2, 4], [7, 7]),
      bilagSheet: 'Bilag 1',
      columnPrints: ['a1', 'b2', 'c3', 'd4'],
      valueInputs: [{ cells: 'B7', print: '0badf00d' }],
      moreSources: [
        { sheet: 'Forslag 2', output: RANGE([2, 4], [13, 7]), columnPrints: ['e5', 'f6', 'a7', 'b8'], valueInputs: [{ cells: 'C12', print: 'cafebabe' }] },
        { sheet: 'Forslag 3', output: RANGE([7, 4], [11, 7]), columnPrints: ['c9', 'd0', 'e1', 'f2'] },
      ],
    };
    const parsed = parseState(serialiseState(state));
    expect(parsed).toEqual(state);
    expect(sourcesOf(parsed!).map((s) => s.sheet)).toEqual(['Forslag 1', 'Forslag 2', 'Forslag 3']);
    // Excel compares sheet names without case.
    expect(sourceOn(parsed, 'forslag 3')?.output).toEqual(RANGE([7, 4], [11, 7]));
  });

  it('reads a state written before plans stood on several sheets as one source sheet', () => {
    const older = '{"version":1,"sourceSheet":"Plan","output":"I3:L9","bilagSheet":"Bilag 1","columnPrints":["a","b","c","d"]}';
    expect(sourcesOf(parseState(older)!)).toEqual([{ sheet: 'Plan', output: RANGE([2, 8], [8, 11]), columnPrints: ['a', 'b', 'c', 'd'] }]);
  });

  it('owns nothing when a further sheet’s entry is not one it wrote', () => {
    const broken = '{"version":1,"sourceSheet":"Plan","output":"I3:L9","bilagSheet":"Bilag 1","columnPrints":[],"moreSources":[{"sheet":"Forslag 2"}]}';
    expect(parseState(broken)).toBeUndefined();
  });
});
