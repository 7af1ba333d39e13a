import { CellPosition, CellRange } from '../../core/a1';
import { widestRow } from '../../core/grid';
import { BLANK, BorderStyle, LayoutCell, SheetLayout, formulaText, storedValue, styleKey } from '../../core/layout';
import { CALL_BYTES } from './host';

/**
 * Queues the writes of a block of the program's cells, to happen at the next sync. Each cell gets its
 * whole value and format, so writing the same block twice gives the same sheet. Text cells are formatted
 * as text ("@") before their value is set, so a name starting with "=", "+", "-" or "@" stays text; the
 * core's formula cells go in as formulas.
 * Returns the request bytes queued.
 */
export function queueCells(
  sheet: Excel.Worksheet,
  origin: CellPosition,
  rows: readonly (readonly LayoutCell[])[],
  merges: readonly CellRange[] = [],
): number {
  const width = Math.max(1, widestRow(rows));
  if (rows.length === 0) return 0;
  const cells = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? BLANK));
  const range = sheet.getRangeByIndexes(origin.row, origin.col, cells.length, width);
  const numberFormat = cells.map((row) => row.map(formatOf));
  const values = cells.map((row) => row.map(inputOf));
  range.clear('Formats');
  range.numberFormat = numberFormat;
  // Formulas go in through formulas, in English (Excel shows them in the user's language); text stays text by its "@" format.
  if (cells.some((row) => row.some((cell) => cell.value.kind === 'formula'))) range.formulas = values;
  else range.values = values;
  // Excel on the web loses interior borders when a merge follows formatting: merge first, then format.
  for (const merge of merges) {
    sheet.getRangeByIndexes(merge.from.row, merge.from.col, merge.to.row - merge.from.row + 1, merge.to.col - merge.from.col + 1).merge(false);
  }
  range.format.verticalAlignment = 'Top';
  let calls = 4 + merges.length;
  for (const run of styleRuns(cells)) {
    calls += queueStyle(sheet.getRangeByIndexes(origin.row + run.from, origin.col + run.col, run.to - run.from + 1, 1), run.cell);
  }
  return calls * CALL_BYTES + JSON.stringify(numberFormat).length + JSON.stringify(values).length;
}

/** Queues a whole sheet of the program's: cells, merges, widths, frozen header rows and print title. */
export function queueSheet(sheet: Excel.Worksheet, layout: SheetLayout): number {
  return queueCells(sheet, { row: 0, col: 0 }, layout.rows, layout.merges) + queueWidths(sheet, 0, layout.columnWidths) + queueSheetSettings(sheet, layout);
}

/** Queues what a sheet of the program's has besides cells: frozen header rows and the print title. */
export function queueSheetSettings(sheet: Excel.Worksheet, layout: SheetLayout): number {
  let bytes = 0;
  if (layout.frozenRows !== undefined) {
    sheet.freezePanes.freezeRows(layout.frozenRows);
    bytes += CALL_BYTES;
  }
  if (layout.printTitle !== undefined) {
    // "&B" prints bold; a literal "&" in the title is written "&&".
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = `&B${layout.printTitle.replace(/&/g, '&&')}`;
    bytes += CALL_BYTES + layout.printTitle.length;
  }
  return bytes;
}

export function queueWidths(sheet: Excel.Worksheet, firstCol: number, widths: readonly number[]): number {
  widths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, firstCol + c, 1, 1).format.columnWidth = pointsForCharacters(width);
  });
  return widths.length * CALL_BYTES;
}

/** Excel's column width in characters (as in .xlsx files) as the points Office.js takes. */
export function pointsForCharacters(characters: number): number {
  const pixels = Math.trunc(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** What goes into Range.values or Range.formulas: the stored value, a formula as "=" and its English text; the text format set first keeps text as text. */
export function inputOf(cell: LayoutCell): string | number {
  return cell.value.kind === 'formula' ? `=${formulaText(cell.value)}` : storedValue(cell);
}

export function formatOf(cell: LayoutCell): string {
  if (cell.value.kind === 'text') return '@';
  return cell.numberFormat ?? 'General';
}

interface StyleRun {
  readonly col: number;
  readonly from: number;
  readonly to: number;
  readonly cell: LayoutCell;
}

/**
 * Cells of a column, one below the other, with the same non-default style: each run is one call per
 * style, so a column of wrapped names costs a call, not a call per row.
 */
function styleRuns(rows: readonly (readonly LayoutCell[])[]): StyleRun[] {
  const runs: StyleRun[] = [];
  const width = widestRow(rows);
  for (let col = 0; col < width; col += 1) {
    let open: StyleRun | undefined;
    rows.forEach((row, r) => {
      const cell = row[col] ?? BLANK;
      const key = styleKey(cell);
      if (open !== undefined && open.to === r - 1 && styleKey(open.cell) === key) {
        open = { ...open, to: r };
        return;
      }
      if (open !== undefined) runs.push(open);
      open = key === '' ? undefined : { col, from: r, to: r, cell };
    });
    if (open !== undefined) runs.push(open);
  }
  return runs;
}

function queueStyle(range: Excel.Range, cell: LayoutCell): number {
  let calls = 0;
  if (cell.bold) {
    range.format.font.bold = true;
    calls += 1;
  }
  if (cell.italic) {
    range.format.font.italic = true;
    calls += 1;
  }
  if (cell.align !== undefined) {
    range.format.horizontalAlignment = ALIGNMENT[cell.align];
    calls += 1;
  }
  if (cell.wrap) {
    range.format.wrapText = true;
    calls += 1;
  }
  if (cell.borderTop !== undefined) calls += queueBorder(range, 'EdgeTop', cell.borderTop);
  if (cell.borderBottom !== undefined) calls += queueBorder(range, 'EdgeBottom', cell.borderBottom);
  return calls;
}

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

function queueBorder(range: Excel.Range, edge: 'EdgeTop' | 'EdgeBottom', style: BorderStyle): number {
  const border = range.format.borders.getItem(edge);
  border.style = style === 'double' ? 'Double' : 'Continuous';
  border.weight = style === 'medium' ? 'Medium' : style === 'double' ? 'Thick' : 'Thin';
  return 2;
}
