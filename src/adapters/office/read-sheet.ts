import { CellRange } from '../../core/a1';
import { SheetValues } from './grid-from-values';
import { isGeneralException, isPayloadTooLarge, PAYLOAD_BUDGET } from './host';

/** What a sheet weighed when last read: the next read of it sizes its first request from this. */
export interface SheetWeight {
  readonly rows: number;
  /** Response bytes per row for values, types and number formats. */
  readonly bytesPerRow: number;
  /** Response bytes per row of the hidden-row flags, which come with the first request. */
  readonly flagBytesPerRow: number;
}

/** A sheet whose estimate is this close to the budget is still asked for whole: Excel's limit is a megabyte above. */
const WHOLE_SHEET_SLACK = 1.15;

export interface SheetRead {
  readonly values: SheetValues;
  readonly protected: boolean;
  readonly weight: SheetWeight;
}

/** A first guess of the response bytes per cell (value, type and format); corrected after each part. */
const BYTES_PER_CELL = 40;
/** Rows read with the sheet's size when nothing is known of it yet: under the budget up to about 40 columns. */
const FIRST_ROWS = 3000;
/** Excel's widest and longest sheet: the head of a sheet is its first rows across every column. */
const SHEET_COLUMNS = 16384;
const MAX_ROWS = 1_048_576;

interface Loaded {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  /** The formulas of the program's own cells, by absolute row: what their fingerprint is made of. */
  formulas: Map<number, unknown[]>;
  bytes: number;
}

/**
 * Excel on the web may refuse an oversized request with GeneralException rather than its documented
 * code (office-js #1314); a read then asks for less this many times before it gives up, as the error
 * may also be a real failure.
 */
const GENERAL_EXCEPTION_RETRIES = 2;

/**
 * Reads a sheet's used range: values, their types, number formats, hidden rows and columns (ExcelApi
 * 1.9) and merged areas (1.13). Formulas are read only in `owned`, the program's own columns, whose
 * fingerprint is their formulas (their results change with every edit of the plan); elsewhere Excel's
 * results are what the program reads. Each part of the rows brings the formulas of its own rows.
 *
 * The first sync asks for the sheet's size together with its first rows, as many as the last read of
 * the sheet says fit in one request (3,000 when nothing is known). A sheet that fits is read in that
 * one sync; a larger one goes on in parts of about 4 MB, sized from what the rows so far weighed. So
 * the syncs grow with the sheet's megabytes, and only a sheet wider than about 40 columns, read for the
 * first time, can have its first request refused (then its size is read alone, and the rows in parts).
 */
export async function readSheetValues(context: Excel.RequestContext, name: string, known?: SheetWeight, owned?: CellRange): Promise<SheetRead> {
  const retries = { left: GENERAL_EXCEPTION_RETRIES };
  let first: FirstRequest;
  try {
    first = await firstRequest(context, name, known === undefined ? FIRST_ROWS : rowsToAskFirst(known), owned);
  } catch (error) {
    // Wider rows than guessed: read the size alone, then the rows in parts.
    if (!mayAskForLess(error, retries)) throw error;
    first = await firstRequest(context, name, 0, owned);
  }
  await readRest(context, first.sheet, first.used, first.loaded, retries, owned);
  return result(name, first.sheet, first.used, first.loaded, first.extras, owned);
}

/** Queues the load of the formulas of the owned cells in rows [from, to], when they share any. */
function queueFormulas(sheet: Excel.Worksheet, owned: CellRange | undefined, from: number, to: number): { row: number; range: Excel.Range } | undefined {
  if (owned === undefined) return undefined;
  const first = Math.max(from, owned.from.row);
  const last = Math.min(to, owned.to.row);
  if (first > last) return undefined;
  return { row: first, range: sheet.getRangeByIndexes(first, owned.from.col, last - first + 1, owned.to.col - owned.from.col + 1).load('formulas') };
}

/** Adds loaded formulas by row; returns their response bytes, which count in the sheet's weight. */
function addFormulas(loaded: Loaded, part: { row: number; range: Excel.Range } | undefined): number {
  if (part === undefined) return 0;
  part.range.formulas.forEach((row, i) => loaded.formulas.set(part.row + i, row));
  const bytes = JSON.stringify(part.range.formulas).length;
  loaded.bytes += bytes;
  return bytes;
}

