import type { Borders, Cell as ExcelCell, Style, Workbook, Worksheet } from 'exceljs';
import { CellRange } from '../../core/a1';
import { BLANK, LayoutCell, RangePatch, SheetLayout, styleKey } from '../../core/layout';
import { WriteJournal } from './write-journal';

/**
 * Writes the program's cells. Every cell it owns gets its whole value and style set, so writing the
 * same layout twice gives the same workbook. Text is always written as a string, never as a formula.
 */
export function writeCell(target: ExcelCell, cell: LayoutCell): void {
  setValue(target, cell);
  // A blank with no look of its own is written as no cell at all (ExcelJS leaves an empty, unstyled
  // cell out of the file): most of the effect columns are such blanks, on activity and note rows.
  target.style = cell === BLANK ? NO_STYLE : styleOf(cell);
}

/**
 * A layout cell's style as an ExcelJS style object, one object per distinct style. ExcelJS files a
 * style object once and recognises it again by identity, so sharing them keeps writing a large plan
 * fast; nothing here ever changes a style object in place (see writeValue), so sharing is safe.
 */
const styleCache = new Map<string, Partial<Style>>();

function styleOf(cell: LayoutCell): Partial<Style> {
  const key = `${styleKey(cell)}|${cell.numberFormat ?? ''}`;
  let style = styleCache.get(key);
  if (style === undefined) {
    const border: Partial<Borders> = {
      ...(cell.borderTop === undefined ? {} : { top: { style: cell.borderTop } }),
      ...(cell.borderBottom === undefined ? {} : { bottom: { style: cell.borderBottom } }),
    };
    style = {
      font: { ...(cell.bold ? { bold: true } : {}), ...(cell.italic ? { italic: true } : {}) },
      alignment: { vertical: 'top', ...(cell.align === undefined ? {} : { horizontal: cell.align }), ...(cell.wrap ? { wrapText: true } : {}) },
      border,
      ...(cell.numberFormat === undefined ? {} : { numFmt: cell.numberFormat }),
    };
    styleCache.set(key, style);
  }
  return style;
}

function setValue(target: ExcelCell, cell: LayoutCell): void {
  switch (cell.value.kind) {
    case 'blank':
      target.value = null;
      break;
    case 'text':
      target.value = cell.value.text;
      break;
    case 'number':
      target.value = cell.value.value.toNumber();
      break;
  }
}

/** Sets a cell's value, and its number format when the layout gives one; the rest of its style stays. */
export function writeValue(target: ExcelCell, cell: LayoutCell): void {
  setValue(target, cell);
  // Cells that share a style in the file share one style object in ExcelJS: setting numFmt on it
  // would change every one of them. This cell gets its own copy.
  if (cell.numberFormat !== undefined) target.style = { ...target.style, numFmt: cell.numberFormat };
}

const NO_STYLE: Partial<Style> = {};

/** Empties cells the program wrote before, value and style, so no stale figure is left behind. */
export function clearRange(worksheet: Worksheet, range: CellRange, journal: WriteJournal): void {
  for (let row = range.from.row; row <= range.to.row; row += 1) {
    for (let col = range.from.col; col <= range.to.col; col += 1) {
      const cell = journal.cell(worksheet.getCell(row + 1, col + 1));
      cell.value = null;
      cell.style = NO_STYLE;
    }
  }
}

/**
 * The cell a layout cell goes to; none for a plain blank where the sheet has no cell, which is written
 * as no cell at all anyway: ExcelJS makes a cell object for every cell asked for.
 */
function cellToWrite(worksheet: Worksheet, row: number, col: number, cell: LayoutCell): ExcelCell | undefined {
  return cell === BLANK ? worksheet.findCell(row, col) : worksheet.getCell(row, col);
}

export function writePatch(worksheet: Worksheet, patch: RangePatch, journal: WriteJournal): void {
  patch.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = cellToWrite(worksheet, patch.origin.row + r + 1, patch.origin.col + c + 1, cell);
      if (target !== undefined) writeCell(journal.cell(target), cell);
    }),
  );
  patch.columnWidths.forEach((width, c) => {
    journal.width(worksheet, patch.origin.col + c + 1);
    worksheet.getColumn(patch.origin.col + c + 1).width = width;
  });
}

/** Adds a sheet laid out as given; the caller sets any earlier version aside first. */
export function addLayoutSheet(workbook: Workbook, layout: SheetLayout, journal: WriteJournal): Worksheet {
  const worksheet = journal.addedSheet(workbook.addWorksheet(layout.sheetName, {
    state: layout.hidden ? 'veryHidden' : 'visible',
    views: layout.frozenRows === undefined ? [] : [{ state: 'frozen', ySplit: layout.frozenRows }],
    headerFooter:
      layout.printTitle === undefined
        ? {}
        : { oddHeader: `&C&B${layout.printTitle.replace(/&/g, '&&')}`, differentFirst: false, differentOddEven: false },
  }));
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = cellToWrite(worksheet, r + 1, c + 1, cell);
      if (target !== undefined) writeCell(target, cell);
    }),
  );
  layout.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  for (const merge of layout.merges) {
    worksheet.mergeCells(merge.from.row + 1, merge.from.col + 1, merge.to.row + 1, merge.to.col + 1);
  }
  return worksheet;
}
