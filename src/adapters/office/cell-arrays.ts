import { widestRow } from '../../core/grid';
import { BLANK, CellStyle, formulaText, isFormulaCell, LayoutCell, storedValue, styleKey } from '../../core/layout';

/**
 * A block of the program's cells as Office.js takes them: a value (or "=formula") and a number format per
 * cell, padded to the block's width. Made from the layout before anything is queued, so the Excel pane's
 * worker makes them and the page only hands them to Office.js. Plain data: it crosses to the page as it is.
 */
export interface CellArrays {
  readonly values: (string | number)[][];
  readonly numberFormat: string[][];
}


/** Cells of a column, one below the other (rows from..to of the range written), with the same look: one call per look. */
export interface StyleRun {
  readonly col: number;
  readonly from: number;
  readonly to: number;
  readonly style: CellStyle;
}

/** How one range of rows is written: through Range.formulas when any cell is a formula, and its looks, run by run. */
export interface RangeWrite {
  readonly formulas: boolean;
  readonly styleRuns: readonly StyleRun[];
}

/** The block's values and formats, each row padded to the widest with blank cells. */
export function cellArrays(rows: readonly (readonly LayoutCell[])[]): CellArrays {
  const width = Math.max(1, widestRow(rows));
  const values: (string | number)[][] = [];
  const numberFormat: string[][] = [];
  for (const row of rows) {
    const rowValues: (string | number)[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const cell = row[c] ?? BLANK;
      rowValues.push(inputOf(cell));
      rowFormats.push(formatOf(cell));
    }
    values.push(rowValues);
    numberFormat.push(rowFormats);
  }
  return { values, numberFormat };
}

/** How the rows are written as one range: formulas or values, and the runs of looks in each column. */
export function rangeWrite(rows: readonly (readonly LayoutCell[])[]): RangeWrite {
  return { formulas: rows.some((row) => row.some(isFormulaCell)), styleRuns: styleRuns(rows) };
}

/** What goes into Range.values or Range.formulas: the stored value, a formula as "=" and its English text; the text format set first keeps text as text. */
export function inputOf(cell: LayoutCell): string | number {
  return isFormulaCell(cell) ? `=${formulaText(cell)}` : storedValue(cell);
}

export function formatOf(cell: LayoutCell): string {
  if (cell.value.kind === 'text') return '@';
  return cell.numberFormat ?? 'General';
}

/**
 * Cells of a column, one below the other, with the same non-default style: each run is one call per
 * style, so a column of wrapped names costs a call, not a call per row.
 */
function styleRuns(rows: readonly (readonly LayoutCell[])[]): StyleRun[] {
  const runs: StyleRun[] = [];
  const width = widestRow(rows);
  for (let col = 0; col < width; col += 1) {
    let open: { from: number; to: number; key: string; cell: LayoutCell } | undefined;
    rows.forEach((row, r) => {
      const cell = row[col] ?? BLANK;
      const key = styleKey(cell);
      if (open !== undefined && open.to === r - 1 && open.key === key) {
        open.to = r;
        return;
      }
      if (open !== undefined) runs.push({ col, from: open.from, to: open.to, style: styleOf(open.cell) });
      open = key === '' ? undefined : { from: r, to: r, key, cell };
    });
    if (open !== undefined) runs.push({ col, from: open.from, to: open.to, style: styleOf(open.cell) });
  }
  return runs;
}

function styleOf(cell: LayoutCell): CellStyle {
  return {
    ...(cell.bold === true ? { bold: true } : {}),
    ...(cell.italic === true ? { italic: true } : {}),
    ...(cell.align === undefined ? {} : { align: cell.align }),
    ...(cell.wrap === true ? { wrap: true } : {}),
    ...(cell.borderTop === undefined ? {} : { borderTop: cell.borderTop }),
    ...(cell.borderBottom === undefined ? {} : { borderBottom: cell.borderBottom }),
  };
}