/** Whether a refused request is worth asking again for less: always for the documented codes, a few times for GeneralException. */
function mayAskForLess(error: unknown, retries: { left: number }): boolean {
  if (isPayloadTooLarge(error)) return true;
  if (!isGeneralException(error) || retries.left === 0) return false;
  retries.left -= 1;
  return true;
}

interface FirstRequest {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly extras: ReturnType<typeof queueExtras>;
  readonly loaded: Loaded;
}

/** The first sync: the sheet's size, its row and column details and its first `headRows` rows (none for 0). */
async function firstRequest(context: Excel.RequestContext, name: string, headRows: number, owned: CellRange | undefined): Promise<FirstRequest> {
  const queued = queueFirst(context, name, headRows, owned);
  await context.sync();
  return queued();
}

/** Queues a sheet's first request; what it gives is read once the sync is done. */
function queueFirst(context: Excel.RequestContext, name: string, headRows: number, owned: CellRange | undefined): () => FirstRequest {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const extras = queueExtras(used);
  const head =
    headRows === 0 ? undefined : used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, headRows, SHEET_COLUMNS)).load('rowCount,values,valueTypes,numberFormat');
  // The head is the used range's rows above headRows: the owned cells there come with it.
  const headFormulas = headRows === 0 ? undefined : queueFormulas(sheet, owned, 0, headRows - 1);
  return () => {
    const loaded: Loaded = { values: [], valueTypes: [], numberFormat: [], formulas: new Map(), bytes: 0 };
    if (head !== undefined && !head.isNullObject) add(loaded, head);
    addFormulas(loaded, headFormulas);
    return { sheet, used, extras, loaded };
  };
}

/** What a read of one sheet among several needs: its name, its weight when last read, and the program's cells on it. */
export interface SheetToRead {
  readonly name: string;
  readonly known?: SheetWeight;
  readonly owned?: CellRange;
}

/**
 * Reads several sheets, each as readSheetValues does, with their first requests in one sync: sheets that fit in it
 * (as proposal forms do) cost one sync together, whatever their number. Should Excel refuse the joint request as
 * too large, each sheet is read on its own.
 */
export async function readSheetsValues(context: Excel.RequestContext, sheets: readonly SheetToRead[]): Promise<SheetRead[]> {
  const queued = sheets.map(({ name, known, owned }) => queueFirst(context, name, known === undefined ? FIRST_ROWS : rowsToAskFirst(known), owned));
  try {
    await context.sync();
  } catch (error) {
    if (!mayAskForLess(error, { left: GENERAL_EXCEPTION_RETRIES })) throw error;
    return oneByOne(context, sheets);
  }
  const reads: SheetRead[] = [];
  for (const [i, { name, owned }] of sheets.entries()) {
    const first = (queued[i] as () => FirstRequest)();
    // Only a sheet larger than its first request syncs again, once per ~4 MB part.
    await readRest(context, first.sheet, first.used, first.loaded, { left: GENERAL_EXCEPTION_RETRIES }, owned);
    reads.push(result(name, first.sheet, first.used, first.loaded, first.extras, owned));
  }
  return reads;
}

async function oneByOne(context: Excel.RequestContext, sheets: readonly SheetToRead[]): Promise<SheetRead[]> {
  const reads: SheetRead[] = [];
  for (const { name, known, owned } of sheets) reads.push(await readSheetValues(context, name, known, owned));
  return reads;
}

/**
 * The first request also carries every row's hidden flag, so the rows asked for fill the rest of the
 * budget. A sheet that fits, or nearly (the budget stays a megabyte under Excel's limit), is asked for whole.
 */
function rowsToAskFirst(known: SheetWeight): number {
  const perRow = known.bytesPerRow + known.flagBytesPerRow;
  if (known.rows * perRow <= PAYLOAD_BUDGET * WHOLE_SHEET_SLACK) return MAX_ROWS;
  return Math.max(1, Math.floor((PAYLOAD_BUDGET - known.rows * known.flagBytesPerRow) / Math.max(known.bytesPerRow, 1)));
}

