import type { Cell as ExcelCell, Style, Workbook, Worksheet } from 'exceljs';

/**
 * What a write changed in an in-memory workbook, so a write that fails halfway can be undone and the
 * workbook is left as it was. Cells are recorded before each change; sheets the write replaces
 * are set aside under a temporary name and only removed once the whole write has succeeded.
 */
export class WriteJournal {
  // Three parallel lists rather than a record per cell: a large plan writes a million cells.
  private readonly cells: ExcelCell[] = [];
  private readonly values: ExcelCell['value'][] = [];
  private readonly styles: Partial<Style>[] = [];
  private readonly widths: { worksheet: Worksheet; col: number; width: number | undefined }[] = [];
  private readonly added: Worksheet[] = [];
  private readonly setAside: { worksheet: Worksheet; name: string }[] = [];

  constructor(private readonly workbook: Workbook) {}

  /** Call before changing a cell's value or style. A cell changed twice is listed twice; undoing in reverse puts the first back last. */
  cell(cell: ExcelCell): ExcelCell {
    this.cells.push(cell);
    this.values.push(cell.value);
    this.styles.push(cell.style);
    return cell;
  }

  /** Call before changing a column's width. */
  width(worksheet: Worksheet, col: number): void {
    this.widths.push({ worksheet, col, width: worksheet.getColumn(col).width });
  }

  /** Call with each sheet the write adds. */
  addedSheet(worksheet: Worksheet): Worksheet {
    this.added.push(worksheet);
    return worksheet;
  }

  /** Takes a sheet out of the way of its replacement; it is removed when the write commits. */
  setAsideSheet(worksheet: Worksheet): void {
    this.setAside.push({ worksheet, name: worksheet.name });
    worksheet.name = `~${this.setAside.length}~${Date.now() % 1e9}`.slice(0, 31);
  }

  commit(): void {
    for (const { worksheet } of this.setAside) this.workbook.removeWorksheet(worksheet.id);
  }

  rollBack(): void {
    for (const worksheet of this.added) this.workbook.removeWorksheet(worksheet.id);
    for (const { worksheet, name } of this.setAside) worksheet.name = name;
    for (let i = this.cells.length - 1; i >= 0; i -= 1) {
      const cell = this.cells[i] as ExcelCell;
      cell.value = this.values[i] ?? null;
      cell.style = this.styles[i] ?? {};
    }
    for (const { worksheet, col, width } of [...this.widths].reverse()) {
      const column = worksheet.getColumn(col);
      if (width === undefined) delete (column as { width?: number }).width;
      else column.width = width;
    }
  }
}
