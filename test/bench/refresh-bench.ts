import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { analysePlan } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { FakeExcel } from '../fakes/fake-excel';
import { median, timeRuns } from './measure';
import { SyntheticPlan } from './synthetic-plan';

/** The plan the pane is measured on while it works: a long plan, as a workshop has it open. */
export const LIVE_SIZE = 2_000;

export interface RefreshFigures {
  /** context.sync() calls to read the plan's sheet again after the edit. */
  readonly readSyncs: number;
  /** The core's analysis of the edited sheet (what the pane's worker does), median of the runs. */
  readonly coreMs: number;
}

/** The first initiative's forecast for 2024 (column K) as an address, the cell a user edits in the bench. */
function forecastCell(plan: SyntheticPlan): string {
  const row = plan.rows.findIndex((cells) => cells[3] === 'Initiativ' && typeof cells[10] === 'number');
  if (row < 0) throw new Error('the synthetic plan has no initiative with a forecast');
  return `K${row + 1}`;
}

/**
 * A live refresh after an edit, as the Excel pane does it: after a Beregn, the user types a new forecast;
 * the pane reads the plan's sheet again (what it knows of the workbook kept) and the core analyses it.
 * On the counting fake Excel: the round trips of the reading, and the core's time.
 */
export async function benchRefresh(plan: SyntheticPlan, scheme: Scheme, runs: number): Promise<RefreshFigures> {
  const excel = new FakeExcel();
  excel.addSheet(plan.sheetName, plan.rows);
  const workbook = new OfficeWorkbook(excel as never);
  const computed = await runPlan(workbook, scheme, { write: true });
  if (!computed.written) throw new Error('the synthetic plan was not written through the Office adapter');
  const facts = await workbook.facts();
  const before = computed.result.computation?.totals.map((t) => t.effect?.toString());

  excel.userTypes(plan.sheetName, forecastCell(plan), '99');
  const syncs = excel.syncs;
  const grid = await workbook.readSheet(plan.sheetName);
  const readSyncs = excel.syncs - syncs;

  const after = analysePlan(grid, scheme, facts).computation?.totals.map((t) => t.effect?.toString());
  if (JSON.stringify(after) === JSON.stringify(before)) throw new Error('the edit did not change the plan’s effect: the refresh read nothing new');
  const times = await timeRuns(() => analysePlan(grid, scheme, facts), runs, 2);
  return { readSyncs, coreMs: median(times) };
}