/** Reads the used range's rows after those already loaded, one sync per part of about 4 MB. */
async function readRest(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range, loaded: Loaded, retries: { left: number }, owned: CellRange | undefined): Promise<void> {
  let start = loaded.values.length;
  const measured = start > 0 ? loaded.bytes / start : used.columnCount * BYTES_PER_CELL;
  let rowsPerPart = Math.max(1, Math.floor(PAYLOAD_BUDGET / Math.max(measured, 1)));
  // One sync per part: the number of parts grows with the sheet's megabytes, never per row.
  while (start < used.rowCount) {
    const count = Math.min(rowsPerPart, used.rowCount - start);
    const part = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, used.columnCount).load('values,valueTypes,numberFormat');
    const formulas = queueFormulas(sheet, owned, used.rowIndex + start, used.rowIndex + start + count - 1);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB part, never per row
      await context.sync();
    } catch (error) {
      if (count === 1 || !mayAskForLess(error, retries)) throw error;
      rowsPerPart = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const bytes = add(loaded, part) + addFormulas(loaded, formulas);
    rowsPerPart = Math.max(1, Math.floor((PAYLOAD_BUDGET / Math.max(bytes, 1)) * count));
    start += count;
  }
}

/**
 * Adds a loaded part's rows; returns the part's response bytes. Row by row: JavaScriptCore (Excel on
 * Mac) throws when a call gets more than 65,536 arguments, as `push(...rows)` would for a long part.
 */
function add(loaded: Loaded, part: Excel.Range): number {
  for (const row of part.values) loaded.values.push(row);
  for (const row of part.valueTypes as string[][]) loaded.valueTypes.push(row);
  for (const row of part.numberFormat as string[][]) loaded.numberFormat.push(row);
  const bytes = JSON.stringify(part.values).length + JSON.stringify(part.valueTypes).length + JSON.stringify(part.numberFormat).length;
  loaded.bytes += bytes;
  return bytes;
}

function result(name: string, sheet: Excel.Worksheet, used: Excel.Range, loaded: Loaded, extras: ReturnType<typeof queueExtras>, owned: CellRange | undefined): SheetRead {
  return {
    protected: sheet.protection.protected,
    weight: {
      rows: loaded.values.length,
      bytesPerRow: loaded.values.length === 0 ? 0 : loaded.bytes / loaded.values.length,
      flagBytesPerRow: loaded.values.length === 0 ? 0 : extras.rowFlagBytes() / loaded.values.length,
    },
    values: {
      sheetName: name,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: loaded.values,
      valueTypes: loaded.valueTypes,
      numberFormat: loaded.numberFormat,
      ...(owned === undefined ? {} : { formulas: { col: owned.from.col, rows: loaded.formulas } }),
      ...extras.result(used.rowIndex, used.columnIndex),
    },
  };
}

/** Columns whose widths are read, so undo can put back the widths of the add-in's columns. */
export const WIDTHS_READ = 80;

/** Hidden rows and columns (ExcelApi 1.9), merged areas (1.13) and column widths, queued with the first request. */
function queueExtras(used: Excel.Range): {
  result: (rowIndex: number, columnIndex: number) => Pick<SheetValues, 'hiddenRows' | 'hiddenColumns' | 'mergedAddress' | 'columnWidths'>;
  /** Response bytes of the row flags, once loaded: they grow with the rows and share the first request. */
  rowFlagBytes: () => number;
} {
  const widths = Array.from({ length: WIDTHS_READ }, (_, c) => used.worksheet.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'));
  // Each row's object holds only what is asked for: its position is its place in the list.
  const rows = used.getRowProperties({ rowHidden: true });
  const columns = used.getColumnProperties({ columnHidden: true });
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return {
    result: (rowIndex, columnIndex) => ({
      hiddenRows: rows.value.flatMap((p, i) => (p.rowHidden === true ? [rowIndex + i] : [])),
      hiddenColumns: columns.value.flatMap((p, i) => (p.columnHidden === true ? [columnIndex + i] : [])),
      ...(merged.isNullObject ? {} : { mergedAddress: merged.address }),
      columnWidths: widths.map((format) => format.columnWidth),
    }),
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult, read after the first request's sync
    rowFlagBytes: () => JSON.stringify(rows.value).length,
  };
}
