import fc from 'fast-check';
import { cellText, EMPTY_CELL, GridCell } from '../../src/core/grid';
import { PrintBuilder, stretchPrints } from '../../src/core/print-builder';

function printOf(add: (builder: PrintBuilder) => void): string {
  const builder = new PrintBuilder();
  add(builder);
  return builder.print();
}

const asText = (n: number): string => printOf((b) => b.addPart(String(n)));
const asCell = (n: number): string => printOf((b) => b.addColumnCells([[{ content: { kind: 'number', value: n } }]], 0, 0, 0));
const sameAsText = (n: number): boolean => asCell(n) === printOf((b) => b.add(String(n)));

describe('a fingerprint made without making the texts', () => {
  it('adds a whole number as the digits String gives it', () => {
    for (const n of [0, 7, 10, 19414, 1000000, Number.MAX_SAFE_INTEGER, -3, 2.5]) expect([n, printOf((b) => b.addInteger(n))]).toEqual([n, asText(n)]);
  });

  it('adds a number as the text String gives it, with one decimal or not, large, tiny or not quite a tenth', () => {
    const numbers = [0, -0, 1, -1, 0.5, -0.5, 3.4, -2.6, 12.0, 1043.7, 99999999999999.9, 1e15, 1e21, 1e-7, 0.1 + 0.2, 1 / 3, 521.55, -1234567.8, NaN, Infinity];
    for (const n of numbers) expect([n, asCell(n)]).toEqual([n, printOf((b) => b.add(String(n)))]);
    for (let k = -2000; k <= 2000; k += 1) expect([k, sameAsText(k / 10)]).toEqual([k, true]);
  });

  it('adds a lone unit as addPart adds a text of that one unit', () => {
    expect(printOf((b) => b.addUnit(58))).toBe(printOf((b) => b.addPart(':')));
  });

  it('prints any double as String does', () => {
    fc.assert(fc.property(fc.double(), sameAsText), { numRuns: 5000 });
  });

  it('prints amounts of up to two decimals, in any size a plan has, as String does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 10, 100), (k, by) => sameAsText(k / by)), { numRuns: 5000 });
  });


  it('adds a row text as addPart adds it, surrogate pairs and all', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'å', '\u{1F4B0}', '\uD800', '\uDC00', ' ', '3') });
    fc.assert(fc.property(fc.array(text, { maxLength: 6 }), (texts) => printOf((b) => texts.forEach((t) => b.addRowText(t))) === printOf((b) => texts.forEach((t) => b.addPart(t)))), { numRuns: 2000 });
  });

  it('adds a column of cells as the text of each, ended by a 0: numbers as String gives them, other cells as shown', () => {
    const column: GridCell[] = [
      { content: { kind: 'number', value: 2.5 } },
      { content: { kind: 'text', value: 'Ej opgjort 😀' } },
      { content: { kind: 'empty' } },
      { content: { kind: 'number', value: -1043.7 } },
      { content: { kind: 'number', value: 1 / 3 } },
      { content: { kind: 'error', value: '#REF!' } },
    ];
    const rows = [...column.map((cell) => [cell]), [], undefined];
    const expected = printOf((b) => [...column, EMPTY_CELL, EMPTY_CELL].forEach((cell) => b.add(cell.content.kind === 'number' ? String(cell.content.value) : cellText(cell))));
    expect(printOf((b) => b.addColumnCells(rows, 0, 0, rows.length - 1))).toBe(expected);
  });

  it('prints several column stretches in one pass down the rows as each alone would print', () => {
    const cell = fc.oneof(
      fc.constant(undefined),
      fc.double().map((value) => ({ content: { kind: 'number' as const, value } })),
      fc.integer({ min: -100, max: 100 }).map((k) => ({ content: { kind: 'number' as const, value: k / 10 } })),
      fc.string().map((value) => ({ content: { kind: 'text' as const, value } })),
    );
    const grid = fc.array(fc.option(fc.array(cell, { maxLength: 6 }), { nil: undefined }), { maxLength: 30 });
    const stretch = fc.record({ col: fc.nat(7), first: fc.nat(34), length: fc.integer({ min: -2, max: 20 }) }).map(({ col, first, length }) => ({ col, first, last: first + length }));
    fc.assert(
      fc.property(grid, fc.array(stretch, { maxLength: 12 }), (rows, stretches) => {
        const alone = stretches.map(({ col, first, last }) => printOf((b) => b.addColumnCells(rows, col, first, last)));
        expect(stretchPrints(rows, stretches)).toEqual(alone);
      }),
      { numRuns: 2000 },
    );
  });
});
