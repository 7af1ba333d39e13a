import type { Finding, Fix } from '../core/findings';
import { runPlan, RunOutcome } from '../core/run';
import type { CloseRound } from '../core/rounds/run-rounds';
import type { Scheme } from '../core/scheme';
import { schemeFromWorkbook, schemeToLayout, SCHEME_SHEET } from '../core/scheme-sheet';
import { PlanWorkbook, readSheetsOf, WorkbookFacts } from '../core/workbook';
import type { Grid } from '../core/grid';
import { sameNameDanish } from '../core/text';
import { AddinSettings, NO_SETTINGS } from '../core/settings';
import type { RunPlan } from './worker/plans-off-the-page';

/**
 * What the pane's four steps need of a workbook, whether it is the one open in Excel or an .xlsx
 * file opened in the browser. Optional abilities show as buttons only where the session has them.
 */
export interface PlanSession {
  /** "Denne projektmappe" in Excel, the file's name in the browser. */
  readonly title: string;
  readonly scheme: Scheme;
  /** Sheets the plan may be on, for the Kilde step's choice. */
  sheets(): Promise<readonly string[]>;
  /** Reads and validates a sheet (by default the one used last, else the first with a table); writes nothing. */
  validate(sheet?: string): Promise<RunOutcome>;
  /** Computes and writes the columns and Bilag 1; with `closeRound`, also closes the plan as it stands as a follow-up round. */
  run(sheet?: string, closeRound?: CloseRound): Promise<RunOutcome>;
  /** The user's choices kept in the workbook. */
  settings(): Promise<AddinSettings>;
  /** Changes and keeps the user's choices in the workbook. */
  saveSettings(change: (settings: AddinSettings) => AddinSettings): Promise<void>;
  /** Applies one-click fixes, then validates again. */
  applyFixes(fixes: readonly Fix[], sheet?: string): Promise<RunOutcome>;
  /** Shows a finding's cell in the workbook (Excel only). */
  readonly select?: (finding: Finding) => Promise<void>;
  /** Selects cells in the workbook, e.g. Bilag 1 for the user to copy where the pane may not (Excel only). */
  readonly selectRange?: (sheet: string, address: string) => Promise<void>;
  /**
   * Puts back the last write or fix (Excel only; Excel has no undo of an add-in's writes before ExcelApi 1.20). A round
   * the write closed stays closed: `keptRound` names its sheet.
   */
  readonly undo?: () => Promise<{ readonly keptRound?: string } | void>;
  readonly canUndo?: () => boolean;
  /** The workbook as a file to save (browser only). */
  readonly download?: () => Promise<{ url: string; name: string }>;
  /**
   * Reads and validates the sheet again, the scheme sheet too where the workbook has one. With `changed`,
   * only those sheets changed since the last reading (edits Excel told of): what else is known of the
   * workbook is kept, so an edit of the plan's sheet costs one round trip in Excel. Without, everything is
   * read again ("Valider igen").
   */
  reread(sheet?: string, changed?: readonly string[]): Promise<RunOutcome>;
  /** Listens for edits of the sheets (Excel only); resolves to the function that stops listening. */
  readonly watch?: ((sheets: readonly string[], onChange: (sheet: string) => void) => Promise<() => Promise<void>>) | undefined;
}

/** The steps every session runs the same way, on whichever workbook it holds. */
export abstract class WorkbookSession implements PlanSession {
  abstract readonly title: string;
  private currentScheme: Scheme;
  /** What the last reading learnt of the workbook, kept for a re-reading after an edit; forgotten whenever the pane writes. */
  private known: WorkbookFacts | undefined;
  /** The workbook, with its facts as last read. */
  private readonly remembered: PlanWorkbook;
  /**
   * Closed rounds' sheets as last read, kept like the facts: a round's sheet is protected and changes only when the
   * pane closes a round, so a reading after an edit stays one round trip to Excel with a round closed.
   */
  private readonly roundSheets = new Map<string, Grid>();

