import { widestRow } from './grid';
import { BLANK, FormulaValue, isFormulaCell, RangePatch, storedText } from './layout';
import { columnPrint } from './state';

/**
 * Fingerprints of the program's own columns, kept in the state so the next Beregn can tell whether someone
 * typed over them. A print is "2:" and eight hex digits: a polynomial hash, modulo 2³², of the column's texts
 * as the spreadsheet stores them, each ended by a 0. Unlike the FNV print before it (eight hex digits, still
 * read), the hash of a text can be put together from the hashes of its parts, so a formula column's print is
 * made from its template's pieces and each row's number without writing out a single formula: a plan of
 * 10,000 initiatives has over 150,000 of them.
 */
const VERSION = '2:';
/** An odd multiplier, so every power of it is odd and no unit's place in a text is lost modulo 2³². */
const BASE = 1_000_003;

/** A text's hash and BASE to the power of its length: enough to append it to any hash. */
interface Part {
  readonly hash: number;
  readonly power: number;
}

function partOf(text: string): Part {
  let hash = 0;
  let power = 1;
  for (let i = 0; i < text.length; i += 1) {
    hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    power = Math.imul(power, BASE);
  }
  return { hash, power };
}

const EQUALS = '='.charCodeAt(0);

/** Builds a column's print cell by cell, top to bottom. */
class ColumnHash {
  private hash = 0;
  /** The parts of each template's pieces, by the pieces' list (a column's cells share one, most often the last one's). */
  private readonly pieceParts = new Map<readonly string[], Part[]>();
  private lastPieces: readonly string[] | undefined;
  private lastParts: Part[] = [];

  text(text: string): void {
    let hash = this.hash;
    for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    this.hash = Math.imul(hash, BASE);
  }

  /** "=" and the formula, as text() of that text would add it, from the pieces' parts and the row's (partOf of the cell's row). */
  formula(value: FormulaValue, row: Part): void {
    if (value.pieces !== this.lastPieces) {
      let parts = this.pieceParts.get(value.pieces);
      if (parts === undefined) {
        parts = value.pieces.map(partOf);
        this.pieceParts.set(value.pieces, parts);
      }
      this.lastPieces = value.pieces;
      this.lastParts = parts;
    }
    const parts = this.lastParts;
    let hash = (Math.imul(this.hash, BASE) + EQUALS) | 0;
    for (let i = 0; i < parts.length; i += 1) {
      if (i > 0) hash = (Math.imul(hash, row.power) + row.hash) | 0;
      const part = parts[i] as Part;
      hash = (Math.imul(hash, part.power) + part.hash) | 0;
    }
    this.hash = Math.imul(hash, BASE);
  }

  print(): string {
    return VERSION + (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

/** The print of each column of a patch, as columnPrintOf would give for its texts (patchColumnTexts). */
export function patchColumnPrints(patch: RangePatch): string[] {
  const width = widestRow(patch.rows);
  const hashes = Array.from({ length: width }, () => new ColumnHash());
  // Row by row: the formulas of a row share its number, whose part is worked out once for all of them.
  let rowText = '';
  let rowPart = partOf(rowText);
  for (let r = 0; r < patch.rows.length; r += 1) {
    const row = patch.rows[r] as (typeof patch.rows)[number];
    for (let c = 0; c < width; c += 1) {
      const cell = row[c] ?? BLANK;
      const hash = hashes[c] as ColumnHash;
      // Most cells of the columns are formulas or blanks (activity and note rows): a blank is its separator alone.
      if (cell.value.kind === 'blank') hash.text('');
      else if (!isFormulaCell(cell)) hash.text(storedText(cell));
      else {
        if (cell.row !== rowText) {
          rowText = cell.row;
          rowPart = partOf(rowText);
        }
        hash.formula(cell.value, rowPart);
      }
    }
  }
  return hashes.map((hash) => hash.print());
}

/** The print of a column's texts as the spreadsheet stores them, top to bottom. */
export function columnPrintOf(texts: readonly string[]): string {
  const hash = new ColumnHash();
  for (const text of texts) hash.text(text);
  return hash.print();
}

/** Whether a column's texts are what a print says was written; a print from before "2:" is checked as it was made. */
export function columnMatches(texts: readonly string[], print: string | undefined): boolean {
  if (print === undefined) return false;
  return print.startsWith(VERSION) ? columnPrintOf(texts) === print : columnPrint(texts) === print;
}
