/** The fake Excel's workbook model: cells, sheets, Excel's error object and limits. */
import { CellRange } from '../../src/core/a1';

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

/** As in Excel: a protected sheet's cells are locked, so values and formats written to them are refused (AccessDenied). */
export function refuseWhenSheetProtected(sheet: FakeSheet): void {
  if (sheet.protected) throw new OfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
}

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

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's standard column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Bytes one queued call costs in a request besides its data (Excel sends a small JSON action per call). */
export const CALL_OVERHEAD = 100;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function isUntouched(cell: FakeCell): boolean {
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

/** Excel's error values, the dynamic-array and data-type ones (#SPILL!, #CALC!, #BUSY! …) too. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!)$/;

export function valueTypeOf(cell: FakeCell | undefined): string {
  if (cell === undefined || cell.value === '') return 'Empty';
  if (cell.valueType !== undefined) return cell.valueType;
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  if (cell.formula !== undefined && ERROR_VALUE.test(cell.value)) return 'Error';
  return ERROR_VALUE.test(cell.value) && cell.formula === undefined && cell.numberFormat !== '@' ? 'Error' : 'String';
}
