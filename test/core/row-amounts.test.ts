import fc from 'fast-check';
import { MEASURES } from '../../src/core/columns';
import { amountOf } from '../../src/core/plan-table';
import { AmountFinder } from '../../src/core/row-amounts';
import { groupYears } from '../../src/core/scheme';
import { analyse, HEADER, smallScheme } from '../helpers/plan';

describe("finding a row's amounts by group, year and measure", () => {
  const scheme = smallScheme();
  const keys = groupYears(scheme); // plan 2023, plan 2024, B2023 2023
  const result = analyse([
    [...HEADER, 'Justeret forventning 2024', 'Forventet 2023'],
    ['1', 'Dagtilbud', 'Cafe', 1, 2, 0.5, 0.8, 1.9, 2.5, 0.7],
    ['2', 'Dagtilbud', 'Bolig', null, 3],
  ]);
  const table = result.table;
  if (table === undefined) throw new Error('the inline plan was not read');
  const finder = new AmountFinder(table, keys);
  const [first, second] = table.rows.map((row) => finder.amountsOf(row));
  const text = (value: { toString(): string } | null | undefined): string | null => (value == null ? null : value.toString());

  it('gives each column its own group, year and measure', () => {
    expect(text(first?.of(0, 'target'))).toBe('1');
    expect(text(first?.of(1, 'target'))).toBe('2');
    expect(text(first?.of(2, 'target'))).toBe('0.5');
    expect(text(first?.of(0, 'realised'))).toBe('0.8');
    expect(text(first?.of(0, 'forecast'))).toBe('0.7');
    expect(text(first?.of(1, 'forecast'))).toBe('1.9');
    expect(text(first?.of(1, 'adjusted'))).toBe('2.5');
  });

  it('gives null where the row has no amount, and for measures no column holds', () => {
    expect(second?.of(0, 'target')).toBeNull();
    expect(text(second?.of(1, 'target'))).toBe('3');
    expect(second?.of(1, 'forecast')).toBeNull();
    expect(first?.of(0, 'adjusted')).toBeNull();
  });
});

describe("a row's amounts found in one pass", () => {
  const scheme = smallScheme();
  const keys = groupYears(scheme);
  const header = [...HEADER, 'Justeret forventning 2024', 'Forventet 2023', 'Realiseret 2023'];
  const amountCell = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 50 }).map((tenths) => tenths / 10), fc.constantFrom('1,5', 'x', ''));
  const row = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.array(amountCell, { minLength: header.length - 3, maxLength: header.length - 3 }));

  it('are the amounts a search of the row for each group, year and measure finds', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const table = analyse([header, ...rows.map(([n, amounts]) => [String(n), 'Dagtilbud', `Indsats ${n}`, ...amounts])]).table;
        if (table === undefined) throw new Error('the generated plan was not read');
        const finder = new AmountFinder(table, keys);
        for (const planRow of table.rows) {
          const found = finder.amountsOf(planRow);
          keys.forEach(({ group, year }, k) => {
            for (const measure of MEASURES) expect(found.of(k, measure)).toBe(amountOf(planRow, group.key, year, measure));
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
