import type { Finding, Fix } from '../core/findings';
import { AnalyseSheet, runPlan, RunOutcome } from '../core/run';
import type { Scheme } from '../core/scheme';
import { schemeToLayout } from '../core/scheme-sheet';
import type { PlanWorkbook } from '../core/workbook';
import { AddinSettings, NO_SETTINGS } from '../core/settings';

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
  /** Computes and writes the columns and Bilag 1. */
  run(sheet?: string): Promise<RunOutcome>;
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
  /** Puts back the last write or fix (Excel only; Excel has no undo of an add-in's writes before ExcelApi 1.20). */
  readonly undo?: () => Promise<void>;
  readonly canUndo?: () => boolean;
  /** The workbook as a file to save (browser only). */
  readonly download?: () => Promise<{ url: string; name: string }>;
}

/** The steps every session runs the same way, on whichever workbook it holds. */
export abstract class WorkbookSession implements PlanSession {
  abstract readonly title: string;

  protected constructor(
    private readonly workbook: PlanWorkbook,
    readonly scheme: Scheme,
    /** The scheme came from a JSON file: the first run adds it to the workbook as a sheet. */
    private readonly schemeFromJsonFile: boolean,
    /** Where the core analyses a sheet (the Excel pane's worker); by default here. */
    private readonly analyse?: AnalyseSheet,
  ) {}

  async sheets(): Promise<readonly string[]> {
    return (await this.workbook.facts()).sheetNames;
  }

  validate(sheet?: string): Promise<RunOutcome> {
    return runPlan(this.workbook, this.scheme, { write: false, ...this.where(sheet) });
  }

  run(sheet?: string): Promise<RunOutcome> {
    return runPlan(this.workbook, this.scheme, {
      write: true,
      ...this.where(sheet),
      ...(this.schemeFromJsonFile ? { schemeSheet: schemeToLayout(this.scheme) } : {}),
    });
  }

  /** The sheet to run on, when one is chosen, and where the core analyses it. */
  private where(sheet: string | undefined): { sheet?: string; analyse?: AnalyseSheet } {
    return { ...(sheet === undefined ? {} : { sheet }), ...(this.analyse === undefined ? {} : { analyse: this.analyse }) };
  }

  async applyFixes(fixes: readonly Fix[], sheet?: string): Promise<RunOutcome> {
    await this.workbook.applyFixes(fixes);
    return this.validate(sheet);
  }

  async settings(): Promise<AddinSettings> {
    return (await this.workbook.facts()).settings ?? NO_SETTINGS;
  }

  async saveSettings(change: (settings: AddinSettings) => AddinSettings): Promise<void> {
    await this.workbook.saveSettings(change(await this.settings()));
  }
}
