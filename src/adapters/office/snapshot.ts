import { CellRange } from '../../core/a1';
import { isFormula, SheetValues } from './grid-from-values';

export type ExcelCellValue = string | number | boolean;

/** Cells as they were before the add-in wrote to them: what its undo puts back. */
export interface Snapshot {
  readonly sheet: string;
  readonly range: CellRange;
  readonly values: ExcelCellValue[][];
  readonly valueTypes: string[][];
  readonly numberFormat: string[][];
  /** Widths in points of the range's columns, where the read knew them. */
  readonly columnWidths: readonly { readonly col: number; readonly points: number }[];
  /** The program's own formulas in the range ("=…" by row and column, "" where a cell has none), when it had any. */
  readonly formulas?: string[][];
}

/** The cells of a range as the last read of the sheet saw them; cells outside what was read were empty. */
export function snapshotOf(read: SheetValues, range: CellRange): Snapshot {
  const values: ExcelCellValue[][] = [];
  const valueTypes: string[][] = [];
  const numberFormat: string[][] = [];
  for (let row = range.from.row; row <= range.to.row; row += 1) {
    const r = row - read.rowIndex;
    const v: ExcelCellValue[] = [];
    const t: string[] = [];
    const f: string[] = [];
    for (let col = range.from.col; col <= range.to.col; col += 1) {
      const c = col - read.columnIndex;
      v.push((read.values[r]?.[c] as ExcelCellValue | undefined) ?? '');
      t.push(read.valueTypes[r]?.[c] ?? 'Empty');
      f.push(read.numberFormat[r]?.[c] ?? 'General');
    }
    values.push(v);
    valueTypes.push(t);
    numberFormat.push(f);
  }
  const columnWidths: { col: number; points: number }[] = [];
  for (let col = range.from.col; col <= range.to.col; col += 1) {
    const points = read.columnWidths?.[col];
    if (points !== undefined) columnWidths.push({ col, points });
  }
  const formulas = formulasIn(read, range);
  return { sheet: read.sheetName, range, values, valueTypes, numberFormat, columnWidths, ...(formulas === undefined ? {} : { formulas }) };
}

/** The formulas the read found in the range, or undefined when there are none. */
function formulasIn(read: SheetValues, range: CellRange): string[][] | undefined {
  let any = false;
  const rows: string[][] = [];
  for (let row = range.from.row; row <= range.to.row; row += 1) {
    const known = read.formulas?.rows.get(row);
    const cells: string[] = [];
    for (let col = range.from.col; col <= range.to.col; col += 1) {
      const formula = known?.[col - (read.formulas?.col ?? 0)];
      const value = read.values[row - read.rowIndex]?.[col - read.columnIndex];
      const live = isFormula(formula, value);
      any ||= live;
      cells.push(live ? formula : '');
    }
    rows.push(cells);
  }
  return any ? rows : undefined;
}

/**
 * Text to write into a user's cell (whose format we keep) so that Excel stores exactly that text.
 * Excel reads written strings as typed input: "=A1" becomes a formula, "1-2" a date, "10" a number,
 * "TRUE" (or in Danish Excel "SAND") a logical value. A leading apostrophe makes it text and is not
 * part of the value; only other words need none.
 */
export function restoreInput(text: string): string {
  return /^[\p{L} ]+$/u.test(text) && !LOGICAL_WORDS.test(text) ? text : `'${text}`;
}

const LOGICAL_WORDS = /^\s*(true|false|sand|falsk)\s*$/i;
