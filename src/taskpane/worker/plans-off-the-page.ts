import type { OfficeWorkbook } from '../../adapters/office/office-workbook';
import { runPlan, RunOptions, RunOutcome } from '../../core/run';
import type { Scheme } from '../../core/scheme';
import { PlanWorkbook, readSheetsOf } from '../../core/workbook';
import { StartWorker, WorkerClient, WorkerUnavailable } from './calls';
import type { ExcelCalls, PageAnswers } from './excel-calls';
import { asIs } from './transfer';

/** A run of the core on a workbook: runPlan, wherever it runs. */
export type RunPlan = (workbook: PlanWorkbook, scheme: Scheme, options: RunOptions) => Promise<RunOutcome>;

/**
 * The Excel pane's runs: in the worker where there is one, so the pane never freezes while a long plan is read,
 * computed and made ready to write; the page reads and writes the open workbook (`office`) when the worker asks.
 * On the page, as before, where there is no worker or it fails to start (before it has asked for a write).
 */
export function plansOffThePage(start: StartWorker): (office: OfficeWorkbook) => RunPlan {
  const worker = WorkerClient.start<ExcelCalls>(start);
  return (office) => async (workbook, scheme, options) => {
    const { analyse, ...crossing } = options;
    // A run told where to analyse (the core's own option) runs here, as told.
    if (worker !== undefined && analyse === undefined) {
      let wrote = false;
      const answers: PageAnswers = {
        facts: () => workbook.facts(),
        // The grids hold no Decimal: sent without a copy being made on the page first. Sending a plan's grid takes the page
        // 20–30 ms (postMessage copies it): in a task of its own, after the one that took Excel's answer and made the grid.
        readSheet: async (name) => inNextTask(asIs(await workbook.readSheet(name))),
        readSheets: async (names) => inNextTask(asIs(await readSheetsOf(workbook, names))),
        write: (prepared) => {
          wrote = true;
          return office.writePrepared(prepared);
        },
        applyFixes: (fixes) => workbook.applyFixes(fixes),
        saveSettings: (settings) => workbook.saveSettings(settings),
      };
      try {
        return await worker.callAnswering(answers, 'run', scheme, crossing);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable) || wrote) throw error;
      }
    }
    return runPlan(workbook, scheme, options);
  };
}

/** The value, once the page has had a task in between (other work, a click, a frame). */
function inNextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 0));
}
