/**
 * A fake of the part of Excel's JavaScript object model that Handleplan uses, with Excel's semantics
 * where they matter to us: every call is queued and only happens at context.sync(); a property read
 * before it was loaded and synced throws; a string written into a cell not formatted as text is taken
 * as typed input (typed-input.ts); requests and responses over 5 MB fail as on Excel on the web (with
 * the documented codes, or GeneralException as Excel on the web sometimes answers); a very hidden sheet
 * cannot be deleted; a protected workbook structure refuses sheet changes; formulas follow the cells
 * they read unless calculation was suspended (calculation.ts); registered onChanged handlers hear of
 * changes, marked as made by this add-in. It counts syncs, request and response bytes, and change
 * events, for the contract tests and the bench.
 */
import { CellRange, columnLetters, fromA1, rangeFromA1 } from '../../src/core/a1';
import { Calculation } from './calculation';
import { enterTyped, MAX_CELL_CHARACTERS } from './typed-input';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  /** The type Excel reports where it is not plain from the value: whole numbers can come as "Integer", linked data as "RichValue". */
  valueType?: 'Integer' | 'RichValue';
  /** The cell's fill colour, a format the user gives; the add-in never sets one. */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, string>;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: CellRange[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  centerHeader = '';
  visibility: Visibility = 'Visible';
  protected = false;
  /** Handlers registered with worksheet.onChanged. */
  readonly changedHandlers: ((event: FakeChangedEvent) => unknown)[] = [];
  /** Told of every cell touched, so the workbook knows what to recalculate. */
  onTouch: ((sheet: FakeSheet, row: number, col: number) => void) | undefined;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell to change, created empty when it has never been touched. */
  touch(row: number, col: number): FakeCell {
    this.version += 1;
    this.onTouch?.(this, row, col);
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { value: '', numberFormat: 'General' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of cells with values (Excel's used range with valuesOnly), or undefined when empty. */
  usedRange(): CellRange | undefined {
    if (this.usedCache !== undefined && this.usedCache.version === this.version) return this.usedCache.range;
    const range = this.computeUsedRange();
    this.usedCache = { version: this.version, range };
    return range;
  }

  /** Bumped by every write, so the used range is computed again only after a change. */
  version = 0;
  private usedCache: { version: number; range: CellRange | undefined } | undefined;

  private computeUsedRange(): CellRange | undefined {
    let box: CellRange | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      box =
        box === undefined
          ? { from: { row, col }, to: { row, col } }
          : {
              from: { row: Math.min(box.from.row, row), col: Math.min(box.from.col, col) },
              to: { row: Math.max(box.to.row, row), col: Math.max(box.to.col, col) },
            };
    }
    return box;
  }
}

/** What a user types or a test seeds: a value, or a formula with its cached result, and the cell's look. */
export type SeedCell =
  | FakeValue
  | null
  | { value?: FakeValue; formula?: string; numberFormat?: string; valueType?: FakeCell['valueType']; fill?: string; bold?: boolean };

/** What a registered onChanged handler hears (Excel.WorksheetChangedEventArgs, in part). */
export interface FakeChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  /** ExcelApi 1.14: "ThisLocalAddin" for changes this add-in made, "Unknown" for the user's. */
  readonly triggerSource: 'ThisLocalAddin' | 'Unknown';
}

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

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's standard column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Bytes one queued call costs in a request besides its data (Excel sends a small JSON action per call). */
const CALL_OVERHEAD = 100;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
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

  /** Excel.run with and without options, as Office.js has it. */
  run: {
    <T>(batch: (context: FakeContext) => Promise<T>): Promise<T>;
    <T>(options: unknown, batch: (context: FakeContext) => Promise<T>): Promise<T>;
  } = async <T>(optionsOrBatch: unknown, maybeBatch?: (context: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (maybeBatch ?? optionsOrBatch) as (context: FakeContext) => Promise<T>;
    if (maybeBatch !== undefined) this.runOptions.push(optionsOrBatch);
    const context = new FakeContext(this);
    return batch(context);
  };

  /** Every cell of every sheet as a plain copy, to compare whole workbooks before and after. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
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

function isUntouched(cell: FakeCell): boolean {
  return (
    cell.value === '' &&
    cell.formula === undefined &&
    cell.numberFormat === 'General' &&
    cell.fill === undefined &&
    !cell.bold &&
    !cell.italic &&
    (cell.horizontalAlignment ?? 'General') === 'General' &&
    (cell.verticalAlignment ?? 'Bottom') === 'Bottom' &&
    !cell.wrapText &&
    Object.keys(cell.borders ?? {}).length === 0
  );
}

interface Operation {
  bytes: number;
  /** Returns the bytes of its response, if it loads anything. */
  apply: () => number | void;
}

function sizeOf(data: unknown): number {
  return JSON.stringify(data ?? null).length;
}

/** Base of every proxy: loaded properties become readable only after the sync that loads them. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly context: FakeContext) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw new OfficeError('PropertyNotLoaded', `The property '${name}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  protected queueLoad(names: string[], read: (name: string) => unknown): void {
    this.context.queue(CALL_OVERHEAD, () => {
      let bytes = 0;
      for (const name of names) {
        const value = read(name);
        this.loaded.set(name, value);
        bytes += sizeOf(value);
      }
      return bytes;
    });
  }
}

function namesOf(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  return (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

export class FakeContext {
  private pending: Operation[] = [];
  readonly workbook: FakeWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    const context = this;
    this.runtime = {
      set enableEvents(on: boolean) {
        context.queue(CALL_OVERHEAD, () => {
          excel.enableEvents = on;
        });
      },
      get enableEvents(): boolean {
        return excel.enableEvents;
      },
    };
  }

  queue(bytes: number, apply: () => number | void): void {
    this.pending.push({ bytes, apply });
  }

  /** A write to a sheet: raises a change event, marked as this add-in's, when events are on. */
  queueWrite(bytes: number, apply: () => void, where?: () => { sheet: FakeSheet; address: string }): void {
    this.queue(bytes, () => {
      apply();
      const target = where?.();
      if (target !== undefined) this.excel.raise(target.sheet, target.address, 'ThisLocalAddin');
      else if (this.excel.enableEvents) this.excel.changeEvents += 1;
    });
  }

  async sync(): Promise<void> {
    const queue = this.pending;
    this.pending = [];
    this.excel.runSync(queue);
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

class FakeApplication extends Proxy {
  readonly cultureInfo: { numberFormat: FakeNumberFormatInfo };
  constructor(context: FakeContext) {
    super(context);
    this.cultureInfo = { numberFormat: new FakeNumberFormatInfo(context) };
  }

  /** Excel's own separators and whether it uses the system's instead (ExcelApi 1.11). */
  load(props?: string | string[]): this {
    if (!this.context.excel.supports('1.11')) throw new OfficeError('ApiNotFound', 'Application separators need ExcelApi 1.11');
    const own = this.context.excel.excelSeparators;
    const values: Record<string, unknown> = { decimalSeparator: own.decimal, thousandsSeparator: own.group, useSystemSeparators: own.useSystem };
    this.queueLoad(namesOf(props), (name) => {
      if (!(name in values)) throw new Error(`The fake cannot load Application.${name}`);
      return values[name];
    });
    return this;
  }

  get decimalSeparator(): string {
    return this.get('decimalSeparator');
  }

  get thousandsSeparator(): string {
    return this.get('thousandsSeparator');
  }

  get useSystemSeparators(): boolean {
    return this.get('useSystemSeparators');
  }

  /** "It is the developer's responsibility to re-calc the workbook": what this sync changes leaves its dependents as they were. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(CALL_OVERHEAD, () => this.context.excel.calculation.suspendUntilNextSync());
  }

  calculate(_type: 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.context.queue(CALL_OVERHEAD, () => this.context.excel.calculation.recalculate());
  }
}

class FakeNumberFormatInfo extends Proxy {
  load(props?: string | string[]): this {
    if (!this.context.excel.supports('1.11')) throw new OfficeError('ApiNotFound', 'cultureInfo needs ExcelApi 1.11');
    const { decimal, group } = this.context.excel.separators;
    this.queueLoad(namesOf(props), (name) => (name === 'numberDecimalSeparator' ? decimal : name === 'numberGroupSeparator' ? group : undefined));
    return this;
  }

  get numberDecimalSeparator(): string {
    return this.get('numberDecimalSeparator');
  }

  get numberGroupSeparator(): string {
    return this.get('numberGroupSeparator');
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
class FakeWorkbookProtection extends Proxy {
  load(props?: string | string[]): this {
    this.queueLoad(namesOf(props), () => this.context.excel.structureProtected);
    return this;
  }

  get protected(): boolean {
    return this.get('protected');
  }
}

/** Excel refuses changes to the sheets of a workbook whose structure is protected. */
function refuseWhenStructureProtected(excel: FakeExcel): void {
  if (excel.structureProtected) throw new OfficeError('InvalidOperation', 'The workbook is protected.');
}

class FakeWorksheetCollection extends Proxy {
  private itemsLoaded: FakeWorksheet[] | undefined;

  load(props?: string | string[]): this {
    const names = namesOf(props).map((p) => p.replace(/^items\//, ''));
    this.context.queue(CALL_OVERHEAD, () => {
      const items = this.context.excel.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        proxy.setLoaded(names.length === 0 ? ['name', 'visibility'] : names, sheet);
        return proxy;
      });
      this.itemsLoaded = items;
      return sizeOf(this.context.excel.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.itemsLoaded === undefined) throw new OfficeError('PropertyNotLoaded', 'items not loaded');
    return this.itemsLoaded;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.excel.sheet(name);
      if (sheet === undefined) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(name), true);
  }

  add(name: string): FakeWorksheet {
    const excel = this.context.excel;
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(name), () => {
      refuseWhenStructureProtected(excel);
      if (excel.sheet(name) !== undefined) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      excel.sheets.push(excel.newSheet(name));
    });
    return this.getItem(name);
  }
}

type SheetResolver = () => FakeSheet | undefined;

class FakeWorksheet extends Proxy {
  private bound: FakeSheet | undefined;
  readonly protection: { load: (p: string) => void; readonly protected: boolean };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly pageLayout: { headersFooters: { defaultForAllPages: { centerHeader: string } } };

  constructor(
    context: FakeContext,
    private readonly resolve: SheetResolver,
    private readonly nullable = false,
  ) {
    super(context);
    const self = this;
    this.protection = {
      load: () => self.queueLoad(['protected'], () => self.sheet().protected),
      get protected(): boolean {
        return self.get('protected');
      },
    };
    this.freezePanes = {
      freezeRows: (count: number) => context.queue(CALL_OVERHEAD, () => void (self.sheet().frozenRows = count)),
    };
    const footer = {
      set centerHeader(text: string) {
        if (!context.excel.supports('1.9')) throw new OfficeError('ApiNotFound', 'pageLayout needs ExcelApi 1.9');
        context.queue(CALL_OVERHEAD + sizeOf(text), () => void (self.sheet().centerHeader = text));
      },
      get centerHeader(): string {
        return self.sheet().centerHeader;
      },
    };
    this.pageLayout = { headersFooters: { defaultForAllPages: footer } };
  }

  /** @internal */
  setLoaded(names: string[], sheet: FakeSheet): void {
    for (const name of names) this.loaded.set(name, (sheet as unknown as Record<string, unknown>)[name]);
  }

  /** @internal The sheet, at sync time; once found, the proxy keeps pointing at it, through renames too, as in Excel. */
  sheet(): FakeSheet {
    const sheet = (this.bound ??= this.resolve());
    if (sheet === undefined) throw new OfficeError('ItemNotFound', 'The sheet does not exist');
    return sheet;
  }

  load(props?: string | string[]): this {
    this.queueLoad(namesOf(props), (name) => {
      const sheet = this.resolve();
      if (name === 'isNullObject') return sheet === undefined;
      return sheet === undefined ? undefined : (sheet as unknown as Record<string, unknown>)[name];
    });
    if (this.nullable && !namesOf(props).includes('isNullObject')) this.queueLoad(['isNullObject'], () => this.resolve() === undefined);
    return this;
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  get name(): string {
    return this.get('name');
  }

  set name(value: string) {
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(value), () => {
      refuseWhenStructureProtected(this.context.excel);
      this.sheet().name = value;
    });
  }

  get visibility(): Visibility {
    return this.get('visibility');
  }

  set visibility(value: Visibility) {
    this.context.queue(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(this.context.excel);
      this.sheet().visibility = value;
    });
  }

  set position(index: number) {
    const excel = this.context.excel;
    this.context.queue(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(excel);
      const sheet = this.sheet();
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      excel.sheets.splice(index, 0, sheet);
    });
  }

  /** As in Excel: a very hidden sheet cannot be deleted (office-js #365, by design); make it hidden first. */
  delete(): void {
    const excel = this.context.excel;
    this.context.queueWrite(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(excel);
      const sheet = this.sheet();
      if (sheet.visibility === 'VeryHidden') throw new OfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
    });
  }

  /** Worksheet.onChanged (ExcelApi 1.7): the handler hears of changes once the sync that makes them is done. */
  get onChanged(): { add: (handler: (event: FakeChangedEvent) => unknown) => { remove: () => void } } {
    return {
      add: (handler) => {
        this.context.queue(CALL_OVERHEAD, () => void this.sheet().changedHandlers.push(handler));
        return {
          remove: () =>
            this.context.queue(CALL_OVERHEAD, () => {
              const handlers = this.sheet().changedHandlers;
              const index = handlers.indexOf(handler);
              if (index >= 0) handlers.splice(index, 1);
            }),
        };
      },
    };
  }

  activate(): void {
    this.context.queue(CALL_OVERHEAD, () => void (this.context.excel.activeSheet = this.sheet().name));
  }

  getRange(address: string): FakeRange {
    const range = address.includes(':') ? rangeFromA1(address) : { from: fromA1(address), to: fromA1(address) };
    return new FakeRange(this.context, this, () => range);
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, () => ({ from: { row, col }, to: { row: row + rowCount - 1, col: col + columnCount - 1 } }));
  }

  /** As in Excel: a sheet with no values gives its top-left cell. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('The fake knows only the used range of values (valuesOnly = true)');
    return new FakeRange(this.context, this, () => this.sheet().usedRange() ?? { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('The fake knows only the used range of values (valuesOnly = true)');
    return new FakeRange(this.context, this, () => this.sheet().usedRange(), true);
  }
}

type RangeResolver = () => CellRange | undefined;

/** Excel's error values, the dynamic-array and data-type ones (#SPILL!, #CALC!, #BUSY! …) too. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!)$/;

class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    /** @internal */ readonly resolve: RangeResolver,
    private readonly nullable = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  /** @internal The range at sync time. */
  bounds(): CellRange {
    const range = this.resolve();
    if (range === undefined) throw new OfficeError('InvalidReference', 'The range is a null object');
    return range;
  }

  /** @internal Calls back with each cell of the range at sync time. */
  forEach(visit: (cell: FakeCell, r: number, c: number) => void): void {
    const { from, to } = this.bounds();
    const sheet = this.worksheet.sheet();
    for (let row = from.row; row <= to.row; row += 1) for (let col = from.col; col <= to.col; col += 1) visit(sheet.touch(row, col), row - from.row, col - from.col);
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const { from, to } = this.bounds();
    const sheet = this.worksheet.sheet();
    const rows: T[][] = [];
    for (let row = from.row; row <= to.row; row += 1) {
      const cells: T[] = [];
      for (let col = from.col; col <= to.col; col += 1) cells.push(read(sheet.cell(row, col)));
      rows.push(cells);
    }
    return rows;
  }

  load(props?: string | string[]): this {
    const names = namesOf(props);
    if (this.nullable && !names.includes('isNullObject')) names.push('isNullObject');
    let resolved: { range: CellRange | undefined } | undefined;
    this.queueLoad(names, (name) => {
      resolved ??= { range: this.resolve() };
      const range = resolved.range;
      if (name === 'isNullObject') return range === undefined;
      if (range === undefined) return undefined;
      switch (name) {
        case 'values':
          return this.grid((c) => (c === undefined ? '' : c.value));
        case 'formulas':
          return this.grid((c) => (c === undefined ? '' : c.formula !== undefined ? `=${c.formula}` : c.value));
        case 'numberFormat':
          return this.grid((c) => c?.numberFormat ?? 'General');
        case 'valueTypes':
          return this.grid(valueTypeOf);
        case 'address':
          return `${this.worksheet.sheet().name}!${columnLetters(range.from.col)}${range.from.row + 1}:${columnLetters(range.to.col)}${range.to.row + 1}`;
        case 'rowIndex':
          return range.from.row;
        case 'columnIndex':
          return range.from.col;
        case 'rowCount':
          return range.to.row - range.from.row + 1;
        case 'columnCount':
          return range.to.col - range.from.col + 1;
        default:
          throw new Error(`The fake cannot load Range.${name}`);
      }
    });
    return this;
  }

  /** The cells this range shares with another (ExcelApi 1.4): a null object when they share none. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(
      this.context,
      this.worksheet,
      () => {
        const a = this.resolve();
        const b = other.resolve();
        if (a === undefined || b === undefined) return undefined;
        const from = { row: Math.max(a.from.row, b.from.row), col: Math.max(a.from.col, b.from.col) };
        const to = { row: Math.min(a.to.row, b.to.row), col: Math.min(a.to.col, b.to.col) };
        return from.row > to.row || from.col > to.col ? undefined : { from, to };
      },
      true,
    );
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }

  /** @internal Where a write lands, for the change event. */
  readonly target = (): { sheet: FakeSheet; address: string } => {
    const { from, to } = this.bounds();
    const address = `${columnLetters(from.col)}${from.row + 1}${from.row === to.row && from.col === to.col ? '' : `:${columnLetters(to.col)}${to.row + 1}`}`;
    return { sheet: this.worksheet.sheet(), address };
  };

  /** Values as Excel takes typed input (typed-input.ts); text over 32,767 characters is refused. */
  set values(data: FakeValue[][] | FakeValue) {
    const all = Array.isArray(data) ? data.flat() : [data];
    this.context.queueWrite(
      CALL_OVERHEAD + sizeOf(data),
      () => {
        if (all.some((v) => typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)) throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        this.forEach((cell, r, c) => enter(cell, Array.isArray(data) ? cellOf(data, r, c, this.bounds()) : data));
      },
      this.target,
    );
  }

  set formulas(data: FakeValue[][]) {
    this.context.queueWrite(
      CALL_OVERHEAD + sizeOf(data),
      () =>
        this.forEach((cell, r, c) => {
          const value = cellOf(data, r, c, this.bounds());
          if (typeof value === 'string' && value.startsWith('=')) {
            cell.formula = value.slice(1);
            cell.value = 0;
          } else enter(cell, value);
        }),
      this.target,
    );
  }

  set numberFormat(data: string[][] | string) {
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(data), () =>
      this.forEach((cell, r, c) => {
        cell.numberFormat = String(Array.isArray(data) ? cellOf(data, r, c, this.bounds()) : data);
      }),
    );
  }

  /** As in Excel: "All" clears the contents and every format (fill, font, borders, number format). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.context.queueWrite(CALL_OVERHEAD, () =>
      this.forEach((cell) => {
        if (applyTo !== 'Formats') {
          cell.value = '';
          delete cell.formula;
          delete cell.valueType;
        }
        if (applyTo !== 'Contents') {
          cell.numberFormat = 'General';
          delete cell.fill;
          delete cell.bold;
          delete cell.italic;
          delete cell.horizontalAlignment;
          delete cell.verticalAlignment;
          delete cell.wrapText;
          delete cell.borders;
        }
      }),
    );
  }

  merge(across = false): void {
    this.context.queue(CALL_OVERHEAD, () => {
      if (across) throw new Error('The fake merges whole ranges only');
      const sheet = this.worksheet.sheet();
      sheet.merges.push(this.bounds());
    });
  }

  /** On a sheet that is not the active one, selecting is unreliable on desktop (office-js #5118): here it does nothing. */
  select(): void {
    this.context.queue(CALL_OVERHEAD, () => {
      const { sheet, address } = this.target();
      const excel = this.context.excel;
      if (excel.activeSheet !== undefined && excel.activeSheet !== sheet.name) return;
      excel.selection = { sheet: sheet.name, address };
    });
  }

  /** As in Excel: each row's object holds only the properties asked for (rowIndex too only when asked). */
  getRowProperties(load: { rowHidden?: boolean; rowIndex?: boolean }): { value: { rowIndex?: number; rowHidden?: boolean }[] } {
    return this.clientResult('1.9', () => {
      const { from, to } = this.bounds();
      const sheet = this.worksheet.sheet();
      return Array.from({ length: to.row - from.row + 1 }, (_, i) => ({
        ...(load.rowIndex === true ? { rowIndex: from.row + i } : {}),
        ...(load.rowHidden === true ? { rowHidden: sheet.hiddenRows.has(from.row + i) } : {}),
      }));
    });
  }

  getColumnProperties(load: { columnHidden?: boolean; columnIndex?: boolean }): { value: { columnIndex?: number; columnHidden?: boolean }[] } {
    return this.clientResult('1.9', () => {
      const { from, to } = this.bounds();
      const sheet = this.worksheet.sheet();
      return Array.from({ length: to.col - from.col + 1 }, (_, i) => ({
        ...(load.columnIndex === true ? { columnIndex: from.col + i } : {}),
        ...(load.columnHidden === true ? { columnHidden: sheet.hiddenColumns.has(from.col + i) } : {}),
      }));
    });
  }

  getMergedAreasOrNullObject(): { load: (p: string) => void; readonly isNullObject: boolean; readonly address: string } {
    if (!this.context.excel.supports('1.13')) throw new OfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
    const state: { loaded?: { isNullObject: boolean; address: string } } = {};
    const compute = (): { isNullObject: boolean; address: string } => {
      const sheet = this.worksheet.sheet();
      const { from, to } = this.bounds();
      // As in Excel (office-js #3611): only merges whose top-left cell lies in the range are found.
      const inside = sheet.merges.filter((m) => m.from.row >= from.row && m.from.row <= to.row && m.from.col >= from.col && m.from.col <= to.col);
      const address = inside.map((m) => `${sheet.name}!${columnLetters(m.from.col)}${m.from.row + 1}:${columnLetters(m.to.col)}${m.to.row + 1}`).join(',');
      return { isNullObject: inside.length === 0, address };
    };
    return {
      load: () => this.context.queue(CALL_OVERHEAD, () => sizeOf((state.loaded = compute()))),
      get isNullObject(): boolean {
        if (state.loaded === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject');
        return state.loaded.isNullObject;
      },
      get address(): string {
        if (state.loaded === undefined) throw new OfficeError('PropertyNotLoaded', 'address');
        return state.loaded.address;
      },
    };
  }

  private clientResult<T>(version: string, compute: () => T): { value: T } {
    if (!this.context.excel.supports(version)) throw new OfficeError('ApiNotFound', `Needs ExcelApi ${version}`);
    const holder: { done: boolean; result?: T } = { done: false };
    this.context.queue(CALL_OVERHEAD, () => {
      holder.result = compute();
      holder.done = true;
      return sizeOf(holder.result);
    });
    return {
      get value(): T {
        if (!holder.done) throw new OfficeError('PropertyNotLoaded', 'ClientResult read before sync');
        return holder.result as T;
      },
    };
  }
}

