import { ExcelHost } from '../adapters/office/host';
import { OfficeWorkbook } from '../adapters/office/office-workbook';
import { ExcelEvents, watchSheets } from '../adapters/office/watch';
import type { Finding } from '../core/findings';
import { Scheme } from '../core/scheme';
import { schemeFromWorkbook } from '../core/scheme-sheet';
import { NO_SCHEME_SHEET, SchemeFile, schemeFromFile, schemeOrProblem } from './scheme-file';
import { WorkbookSession } from './session';
import type { RunPlan } from './worker/plans-off-the-page';

/** The pane inside Excel: the open workbook, through Office.js. */
export class ExcelSession extends WorkbookSession {
  readonly title = 'Denne projektmappe';

  private constructor(
    private readonly office: OfficeWorkbook,
    scheme: Scheme,
    schemeFromJsonFile: boolean,
    private readonly events: ExcelEvents | undefined,
    runOn: ((office: OfficeWorkbook) => RunPlan) | undefined,
  ) {
    super(office, scheme, schemeFromJsonFile, runOn?.(office));
  }

  /**
   * Opens the workbook with its scheme sheet, or with a scheme file the user chose; with Excel's events, the pane
   * follows edits. `runOn`: where the core runs on the workbook (the pane's worker); by default on the page.
   */
  static async open(host: ExcelHost, schemeFile?: SchemeFile, events?: ExcelEvents, runOn?: (office: OfficeWorkbook) => RunPlan): Promise<ExcelSession> {
    const workbook = new OfficeWorkbook(host);
    if (schemeFile !== undefined) return new ExcelSession(workbook, schemeFromFile(schemeFile), true, events, runOn);
    const read = await schemeFromWorkbook(workbook);
    if (read === undefined) throw NO_SCHEME_SHEET();
    return new ExcelSession(workbook, schemeOrProblem(read), false, events, runOn);
  }

  /** Listens for edits of the sheets, where the session was opened with Excel's events. */
  get watch(): ((sheets: readonly string[], onChange: (sheet: string) => void) => Promise<() => Promise<void>>) | undefined {
    const events = this.events;
    return events === undefined ? undefined : (sheets, onChange) => watchSheets(events, sheets, onChange);
  }

  /** The sheets the plan may be on: the user's hidden sheets (and the add-in's very hidden one) are left out. */
  override async sheets(): Promise<readonly string[]> {
    // One after the other: the hidden sheets come from the facts the first call has just read.
    const names = await super.sheets();
    const hidden = await this.office.hiddenSheets();
    return names.filter((name) => !hidden.includes(name));
  }

  readonly select = async (finding: Finding): Promise<void> => {
    await this.office.select(finding.sheet, finding.cell ?? 'A1');
  };

  /** Selects cells in the workbook, e.g. Bilag 1 for the user to copy with Ctrl+C where the pane may not copy. */
  readonly selectRange = (sheet: string, address: string): Promise<void> => this.office.select(sheet, address);

  readonly undo = async (): Promise<{ readonly keptRound?: string } | void> => {
    this.forgetWorkbook();
    return this.office.undo();
  };

  readonly canUndo = (): boolean => this.office.canUndo;
}
