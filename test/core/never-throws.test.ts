import fc from 'fast-check';
import { layoutAsText } from '../../src/core/layout';
import { gridOf, GridCell } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { HEADER, smallScheme } from '../helpers/plan';

/** Cells of the kinds real workbooks hold, including the awkward ones. */
const cell: fc.Arbitrary<string | number | GridCell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    ...HEADER,
    'I alt',
    'I alt dagtilbud',
    'Samlet ændring (Netto)',
    'Udgået',
    'Dagtilbud',
    'Kontraktforhandling ',
    '- aktivitet',
    '=SUM(A1)',
    '@x',
    '(2,0)',
    '1.234',
    '1,234.5',
    '−2,0',
    'Ej opgjort',
    '-',
    '3,8 pr 3. kvartal 2016',
    '750 t.kr.',
    'Beløb i 1.000 kr.',
    'Mio. kr.',
    '(-) = mindreudgift/merindtægt',
    '(+) = mindreudgift',
    '*9',
    '**11',
    'Realiseret',
    'Budgetbesparelse B2023',
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: 2019, max: 2027 }),
  fc.constantFrom(1e308, -1e308, -0, 1e15, Number.MIN_VALUE),
  fc.constantFrom<GridCell>(
    { content: { kind: 'error', value: '#REF!' }, formula: 'A1' },
    { content: { kind: 'empty' }, formula: 'B2' },
    { content: { kind: 'date', value: '2023-05-01T00:00:00.000Z' } },
    { content: { kind: 'boolean', value: true } },
    { content: { kind: 'number', value: 2 }, numberFormat: '#,##0' },
  ),
);

const range = fc
  .tuple(fc.nat({ max: 12 }), fc.nat({ max: 9 }), fc.nat({ max: 3 }), fc.nat({ max: 3 }))
  .map(([row, col, height, width]) => ({ from: { row, col }, to: { row: row + height, col: col + width } }));

describe('any grid', () => {
  it('goes through read, validate, compute and Bilag 1 without throwing, with a header row or without, merged, hidden or not', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
        fc.array(range, { maxLength: 3 }),
        fc.uniqueArray(fc.nat({ max: 12 }), { maxLength: 3 }),
        (withHeader, rows, merges, hidden) => {
          const grid = gridOf({ sheetName: 'Plan', rows: withHeader ? [HEADER, ...rows] : rows, merges, hiddenRows: hidden, hiddenColumns: hidden });
          const result = analysePlan(grid, smallScheme(), { sheetNames: ['Plan'] });
          layoutAsText(result.bilag1?.rows ?? []);
          const numbers = [...(result.bilag1?.rows ?? []), ...(result.outputColumns?.rows ?? [])]
            .flat()
            .flatMap((c) => (c.value.kind === 'number' ? [c.value.value.toNumber()] : []));
          return result.findings.every((f) => f.message.length > 0 && !f.message.includes('undefined')) && numbers.every(Number.isFinite);
        },
      ),
      { numRuns: 400 },
    );
  });
});
