import ExcelJS from 'exceljs';
import { Grid } from '../../core/grid';
import { Fix } from '../../core/findings';
import { fixedCell } from '../../core/fixes';
import { AddinSettings, parseSettings, serialiseSettings } from '../../core/settings';
import { parseState, RECORD_SHEETS, serialiseState, SETTINGS_CELL, STATE_SHEET } from '../../core/state';
import { PlanWorkbook, PlanWrite, WorkbookFacts } from '../../core/workbook';
import { gridFromWorksheet } from './grid-from-worksheet';
import { addLayoutSheet, clearRange, writePatch, writeValue } from './write-layout';
import { WriteJournal } from './write-journal';

/** Why a file could not be opened, in one Danish line for the user. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}

/** An .xlsx file held in memory: read it, let the core write to it, save it as a new file. */
export class XlsxWorkbook implements PlanWorkbook {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.length === 0) throw new UnreadableWorkbookError('Filen er tom.');
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
      throw new UnreadableWorkbookError('Filen er beskyttet med adgangskode eller er i det gamle .xls-format. Gem den som .xlsx uden adgangskode.');
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnreadableWorkbookError('Filen er ikke en Excel-projektmappe (.xlsx).');
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new UnreadableWorkbookError('Filen kan ikke læses som en Excel-projektmappe (.xlsx); den kan være beskadiget.');
    }
    return new XlsxWorkbook(workbook);
  }

  /** A file has no locale of its own: text numbers are read with Danish separators. */
  async facts(): Promise<WorkbookFacts> {
    const record = this.workbook.getWorksheet(STATE_SHEET);
    const text = (address: string): string | undefined => {
      const value = record?.getCell(address).value;
      return typeof value === 'string' ? value : undefined;
    };
    const state = parseState(text('A1'));
    return { sheetNames: this.userSheets().map((ws) => ws.name), ...(state === undefined ? {} : { state }), settings: parseSettings(text(SETTINGS_CELL)) };
  }

  async readSheet(name: string): Promise<Grid> {
    const worksheet = this.workbook.getWorksheet(name);
    if (worksheet === undefined) throw new Error(`No sheet named "${name}"`);
    return gridFromWorksheet(worksheet);
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    for (const fix of fixes) {
      const worksheet = this.workbook.getWorksheet(fix.sheet);
      if (worksheet === undefined) throw new Error(`No sheet named "${fix.sheet}"`);
      const cell = worksheet.getCell(fix.cell);
      writeValue(cell, fixedCell(fix, cell.numFmt));
    }
  }

  /**
   * Writes the output columns, Bilag 1, the scheme sheet (when missing) and the state. Everything that
   * could refuse is checked before the first change, and a write that fails halfway is rolled back.
   */
  async write(plan: PlanWrite): Promise<void> {
    const source = this.workbook.getWorksheet(plan.outputColumns.sheetName);
    if (source === undefined) throw new Error(`No sheet named "${plan.outputColumns.sheetName}"`);
    const ownBilag = plan.previous?.bilagSheet;
    const taken = this.workbook.getWorksheet(plan.bilag1.sheetName);
    if (taken !== undefined && taken.name !== ownBilag) {
      throw new Error(`Refusing to replace sheet "${taken.name}": Handleplan did not create it`);
    }
    const journal = new WriteJournal(this.workbook);
    try {
      this.writeAll(plan, source, ownBilag, journal);
    } catch (error) {
      journal.rollBack();
      throw error;
    }
    journal.commit();
  }

  private writeAll(plan: PlanWrite, source: ExcelJS.Worksheet, ownBilag: string | undefined, journal: WriteJournal): void {
    const previousSource = plan.previous === undefined ? undefined : this.workbook.getWorksheet(plan.previous.sourceSheet);
    if (plan.previous !== undefined && previousSource !== undefined) clearRange(previousSource, plan.previous.output, journal);
    writePatch(source, plan.outputColumns, journal);

    if (plan.schemeSheet !== undefined && this.workbook.getWorksheet(plan.schemeSheet.sheetName) === undefined) {
      addLayoutSheet(this.workbook, plan.schemeSheet, journal);
    }
    // Bilag 1 and the state sheet are re-added as the last two sheets, in that order, so re-runs match.
    const settings = this.workbook.getWorksheet(STATE_SHEET)?.getCell(SETTINGS_CELL).value ?? null;
    for (const name of [ownBilag, ...RECORD_SHEETS]) {
      const existing = name === undefined ? undefined : this.workbook.getWorksheet(name);
      if (existing !== undefined) journal.setAsideSheet(existing);
    }
    addLayoutSheet(this.workbook, plan.bilag1, journal);
    const state = journal.addedSheet(this.workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' }));
    state.getCell('A1').value = serialiseState(plan.state);
    if (settings !== null) state.getCell(SETTINGS_CELL).value = settings;
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    const record = this.workbook.getWorksheet(STATE_SHEET) ?? this.workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    record.getCell(SETTINGS_CELL).value = serialiseSettings(settings);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !RECORD_SHEETS.includes(ws.name));
  }
}
