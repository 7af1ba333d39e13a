import { Decimal } from '../../src/core/decimal';
import { formulaOf, patchColumnTexts } from '../../src/core/layout';
import { columnPrintOf, patchColumnPrints } from '../../src/core/column-print';
import { columnPrint, parseState, serialiseState } from '../../src/core/state';

describe('a written column’s fingerprint', () => {
  it('stays the same from version to version, so workbooks written earlier are still recognised', () => {
    // The value written by the first version (FNV-1a over code points, each cell ended by 0).
    expect(columnPrint(['Effekt 2023 (beregnet)', '1.5', '😀 æøå', ''])).toBe('37f50927');
  });

  it('changes when one cell changes', () => {
    expect(columnPrint(['Gab 2023 (beregnet)', '0.4'])).not.toBe(columnPrint(['Gab 2023 (beregnet)', '0.5']));
  });
});

describe('the fingerprints of the written columns', () => {
  it('are the prints of the texts the spreadsheet stores, formulas as "=" and their text, made without those texts', () => {
    const patch = {
      sheetName: 'Plan',
      origin: { row: 0, col: 8 },
      columnWidths: [13, 13],
      rows: [
        [{ value: { kind: 'text' as const, text: 'Effekt 2023 (beregnet) 😀' } }, { value: { kind: 'text' as const, text: 'Gab' } }],
        [formulaOf('IF(ISNUMBER(G2),G2,"")', new Decimal('1.5')), { value: { kind: 'number' as const, value: new Decimal('0.4') } }],
        [{ value: { kind: 'blank' as const } }],
      ],
    };
    expect(patchColumnPrints(patch)).toEqual(patchColumnTexts(patch).map(columnPrintOf));
  });
});

describe('the state’s list of closed rounds', () => {
  const base = { sourceSheet: 'Plan', output: { from: { row: 0, col: 8 }, to: { row: 4, col: 9 } }, bilagSheet: 'Bilag 1', columnPrints: ['a', 'b'] };

  it('travels with the state, oldest first, beside the sheet of what moved since the last', () => {
    const state = { ...base, rounds: [{ name: 'BO1 2026', closed: '2026-03-31', sheet: 'Opfølgning BO1 2026' }, { name: 'BO2 2026', closed: '2026-06-30', sheet: 'Opfølgning BO2 2026' }], sinceSheet: 'Ændringer siden BO1 2026' };
    expect(parseState(serialiseState(state))).toEqual(state);
  });

  it('is absent in a state written before rounds existed, which still reads', () => {
    const older = JSON.stringify({ version: 1, sourceSheet: 'Plan', output: 'I1:J5', bilagSheet: 'Bilag 1', columnPrints: ['a', 'b'] });
    expect(parseState(older)).toEqual(base);
  });

  it('leaves out an entry that is not a round, and keeps the rest of the state', () => {
    const text = JSON.stringify({ version: 1, sourceSheet: 'Plan', output: 'I1:J5', bilagSheet: 'Bilag 1', columnPrints: ['a', 'b'], rounds: [{ name: 'BO1' }, { name: 'BO2', closed: '2026-06-30', sheet: 'Opfølgning BO2' }] });
    expect(parseState(text)?.rounds).toEqual([{ name: 'BO2', closed: '2026-06-30', sheet: 'Opfølgning BO2' }]);
  });
});
