/**
 * A fake of the part of Excel's JavaScript object model that Handleplan uses, with Excel's semantics
 * where they matter to us: every call is queued and only happens at context.sync(); a property read
 * before it was loaded and synced throws; a string written into a cell not formatted as text is taken
 * as typed input (typed-input.ts); requests and responses over 5 MB fail as on Excel on the web (with
 * the documented codes, or GeneralException as Excel on the web sometimes answers); a very hidden sheet
 * cannot be deleted; a protected workbook structure refuses sheet changes; formulas follow the cells
 * they read unless calculation was suspended (calculation.ts); registered onChanged handlers hear of
 * changes, marked as made by this add-in. It counts syncs, request and response bytes, and change
 * events, for the contract tests and the bench. The workbook model is in fake-sheet.ts; the proxies a
 * batch works with in fake-context.ts, fake-worksheet.ts, fake-range.ts and fake-range-format.ts.
 */
import { fromA1 } from '../../src/core/a1';
import { Calculation } from './calculation';
import { FakeContext } from './fake-context';
import { FakeChangedEvent, FakeCell, FakeSheet, FakeValue, isUntouched, OfficeError, PAYLOAD_LIMIT } from './fake-sheet';
import type { Operation } from './fake-proxy';
import { enterTyped } from './typed-input';

export { FakeContext } from './fake-context';
export { DEFAULT_COLUMN_WIDTH, OfficeError, PAYLOAD_LIMIT, FakeSheet } from './fake-sheet';
export type { FakeCell, FakeChangedEvent, FakeValue, Visibility } from './fake-sheet';

/** What a user types or a test seeds: a value, or a formula with its cached result, and the cell's look. */
export type SeedCell =
  | FakeValue
  | null
  | { value?: FakeValue; formula?: string; numberFormat?: string; valueType?: FakeCell['valueType']; fill?: string; bold?: boolean };

export interface FakeExcelOptions {
  /** Newest ExcelApi set the host supports, e.g. "1.20" (default) or "1.7". */
  apiVersion?: string;
  /** The system's separators (Application.cultureInfo.numberFormat). */
  separators?: { decimal: string; group: string };
  /**
   * Excel's own separators (File › Options › Advanced), which the user types with when they differ from
   * the system's; when given, useSystemSeparators is false. Excel keeps "." and "," there otherwise.
   */
  excelSeparators?: { decimal: string; group: string };
  /** The code an oversized request or response fails with: the documented ones, or GeneralException (Excel on the web, office-js #1314). */
  payloadErrorCode?: 'documented' | 'GeneralException';
  /** Fail the n-th sync from now (1 = the next), to test what a half-done write leaves. */
  failAtSync?: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  syncs = 0;
  readonly requestBytes: number[] = [];
  /** Bytes of each response Excel sent back. */
  readonly responseBytes: number[] = [];
  /** Responses Excel refused to send because they were over 5 MB (the caller must then ask for less). */
  rejectedResponses = 0;
  /** Change events Excel would have raised for writes made while events were enabled. */
  changeEvents = 0;
  enableEvents = true;
  selection: { sheet: string; address: string } | undefined;
  activeSheet: string | undefined;
  readonly runOptions: unknown[] = [];
  readonly apiVersion: string;
  readonly separators: { decimal: string; group: string };
  readonly excelSeparators: { decimal: string; group: string; useSystem: boolean };
  /** Review › Protect Workbook: sheets cannot be added, deleted, hidden, moved or renamed. */
  structureProtected = false;
  readonly calculation = new Calculation(this);
  private readonly payloadErrorCode: 'documented' | 'GeneralException';
  private failAtSync: number | undefined;
  /** Changes of this sync for onChanged handlers, told once the sync is done. */
  private pendingEvents: { sheet: FakeSheet; event: FakeChangedEvent }[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.20';
    this.separators = options.separators ?? { decimal: ',', group: '.' };
    this.excelSeparators = options.excelSeparators === undefined ? { decimal: '.', group: ',', useSystem: true } : { ...options.excelSeparators, useSystem: false };
    this.payloadErrorCode = options.payloadErrorCode ?? 'documented';
    this.failAtSync = options.failAtSync;
  }

