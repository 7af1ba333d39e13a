import { cellText, EMPTY_CELL, GridCell } from './grid';

const [MINUS, POINT, ZERO] = ['-', '.', '0'].map((c) => c.charCodeAt(0)) as [number, number, number];

const FNV_PRIME = 0x01000193;

/** The hash after a whole number's decimal digits (0 up to 2^53), as hashText of String(n) would give, without the text. */
function digitsHash(start: number, n: number): number {
  let divisor = 1;
  while (divisor * 10 <= n) divisor *= 10;
  let hash = start;
  for (; divisor >= 1; divisor /= 10) hash = Math.imul(hash ^ (ZERO + (Math.floor(n / divisor) % 10)), FNV_PRIME);
  return hash;
}

/** The hash after a text, code point by code point; the loop reads UTF-16 units and joins surrogate pairs itself. */
function hashText(start: number, text: string): number {
  let hash = start;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        unit = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    hash = Math.imul(hash ^ unit, FNV_PRIME);
  }
  return hash;
}

/**
 * hashText's loop again, for the plan's row texts only (names, numbers, categories). V8 specialises a loop's code to
 * the kinds of strings it is given, per function: one loop for these and the cells' texts ran the structure's print at
 * 10,000 initiatives in ~16 ms instead of ~7 (in a run, the same texts; two closures of one function share their code,
 * so it is written out twice). A property test holds it to addPart.
 */
function rowTextHash(start: number, text: string): number {
  let hash = start;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        unit = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    hash = Math.imul(hash ^ unit, FNV_PRIME);
  }
  return hash;
}

/**
 * FNV-1a fingerprint of cell texts, added one at a time, code point by code point, each text ended by
 * a 0. Formulas make the texts long (a column of 20,000 formulas is over half a million characters), so
 * the loop reads UTF-16 units and joins surrogate pairs itself rather than calling codePointAt.
 */
export class PrintBuilder {
  /** Kept as a signed 32-bit integer, the bits FNV's unsigned hash has: a value above 2^31 would be a boxed number in the loop. */
  private hash = FNV_OFFSET;

  /** One cell's text. */
  add(text: string): void {
    this.addPart(text);
    this.endText();
  }

  /** The end of a cell's text (a 0), as add() ends each text. */
  endText(): void {
    this.hash = Math.imul(this.hash, FNV_PRIME);
  }

  /** addPart for the plan's row texts (names, numbers, categories), with a loop of its own: see rowTextHash. */
  addRowText(text: string): void {
    this.hash = rowTextHash(this.hash, text);
  }

  /** Part of a cell's text, hashed as the joined text would be. */
  addPart(text: string): void {
    this.hash = hashText(this.hash, text);
  }

  /** One UTF-16 unit that is not half of a surrogate pair (a separator such as ":"), as addPart would add it. */
  addUnit(unit: number): void {
    this.hash = Math.imul(this.hash ^ unit, FNV_PRIME);
  }

  /** A whole number's decimal digits, as addPart(String(n)) would add them, without making the text. */
  addInteger(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.addPart(String(n));
      return;
    }
    this.hash = digitsHash(this.hash, n);
  }

  /** The cells of one column from row `first` to `last`, as the inputs' print reads them (cellHash), each ended by a 0. */
  addColumnCells(rows: GridRows, col: number, first: number, last: number): void {
    let hash = this.hash;
    for (let row = first; row <= last; row += 1) hash = cellHash(hash, rows[row]?.[col] ?? EMPTY_CELL);
    this.hash = hash;
  }

  print(): string {
    return hexOf(this.hash);
  }
}

type GridRows = readonly (readonly (GridCell | undefined)[] | undefined)[];

const FNV_OFFSET = 0x811c9dc5 | 0;

function hexOf(hash: number): string {
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The hash after one cell as the inputs' print reads it (what the core reads: a value, not a user's formula),
 * ended by a 0: a number as String gives it, any other content as its text. A whole number, or one with one
 * decimal (an amount as plans type them), is hashed from its digits without making its text: below 10^15 a
 * double that equals k/10 prints as k/10's digits. It runs for every cell of the amount columns when a plan
 * has many results written as values (130,000 cells at 10,000 initiatives).
 */
function cellHash(start: number, cell: GridCell): number {
  let hash = start;
  const content = cell.content;
  if (content.kind === 'number') {
    const value = content.value;
    const tenths = Math.abs(Math.round(value * 10));
    if (Math.abs(value) < 1e15 && Math.round(value * 10) / 10 === value) {
      if (value < 0) hash = Math.imul(hash ^ MINUS, FNV_PRIME);
      hash = digitsHash(hash, Math.floor(tenths / 10));
      if (tenths % 10 !== 0) hash = Math.imul(Math.imul(hash ^ POINT, FNV_PRIME) ^ (ZERO + (tenths % 10)), FNV_PRIME);
    } else hash = hashText(hash, String(value));
  } else if (content.kind !== 'empty') hash = hashText(hash, cellText(cell));
  return Math.imul(hash, FNV_PRIME);
}

/** A column's cells from row `first` to row `last`, both included. */
export interface ColumnStretch {
  readonly col: number;
  readonly first: number;
  readonly last: number;
}

/**
 * Each stretch's print, as a new PrintBuilder's addColumnCells of it would give, in one pass down the rows:
 * a plan's thousands of rows are read once for all its columns, not once per column (a row's cells lie together).
 */
export function stretchPrints(rows: GridRows, stretches: readonly ColumnStretch[]): string[] {
  const hashes = new Int32Array(stretches.length).fill(FNV_OFFSET);
  // The stretches by their first row; those that take in the row being read are active.
  const order = stretches.map((_, s) => s).sort((a, b) => (stretches[a] as ColumnStretch).first - (stretches[b] as ColumnStretch).first);
  const active: number[] = [];
  let next = 0;
  let row = order.length === 0 ? 0 : (stretches[order[0] as number] as ColumnStretch).first;
  while (next < order.length || active.length > 0) {
    while (next < order.length && (stretches[order[next] as number] as ColumnStretch).first <= row) active.push(order[next++] as number);
    const cells = rows[row];
    let kept = 0;
    for (let a = 0; a < active.length; a += 1) {
      const s = active[a] as number;
      const { col, last } = stretches[s] as ColumnStretch;
      if (row <= last) hashes[s] = cellHash(hashes[s] as number, cells?.[col] ?? EMPTY_CELL);
      if (row < last) active[kept++] = s;
    }
    active.length = kept;
    // No stretch takes in the rows before the next one begins: they are passed over.
    row = kept === 0 && next < order.length ? (stretches[order[next] as number] as ColumnStretch).first : row + 1;
  }
  return Array.from(hashes, hexOf);
}
