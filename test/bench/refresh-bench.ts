import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { analysePlan } from '../../src/core/plan';
import { Scheme } from '../../src/core/scheme';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { ExcelSession } from '../../src/taskpane/excel-session';
import { FakeExcel } from '../fakes/fake-excel';
import { seedFromLayout } from '../helpers/seed';
import { median, timeRuns } from './measure';
import { SyntheticPlan } from './synthetic-plan';

/** The plan the pane is measured on while it works: a long plan, as a workshop has it open. */
export const LIVE_SIZE = 2_000;

export interface RefreshFigures {
  /** context.sync() calls of the pane's reading after an edit (the plan's sheet read again). */
  readonly readSyncs: number;
  /** The same for the first edit after a Beregn, when the pane learns the workbook again. */
  readonly firstReadSyncs: number;
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
 * A live refresh after an edit, as the Excel pane does it, on the counting fake Excel with the scheme as a
 * sheet: after a Beregn, the user types a new forecast, twice; the pane reads the plan's sheet again each
 * time (ExcelSession's reread, what it knows of the workbook kept). The round trips of those readings, and
 * the core's time on the edited sheet with the state the Beregn wrote (its column and input fingerprints
 * checked too).
 */
export async function benchRefresh(plan: SyntheticPlan, scheme: Scheme, runs: number): Promise<RefreshFigures> {
  const excel = new FakeExcel();
  excel.addSheet(plan.sheetName, plan.rows);
  const schemeSheet = seedFromLayout(schemeToLayout(scheme));
  excel.addSheet(schemeSheet.name, schemeSheet.rows);
  const session = await ExcelSession.open(excel as never, undefined, excel as never);
  const computed = await session.run(plan.sheetName);
  if (!computed.written) throw new Error('the synthetic plan was not written through the Office adapter');
  const before = computed.result.computation?.totals.map((t) => t.effect?.toString());

  const syncsOfEdit = async (typed: string): Promise<{ syncs: number; outcome: Awaited<ReturnType<ExcelSession['reread']>> }> => {
    excel.userTypes(plan.sheetName, forecastCell(plan), typed);
    const syncs = excel.syncs;
    const outcome = await session.reread(plan.sheetName, [plan.sheetName]);
    return { syncs: excel.syncs - syncs, outcome };
  };
  // A Beregn leaves the session to learn the workbook anew: the first edit after it costs more than the next.
  const first = await syncsOfEdit('98');
  const { syncs: readSyncs, outcome: reread } = await syncsOfEdit('99');
  const after = reread.result.computation?.totals.map((t) => t.effect?.toString());
  if (JSON.stringify(after) === JSON.stringify(before)) throw new Error('the edit did not change the plan’s effect: the refresh read nothing new');

  const workbook = new OfficeWorkbook(excel as never);
  const [grid, facts] = [await workbook.readSheet(plan.sheetName), await workbook.facts()];
  const times = await timeRuns(() => analysePlan(grid, scheme, facts), runs, 2);
  return { readSyncs, firstReadSyncs: first.syncs, coreMs: median(times) };
}
