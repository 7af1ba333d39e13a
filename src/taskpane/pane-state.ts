/** The pane's state and actions as its step components see them, apart from the hook that keeps them (usePlanSession). */
import type { Finding, Fix } from '../core/findings';
import { hasErrors } from '../core/findings';
import type { RunOutcome } from '../core/run';
import type { AddinSettings, ColumnChoice } from '../core/settings';
import type { SchemeFile } from './scheme-file';
import type { PlanSession } from './session';

/** How the pane gets its workbook; each entry point passes one, so Excel's pane never loads the .xlsx library. */
export type PaneSource =
  /** In Excel: the workbook that is open (with a scheme file when it has no scheme sheet). */
  | { openWorkbook: (schemeFile?: SchemeFile) => Promise<PlanSession>; openFile?: undefined }
  /** In the browser: an .xlsx file the user picks or drops. */
  | { openWorkbook?: undefined; openFile: (file: WorkbookFile, schemeFile?: SchemeFile) => Promise<PlanSession> };

export interface WorkbookFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

/** The steps, also the ids of their headings. */
export type StepId = 'kilde' | 'validering' | 'beregn' | 'bilag' | 'opfoelgning';

/** What an action led to, shown where the action was taken: a step, or a place in it such as one column. */
export interface StepNotice {
  readonly place: string;
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
  /** Puts back what the action changed (a column choice). */
  readonly undo?: () => void;
  /** What to do next, in one click (update Bilag 1). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** A notice before it is given its place. */
export type Said = Omit<StepNotice, 'place'>;

export interface Loaded {
  readonly session: PlanSession;
  readonly sheets: readonly string[];
  readonly settings: AddinSettings;
  /** The last outcome; `outcome.written` says whether it wrote the columns and Bilag 1. */
  readonly outcome: RunOutcome;
}

/** Whether the workbook holds the sheet's columns and Bilag 1 of a Beregn, this one or an earlier. */
export function hasResults(outcome: RunOutcome): boolean {
  return outcome.written || outcome.earlier !== undefined;
}

/**
 * Why the results in the workbook no longer fit the plan, if they do not: its structure changed since the
 * last Beregn, or results written as values (not formulas) were made from cells changed since.
 */
export function bilagOutdated(outcome: RunOutcome): 'structure' | 'values' | undefined {
  if (outcome.earlier?.structureChanged === true) return 'structure';
  return outcome.result.findings.some((f) => f.code === 'results-stale') ? 'values' : undefined;
}

/** Bilag 1 needs a new Beregn, and one can run: the notice offers it. */
export function canUpdateBilag(outcome: RunOutcome): boolean {
  return bilagOutdated(outcome) !== undefined && !hasErrors(outcome.result.findings);
}

export interface PlanSessionState {
  readonly inExcel: boolean;
  readonly loaded: Loaded | undefined;
  /** The work under way and where it was started. */
  readonly activity: { readonly place: string; readonly text: string } | undefined;
  readonly notice: StepNotice | undefined;
  /** Excel only: the workbook has no scheme sheet, so the pane asks for a scheme file. */
  readonly needsScheme: boolean;
  readonly schemeFile: SchemeFile | undefined;
  readonly workbookName: string | undefined;
  openWorkbookFile(file: File): void;
  chooseScheme(file: File | undefined): void;
  chooseSheet(sheet: string): void;
  /** `said` tells the user what changed, in a sentence; the notice offers to undo it. */
  chooseColumn(header: string, choice: ColumnChoice | undefined, said: string, place: string): void;
  fix(fixes: readonly Fix[]): void;
  /** Excel's edits are heard and read by themselves. */
  readonly following: boolean;
  compute(): void;
  /** Reads and validates the workbook again, the scheme sheet too. */
  validateAgain(): void;
  undo(): void;
  select(finding: Finding): void;
  download(): void;
  copyBilag(): void;
  /** Computes and writes as Beregn does, and closes the plan as it stands as a round of that name; `replace` only on the user's word. */
  closeRound(name: string, replace?: boolean): void;
  /** A round of the name asked for is closed already: the pane asks whether to replace it. */
  readonly roundTaken: { readonly name: string; readonly closed: string } | undefined;
  /** The user keeps the round closed before: nothing is closed. */
  keepRound(): void;
}
