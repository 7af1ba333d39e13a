import { Fix } from '../../core/findings';
import { Grid } from '../../core/grid';
import { misuse } from '../../core/misuse';
import { AddinSettings, parseSettings, serialiseSettings } from '../../core/settings';
import { parseState, RECORD_SHEETS, SETTINGS_CELL, sourceOn, sourcesOf, STATE_SHEET } from '../../core/state';
import { sameNameDanish } from '../../core/text';
import { PlanWorkbook, PlanWrite, WorkbookFacts } from '../../core/workbook';
import { gridFromValues, SheetValues } from './grid-from-values';
import { CALL_BYTES, ExcelHost } from './host';
import { applyFixesIn } from './apply-fixes';
import { resumeEvents, suspendEvents } from './events';
import { queueSheetSettings } from './queue-layout';
import { readSheetsValues, readSheetValues, SheetRead, SheetWeight } from './read-sheet';
import { columnSnapshots, sameOutput, weightWithColumns, writableReads } from './sheet-columns';
import { queueState, stateSheet } from './state-sheet';
import { keepingClosedRound, queueRestore, rangeOf, UndoOutcome, UndoRecord } from './undo';
import { PreparedColumns, PreparedSheet, PreparedWrite, prepareWrite } from './prepared-write';
import { closedRoundRecord, queueRollBack, queueRoundSheet, roundCellJobs, roundSheetFrom, roundToClose } from './round-sheet-jobs';
import { cellJobs, ownSheetsOf, packJobs, sheetJob, WriteJob } from './write-jobs';

/**
 * The open workbook in Excel, through Office.js. A full run costs at most four syncs, whatever the number of rows: facts (one, two when the
 * workbook has the add-in's state), the sheet (one) and the write (one); the last closed round's sheet is one more read. Only data over
 * Excel on the web's 5 MB limit per request adds a sync per 4 MB part. What facts() and readSheet() saw is kept for the write that follows.
 */
export class OfficeWorkbook implements PlanWorkbook {
  /** Every sheet's name and visibility as the last facts() saw them. */
  private sheets: { name: string; visibility: string }[] | undefined;
  /** Whether the workbook's structure is protected (Review › Protect Workbook): no sheet can be added then. */
  private structureProtected = false;
  private stateText: string | undefined;
  /** The sheets read since the workbook last changed, as Excel gave them, for the undo snapshot and the protection check. */
  private reads = new Map<string, { values: SheetValues; protected: boolean }>();
  /** What each sheet read so far weighed, so the next read of it asks for parts of the right size at once. */
  private readonly weights = new Map<string, SheetWeight>();
  private undoRecord: UndoRecord | undefined;
  /** Bilag 1 and the gap sheet as this session wrote them last, by name, so undo can put them back as they were. */
  private lastOwnSheets = new Map<string, PreparedSheet>();
  /** The columns this session wrote last, on each sheet, so undo can put them back as they were. */
  private lastOutput: readonly PreparedColumns[] | undefined;

  constructor(private readonly host: ExcelHost) {}

  private get runOptions(): Excel.RunOptions {
    // Wait for the user to leave a cell they are typing in; group our writes as one Ctrl+Z where Excel can (1.20).
    return { delayForCellEdit: true, ...(this.host.supports('1.20') ? { mergeUndoGroup: true } : {}) };
  }