  /** A new empty sheet of this workbook (not yet in its list). */
  newSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    sheet.onTouch = (s, row, col) => this.calculation.touched(s, row, col);
    return sheet;
  }

  /** As if the user typed into a cell in Excel: the value lands, dependents follow, handlers hear of it. */
  userTypes(sheetName: string, address: string, typed: string): void {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined) throw new Error(`No sheet ${sheetName}`);
    const { row, col } = fromA1(address);
    enterTyped(sheet.touch(row, col), typed);
    this.calculation.endOfSync();
    this.raise(sheet, address, 'Unknown');
    this.dispatchEvents();
  }

  /** @internal A change for the onChanged handlers, when events are on. */
  raise(sheet: FakeSheet, address: string, triggerSource: FakeChangedEvent['triggerSource']): void {
    if (!this.enableEvents) return;
    this.changeEvents += 1;
    this.pendingEvents.push({ sheet, event: { type: 'WorksheetChanged', worksheetId: sheet.name, address, changeType: 'RangeEdited', source: 'Local', triggerSource } });
  }

  /** Excel tells handlers after the sync, asynchronously. */
  private dispatchEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const { sheet, event } of events) for (const handler of sheet.changedHandlers) void Promise.resolve().then(() => handler(event));
  }

  private payloadError(code: string, message: string): OfficeError {
    return this.payloadErrorCode === 'GeneralException' ? new OfficeError('GeneralException', 'There was an internal error while processing the request.') : new OfficeError(code, message);
  }

  /** Adds a sheet with the given cells, row by row from A1. */
  addSheet(name: string, rows: readonly (readonly SeedCell[])[] = []): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((row, r) =>
      row.forEach((seed, c) => {
        if (seed === null || seed === '') return;
        const cell = sheet.touch(r, c);
        if (typeof seed === 'object') {
          cell.value = seed.value ?? '';
          if (seed.formula !== undefined) cell.formula = seed.formula;
          if (seed.numberFormat !== undefined) cell.numberFormat = seed.numberFormat;
          if (seed.valueType !== undefined) cell.valueType = seed.valueType;
          if (seed.fill !== undefined) cell.fill = seed.fill;
          if (seed.bold === true) cell.bold = true;
        } else cell.value = seed;
      }),
    );
    this.sheets.push(sheet);
    // Seeded formulas hold their results already.
    this.calculation.forget();
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    const [hasMajor, hasMinor] = this.apiVersion.split('.').map(Number) as [number, number];
    return hasMajor > major || (hasMajor === major && hasMinor >= minor);
  }

  failOnSync(n: number): void {
    this.failAtSync = n;
  }

  /**
   * Excel.run with and without options, as Office.js has it; given a context (an event handler's
   * `result.context`), the batch runs in that context, as removing the handler needs.
   */
  run: {
    <T>(batch: (context: FakeContext) => Promise<T>): Promise<T>;
    <T>(options: unknown, batch: (context: FakeContext) => Promise<T>): Promise<T>;
  } = async <T>(optionsOrBatch: unknown, maybeBatch?: (context: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (maybeBatch ?? optionsOrBatch) as (context: FakeContext) => Promise<T>;
    if (optionsOrBatch instanceof FakeContext) return batch(optionsOrBatch);
    if (maybeBatch !== undefined) this.runOptions.push(optionsOrBatch);
    const context = new FakeContext(this);
    return batch(context);
  };

  /** Every cell of every sheet as a plain copy, to compare whole workbooks before and after. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells.entries()]
        .filter(([, c]) => !isUntouched(c))
        .map(([key, cell]) => [key, structuredClone(cell)])
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
      merges: structuredClone(s.merges),
      widths: [...s.columnWidths.entries()].sort(),
      frozenRows: s.frozenRows,
      centerHeader: s.centerHeader,
    }));
  }

  /** @internal Runs a sync: every queued call in order, then checks the payload limits. */
  runSync(queue: Operation[]): void {
    this.syncs += 1;
    if (this.failAtSync !== undefined) {
      this.failAtSync -= 1;
      if (this.failAtSync === 0) {
        this.failAtSync = undefined;
        throw new OfficeError('GeneralException', 'Simulated failure of a sync');
      }
    }
    const request = queue.reduce((sum, op) => sum + op.bytes, 0);
    this.requestBytes.push(request);
    if (request > PAYLOAD_LIMIT) throw this.payloadError('RequestPayloadSizeLimitExceeded', `Request of ${request} bytes`);
    let response = 0;
    try {
      for (const op of queue) response += op.apply() ?? 0;
    } finally {
      // What landed before a failing call stays, and is calculated, as in Excel.
      this.calculation.endOfSync();
      this.dispatchEvents();
    }
    if (response > PAYLOAD_LIMIT) {
      this.rejectedResponses += 1;
      throw this.payloadError('ResponsePayloadSizeLimitExceeded', `Response of ${response} bytes`);
    }
    this.responseBytes.push(response);
  }
}