  protected constructor(
    private readonly workbook: PlanWorkbook,
    scheme: Scheme,
    /** The scheme came from a JSON file: the first run adds it to the workbook as a sheet. */
    private readonly schemeFromJsonFile: boolean,
    /** Where the core runs (the Excel pane's worker); by default here. */
    private readonly runOn: RunPlan = runPlan,
  ) {
    this.currentScheme = scheme;
    this.remembered = {
      facts: async () => (this.known ??= await workbook.facts()),
      readSheet: async (name) => {
        const kept = this.roundSheets.get(name);
        if (kept !== undefined) return kept;
        const grid = await workbook.readSheet(name);
        if (this.known?.state?.rounds?.some((round) => sameNameDanish(round.sheet, name)) === true) this.roundSheets.set(name, grid);
        return grid;
      },
      // A plan of proposal forms on several sheets: read together where the workbook can (Excel: one sync).
      readSheets: (names) => readSheetsOf(workbook, names),
      write: (plan) => workbook.write(plan),
      applyFixes: (fixes) => workbook.applyFixes(fixes),
      saveSettings: (settings) => workbook.saveSettings(settings),
    };
  }

  /** The plan's scheme, as last read from the scheme sheet (or the file it came from). */
  get scheme(): Scheme {
    return this.currentScheme;
  }

  async sheets(): Promise<readonly string[]> {
    return (await this.workbook.facts()).sheetNames;
  }

  validate(sheet?: string): Promise<RunOutcome> {
    this.forgetWorkbook();
    return this.runOn(this.remembered, this.scheme, { write: false, ...this.where(sheet) });
  }

  async reread(sheet?: string, changed?: readonly string[]): Promise<RunOutcome> {
    if (changed === undefined) this.forgetWorkbook();
    for (const name of changed ?? []) this.roundSheets.delete(name);
    // A scheme from a file is read from its sheet once the workbook has one: the formulas refer to its cells.
    const fromFile = !this.scheme.columnGroups.some((group) => group.targetCells !== undefined);
    if (changed === undefined || changed.includes(SCHEME_SHEET) || fromFile) {
      const read = await schemeFromWorkbook(this.remembered);
      // A scheme sheet edited into something unusable: its findings say what to correct, and nothing is validated.
      if (read !== undefined && read.scheme === undefined) return { ...(sheet === undefined ? {} : { sheet }), result: { findings: read.findings }, written: false };
      if (read?.scheme !== undefined) this.currentScheme = read.scheme;
    }
    return this.runOn(this.remembered, this.scheme, { write: false, ...this.where(sheet) });
  }

  async run(sheet?: string, closeRound?: CloseRound): Promise<RunOutcome> {
    this.forgetWorkbook();
    try {
      return await this.runOn(this.workbook, this.scheme, {
        write: true,
        ...this.where(sheet),
        ...(closeRound === undefined ? {} : { closeRound }),
        ...(this.schemeFromJsonFile ? { schemeSheet: schemeToLayout(this.scheme) } : {}),
      });
    } finally {
      this.forgetWorkbook();
    }
  }

  /** The sheet to run on, when one is chosen. */
  private where(sheet: string | undefined): { sheet?: string } {
    return sheet === undefined ? {} : { sheet };
  }

  async applyFixes(fixes: readonly Fix[], sheet?: string): Promise<RunOutcome> {
    await this.workbook.applyFixes(fixes);
    return this.validate(sheet);
  }

  /** The pane changed the workbook, or is about to: the next reading asks for everything again. */
  protected forgetWorkbook(): void {
    this.known = undefined;
    this.roundSheets.clear();
  }

  async settings(): Promise<AddinSettings> {
    return (await this.workbook.facts()).settings ?? NO_SETTINGS;
  }

  async saveSettings(change: (settings: AddinSettings) => AddinSettings): Promise<void> {
    await this.workbook.saveSettings(change(await this.settings()));
    this.forgetWorkbook();
  }
}
