import fc from 'fast-check';
import { HEADER } from './plan';
import { PlanRows } from './plan-sheet-xml';

/** An amount as a plan holds it: empty, or a non-negative number with up to two decimals. */
const amount: fc.Arbitrary<number | null> = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 }).map((n) => n / 100));

/** Names that a writer must escape or keep as text: ampersands, angle brackets, quotes, formula-like starts. */
const INITIATIVES = ['Åben cafe', 'Bofællesskab & botilbud', '<Ny> afregningsmodel', 'Kontrakt "Lyset"', '=SUM(A1:A9)', '- aktivitet', '  mellemrum  '];

/** A small clean plan for the test scheme (smallScheme: 2023-2024, Dagtilbud and Kontraktforhandling), which a run writes. */
export const randomPlan: fc.Arbitrary<PlanRows> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom('Dagtilbud', 'Kontraktforhandling'), fc.constantFrom(...INITIATIVES), amount, amount, amount, amount, amount), { minLength: 1, maxLength: 6 }),
  )
  .map(([title, initiatives]) => [
    ...(title ? [['Handleplan 2023-2024']] : []),
    HEADER,
    ...initiatives.map(([theme, name, ...amounts], i) => [String(i + 1), theme, name, ...amounts]),
  ]);
