import { misuse } from './misuse';

/** Zero-based cell position on a sheet. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Rectangle of cells, both corners inclusive. */
export interface CellRange {
  readonly from: CellPosition;
  readonly to: CellPosition;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw misuse('column-index', col);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw misuse('column-letters', letters);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** {row: 11, col: 4} → "E12". */
export function toA1(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row + 1}`;
}

/** "E12" or "$E$12" → {row: 11, col: 4}. */
export function fromA1(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match || match[1] === undefined || match[2] === undefined || Number(match[2]) < 1) {
    throw misuse('cell-address', address);
  }
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** "A1:D4" → range; a single address gives a one-cell range. */
export function rangeFromA1(address: string): CellRange {
  const [first, second] = address.split(':');
  const from = fromA1(first ?? '');
  const to = second === undefined ? from : fromA1(second);
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  };
}

export function rangeToA1(range: CellRange): string {
  const from = toA1(range.from);
  const to = toA1(range.to);
  return from === to ? from : `${from}:${to}`;
}

/** A sheet name quoted the way Excel does it: 'Handleplan 2023-2026', with ' doubled. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** 'Handleplan 2023-2026'!E12 */
export function qualifiedAddress(sheetName: string, address: string): string {
  return `${quoteSheetName(sheetName)}!${address}`;
}

/** The smallest range covering both `a` and `b`. */
export function rangeUnion(a: CellRange, b: CellRange): CellRange {
  return {
    from: { row: Math.min(a.from.row, b.from.row), col: Math.min(a.from.col, b.from.col) },
    to: { row: Math.max(a.to.row, b.to.row), col: Math.max(a.to.col, b.to.col) },
  };
}

export function rangeContains(range: CellRange, position: CellPosition): boolean {
  return (
    position.row >= range.from.row &&
    position.row <= range.to.row &&
    position.col >= range.from.col &&
    position.col <= range.to.col
  );
}
