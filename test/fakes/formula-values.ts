/**
 * Excel's values as formulas see them, and how it turns one kind into another: an empty cell is 0 to
 * arithmetic and "" to text, arithmetic on text is #VALUE!, numbers sort before text before logical
 * values, rounding is half away from zero, and dates are serial days of the 1900 system.
 */
export type FormulaValue = number | string | boolean;

export const EMPTY = Symbol('empty');

/** A single value during evaluation: an error is carried as a value until something needs the value. */
export type Scalar = FormulaValue | FormulaError | typeof EMPTY;

export class FormulaError {
  constructor(readonly code: string) {}
}

export function number(value: Scalar): number {
  if (value instanceof FormulaError) throw value;
  if (value === EMPTY) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const trimmed = value.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  throw new FormulaError('#VALUE!');
}

export function logical(value: Scalar): boolean {
  if (typeof value === 'string') {
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    throw new FormulaError('#VALUE!');
  }
  return number(value) !== 0;
}

/** Excel's order: numbers before text before logical values; an empty cell is 0 beside a number and "" beside text; text ignores case. */
export function compare(a: Scalar, b: Scalar): number {
  if (a instanceof FormulaError) throw a;
  if (b instanceof FormulaError) throw b;
  const left = a === EMPTY ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const right = b === EMPTY ? (typeof left === 'string' ? '' : typeof left === 'boolean' ? false : 0) : b;
  const rank = (v: FormulaValue): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (typeof left === 'string') return left.toLowerCase().localeCompare(String(right).toLowerCase());
  return Number(left) - Number(right);
}

export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Excel rounds the decimal it shows, not the binary double: nudge by the double's own precision.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
}

/** Year, month or day of a date serial in the 1900 system (serial 61 is 1 March 1900; Excel counts a 29 February 1900). */
export function datePart(serial: number, part: 'YEAR' | 'MONTH' | 'DAY'): number {
  if (serial < 0) throw new FormulaError('#NUM!');
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial < 61 ? serial + 1 : serial) * 86_400_000);
  return part === 'YEAR' ? date.getUTCFullYear() : part === 'MONTH' ? date.getUTCMonth() + 1 : date.getUTCDate();
}
