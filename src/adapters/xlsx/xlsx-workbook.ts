import { Fix } from '../../core/findings';
import { cellAt, Grid } from '../../core/grid';
import { BLANK, text } from '../../core/layout';
import { AddinSettings, parseSettings, serialiseSettings } from '../../core/settings';
import { parseState, RECORD_SHEETS, serialiseState, SETTINGS_CELL, sourcesOf, STATE_SHEET } from '../../core/state';
import { sameNameDanish } from '../../core/text';
import { columnsWritten, PlanWorkbook, PlanWrite, replacedRoundSheet, WorkbookFacts } from '../../core/workbook';
import { fromA1 } from '../../core/a1';
import { OpcPackage, PackageEdit } from './opc-package';
import { clearPatch, fixesPatch, outputPatch } from './plan-patches';
import { readSharedStrings } from './shared-strings';
import { patchSheet } from './sheet-patcher';
import { readSheetXml } from './sheet-reader';
import { rootPrefix } from './sheet-scanner';
import { sheetXml } from './sheet-writer';
import { MINIMAL_STYLES, StyleAppender } from './style-appender';
import { StylesPart } from './styles-part';
import { findSheet, NotAWorkbookError, readWorkbookModel, SheetEntry, WorkbookModel } from './workbook-part';
import { WorkbookEditor } from './workbook-editor';

/** Why a file could not be opened, in one Danish line for the user. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}

const DAMAGED = 'Filen kan ikke læses som en Excel-projektmappe (.xlsx); den kan være beskadiget.';
const NOT_A_WORKBOOK = 'Filen er ikke en Excel-projektmappe (.xlsx).';
const BINARY = 'Filen er gemt i det binære format (.xlsb). Gem den som Excel-projektmappe (.xlsx), og prøv igen.';

/**
 * An .xlsx (or .xlsm) file held in memory as its package of parts. Reading parses only the parts asked
 * for; a write patches the plan sheet's part, adds or replaces the program's own sheets and appends
 * to the styles, and every other part keeps its bytes. Each write is made on a copy of the package
 * that replaces it only when the whole write is made, so a write that fails leaves the workbook as it was.
 */
export class XlsxWorkbook implements PlanWorkbook {
  private styles: StylesPart | undefined;
  private strings: string[] | undefined;

