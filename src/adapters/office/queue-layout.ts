import { CellPosition, CellRange } from '../../core/a1';
import { BorderStyle, CellStyle } from '../../core/layout';
import { CellArrays, RangeWrite } from './cell-arrays';
import { PreparedSheet } from './prepared-write';

/**
 * Queues the writes of a block of the program's cells, to happen at the next sync, from its values and
 * formats made ready beforehand (cell-arrays.ts). Each cell gets its whole value and format, so writing
 * the same block twice gives the same sheet. Text cells are formatted as text ("@") before their value is
 * set, so a name starting with "=", "+", "-" or "@" stays text; the core's formula cells go in as formulas.
 */
export function queueCells(sheet: Excel.Worksheet, origin: CellPosition, cells: CellArrays, write: RangeWrite, merges: readonly CellRange[] = []): void {
  const rows = cells.values.length;
  if (rows === 0) return;
  const range = sheet.getRangeByIndexes(origin.row, origin.col, rows, cells.values[0]?.length ?? 1);
  range.clear('Formats');
  range.numberFormat = cells.numberFormat;
  // Formulas go in through formulas, in English (Excel shows them in the user's language); text stays text by its "@" format.
  if (write.formulas) range.formulas = cells.values;
  else range.values = cells.values;
  // Excel on the web loses interior borders when a merge follows formatting: merge first, then format.
  for (const merge of merges) {
    sheet.getRangeByIndexes(merge.from.row, merge.from.col, merge.to.row - merge.from.row + 1, merge.to.col - merge.from.col + 1).merge(false);
  }
  range.format.verticalAlignment = 'Top';
  for (const run of write.styleRuns) queueStyle(sheet.getRangeByIndexes(origin.row + run.from, origin.col + run.col, run.to - run.from + 1, 1), run.style);
}

/** Queues a whole sheet of the program's, its cells in one range: cells, merges, widths, frozen header rows and print title. */
export function queueSheet(sheet: Excel.Worksheet, prepared: PreparedSheet): void {
  queueCells(sheet, { row: 0, col: 0 }, prepared.cells, prepared.whole, prepared.merges);
  queueWidths(sheet, 0, prepared.columnWidths);
  queueSheetSettings(sheet, prepared);
}

/** Queues what a sheet of the program's has besides cells: frozen header rows and the print title. */
export function queueSheetSettings(sheet: Excel.Worksheet, layout: Pick<PreparedSheet, 'frozenRows' | 'printTitle'>): void {
  if (layout.frozenRows !== undefined) sheet.freezePanes.freezeRows(layout.frozenRows);
  // "&B" prints bold; a literal "&" in the title is written "&&".
  if (layout.printTitle !== undefined) sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = `&B${layout.printTitle.replace(/&/g, '&&')}`;
}

export function queueWidths(sheet: Excel.Worksheet, firstCol: number, widths: readonly number[]): void {
  widths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, firstCol + c, 1, 1).format.columnWidth = pointsForCharacters(width);
  });
}

/** Excel's column width in characters (as in .xlsx files) as the points Office.js takes. */
export function pointsForCharacters(characters: number): number {
  const pixels = Math.trunc(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

function queueStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.align !== undefined) range.format.horizontalAlignment = ALIGNMENT[style.align];
  if (style.wrap) range.format.wrapText = true;
  if (style.borderTop !== undefined) queueBorder(range, 'EdgeTop', style.borderTop);
  if (style.borderBottom !== undefined) queueBorder(range, 'EdgeBottom', style.borderBottom);
}

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

function queueBorder(range: Excel.Range, edge: 'EdgeTop' | 'EdgeBottom', style: BorderStyle): void {
  const border = range.format.borders.getItem(edge);
  border.style = style === 'double' ? 'Double' : 'Continuous';
  border.weight = style === 'medium' ? 'Medium' : style === 'double' ? 'Thick' : 'Thin';
}
