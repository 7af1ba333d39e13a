import { CellPosition, CellRange } from './a1';

/**
 * What a cell holds, as the workbook stores it. A formula cell carries its cached result as its
 * value (null when the file has none) and the formula text beside it.
 */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A date or time, as an ISO 8601 string. */
  | { readonly kind: 'date'; readonly value: string }
  /** An Excel error value such as "#REF!" or "#DIV/0!". */
  | { readonly kind: 'error'; readonly value: string };

export interface GridCell {
  readonly content: Cell;
  /** US-style number format code as stored in the file, e.g. "#,##0.0"; "General" when none. */
  readonly numberFormat?: string;
  /** Formula text without the leading "=", when the cell holds a formula. */
  readonly formula?: string;
}

/** One worksheet as a plain two-dimensional grid: the only input the core reads. */
export interface Grid {
  readonly sheetName: string;
  /** Row-major, zero-based; rows may be shorter than the widest row. */
  readonly rows: readonly (readonly (GridCell | undefined)[])[];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  readonly merges: readonly CellRange[];
}

export const EMPTY_CELL: GridCell = { content: { kind: 'empty' } };

export function cellAt(grid: Grid, position: CellPosition): GridCell {
  return grid.rows[position.row]?.[position.col] ?? EMPTY_CELL;
}

export function columnCount(grid: Grid): number {
  return widestRow(grid.rows);
}

/** The length of the longest row; a loop, since tens of thousands of rows would overflow Math.max(...rows). */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const length = (rows[r] as readonly unknown[]).length;
    if (length > widest) widest = length;
  }
  return widest;
}

export function isBlank(cell: GridCell): boolean {
  const content = cell.content;
  if (content.kind !== 'text') return content.kind === 'empty';
  // A text that starts with a printable ASCII character (most do) is not blank: no need to trim it.
  const first = content.value.charCodeAt(0);
  return !(first > 32 && first < 127) && content.value.trim() === '';
}

/** Text of a cell for header and label matching; numbers as plain digits, blanks as "". */
export function cellText(cell: GridCell): string {
  const content = cell.content;
  switch (content.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'date':
    case 'error':
      return content.value;
    case 'number':
      return String(content.value);
    case 'boolean':
      return content.value ? 'SAND' : 'FALSK';
  }
}

export interface GridInput {
  sheetName?: string;
  rows: readonly (readonly (string | number | boolean | null | undefined | GridCell)[])[];
  hiddenRows?: Iterable<number>;
  hiddenColumns?: Iterable<number>;
  merges?: readonly CellRange[];
}

/**
 * Builds a grid from plain values, for tests and for callers that already hold values:
 * strings become text, numbers numbers, null/undefined empty. Pass a GridCell for anything else.
 */
export function gridOf(input: GridInput): Grid {
  return {
    sheetName: input.sheetName ?? 'Ark1',
    rows: input.rows.map((row) => row.map(toGridCell)),
    hiddenRows: new Set(input.hiddenRows ?? []),
    hiddenColumns: new Set(input.hiddenColumns ?? []),
    merges: input.merges ?? [],
  };
}

function toGridCell(value: string | number | boolean | null | undefined | GridCell): GridCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return value === '' ? EMPTY_CELL : { content: { kind: 'text', value } };
  if (typeof value === 'number') return { content: { kind: 'number', value } };
  if (typeof value === 'boolean') return { content: { kind: 'boolean', value } };
  return value;
}