  private constructor(
    private pkg: OpcPackage,
    private model: WorkbookModel,
  ) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.length === 0) throw new UnreadableWorkbookError('Filen er tom.');
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
      throw new UnreadableWorkbookError('Filen er beskyttet med adgangskode eller er i det gamle .xls-format. Gem den som .xlsx uden adgangskode.');
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnreadableWorkbookError(NOT_A_WORKBOOK);
    try {
      const pkg = OpcPackage.open(bytes);
      return new XlsxWorkbook(pkg, readWorkbookModel(pkg));
    } catch (error) {
      if (error instanceof NotAWorkbookError && error.reason === 'binary') throw new UnreadableWorkbookError(BINARY);
      if (error instanceof NotAWorkbookError && error.reason === 'no-workbook') throw new UnreadableWorkbookError(NOT_A_WORKBOOK);
      throw new UnreadableWorkbookError(DAMAGED);
    }
  }

  /** A file has no locale of its own: text numbers are read with Danish separators. */
  async facts(): Promise<WorkbookFacts> {
    await this.load(this.sheetNamed(STATE_SHEET));
    const record = this.stateCells();
    const state = parseState(record.state);
    return { sheetNames: this.worksheets().filter((s) => !RECORD_SHEETS.includes(s.name)).map((s) => s.name), ...(state === undefined ? {} : { state }), settings: parseSettings(record.settings) };
  }

  async readSheet(name: string): Promise<Grid> {
    const entry = this.worksheet(name);
    await this.load(entry);
    return this.grid(entry);
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    if (fixes.length === 0) return;
    const styles = this.stylesPart();
    const appender = new StyleAppender(styles);
    this.change((edit, editor) => {
      for (const sheet of new Set(fixes.map((f) => f.sheet))) {
        const entry = this.worksheet(sheet);
        const xml = this.partText(edit, entry);
        edit.set(entry.part ?? '', patchSheet(xml, fixesPatch(rootPrefix(xml), fixes.filter((f) => f.sheet === sheet), styles, appender)));
      }
      this.saveStyles(edit, editor, appender);
    });
  }

  /**
   * Writes the output columns, Bilag 1, the gap sheet, the scheme sheet (when missing) and the state. Everything that
   * could refuse is checked before the first change; the package changes only when all is written.
   */
  async write(plan: PlanWrite): Promise<void> {
    const columns = columnsWritten(plan).map((patch) => ({ patch, entry: this.worksheet(patch.sheetName) }));
    const ownBilag = plan.previous?.bilagSheet;
    const ownGap = plan.previous?.gapSheet;
    const ownSince = plan.previous?.sinceSheet;
    this.refuseToReplace(plan.bilag1.sheetName, ownBilag);
    if (plan.gapSheet !== undefined) this.refuseToReplace(plan.gapSheet.sheetName, ownGap);
    if (plan.sinceSheet !== undefined) this.refuseToReplace(plan.sinceSheet.sheetName, ownSince);
    const round = plan.roundSheet;
    const ownRound = round === undefined ? undefined : replacedRoundSheet(plan);
    if (round !== undefined) this.refuseToReplace(round.layout.sheetName, ownRound);
    const previous = plan.previous === undefined ? [] : sourcesOf(plan.previous);
    // Every sheet written or emptied is at hand before the first change: the change itself is synchronous.
    for (const entry of [...columns.map((c) => c.entry), ...previous.map((source) => this.sheetNamed(source.sheet))]) await this.load(entry);
    const settings = this.stateCells().settings;
    const appender = new StyleAppender(this.stylesPart());
    this.change((edit, editor) => {
      editor.dropCalcChain();
      // Each sheet of the plan gets its columns, what was written there before emptied; a sheet no longer written to is emptied.
      for (const { patch, entry } of columns) {
        const clear = previous.find((source) => sameNameDanish(source.sheet, entry.name))?.output;
        const xml = this.partText(edit, entry);
        edit.set(entry.part ?? '', patchSheet(xml, outputPatch(rootPrefix(xml), patch, clear, appender)));
      }
      for (const source of previous.filter((p) => !columns.some(({ entry }) => sameNameDanish(p.sheet, entry.name)))) {
        const left = this.sheetNamed(source.sheet);
        if (left?.part !== undefined && left.kind === 'worksheet') edit.set(left.part, patchSheet(this.partText(edit, left), clearPatch(source.output)));
      }
      const oldBilag = ownBilag === undefined ? undefined : editor.sheet(ownBilag);
      const stateSheet = editor.sheet(STATE_SHEET);
      // The program's sheets stay where the last run put them: the scheme and Bilag 1 go in before the state sheet.
      if (plan.schemeSheet !== undefined && editor.sheet(plan.schemeSheet.sheetName) === undefined) {
        editor.addSheet(plan.schemeSheet.sheetName, sheetXml(plan.schemeSheet, this.model.dialect, appender), 'visible', oldBilag?.name ?? stateSheet?.name);
      }
      const oldGap = ownGap === undefined ? undefined : editor.sheet(ownGap);
      const oldSince = ownSince === undefined ? undefined : editor.sheet(ownSince);
      if (round !== undefined) {
        // A closed round is kept as it was closed; only closing it again (replace) gives its sheet new content.
        const xml = sheetXml(round.layout, this.model.dialect, appender, { protect: true });
        const old = ownRound === undefined ? undefined : editor.sheet(ownRound);
        if (old !== undefined) editor.replaceSheet(old, round.layout.sheetName, xml);
        else editor.addSheet(round.layout.sheetName, xml, 'visible', oldBilag?.name ?? stateSheet?.name);
      }
      for (const [layout, old] of [[plan.bilag1, oldBilag], [plan.gapSheet, oldGap], [plan.sinceSheet, oldSince]] as const) {
        // Bilag 1, the gap sheet and the changes since the last round are made anew on each run; one no longer written goes.
        if (layout === undefined && old !== undefined) editor.removeSheet(old);
        if (layout === undefined) continue;
        const xml = sheetXml(layout, this.model.dialect, appender);
        if (old !== undefined) editor.replaceSheet(old, layout.sheetName, xml);
        else editor.addSheet(layout.sheetName, xml, 'visible', stateSheet?.name);
      }
      this.writeState(editor, serialiseState(plan.state), settings);
      this.saveStyles(edit, editor, appender);
    });
  }

  /** Misuse to write a sheet of the program's over a sheet of that name it did not make (`own` names the one it made). */
  private refuseToReplace(name: string, own: string | undefined): void {
    const taken = this.sheetNamed(name);
    if (taken !== undefined && (own === undefined || !sameNameDanish(taken.name, own))) throw new Error(`Refusing to replace sheet "${taken.name}": Handleplan did not create it`);
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    const { state } = this.stateCells();
    this.change((_, editor) => this.writeState(editor, state, serialiseSettings(settings)));
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  /** Makes changes on a copy of the package; the workbook takes the copy only when they are all made. */
  private change(make: (edit: PackageEdit, editor: WorkbookEditor) => void): void {
    const edit = this.pkg.edit();
    const editor = new WorkbookEditor(edit, this.model);
    make(edit, editor);
    this.pkg = edit.done();
    this.model = editor.workbook;
    this.styles = undefined;
  }

  /** The very hidden state sheet: the state in A1, the user's settings in B1. */
  private writeState(editor: WorkbookEditor, state: string | undefined, settings: string | undefined): void {
    const layout = { sheetName: STATE_SHEET, rows: [[state === undefined ? BLANK : text(state), ...(settings === undefined ? [] : [text(settings)])]], merges: [], columnWidths: [], hidden: true };
    const xml = sheetXml(layout, this.model.dialect, new StyleAppender(StylesPart.parse(undefined)));
    const existing = editor.sheet(STATE_SHEET);
    if (existing?.part !== undefined) editor.replaceSheet(existing, STATE_SHEET, xml);
    else editor.addSheet(STATE_SHEET, xml, 'veryHidden');
  }

  private saveStyles(edit: PackageEdit, editor: WorkbookEditor, appender: StyleAppender): void {
    if (!appender.changed) return;
    const xml = appender.render();
    if (this.model.stylesPart === undefined) editor.addStylesPart(xml);
    else edit.set(this.model.stylesPart, xml);
  }

  private stateCells(): { state?: string; settings?: string } {
    const entry = this.sheetNamed(STATE_SHEET);
    if (entry === undefined || entry.kind !== 'worksheet') return {};
    const grid = this.grid(entry);
    const textAt = (address: string): string | undefined => {
      const content = cellAt(grid, fromA1(address)).content;
      return content.kind === 'text' ? content.value : undefined;
    };
    const state = textAt('A1');
    const settings = textAt(SETTINGS_CELL);
    return { ...(state === undefined ? {} : { state }), ...(settings === undefined ? {} : { settings }) };
  }

  /** Decompresses a sheet's part and the parts it is read with, ahead of the synchronous reading. */
  private async load(entry: SheetEntry | undefined): Promise<void> {
    if (entry === undefined) return;
    try {
      await this.pkg.load([entry.part, this.strings === undefined ? this.model.sharedStringsPart : undefined, this.styles === undefined ? this.model.stylesPart : undefined]);
    } catch {
      throw new UnreadableWorkbookError(DAMAGED);
    }
  }

  private grid(entry: SheetEntry): Grid {
    const xml = this.partText(undefined, entry);
    try {
      return readSheetXml(entry.name, xml, { sharedStrings: () => this.sharedStrings(), styles: this.stylesPart(), date1904: this.model.date1904 });
    } catch {
      throw new UnreadableWorkbookError(DAMAGED);
    }
  }

  private partText(edit: PackageEdit | undefined, entry: SheetEntry): string {
    const xml = entry.part === undefined ? undefined : (edit ?? this.pkg).text(entry.part);
    if (xml === undefined) throw new UnreadableWorkbookError(DAMAGED);
    return xml;
  }

  private stylesPart(): StylesPart {
    this.styles ??= StylesPart.parse(this.model.stylesPart === undefined ? MINIMAL_STYLES(this.model.dialect.main) : this.pkg.text(this.model.stylesPart));
    return this.styles;
  }

  private sharedStrings(): string[] {
    this.strings ??= readSharedStrings(this.model.sharedStringsPart === undefined ? undefined : this.pkg.text(this.model.sharedStringsPart));
    return this.strings;
  }

  private worksheets(): SheetEntry[] {
    return this.model.sheets.filter((s) => s.kind === 'worksheet');
  }

  /** A worksheet by name (misuse when there is none): exactly as spelled, else as Excel compares names. */
  private worksheet(name: string): SheetEntry {
    const entry = findSheet(this.worksheets(), name);
    if (entry === undefined) throw new Error(`No sheet named "${name}"`);
    return entry;
  }

  private sheetNamed(name: string): SheetEntry | undefined {
    return findSheet(this.model.sheets, name);
  }
}
