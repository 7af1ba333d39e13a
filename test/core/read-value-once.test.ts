import fc from 'fast-check';
import { ColumnRole } from '../../src/core/columns';
import { Finding } from '../../src/core/findings';
import { GridCell } from '../../src/core/grid';
import { DANISH_SEPARATORS, decimalFromNumber, decimalsShownBy, Unit } from '../../src/core/money';
import { ColumnConvention } from '../../src/core/read/table-conventions';
import { readValueCell, valueReading } from '../../src/core/read/read-value';

/**
 * A table's reading works out each distinct number, number format and text once and answers later cells from
 * that. Read cell by cell with a fresh reading each time, every value and finding must be the same.
 */
const AMOUNT: ColumnRole = { kind: 'amount', measure: 'target', group: 'plan', year: 2024 };
const UNITS: readonly Unit[] = ['kr.', '1.000 kr.', 'mio. kr.', 'mia. kr.'];

/** Texts as users type them in amount cells: numbers with units, words, dashes, comments, grouping gone wrong. */
const typedText = fc.oneof(
  fc.constantFrom('3,4', '10,0', '-2,5', '(1,5)', '1.234', '1.234,5', '1,234.5', '2.5', '750 t.kr.', '0,5 mio. kr.', '3 mia.', 'Ej opgjort', 'afventer', '-', '3,8 pr 3. kvartal', 'x', '1e20', '9'.repeat(16), 'abc', '12 345,6', ' 4,2 '),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.constantFrom('', ' kr.', ' tkr.', ' mio. kr.', ' i alt')).map(([tenths, tail]) => `${(tenths / 10).toFixed(1).replace('.', ',')}${tail}`),
  fc.string({ maxLength: 8 }),
);

const conventionOf = fc.option(
  fc.record({ unit: fc.constantFrom(...UNITS), negate: fc.boolean() }).map((c): ColumnConvention => c),
  { nil: undefined },
);

function readOne(cell: GridCell, reading: ReturnType<typeof valueReading>): { value: string | null; shown: number | undefined; findings: Finding[] } {
  const findings: Finding[] = [];
  const read = readValueCell('Ark1', cell, AMOUNT, 4, 2, reading, findings);
  return { value: read.value === null ? null : read.value.toString(), shown: read.shownDecimals, findings };
}

describe('a table reads each distinct value once', () => {
  it('reads texts in amount cells as reading each cell afresh does, whatever the texts and the column unit', () => {
    fc.assert(
      fc.property(fc.array(typedText, { maxLength: 40 }), fc.constantFrom(...UNITS), conventionOf, (texts, planUnit, convention) => {
        const conventions = new Map(convention === undefined ? [] : [[2, convention]]);
        const shared = valueReading(planUnit, DANISH_SEPARATORS, conventions);
        for (const text of texts) {
          const cell: GridCell = { content: { kind: 'text', value: text } };
          expect(readOne(cell, shared)).toEqual(readOne(cell, valueReading(planUnit, DANISH_SEPARATORS, conventions)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes each stored number the Decimal decimalFromNumber makes, tenths and other numbers alike', () => {
    const tenths = fc.integer({ min: -20, max: 120_000 }).map((n) => n / 10);
    const numbers = fc.oneof(tenths, fc.double(), fc.constantFrom(0, -0, 0.1 + 0.2, 1e-7, 9999.9, 10_000, 10_000.1, Number.NaN));
    fc.assert(
      fc.property(fc.array(numbers, { maxLength: 60 }), (values) => {
        const reading = valueReading('mio. kr.', DANISH_SEPARATORS, new Map());
        for (const value of [...values, ...values]) {
          const expected = decimalFromNumber(value);
          const read = reading.decimalOf(value);
          expect(read === null ? null : [read.toString(), read.isNegative()]).toEqual(expected === null ? null : [expected.toString(), expected.isNegative()]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each number format the decimals decimalsShownBy gives, in any order of formats', () => {
    const formats = fc.constantFrom(undefined, '0.0', '#,##0', '#,##0.00', 'General', '@', '0.0;-0.0', '"kr." 0.000');
    fc.assert(
      fc.property(fc.array(formats, { maxLength: 30 }), (sequence) => {
        const reading = valueReading('mio. kr.', DANISH_SEPARATORS, new Map());
        for (const format of sequence) expect(reading.shownDecimals(format)).toBe(decimalsShownBy(format));
      }),
    );
  });
});
