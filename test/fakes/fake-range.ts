/** A range of the fake: values, formats, clearing, merging, selecting and the row and column details Excel reports. */
import { CellRange, columnLetters } from '../../src/core/a1';
import type { FakeContext } from './fake-context';
import { namesOf, Proxy, sizeOf } from './fake-proxy';
import { FakeRangeFormat } from './fake-range-format';
import { CALL_OVERHEAD, FakeCell, FakeSheet, FakeValue, OfficeError, refuseWhenSheetProtected, valueTypeOf } from './fake-sheet';
import type { FakeWorksheet } from './fake-worksheet';
import { enterTyped, MAX_CELL_CHARACTERS } from './typed-input';

type RangeResolver = () => CellRange | undefined;

export class FakeRange extends Proxy {
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
        refuseWhenSheetProtected(this.worksheet.sheet());
        if (all.some((v) => typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)) throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        this.forEach((cell, r, c) => enter(cell, Array.isArray(data) ? cellOf(data, r, c, this.bounds()) : data));
      },
      this.target,
    );
  }

  /** English formulas ("=SUM(A1:A3)") are taken as typed, as through values: calculated at the sync, text in a "@" cell. */
  set formulas(data: FakeValue[][]) {
    this.values = data;
  }

  set numberFormat(data: string[][] | string) {
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(data), () => {
      refuseWhenSheetProtected(this.worksheet.sheet());
      this.forEach((cell, r, c) => {
        cell.numberFormat = String(Array.isArray(data) ? cellOf(data, r, c, this.bounds()) : data);
      });
    });
  }

  /** As in Excel: "All" clears the contents and every format (fill, font, borders, number format). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.context.queueWrite(CALL_OVERHEAD, () => {
      refuseWhenSheetProtected(this.worksheet.sheet());
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
      });
    });
  }

  merge(across = false): void {
    this.context.queue(CALL_OVERHEAD, () => {
      if (across) throw new Error('The fake merges whole ranges only');
      const sheet = this.worksheet.sheet();
      refuseWhenSheetProtected(sheet);
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
