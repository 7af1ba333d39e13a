import { prepareWrite, PreparedWrite } from '../../adapters/office/prepared-write';
import type { Fix } from '../../core/findings';
import type { Grid } from '../../core/grid';
import { runPlan, RunOptions, RunOutcome } from '../../core/run';
import type { Scheme } from '../../core/scheme';
import type { AddinSettings } from '../../core/settings';
import type { PlanWorkbook, WorkbookFacts } from '../../core/workbook';
import type { AskPage } from './calls';

/** A run's options as they cross to the worker: where it analyses is the worker itself. */
export type RunOptionsInWorker = Omit<RunOptions, 'analyse'>;

/**
 * What the Excel pane's worker does: a whole run of the core (reading the plan's sheets, validating, computing,
 * the rounds' comparison, the fingerprints) and the write made ready for Office.js, off the page's thread. The
 * workbook is the page's: each read and the write are asked of it (`PageAnswers`), and the page only calls Office.js.
 */
export function excelCalls(ask: AskPage) {
  return {
    run: async (scheme: Scheme, options: RunOptionsInWorker): Promise<RunOutcome> => runPlan(workbookOnThePage(ask), scheme, options),
  };
}

export type ExcelCalls = ReturnType<typeof excelCalls>;

/** What the page answers while the worker runs: the workbook's facts and sheets as read through Office.js, and the prepared write. */
export interface PageAnswers {
  facts(): Promise<WorkbookFacts>;
  readSheet(name: string): Promise<Grid>;
  readSheets(names: readonly string[]): Promise<Grid[]>;
  write(prepared: PreparedWrite): Promise<void>;
  applyFixes(fixes: readonly Fix[]): Promise<void>;
  saveSettings(settings: AddinSettings): Promise<void>;
}

/** The page's workbook as the core sees it in the worker: each call a question to the page; a write goes prepared. */
function workbookOnThePage(ask: AskPage): PlanWorkbook {
  const page = <K extends keyof PageAnswers>(call: K, ...args: Parameters<PageAnswers[K]>): ReturnType<PageAnswers[K]> => ask(call, ...args) as ReturnType<PageAnswers[K]>;
  return {
    facts: () => page('facts'),
    readSheet: (name) => page('readSheet', name),
    readSheets: (names) => page('readSheets', names),
    write: (plan) => page('write', prepareWrite(plan)),
    applyFixes: (fixes) => page('applyFixes', fixes),
    saveSettings: (settings) => page('saveSettings', settings),
  };
}
