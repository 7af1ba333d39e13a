import { CellPosition, CellRange, qualifiedAddress, toA1 } from '../a1';

/**
 * A cell reference as a formula on `fromSheet` writes it: unqualified on the same sheet, else with
 * the sheet's name quoted ('Handleplan 2023-2026'!E12, an apostrophe doubled).
 */
export function cellRef(sheet: string, position: CellPosition, fromSheet: string): string {
  return sheet === fromSheet ? toA1(position) : sheetPrefix(sheet) + toA1(position);
}

let lastSheet: string | undefined;
let lastPrefix = '';

/** 'Handleplan 2023-2026'! — quoted once for a run of references to one sheet (Bilag 1 makes one per amount). */
function sheetPrefix(sheet: string): string {
  if (sheet !== lastSheet) {
    lastSheet = sheet;
    lastPrefix = qualifiedAddress(sheet, '');
  }
  return lastPrefix;
}

/** A rectangle as a formula on `fromSheet` writes it: E5:E9, or E5 for one cell. */
export function rangeRef(sheet: string, range: CellRange, fromSheet: string): string {
  const from = toA1(range.from);
  const to = toA1(range.to);
  const address = from === to ? from : `${from}:${to}`;
  return sheet === fromSheet ? address : qualifiedAddress(sheet, address);
}

/** Excel refuses a text constant over 255 characters in a formula: longer texts are joined from pieces. */
const LONGEST_LITERAL = 255;

/** A text as a formula constant: in double quotes, a double quote doubled; long texts joined with &. */
export function textLiteral(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || pieces.length === 0; i += LONGEST_LITERAL) pieces.push(text.slice(i, i + LONGEST_LITERAL));
  return pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join('&');
}

/** The longest formula Excel takes, in characters (without the leading "="). */
export const LONGEST_FORMULA = 8192;
