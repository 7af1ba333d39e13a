import { CellPosition, CellRange, fromA1 } from '../../core/a1';
import { Fix } from '../../core/findings';
import { fixedCell } from '../../core/fixes';
import { Grid } from '../../core/grid';
import { LayoutCell, patchRange, RangePatch, SheetLayout } from '../../core/layout';
import { AddinSettings, parseSettings, serialiseSettings } from '../../core/settings';
import { parseState, RECORD_SHEETS, serialiseState, SETTINGS_CELL, STATE_SHEET } from '../../core/state';
import { PlanWorkbook, PlanWrite, WorkbookFacts } from '../../core/workbook';
import { HOST_MESSAGES_DA } from '../../messages/host-da';
import { gridFromValues, SheetValues } from './grid-from-values';
import { CALL_BYTES, ExcelHost, PAYLOAD_BUDGET } from './host';
import { formatOf, queueCells, queueSheet, queueSheetSettings, queueWidths, valueOf } from './queue-layout';
import { readSheetValues, SheetWeight } from './read-sheet';
import { ExcelCellValue, restoreInput, Snapshot, snapshotOf } from './snapshot';
import { sameNameDanish } from '../../core/text';

/** Why the add-in will not write; the message says what the user can do. */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
}

/** What the last write changed, enough to put it back. */
interface UndoRecord {
  readonly cells: readonly Snapshot[];
  /** The Bilag 1 sheet this write added, to remove on undo. */
  readonly addedSheets: readonly string[];
  /** The Bilag 1 it replaced, when this session wrote it and so can write it again. */
  readonly replacedBilag?: SheetLayout;
  /** Whether the write changed the add-in's state, which undo then puts back. */
  readonly changedState: boolean;
  /** The state text before the write; undefined when there was none. */
  readonly previousState?: string;
  /** Whether the state sheet was there before (it may hold only the user's settings). */
  readonly stateSheetExisted?: boolean;
}

/**
 * The open workbook in Excel, through Office.js. A full run costs at most four syncs, whatever the
 * number of rows: facts (one, two when the workbook has the add-in's state), the sheet (one) and the
 * write (one); only data over Excel on the web's 5 MB limit per request adds a sync per 4 MB part.
 * What facts() and readSheet() saw is kept for the write that follows them, so the write needs no
 * read of its own.
 */
export class OfficeWorkbook implements PlanWorkbook {
  /** Every sheet's name and visibility as the last facts() saw them. */
  private sheets: { name: string; visibility: string }[] | undefined;
  private stateText: string | undefined;
  /** The last sheet read, as Excel gave it, for the undo snapshot and the protection check. */
  private lastRead: { values: SheetValues; protected: boolean } | undefined;
  /** What each sheet read so far weighed, so the next read of it asks for parts of the right size at once. */
  private readonly weights = new Map<string, SheetWeight>();
  private undoRecord: UndoRecord | undefined;
  /** The Bilag 1 this session wrote last, so undo can put it back as it was. */
  private lastBilag: SheetLayout | undefined;

  constructor(private readonly host: ExcelHost) {}

  private get runOptions(): Excel.RunOptions {
    // Wait for the user to leave a cell they are typing in; group our writes as one Ctrl+Z where Excel can (1.20).
    return { delayForCellEdit: true, ...(this.host.supports('1.20') ? { mergeUndoGroup: true } : {}) };
  }

