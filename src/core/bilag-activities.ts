import { PlanRow, PlanTable } from './plan-table';

/**
 * Each initiative's activities, by the initiative's row, in the table's order: all of them in one list sorted by
 * their initiative's row (a counting sort), and where each initiative's start. Bilag 1 asks for every initiative's;
 * a list per initiative (thousands of small arrays) took more time to make than to read.
 */
export class ActivitiesByInitiative {
  /** Where the activities of the initiative on row r start in `rows`, at r; where they end, at r + 1. */
  private readonly start: Int32Array;
  private readonly rows: PlanRow[];

  constructor(table: PlanTable) {
    // One pass over the table's rows (at 50,000 initiatives each pass is mostly waiting for memory), then over its activities.
    const activities: PlanRow[] = [];
    let lastParent = -1;
    for (let i = 0; i < table.rows.length; i += 1) {
      const row = table.rows[i] as PlanRow;
      if (row.kind !== 'activity' || row.parent === undefined) continue;
      activities.push(row);
      if (row.parent > lastParent) lastParent = row.parent;
    }
    const start = new Int32Array(lastParent + 2);
    for (const row of activities) start[(row.parent as number) + 1] = (start[(row.parent as number) + 1] as number) + 1;
    for (let r = 1; r < start.length; r += 1) start[r] = (start[r] as number) + (start[r - 1] as number);
    const next = start.slice();
    const rows = new Array<PlanRow>(activities.length);
    for (const row of activities) {
      const parent = row.parent as number;
      rows[next[parent] as number] = row;
      next[parent] = (next[parent] as number) + 1;
    }
    this.start = start;
    this.rows = rows;
  }

  /** How many activities the initiative on a row has. */
  count(row: number): number {
    return row + 1 < this.start.length ? (this.start[row + 1] as number) - (this.start[row] as number) : 0;
  }

  /** The a-th activity of the initiative on a row (a below count(row)). */
  at(row: number, a: number): PlanRow {
    return this.rows[(this.start[row] as number) + a] as PlanRow;
  }
}
