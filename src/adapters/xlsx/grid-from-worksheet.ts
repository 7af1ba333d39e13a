import type { Worksheet, CellValue as ExcelCellValue } from 'exceljs';
import { rangeFromA1 } from '../../core/a1';
import { Cell, EMPTY_CELL, Grid, GridCell } from '../../core/grid';

/** A worksheet as the core's grid: cached results of formulas, errors, dates, merges, hidden rows and columns. */
export function gridFromWorksheet(worksheet: Worksheet): Grid {
  const rows: GridCell[][] = [];
  const hiddenRows = new Set<number>();
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.add(rowNumber - 1);
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      // ExcelJS gives every cell of a merged range the value of its first cell; Excel keeps the others empty.
      cells[colNumber - 1] = cell.isMerged && cell.master.address !== cell.address ? EMPTY_CELL : toGridCell(cell.value, cell.numFmt);
    });
    rows[rowNumber - 1] = cells;
  });
  const hiddenColumns = new Set<number>();
  // ExcelJS works columnCount out over every row each time it is asked: asked once.
  const columnCount = worksheet.columnCount;
  for (let c = 1; c <= columnCount; c += 1) {
    if (worksheet.getColumn(c).hidden) hiddenColumns.add(c - 1);
  }
  const merges = (worksheet.model.merges ?? []).map((range) => rangeFromA1(range));
  return { sheetName: worksheet.name, rows: Array.from(rows, (row) => row ?? []), hiddenRows, hiddenColumns, merges };
}

function toGridCell(value: ExcelCellValue, numFmt: string | undefined): GridCell {
  const hasFormat = numFmt !== undefined && numFmt !== '';
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : String((value as { sharedFormula?: string }).sharedFormula ?? '');
    const content = contentOf((value as { result?: ExcelCellValue }).result ?? null);
    return hasFormat ? { content, formula, numberFormat: numFmt } : { content, formula };
  }
  // Literals, not spreads: this runs for every cell of the sheet.
  return hasFormat ? { content: contentOf(value), numberFormat: numFmt } : { content: contentOf(value) };
}

function contentOf(value: ExcelCellValue | undefined): Cell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: value.toISOString() };
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  if ('richText' in value) return { kind: 'text', value: value.richText.map((run) => run.text).join('') };
  if ('text' in value && typeof value.text === 'string') return { kind: 'text', value: value.text };
  return { kind: 'empty' };
}
