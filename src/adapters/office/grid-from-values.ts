import { CellRange, rangeFromA1 } from '../../core/a1';
import { Cell, EMPTY_CELL, Grid, GridCell } from '../../core/grid';

/** What one read of a sheet's used range gives back, as plain data. */
export interface SheetValues {
  readonly sheetName: string;
  /** Zero-based position of the used range's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly string[])[];
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** Widths in points of the sheet's first columns, from A; for the undo of the add-in's column widths. */
  readonly columnWidths?: readonly number[];
  /** Merged areas as Excel lists them: "Ark1!A1:C1,Ark1!B5:B6" (sheet names may be quoted). */
  readonly mergedAddress?: string;
  /** Range.formulas of the program's own cells: from column `col`, by absolute row. */
  readonly formulas?: { readonly col: number; readonly rows: ReadonlyMap<number, readonly unknown[]> };
}

/** A sheet read through Office.js as the core's grid, placed from A1 like the .xlsx adapter's. */
export function gridFromValues(read: SheetValues): Grid {
  const rows: GridCell[][] = [];
  read.values.forEach((row, r) => {
    const cells: GridCell[] = [];
    row.forEach((value, c) => {
      const cell = toGridCell(value, read.valueTypes[r]?.[c] ?? 'Empty', read.numberFormat[r]?.[c] ?? 'General');
      if (cell !== undefined) cells[read.columnIndex + c] = cell;
    });
    rows[read.rowIndex + r] = cells;
  });
  for (const [row, formulas] of read.formulas?.rows ?? []) {
    formulas.forEach((formula, c) => {
      const col = (read.formulas?.col ?? 0) + c;
      const cells = (rows[row] ??= []);
      const value = read.values[row - read.rowIndex]?.[col - read.columnIndex];
      if (isFormula(formula, value)) cells[col] = { ...(cells[col] ?? EMPTY_CELL), formula: formula.slice(1) };
    });
  }
  return {
    sheetName: read.sheetName,
    rows: Array.from(rows, (row) => row ?? []),
    hiddenRows: new Set(read.hiddenRows),
    hiddenColumns: new Set(read.hiddenColumns),
    merges: mergesOf(read.mergedAddress),
  };
}

/** Range.formulas gives a constant as it is: only "=…" that is not the cell's own text is a formula. */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

function toGridCell(value: unknown, valueType: string, numberFormat: string): GridCell | undefined {
  const content = contentOf(value, valueType, numberFormat);
  if (content === undefined) return undefined;
  return numberFormat === 'General' || numberFormat === '' ? { content } : { content, numberFormat };
}

function contentOf(value: unknown, valueType: string, numberFormat: string): Cell | undefined {
  switch (valueType) {
    case 'Empty':
      return undefined;
    case 'Double':
    case 'Integer':
      if (typeof value !== 'number') return undefined;
      return isDateFormat(numberFormat) ? dateOf(value) : { kind: 'number', value };
    case 'Boolean':
      return { kind: 'boolean', value: value === true };
    case 'Error':
      return { kind: 'error', value: String(value) };
    default:
      return typeof value === 'string' && value !== '' ? { kind: 'text', value } : undefined;
  }
}

/**
 * A format shows a date or time when, outside quoted text, escapes and [colour]/[locale] sections,
 * it has day, month, year, hour or second codes; number formats have no such letters.
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|general/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** Excel's serial day (1900 system) as an ISO timestamp, the form the .xlsx adapter gives dates in. */
function dateOf(serial: number): Cell {
  const time = Math.round((serial - 25569) * 86_400_000);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: date.toISOString() };
}

function mergesOf(address: string | undefined): CellRange[] {
  if (address === undefined || address.trim() === '') return [];
  // Sheet names may hold commas, so take each address after its "!" rather than splitting on commas.
  return [...address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)].map((m) => rangeFromA1((m[1] ?? '').replace(/\$/g, '')));
}
