import { Fix } from './findings';
import { Grid } from './grid';
import { RangePatch, SheetLayout } from './layout';
import { Separators } from './money';
import { AddinSettings } from './settings';
import { AddinState } from './state';
import { sameNameDanish } from './text';

/** What the program writes in one go: its columns, its Bilag 1 sheet and the note of what it owns. */
export interface PlanWrite {
  readonly outputColumns: RangePatch;
  /** The program's columns on the plan's further sheets (proposal forms kept one per sheet), in the workbook's order. */
  readonly moreOutputColumns?: readonly RangePatch[];
  readonly bilag1: SheetLayout;
  /** The plan's gap per year against the scheme's targets, as a sheet of its own beside Bilag 1 (state.gapSheet names it). */
  readonly gapSheet?: SheetLayout;
  /** What the program owns after this write. */
  readonly state: AddinState;
  /** What it owned before, to be emptied or replaced. */
  readonly previous?: AddinState;
  /** The scheme as a sheet, written only when the workbook has none. */
  readonly schemeSheet?: SheetLayout;
  /**
   * A follow-up round closed by this run (Opfølgning <runde>): added as a protected sheet, listed in state.rounds, and
   * never emptied or replaced by a later write. It replaces a round sheet of its name only with `replace`, and only
   * one that previous.rounds lists (else the write refuses: the sheet is the user's).
   */
  readonly roundSheet?: { readonly layout: SheetLayout; readonly replace: boolean };
  /**
   * What moved since the last round (Ændringer siden <runde>, state.sinceSheet names it): the program's own sheet, made
   * anew on each run like Bilag 1 and the gap sheet; the one previous.sinceSheet names goes when none is written.
   */
  readonly sinceSheet?: SheetLayout;
}

/** The program's columns on every sheet a write covers, the source sheet's first: one patch for most plans. */
export function columnsWritten(plan: PlanWrite): RangePatch[] {
  return [plan.outputColumns, ...(plan.moreOutputColumns ?? [])];
}

/** What the program needs to know of a workbook before it reads a sheet; one round trip in Excel. */
export interface WorkbookFacts {
  /** Names of the user's sheets (the program's hidden state sheet is not among them). */
  readonly sheetNames: readonly string[];
  /** What the program wrote on an earlier run, if anything. */
  readonly state?: AddinState;
  /** The separators of the workbook's locale, when the host reports them (Excel does; a file does not). */
  readonly separators?: Separators;
  /** The user's choices in the pane, kept in the workbook. */
  readonly settings?: AddinSettings;
}

/**
 * The small interface every workbook implementation offers the core's callers: an .xlsx file
 * (ExcelJS) on the command line and in the browser, the open workbook (Office.js) in Excel.
 * Both pass the same contract tests (test/adapters/contract.test.ts).
 */
export interface PlanWorkbook {
  facts(): Promise<WorkbookFacts>;
  readSheet(name: string): Promise<Grid>;
  /** Several sheets, one read each; a host that can ask for them together does (Excel: their first requests share one sync). */
  readSheets?(names: readonly string[]): Promise<Grid[]>;
  write(plan: PlanWrite): Promise<void>;
  /** Applies fixes the user chose, each to its own cell; nothing else changes. */
  applyFixes(fixes: readonly Fix[]): Promise<void>;
  /** Keeps the user's choices in the workbook's state sheet (cell B1), beside what the program owns. */
  saveSettings(settings: AddinSettings): Promise<void>;
}

/** Several sheets of a workbook, together where the workbook can read them so, else one after another. */
export async function readSheetsOf(workbook: PlanWorkbook, names: readonly string[]): Promise<Grid[]> {
  if (workbook.readSheets !== undefined) return workbook.readSheets(names);
  const grids: Grid[] = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  return grids;
}

/**
 * The round sheet a write replaces: one the last run's state lists under the new round sheet's name, and only when the
 * write says replace. Any other sheet of that name is the user's and refused, so a closed round is never written over by accident.
 */
export function replacedRoundSheet(plan: PlanWrite): string | undefined {
  const round = plan.roundSheet;
  if (round?.replace !== true) return undefined;
  return plan.previous?.rounds?.find((r) => sameNameDanish(r.sheet, round.layout.sheetName))?.sheet;
}