  async facts(): Promise<WorkbookFacts> {
    return this.host.run(this.runOptions, async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
      const culture = this.host.supports('1.11') ? context.application.cultureInfo.numberFormat.load('numberDecimalSeparator,numberGroupSeparator') : undefined;
      await context.sync();
      this.sheets = worksheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
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
        ...(culture === undefined ? {} : { separators: { decimal: culture.numberDecimalSeparator, group: culture.numberGroupSeparator } }),
      };
    });
  }

  async readSheet(name: string): Promise<Grid> {
    const read = await this.host.run(this.runOptions, (context) => readSheetValues(context, name, this.host, this.weights.get(name)));
    this.weights.set(name, read.weight);
    this.lastRead = read;
    return gridFromValues(read.values);
  }

  async write(plan: PlanWrite): Promise<void> {
    const sourceName = plan.outputColumns.sheetName;
    if (this.sheets === undefined) await this.facts();
    if (this.lastRead?.values.sheetName !== sourceName) await this.readSheet(sourceName);
    const read = this.lastRead;
    if (read === undefined) throw new Error('The source sheet was not read');
    if (read.protected) throw new WriteRefusedError(HOST_MESSAGES_DA.sheetProtected(sourceName));
    const ownBilag = plan.previous?.bilagSheet;
    const taken = this.sheetNamed(plan.bilag1.sheetName);
    if (taken !== undefined && taken !== ownBilag) throw new WriteRefusedError(HOST_MESSAGES_DA.bilagSheetTaken(taken));

    const previousOnSource = plan.previous?.sourceSheet === sourceName ? plan.previous.output : undefined;
    const cellsToKeep = [snapshotOf(read.values, union(patchRange(plan.outputColumns), previousOnSource))];
    const replacedName = ownBilag !== undefined ? this.sheetNamed(ownBilag) : undefined;
    const replacedBilag = replacedName !== undefined && this.lastBilag?.sheetName === replacedName ? this.lastBilag : undefined;
    const addSchemeSheet = plan.schemeSheet !== undefined && this.sheetNamed(plan.schemeSheet.sheetName) === undefined;
    const stateExists = this.has(STATE_SHEET);
    const record: UndoRecord = {
      cells: cellsToKeep,
      changedState: true,
      stateSheetExisted: stateExists,
      addedSheets: [plan.bilag1.sheetName, ...(addSchemeSheet && plan.schemeSheet !== undefined ? [plan.schemeSheet.sheetName] : [])],
      ...(replacedBilag === undefined ? {} : { replacedBilag }),
      ...(this.stateText === undefined ? {} : { previousState: this.stateText }),
    };
    const canSetHeaders = this.host.supports('1.9');
    const columnJobs = cellJobs(sourceName, plan.outputColumns.origin, plan.outputColumns.rows, plan.outputColumns.columnWidths);
    // Bilag 1 goes just before the state sheet, where the last run put it, so a re-run keeps the sheet order.
    const statePosition = (this.sheets ?? []).filter((s) => s.name !== replacedName).findIndex((s) => s.name === STATE_SHEET);
    const jobs: WriteJob[] = [
      ...(addSchemeSheet && plan.schemeSheet !== undefined ? [sheetJob(plan.schemeSheet, canSetHeaders)] : []),
      {
        bytes: CALL_BYTES * 4,
        queue: (context) => {
          const worksheets = context.workbook.worksheets;
          if (plan.previous !== undefined && this.has(plan.previous.sourceSheet)) {
            rangeOf(worksheets.getItem(plan.previous.sourceSheet), plan.previous.output).clear('All');
          }
          if (replacedName !== undefined) worksheets.getItem(replacedName).delete();
          const bilag = worksheets.add(plan.bilag1.sheetName);
          if (statePosition >= 0) bilag.position = statePosition;
          queueSheetSettings(bilag, plan.bilag1, canSetHeaders);
        },
      },
      ...columnJobs,
      ...cellJobs(plan.bilag1.sheetName, { row: 0, col: 0 }, plan.bilag1.rows, plan.bilag1.columnWidths, plan.bilag1.merges),
      { bytes: CALL_BYTES * 4, queue: (context) => this.queueState(context, serialiseState(plan.state), stateExists) },
    ];

    try {
      await this.host.run(this.runOptions, async (context) => {
        // One sync for everything under the request limit; larger output goes in parts of about 4 MB,
        // so the number of syncs grows with the megabytes written, never with the rows.
        for (const batch of packJobs(jobs)) {
          this.suspendEvents(context);
          context.application.suspendApiCalculationUntilNextSync();
          for (const job of batch) job.queue(context);
          this.resumeEvents(context);
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
    this.lastBilag = plan.bilag1;
    this.weighWritten(sourceName, plan.outputColumns, columnJobs);
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    if (fixes.length === 0) return;
    await this.host.run(this.runOptions, async (context) => {
      const ranges = fixes.map((fix) => context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).load('values,valueTypes,numberFormat'));
      await context.sync();
      const cells = fixes.map((fix, i) => {
        const range = ranges[i] as Excel.Range;
        return {
          fix,
          before: {
            sheet: fix.sheet,
            range: rangeOfAddress(fix.cell),
            values: range.values as ExcelCellValue[][],
            valueTypes: range.valueTypes as string[][],
            numberFormat: range.numberFormat as string[][],
            columnWidths: [],
          },
        };
      });
      this.suspendEvents(context);
      cells.forEach(({ fix, before }, i) => {
        const cell = fixedCell(fix, before.numberFormat[0]?.[0]);
        const range = ranges[i] as Excel.Range;
        if (cell.numberFormat !== undefined || cell.value.kind === 'text') range.numberFormat = [[cell.numberFormat ?? before.numberFormat[0]?.[0] ?? 'General']];
        range.values = [[cell.value.kind === 'text' ? restoreInput(cell.value.text) : valueOf(cell)]];
      });
      this.resumeEvents(context);
      await context.sync();
      this.undoRecord = { cells: cells.map((c) => c.before), addedSheets: [], changedState: false };
    });
    this.forget();
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    const exists = (await this.facts(), this.has(STATE_SHEET));
    await this.host.run(this.runOptions, async (context) => {
      this.suspendEvents(context);
      const cell = this.stateSheet(context, exists).getRange(SETTINGS_CELL);
      cell.numberFormat = [['@']];
      cell.values = [[serialiseSettings(settings)]];
      this.resumeEvents(context);
      await context.sync();
    });
    this.forget();
  }

  /** Whether there is a write of this session to undo. */
  get canUndo(): boolean {
    return this.undoRecord !== undefined;
  }

  /** Puts back what the last write or fix changed; Excel cannot undo an add-in's writes before ExcelApi 1.20. */
  async undo(): Promise<void> {
    const record = this.undoRecord;
    if (record === undefined) throw new WriteRefusedError(HOST_MESSAGES_DA.nothingToUndo());
    this.lastBilag = record.replacedBilag;
    await this.host.run(this.runOptions, async (context) => {
      this.suspendEvents(context);
      // Right after a write, the sheets it added and the state sheet exist.
      this.queueRestore(context, record, () => true);
      this.resumeEvents(context);
      await context.sync();
    });
    this.undoRecord = undefined;
    this.forget();
  }

  /** Shows a cell to the user: activates its sheet and selects it. */
  async select(sheet: string, cell: string): Promise<void> {
    await this.host.run(this.runOptions, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** Queues what puts the record's cells, sheets and state back; `present` says which sheets exist now. */
  private queueRestore(context: Excel.RequestContext, record: UndoRecord, present: (name: string) => boolean): void {
    const worksheets = context.workbook.worksheets;
    for (const snapshot of record.cells) {
      const range = rangeOf(worksheets.getItem(snapshot.sheet), snapshot.range);
      range.clear('All');
      range.numberFormat = snapshot.numberFormat;
      range.values = snapshot.values.map((row, r) => row.map((value, c) => (snapshot.valueTypes[r]?.[c] === 'String' ? restoreInput(String(value)) : value)));
      const sheet = worksheets.getItem(snapshot.sheet);
      for (const { col, points } of snapshot.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
    }
    for (const name of record.addedSheets) if (present(name)) worksheets.getItem(name).delete();
    const replaced = record.replacedBilag;
    // The replaced Bilag 1 has the name of the one just deleted, or is gone already.
    if (replaced !== undefined && (record.addedSheets.includes(replaced.sheetName) || !present(replaced.sheetName))) queueSheet(worksheets.add(replaced.sheetName), replaced, this.host.supports('1.9'));
    if (!record.changedState) return;
    if (record.previousState !== undefined || record.stateSheetExisted === true) this.queueState(context, record.previousState ?? '', present(STATE_SHEET));
    else if (present(STATE_SHEET)) worksheets.getItem(STATE_SHEET).delete();
  }

  /** After a failed write: put back what may have been written, so nothing is left half done. */
  private async rollBack(record: UndoRecord): Promise<void> {
    try {
      await this.facts();
      await this.host.run(this.runOptions, async (context) => {
        this.queueRestore(context, record, (name) => this.has(name));
        this.resumeEvents(context);
        await context.sync();
      });
    } catch {
      // The original error is the one to report; a failed roll back leaves the undo sheet for the next run to clear.
    }
  }

  /** The very hidden state sheet, added when the workbook has none yet. */
  private stateSheet(context: Excel.RequestContext, exists: boolean): Excel.Worksheet {
    const worksheets = context.workbook.worksheets;
    if (exists) return worksheets.getItem(STATE_SHEET);
    const sheet = worksheets.add(STATE_SHEET);
    sheet.visibility = 'VeryHidden';
    return sheet;
  }

  private queueState(context: Excel.RequestContext, text: string, exists: boolean): void {
    const cell = this.stateSheet(context, exists).getRange('A1');
    cell.numberFormat = [['@']];
    cell.values = [[text]];
  }

  private suspendEvents(context: Excel.RequestContext): void {
    if (this.host.supports('1.8')) context.runtime.enableEvents = false;
  }

  private resumeEvents(context: Excel.RequestContext): void {
    if (this.host.supports('1.8')) context.runtime.enableEvents = true;
  }

  private has(name: string): boolean {
    return this.sheetNamed(name) !== undefined;
  }

  /** The source sheet now also holds the program's columns: the next read of it weighs that much more per row. */
  private weighWritten(sheetName: string, columns: RangePatch, jobs: readonly WriteJob[]): void {
    const weight = this.weights.get(sheetName);
    const rows = columns.rows.length;
    if (weight === undefined || rows === 0) return;
    const written = jobs.reduce((sum, job) => sum + job.bytes, 0) + rows * (columns.rows[0]?.length ?? 0) * VALUE_TYPE_BYTES;
    this.weights.set(sheetName, { ...weight, rows: Math.max(weight.rows, columns.origin.row + rows), bytesPerRow: weight.bytesPerRow + written / rows });
  }

  /** A sheet's name as the workbook spells it; Excel compares sheet names without case. */
  private sheetNamed(name: string): string | undefined {
    return this.sheets?.find((s) => sameNameDanish(s.name, name))?.name;
  }

  /** The workbook changed: what facts() and readSheet() saw is no longer to be trusted. */
  private forget(): void {
    this.sheets = undefined;
    this.stateText = undefined;
    this.lastRead = undefined;
  }
}

function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.from.row, range.from.col, range.to.row - range.from.row + 1, range.to.col - range.from.col + 1);
}

function rangeOfAddress(cell: string): CellRange {
  const position = fromA1(cell);
  return { from: position, to: position };
}

function union(a: CellRange, b: CellRange | undefined): CellRange {
  if (b === undefined) return a;
  return {
    from: { row: Math.min(a.from.row, b.from.row), col: Math.min(a.from.col, b.from.col) },
    to: { row: Math.max(a.to.row, b.to.row), col: Math.max(a.to.col, b.to.col) },
  };
}

/** Response bytes of a cell's value type ("Double"), read back beside its value and format. */
const VALUE_TYPE_BYTES = 10;

/** A piece of a write, queued in some sync; its bytes are estimated before it is queued. */
interface WriteJob {
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/** Jobs in order, packed into batches that each stay under the request budget (a job never splits). */
export function packJobs(jobs: readonly WriteJob[]): WriteJob[][] {
  const batches: WriteJob[][] = [];
  let current: WriteJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    if (current.length > 0 && bytes + job.bytes > PAYLOAD_BUDGET) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += job.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Cells written in parts of rows that each stay under the request budget; widths and merges go with the first. */
function cellJobs(
  sheetName: string,
  origin: CellPosition,
  rows: readonly (readonly LayoutCell[])[],
  columnWidths: readonly number[],
  merges: readonly CellRange[] = [],
): WriteJob[] {
  return rowParts(rows).map(({ from, to, bytes }) => ({
    bytes: bytes + (from === 0 ? (columnWidths.length + merges.length) * CALL_BYTES : 0),
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      queueCells(sheet, { row: origin.row + from, col: origin.col }, rows.slice(from, to), from === 0 ? merges : []);
      if (from === 0) queueWidths(sheet, origin.col, columnWidths);
    },
  }));
}

/** A whole small sheet of the program's (the scheme sheet) in one job. */
function sheetJob(layout: SheetLayout, canSetHeaders: boolean): WriteJob {
  const bytes = rowParts(layout.rows).reduce((sum, part) => sum + part.bytes, CALL_BYTES * 4);
  return {
    bytes,
    queue: (context) => {
      const sheet = context.workbook.worksheets.add(layout.sheetName);
      queueSheetSettings(sheet, layout, canSetHeaders);
      queueCells(sheet, { row: 0, col: 0 }, layout.rows, layout.merges);
      queueWidths(sheet, 0, layout.columnWidths);
    },
  };
}

/** A margin per row for style calls; a column of one style is one call, so this is generous. */
const BYTES_PER_ROW_OF_STYLE = 16;

/**
 * Cells go in parts of about a quarter of the request budget, so the parts of the effect columns and of
 * Bilag 1 pack together into requests that are nearly full: the syncs follow the megabytes written.
 */
const PART_BYTES = PAYLOAD_BUDGET / 4;

/** Row ranges [from, to) whose values and formats stay under a part's bytes. */
function rowParts(rows: readonly (readonly LayoutCell[])[]): { from: number; to: number; bytes: number }[] {
  const parts: { from: number; to: number; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  rows.forEach((row, r) => {
    const rowBytes = JSON.stringify(row.map(valueOf)).length + JSON.stringify(row.map(formatOf)).length + BYTES_PER_ROW_OF_STYLE;
    if (r > from && bytes + rowBytes > PART_BYTES) {
      parts.push({ from, to: r, bytes });
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (rows.length > from) parts.push({ from, to: rows.length, bytes });
  return parts;
}
