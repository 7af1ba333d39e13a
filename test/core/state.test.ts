import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { patchColumnTexts } from '../../src/core/layout';
import { columnPrint, patchColumnPrints, PrintBuilder } from '../../src/core/state';

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
        [{ value: { kind: 'formula' as const, formula: 'IF(ISNUMBER(G2),G2,"")', cached: new Decimal('1.5') } }, { value: { kind: 'number' as const, value: new Decimal('0.4') } }],
        [{ value: { kind: 'blank' as const } }],
      ],
    };
    expect(patchColumnPrints(patch)).toEqual(patchColumnTexts(patch).map(columnPrint));
  });
});

describe('a fingerprint made without making the texts', () => {
  const printOf = (add: (builder: PrintBuilder) => void): string => {
    const builder = new PrintBuilder();
    add(builder);
    return builder.print();
  };

  it('adds a whole number as the digits String gives it', () => {
    for (const n of [0, 7, 10, 19414, 1000000, Number.MAX_SAFE_INTEGER, -3, 2.5]) {
      expect([n, printOf((b) => b.addInteger(n))]).toEqual([n, printOf((b) => b.addPart(String(n)))]);
    }
  });

  it('adds a number as the text String gives it, with one decimal or not, large, tiny or not quite a tenth', () => {
    const numbers = [0, -0, 1, -1, 0.5, -0.5, 3.4, -2.6, 12.0, 1043.7, 99999999999999.9, 1e15, 1e21, 1e-7, 0.1 + 0.2, 1 / 3, 521.55, -1234567.8, NaN, Infinity];
    for (const n of numbers) expect([n, printOf((b) => b.addNumber(n))]).toEqual([n, printOf((b) => b.addPart(String(n)))]);
    for (let k = -2000; k <= 2000; k += 1) expect(printOf((b) => b.addNumber(k / 10))).toBe(printOf((b) => b.addPart(String(k / 10))));
  });

  it('adds a lone unit as addPart adds a text of that one unit', () => {
    expect(printOf((b) => b.addUnit(58))).toBe(printOf((b) => b.addPart(':')));
  });
});

describe('a number added without its text, on random numbers', () => {
  const printOf = (add: (builder: PrintBuilder) => void): string => {
    const builder = new PrintBuilder();
    add(builder);
    return builder.print();
  };
  const same = (n: number): boolean => printOf((b) => b.addNumber(n)) === printOf((b) => b.addPart(String(n)));

  it('prints any double as String does', () => {
    fc.assert(fc.property(fc.double(), same), { numRuns: 5000 });
  });

  it('prints amounts of up to two decimals, in any size a plan has, as String does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 10, 100), (k, by) => same(k / by)), { numRuns: 5000 });
  });
});
