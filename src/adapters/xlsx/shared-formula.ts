import { columnIndex, columnLetters } from '../../core/a1';

/** A1 references outside strings, quoted sheet names and table brackets; not a function name such as LOG10( or a defined name. */
const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![0-9A-Za-z_(.])/g;

/**
 * The formula of a cell that shares another cell's formula (t="shared"): the first cell's formula with
 * its relative references moved by the distance between the two cells, as Excel shows it.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let result = '';
  let segment = '';
  let quote: string | undefined;
  const flush = (): void => {
    result += segment.replace(REFERENCE, (whole, before: string, colFixed: string, letters: string, rowFixed: string, digits: string) => {
      const col = colFixed === '' ? columnIndex(letters) + cols : columnIndex(letters);
      const row = rowFixed === '' ? Number(digits) + rows : Number(digits);
      if (col < 0 || row < 1) return whole;
      return `${before}${colFixed}${colFixed === '' ? columnLetters(col) : letters}${rowFixed}${row}`;
    });
    segment = '';
  };
  for (const ch of formula) {
    if (quote !== undefined) {
      result += ch;
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'" || ch === '[') {
      flush();
      result += ch;
      quote = ch === '[' ? ']' : ch;
    } else segment += ch;
  }
  flush();
  return result;
}