  async facts(): Promise<WorkbookFacts> {
    return this.host.run(this.runOptions, async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
      const protection = context.workbook.protection.load('protected');
      // The user types with Excel's own separators when set apart from the system's (File › Options › Advanced).
      const excel = context.application.load('decimalSeparator,thousandsSeparator,useSystemSeparators');
      const system = context.application.cultureInfo.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
      await context.sync();
      this.sheets = worksheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
      this.structureProtected = protection.protected;
      this.stateText = undefined;
      let settingsText: string | undefined;
      if (this.has(STATE_SHEET)) {
        // Only a workbook the add-in has written has the state sheet: one more round trip then.
        const cells = context.workbook.worksheets.getItem(STATE_SHEET).getRange(`A1:${SETTINGS_CELL}`).load('values');
        await context.sync();
        const [state, settings] = cells.values[0] ?? [];
        this.stateText = typeof state === 'string' && state !== '' ? state : undefined;
        settingsText = typeof settings === 'string' ? settings : undefined;
      }
      const state = parseState(this.stateText);
      return {
        sheetNames: this.sheets.map((s) => s.name).filter((name) => !RECORD_SHEETS.includes(name)),
        ...(state === undefined ? {} : { state }),
        settings: parseSettings(settingsText),
        separators: excel.useSystemSeparators
          ? { decimal: system.numberDecimalSeparator, group: system.numberGroupSeparator }
          : { decimal: excel.decimalSeparator, group: excel.thousandsSeparator },
      };
    });
  }

  async readSheet(name: string): Promise<Grid> {
    // The program's own cells on this sheet are read as formulas too (their fingerprint is their formulas): the state says where.
    if (this.sheets === undefined) await this.facts();
    const owned = sourceOn(parseState(this.stateText), name)?.output;
    const read = await this.host.run(this.runOptions, (context) => readSheetValues(context, name, this.weights.get(name), owned));
    return this.keep(name, read);
  }

  /** Several sheets (a plan of proposal forms on several), their first requests in one sync. */
  async readSheets(names: readonly string[]): Promise<Grid[]> {
    if (this.sheets === undefined) await this.facts();
    const state = parseState(this.stateText);
    const toRead = names.map((name) => {
      const known = this.weights.get(name);
      const owned = sourceOn(state, name)?.output;
      return { name, ...(known === undefined ? {} : { known }), ...(owned === undefined ? {} : { owned }) };
    });
    const reads = await this.host.run(this.runOptions, (context) => readSheetsValues(context, toRead));
    return reads.map((read, i) => this.keep(names[i] as string, read));
  }

  /** A sheet as read, kept for the write that follows (its undo snapshot, its protection) and its weight for the next read. */
  private keep(name: string, read: SheetRead): Grid {
    this.weights.set(name, read.weight);
    this.reads.set(name, read);
    return gridFromValues(read.values);
  }

  /** Sheets the user has hidden (and the add-in's very hidden one): not offered as the plan's sheet. */
  async hiddenSheets(): Promise<readonly string[]> {
    if (this.sheets === undefined) await this.facts();
    return (this.sheets ?? []).filter((s) => s.visibility !== 'Visible').map((s) => s.name);
  }

  async write(plan: PlanWrite): Promise<void> {
    await this.writePrepared(prepareWrite(plan));
  }

  /**
   * A write made ready beforehand (prepareWrite, in the pane's worker): here only what needs the workbook as read (which sheets
   * exist, their cells for undo) and the Office.js calls.
   */
  async writePrepared(plan: PreparedWrite): Promise<void> {
    const columns = plan.columns;
    if (this.sheets === undefined) await this.facts();
    if (this.structureProtected) throw misuse('workbook-structure-protected');
    // The write needs no read of its own after the run's: only a sheet not read since the last change is read, all in one go.
    const unread = columns.map((patch) => patch.sheetName).filter((name) => !this.reads.has(name));
    if (unread.length > 0) await this.readSheets(unread);
    const reads = writableReads(columns, this.reads);
    const ownSheets = ownSheetsOf(plan, (name) => this.sheetNamed(name), this.lastOwnSheets);

    const previous = plan.previous === undefined ? [] : sourcesOf(plan.previous);
    const cellsToKeep = columnSnapshots(columns, previous, reads, this.reads);
    const addSchemeSheet = plan.schemeSheet !== undefined && this.sheetNamed(plan.schemeSheet.sheetName) === undefined;
    const stateExists = this.has(STATE_SHEET);
    const written = ownSheets.flatMap((own) => (own.sheet === undefined ? [] : [own.sheet]));
    // The program's sheets go just before the state sheet, where the last run put them, so a re-run keeps the sheet order.
    const replacedNames = ownSheets.map((own) => own.replaced);
    const remaining = (this.sheets ?? []).map((s) => s.name).filter((name) => !replacedNames.includes(name));
    const round = roundToClose(plan, remaining, (name) => this.sheetNamed(name));
    const replacedRound = round?.replaced === undefined ? undefined : roundSheetFrom(await this.readSheet(round.replaced));
    const statePosition = remaining.indexOf(STATE_SHEET) + (round?.added === true && round.position >= 0 ? 1 : 0);
    const record: UndoRecord = {
      cells: cellsToKeep,
      ownCells: true,
      changedState: true,
      stateSheetExisted: stateExists,
      addedSheets: [...written.map((sheet) => sheet.sheetName), ...(addSchemeSheet && plan.schemeSheet !== undefined ? [plan.schemeSheet.sheetName] : [])],
      replacedSheets: ownSheets.flatMap((own) => (own.known === undefined ? [] : [own.known])),
      replacedAt: statePosition,
      ...(this.lastOutput !== undefined && plan.previous !== undefined && sameOutput(this.lastOutput, plan.previous) ? { replacedOutput: this.lastOutput } : {}),
      ...(this.stateText === undefined ? {} : { previousState: this.stateText }),
      ...(round === undefined ? {} : { closedRound: closedRoundRecord(round, replacedRound, this.stateText, plan.state) }),
    };
    const columnJobs = columns.map(cellJobs);
    const jobs: WriteJob[] = [
      ...(addSchemeSheet && plan.schemeSheet !== undefined ? [sheetJob(plan.schemeSheet)] : []),
      {
        bytes: CALL_BYTES * 8,
        queue: (context) => {
          const worksheets = context.workbook.worksheets;
          for (const source of previous) if (this.has(source.sheet)) rangeOf(worksheets.getItem(source.sheet), source.output).clear('All');
          for (const name of replacedNames) if (name !== undefined) worksheets.getItem(name).delete();
          if (round !== undefined) queueRoundSheet(context, round);
          written.forEach((sheet, i) => {
            const added = worksheets.add(sheet.sheetName);
            if (statePosition >= 0) added.position = statePosition + i;
            queueSheetSettings(added, sheet);
          });
        },
      },
      ...columnJobs.flat(),
      ...written.flatMap(cellJobs),
      ...(round === undefined ? [] : roundCellJobs(round.sheet)),
      { bytes: CALL_BYTES * 4, queue: (context) => queueState(context, plan.stateText, stateExists) },
    ];

    try {
      await this.host.run(this.runOptions, async (context) => {
        // One sync for everything under the request limit; larger output goes in parts of about 4 MB,
        // so the number of syncs grows with the megabytes written, never with the rows. Calculation is
        // left on: the user's formulas that read our columns follow them.
        for (const batch of packJobs(jobs)) {
          suspendEvents(context);
          for (const job of batch) job.queue(context);
          resumeEvents(context);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB part, never per row
          await context.sync();
        }
      });
    } catch (error) {
      await this.rollBack(record);
      throw error;
    } finally {
      this.forget();
    }
    this.undoRecord = record;
    this.lastOwnSheets = new Map(written.map((sheet) => [sheet.sheetName, sheet]));
    this.lastOutput = columns;
    columns.forEach((patch, i) => {
      const weight = this.weights.get(patch.sheetName);
      if (weight !== undefined) this.weights.set(patch.sheetName, weightWithColumns(weight, patch, columnJobs[i] ?? []));
    });
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    if (fixes.length === 0) return;
    const before = await this.host.run(this.runOptions, (context) => applyFixesIn(context, fixes));
    this.undoRecord = { cells: before, ownCells: false, addedSheets: [], changedState: false };
    this.forget();
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    // The session asked for the facts a moment ago, in the same action; ask again only when nothing is known.
    if (this.sheets === undefined) await this.facts();
    const exists = this.has(STATE_SHEET);
    if (!exists && this.structureProtected) throw misuse('workbook-structure-protected');
    await this.host.run(this.runOptions, async (context) => {
      suspendEvents(context);
      const cell = stateSheet(context, exists).getRange(SETTINGS_CELL);
      cell.numberFormat = [['@']];
      cell.values = [[serialiseSettings(settings)]];
      resumeEvents(context);
      await context.sync();
    });
    this.forget();
  }

  /** Whether there is a write of this session to undo. */
  get canUndo(): boolean {
    return this.undoRecord !== undefined;
  }

  /** Puts back what the last write or fix changed (Excel cannot undo an add-in's writes before ExcelApi 1.20); a round it closed stays closed, and the outcome names it. */
  async undo(): Promise<UndoOutcome> {
    if (this.undoRecord === undefined) throw misuse('nothing-to-undo');
    const { record, kept } = keepingClosedRound(this.undoRecord);
    this.lastOwnSheets = new Map((record.replacedSheets ?? []).map((sheet) => [sheet.sheetName, sheet]));
    this.lastOutput = record.replacedOutput;
    await this.host.run(this.runOptions, async (context) => {
      suspendEvents(context);
      // Right after a write, the sheets it added and the state sheet exist; a sheet it removed does not.
      queueRestore(context, record, (name) => name === STATE_SHEET || record.addedSheets.includes(name));
      resumeEvents(context);
      await context.sync();
    });
    this.undoRecord = undefined;
    this.forget();
    return kept === undefined ? {} : { keptRound: kept };
  }

  /**
   * Shows a cell or range to the user: activates its sheet, then selects it. Selecting on a sheet that
   * is not active is unreliable on desktop (office-js #5118), so the sheet is active before select() is sent.
   */
  async select(sheet: string, address: string): Promise<void> {
    await this.host.run(this.runOptions, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      await context.sync();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /** After a failed write: put back what may have been written, so nothing is left half done. */
  private async rollBack(record: UndoRecord): Promise<void> {
    try {
      await this.facts();
      await this.host.run(this.runOptions, async (context) => {
        queueRollBack(context, record, (name) => this.has(name));
        resumeEvents(context);
        await context.sync();
      });
    } catch {
      // The original error is the one to report; a failed roll back leaves the undo sheet for the next run to clear.
    }
  }

  private has(name: string): boolean {
    return this.sheetNamed(name) !== undefined;
  }

  /** A sheet's name as the workbook spells it; Excel compares sheet names without case. */
  private sheetNamed(name: string): string | undefined {
    return this.sheets?.find((s) => sameNameDanish(s.name, name))?.name;
  }

  /** The workbook changed: what facts() and readSheet() saw is no longer to be trusted. */
  private forget(): void {
    this.sheets = undefined;
    this.stateText = undefined;
    this.reads = new Map();
  }
}
