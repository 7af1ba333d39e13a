import fc from 'fast-check';
import { ActivitiesByInitiative } from '../../src/core/bilag-activities';
import { PlanRow, PlanTable } from '../../src/core/plan-table';

/** Only what grouping activities reads of a row: its kind, its initiative's row and, to tell rows apart, its own. */
const row = fc.record({ kind: fc.constantFrom('initiative', 'activity', 'stated-total'), parent: fc.option(fc.nat({ max: 30 }), { nil: undefined }), index: fc.nat({ max: 40 }) });

/** Each initiative's activities as a map of lists, in the table's order. */
function listsByParent(rows: readonly PlanRow[]): Map<number, PlanRow[]> {
  const lists = new Map<number, PlanRow[]>();
  for (const r of rows) if (r.kind === 'activity' && r.parent !== undefined) lists.set(r.parent, [...(lists.get(r.parent) ?? []), r]);
  return lists;
}

describe("an initiative's activities in Bilag 1", () => {
  it('are the activities that name its row, in the order of the table', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (drawn) => {
        const rows = drawn as unknown as PlanRow[];
        const activities = new ActivitiesByInitiative({ rows } as unknown as PlanTable);
        const expected = listsByParent(rows);
        for (let r = 0; r <= 45; r += 1) {
          const found = Array.from({ length: activities.count(r) }, (_, a) => activities.at(r, a));
          expect(found).toEqual(expected.get(r) ?? []);
          found.forEach((activity, a) => expect(activity).toBe(expected.get(r)?.[a]));
        }
      }),
      { numRuns: 500 },
    );
  });
});
