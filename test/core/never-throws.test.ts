import fc from 'fast-check';
import { layoutAsText } from '../../src/core/layout';
import { GridCell } from '../../src/core/grid';
import { analyse, HEADER } from '../helpers/plan';

/** Cells of the kinds real workbooks hold, including the awkward ones. */
const cell: fc.Arbitrary<string | number | GridCell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADER, 'I alt', 'Udgået', 'Dagtilbud', 'Kontraktforhandling ', '- aktivitet', '=SUM(A1)', '@x', '(2,0)', '1.234', '1,234.5', '−2,0', 'Ej opgjort'),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom<GridCell>(
    { content: { kind: 'error', value: '#REF!' }, formula: 'A1' },
    { content: { kind: 'empty' }, formula: 'B2' },
    { content: { kind: 'date', value: '2023-05-01T00:00:00.000Z' } },
    { content: { kind: 'boolean', value: true } },
  ),
);

describe('any grid', () => {
  it('goes through read, validate, compute and Bilag 1 without throwing, with a header row or without', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }), (withHeader, rows) => {
        const result = analyse(withHeader ? [HEADER, ...rows] : rows);
        layoutAsText(result.bilag1?.rows ?? []);
        return result.findings.every((f) => f.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