function valueTypeOf(cell: FakeCell | undefined): string {
  if (cell === undefined || cell.value === '') return 'Empty';
  if (cell.valueType !== undefined) return cell.valueType;
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  if (cell.formula !== undefined && ERROR_VALUE.test(cell.value)) return 'Error';
  return ERROR_VALUE.test(cell.value) && cell.formula === undefined && cell.numberFormat !== '@' ? 'Error' : 'String';
}

function cellOf<T>(data: T[][], r: number, c: number, bounds: CellRange): T {
  const rows = bounds.to.row - bounds.from.row + 1;
  const cols = bounds.to.col - bounds.from.col + 1;
  if (data.length !== rows || data.some((row) => row.length !== cols)) {
    throw new OfficeError('InvalidArgument', `The data is ${data.length}×${data[0]?.length ?? 0}, the range ${rows}×${cols}`);
  }
  return (data[r] as T[])[c] as T;
}

/** What Excel does with a value written through Range.values: as if the user had typed it. */
function enter(cell: FakeCell, value: FakeValue): void {
  delete cell.valueType;
  if (typeof value === 'string') {
    enterTyped(cell, value);
    return;
  }
  delete cell.formula;
  cell.value = value;
}

class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean };
  readonly borders: { getItem: (edge: string) => { style: string; weight: string } };

  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    const set = (apply: (cell: FakeCell) => void): void => context.queueWrite(CALL_OVERHEAD, () => range.forEach(apply));
    this.font = {
      set bold(on: boolean) {
        set((cell) => (on ? (cell.bold = true) : delete cell.bold));
      },
      get bold(): boolean {
        throw new Error('The fake does not load font.bold');
      },
      set italic(on: boolean) {
        set((cell) => (on ? (cell.italic = true) : delete cell.italic));
      },
      get italic(): boolean {
        throw new Error('The fake does not load font.italic');
      },
    };
    this.borders = {
      getItem: (edge: string) => {
        const border = { style: 'Continuous', weight: 'Thin' };
        const apply = (): void =>
          set((cell) => {
            const borders = { ...(cell.borders ?? {}) };
            if (border.style === 'None') delete borders[edge];
            else borders[edge] = `${border.style}/${border.weight}`;
            if (Object.keys(borders).length === 0) delete cell.borders;
            else cell.borders = borders;
          });
        return {
          set style(value: string) {
            border.style = value;
            apply();
          },
          get style(): string {
            return border.style;
          },
          set weight(value: string) {
            border.weight = value;
            apply();
          },
          get weight(): string {
            return border.weight;
          },
        };
      },
    };
  }

  set horizontalAlignment(value: string) {
    this.context.queueWrite(CALL_OVERHEAD, () => this.range.forEach((cell) => (value === 'General' ? delete cell.horizontalAlignment : (cell.horizontalAlignment = value))));
  }

  set verticalAlignment(value: string) {
    this.context.queueWrite(CALL_OVERHEAD, () => this.range.forEach((cell) => (value === 'Bottom' ? delete cell.verticalAlignment : (cell.verticalAlignment = value))));
  }

  set wrapText(on: boolean) {
    this.context.queueWrite(CALL_OVERHEAD, () => this.range.forEach((cell) => (on ? (cell.wrapText = true) : delete cell.wrapText)));
  }

  load(props: string): this {
    if (props !== 'columnWidth') throw new Error(`The fake cannot load RangeFormat.${props}`);
    this.context.queue(CALL_OVERHEAD, () => {
      const { from } = this.range.bounds();
      this.loadedWidth = this.range.worksheet.sheet().columnWidths.get(from.col) ?? DEFAULT_COLUMN_WIDTH;
      return 8;
    });
    return this;
  }

  private loadedWidth: number | undefined;

  get columnWidth(): number {
    if (this.loadedWidth === undefined) throw new OfficeError('PropertyNotLoaded', 'columnWidth');
    return this.loadedWidth;
  }

  set columnWidth(points: number) {
    this.context.queue(CALL_OVERHEAD, () => {
      const { from, to } = this.range.bounds();
      const sheet = this.range.worksheet.sheet();
      for (let col = from.col; col <= to.col; col += 1) {
        if (points === DEFAULT_COLUMN_WIDTH) sheet.columnWidths.delete(col);
        else sheet.columnWidths.set(col, points);
      }
    });
  }
}
