import fc from 'fast-check';
import { columnMatches, columnPrintOf, patchColumnPrints } from '../../src/core/column-print';
import { Decimal } from '../../src/core/decimal';
import { formulaTemplate, LayoutCell, patchColumnTexts, RangePatch } from '../../src/core/layout';
import { columnPrint } from '../../src/core/state';

const EFFECT = ['IF(ISNUMBER(E', '),E', ',IF(ISNUMBER(F', '),F', ',""))'];

function formulaCell(pieces: readonly string[], row: string, cached: string): LayoutCell {
  return { value: formulaTemplate(pieces), row, cached };
}

describe('the print of one of the program’s columns', () => {
  it('is "2:" and eight hex digits, and tells a changed cell from the one written', () => {
    const written = ['Effekt 2023 (beregnet)', '=IF(ISNUMBER(E2),E2,"")', '1.5', ''];
    expect(columnPrintOf(written)).toMatch(/^2:[0-9a-f]{8}$/);
    expect(columnMatches(written, columnPrintOf(written))).toBe(true);
    expect(columnMatches(['Effekt 2023 (beregnet)', '=IF(ISNUMBER(E2),E2,"")', '1.6', ''], columnPrintOf(written))).toBe(false);
    expect(columnMatches(['Effekt 2023 (beregnet)', '1.5', '', ''], columnPrintOf(written))).toBe(false);
  });

  it('of a workbook written before it is checked as it was made (FNV, without "2:")', () => {
    const written = ['Gab 2023 (beregnet)', '0.4'];
    expect(columnMatches(written, columnPrint(written))).toBe(true);
    expect(columnMatches(['Gab 2023 (beregnet)', '0.5'], columnPrint(written))).toBe(false);
    expect(columnMatches(written, undefined)).toBe(false);
  });

  it('made from formulas’ pieces and row numbers equals the print of the texts they stand for, for any column', () => {
    const piece = fc.string({ unit: fc.constantFrom('A', '(', '"', 'é', '\u{1F4B0}', ',', '=') });
    const cell = fc.oneof(
      fc.record({ pieces: fc.array(piece, { minLength: 1, maxLength: 5 }), row: fc.constantFrom('2', '17', '19417') }).map(({ pieces, row }) => formulaCell(pieces, row, '')),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n): LayoutCell => ({ value: { kind: 'number', value: new Decimal(n) } })),
      piece.map((text): LayoutCell => ({ value: { kind: 'text', text } })),
      fc.constant<LayoutCell>({ value: { kind: 'blank' } }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), (rows) => {
        const patch: RangePatch = { sheetName: 'Plan', origin: { row: 0, col: 8 }, rows, columnWidths: [] };
        expect(patchColumnPrints(patch)).toEqual(patchColumnTexts(patch).map(columnPrintOf));
      }),
      { numRuns: 1000 },
    );
  });

  it('of a column of one template follows each row’s number: the same formulas on other rows print differently', () => {
    const column = (rows: string[]): RangePatch => ({ sheetName: 'Plan', origin: { row: 0, col: 8 }, rows: rows.map((row) => [formulaCell(EFFECT, row, '')]), columnWidths: [13] });
    expect(patchColumnPrints(column(['2', '3', '4']))).not.toEqual(patchColumnPrints(column(['2', '4', '3'])));
    expect(patchColumnPrints(column(['2', '3']))).toEqual([columnPrintOf(['=IF(ISNUMBER(E2),E2,IF(ISNUMBER(F2),F2,""))', '=IF(ISNUMBER(E3),E3,IF(ISNUMBER(F3),F3,""))'])]);
  });
});
