import { toA1 } from '../../src/core/a1';
import { printInputs, staleFindings } from '../../src/core/formulas/staleness';
import { GridCell, gridOf } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { parseState, serialiseState } from '../../src/core/state';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { HEADER, smallScheme } from '../helpers/plan';

describe('results written as values, and when they are out of date', () => {
  it('keeps a fingerprint of the inputs of values in the state, and says where one changed since Beregn', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', '2,0', 3, null, 1.5, 2.5], ['2', 'Dagtilbud', 'B', 1, 1, null, 1, null]] });
    const first = await runPlan(workbook, smallScheme(), { write: true });
    expect(first.written).toBe(true);
    const state = (await workbook.facts()).state!;
    // Only the 2023 gap of row 2 reads D2 (text): a value, whose inputs are D2 and those of the effect beside it (G2).
    expect(state.valueInputs?.map((i) => i.cells)).toEqual(['D2', 'G2']);

    const unchanged = await runPlan(workbook, smallScheme(), { write: false });
    expect(unchanged.result.findings.filter((f) => f.code === 'results-stale')).toEqual([]);

    workbook.type('Plan', 'D2', '2,5');
    const edited = await runPlan(workbook, smallScheme(), { write: false });
    const stale = edited.result.findings.filter((f) => f.code === 'results-stale');
    expect(stale.map((f) => [f.cell, f.severity])).toEqual([['D2', 'warning']]);
    expect(stale[0]?.message).toContain('D2 er ændret siden sidste Beregn');

    // Typed as a number, the input is one Excel reads: Beregn again makes the gap a formula, and nothing is out of date.
    workbook.type('Plan', 'D2', 2.5);
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
    expect((await workbook.facts()).state?.valueInputs).toBeUndefined();
    const after = await runPlan(workbook, smallScheme(), { write: false });
    expect(after.result.findings.filter((f) => f.code === 'results-stale' || f.code === 'formula-not-live')).toEqual([]);
  });

  it('never reads its gap sheet as a plan, and names it in the state', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', 2, 3, null, 1.5, 2.5]] });
    await runPlan(workbook, smallScheme(), { write: true });
    const facts = await workbook.facts();
    expect(facts.sheetNames).toContain('Handleplan afvigelse');
    expect(facts.state?.gapSheet).toBe('Handleplan afvigelse');
    const again = await runPlan(workbook, smallScheme(), { write: true });
    expect(again.sheet).toBe('Plan');
    expect(again.written).toBe(true);
  });

  it('keeps the fingerprints through the state sheet, and a state without them is still read', () => {
    const state = { sourceSheet: 'Plan', output: { from: { row: 0, col: 8 }, to: { row: 3, col: 13 } }, bilagSheet: 'Bilag 1', columnPrints: ['a'] };
    const withInputs = { ...state, valueInputs: [{ cells: 'D2', print: '0123abcd' }, { cells: 'E2:E900', print: 'ffff0000' }] };
    expect(parseState(serialiseState(withInputs))).toEqual(withInputs);
    expect(parseState(serialiseState(state))).toEqual(state);
  });
});

describe('the fingerprints of many inputs', () => {
  it('are kept per column stretch beyond a thousand cells, so the state stays within one cell of Excel', () => {
    const rows: (string | number | null)[][] = [HEADER];
    for (let i = 0; i < 1500; i += 1) rows.push([String(i + 1), 'Dagtilbud', `Indsats ${i}`, '1,5', 2, null, 1, null]);
    const grid = gridOf({ sheetName: 'Plan', rows });
    const result = analysePlan(grid, smallScheme(), { sheetNames: ['Plan'] });
    // Each gap of 2023 reads its text target (D) and the realised effect (G).
    const prints = printInputs(grid, result.valueInputs ?? []);
    expect(prints.map((i) => i.cells)).toEqual(['D2:D1501', 'G2:G1501']);
    const state = { sourceSheet: 'Plan', output: { from: { row: 0, col: 8 }, to: { row: 1500, col: 13 } }, bilagSheet: 'Bilag 1', columnPrints: ['a'], valueInputs: prints };
    expect(serialiseState(state).length).toBeLessThan(32_767);
  });
});

describe('a sheet that is not a row per initiative', () => {
  it('gets its figures as values, and says so once', () => {
    const result = analysePlan(
      gridOf({
        sheetName: 'Opfølgning',
        rows: [['Opfølgning: Rehabilitering'], [], ['År', 'Oprindelige forventninger', 'Samlet effekt'], [2023, 2, 1.5], [2024, 3, null]],
      }),
      { ...smallScheme(), plan: { ...smallScheme().plan, defaultCategory: 'Dagtilbud' } },
      { sheetNames: ['Opfølgning'] },
    );
    const kinds = result.outputColumns!.rows.flat().map((cell) => cell.value.kind);
    expect(kinds).not.toContain('formula');
    expect(kinds).toContain('number');
    expect(result.findings.filter((f) => f.code === 'results-as-values').map((f) => f.severity)).toEqual(['info']);
    // Its inputs are watched: a later edit says the figures are out of date.
    expect(result.valueInputs?.map(toA1)).toEqual(['B4', 'C4', 'B5']);
  });
});

describe('an input that is a formula of the user’s', () => {
  it('is out of date when its result changes, though its formula is the same', () => {
    const text = (value: string): GridCell => ({ content: { kind: 'text', value }, formula: 'TEXT(K2,"0,0")' });
    const grid = (value: string) => gridOf({ sheetName: 'Plan', rows: [HEADER, ['1', 'Dagtilbud', 'A', text(value), 2, null, 1, null]] });
    const before = grid('2,0');
    const result = analysePlan(before, smallScheme(), { sheetNames: ['Plan'] });
    const prints = printInputs(before, result.valueInputs ?? []);
    expect(prints.map((p) => p.cells)).toEqual(['D2', 'G2']);
    expect(staleFindings(grid('2,0'), prints)).toEqual([]);
    expect(staleFindings(grid('2,5'), prints).map((f) => f.cell)).toEqual(['D2']);
  });
});
