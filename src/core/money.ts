import { Decimal } from './decimal';
import { misuse } from './misuse';

/**
 * Money in the core is always a Decimal. This module is the one place where text and floating-point
 * numbers become Decimals, and where Decimals become display text.
 *
 * The display rule (written once, used everywhere): amounts are kept unrounded through every sum and
 * difference and rounded only when shown, half away from zero (as Excel's ROUND does), to the number of
 * decimals the table needs to show its own data. Totals are sums of unrounded amounts, so shown parts may
 * differ from a shown total by an afrundingsdifference; nothing is forced to add up.
 */

export type Unit = 'kr.' | '1.000 kr.' | 'mio. kr.' | 'mia. kr.';

export const UNITS: readonly Unit[] = ['kr.', '1.000 kr.', 'mio. kr.', 'mia. kr.'];

/** Each unit as a power of ten kroner: 1.000 kr. is 10³. */
const UNIT_EXPONENTS: Record<Unit, number> = { 'kr.': 0, '1.000 kr.': 3, 'mio. kr.': 6, 'mia. kr.': 9 };

const UNIT_FACTORS = Object.fromEntries(UNITS.map((unit) => [unit, new Decimal(10).pow(UNIT_EXPONENTS[unit])])) as Record<Unit, Decimal>;

/** How many places the decimal point moves from one unit to another: 1.000 kr. → mio. kr. is 3. */
export function unitShift(from: Unit, to: Unit): number {
  return UNIT_EXPONENTS[to] - UNIT_EXPONENTS[from];
}

/** Exact conversion between units: 1.500 in "1.000 kr." is 1,5 in "mio. kr.". */
export function convertUnit(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return value;
  return value.times(UNIT_FACTORS[from]).dividedBy(UNIT_FACTORS[to]);
}

export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

/** What Danish Excel shows and what Danish users type. */
export const DANISH_SEPARATORS: Separators = { decimal: ',', group: '.' };

/** Why a text could not be read as an amount; each becomes a finding code in validation. */
export type AmountProblem =
  /** "1,234.5" or "2.5": the separators of another language. */
  | 'foreign-separators'
  /** "1.23,4": thousands groups that are not three digits. */
  | 'bad-grouping'
  /** "1.234": could be one thousand two hundred and thirty-four, or 1.234 with a decimal point. */
  | 'ambiguous'
  /** "ca. 2", "Ej opgjort", "": no number in it at all, or more than a number. */
  | 'not-a-number';

export type AmountParse =
  | { readonly ok: true; readonly value: Decimal; readonly unit?: Unit }
  | { readonly ok: false; readonly problem: AmountProblem };

/**
 * How each unit is spelled, as a pattern over lower-case text, longest spellings first so "1.000 kr." is never
 * read as "kr.": the one list behind a unit in a cell ("2,5 mia."), in a header ("(mia.)") and in a title.
 */
export const UNIT_SPELLINGS: readonly (readonly [string, Unit])[] = [
  ['mia\\.?(?:\\s*kr\\.?)?', 'mia. kr.'],
  ['mio\\.?(?:\\s*kr\\.?)?', 'mio. kr.'],
  ['(?:1\\.000|1000|t\\.)\\s*kr\\.?|tkr\\.?', '1.000 kr.'],
  ['kr\\.?', 'kr.'],
];

const UNIT_SUFFIXES: readonly [RegExp, Unit][] = UNIT_SPELLINGS.map(([words, unit]) => [new RegExp(`\\s*(?:${words})$`, 'i'), unit]);
/** Words after an amount that start with a unit: the unit of the amount, never a comment on it. */
const STARTS_WITH_UNIT = new RegExp(`^(?:${UNIT_SPELLINGS.map(([words]) => words).join('|')})`, 'i');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads an amount typed as text, strictly: "2,0", "1.234,5", "-2,0", "−2,0", "(2,0)", "2,0-",
 * "2,0 " (ordinary or non-breaking spaces), "2,5 mio.". Anything it cannot read without guessing is
 * returned as a problem, never as a number.
 */
export function parseAmountText(text: string, separators: Separators = DANISH_SEPARATORS): AmountParse {
  let rest = text
    .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .trim();

  let unit: Unit | undefined;
  for (const [suffix, suffixUnit] of UNIT_SUFFIXES) {
    if (suffix.test(rest)) {
      unit = suffixUnit;
      rest = rest.replace(suffix, '').trim();
      break;
    }
  }

  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    rest = (parenthesised[1] ?? '').trim();
  } else if (/^[-+]/.test(rest)) {
    negative = rest.startsWith('-');
    rest = rest.slice(1).trim();
  } else if (/-$/.test(rest)) {
    negative = true;
    rest = rest.slice(0, -1).trim();
  }

  const body = readBody(rest, separators);
  if (!body.ok) return body;
  const value = new Decimal((negative ? '-' : '') + body.canonical);
  return unit === undefined ? { ok: true, value: normaliseZero(value) } : { ok: true, value: normaliseZero(value), unit };
}

/** Words that fill an amount cell before there is an amount: not a number, and not an error either. */
const NOT_STATED = /^(?:[-–—]|ej|ikke|endnu ikke|n\/a|na|uoplyst|ukendt|afventer|følger|kommer|tbd|\?+|\.{2,}|x)(?:\s+(?:opgjort|kendt|beregnet|fastlagt|oplyst|afklaret))?\.?$/i;

/** Whether a cell says "no amount yet" in words or a dash: "Ej opgjort", "Afventer", "-". */
export function isNotStated(text: string): boolean {
  return NOT_STATED.test(text.replace(/\u00A0/g, ' ').trim());
}

/**
 * An amount followed by words about it, as "3,8 pr 3. kvartal 2016": the amount and the words apart,
 * or undefined when the text is not of that shape or the words start with a unit (which is not a comment).
 */
export function parseAmountWithComment(text: string, separators: Separators = DANISH_SEPARATORS): { value: Decimal; comment: string } | undefined {
  const match = /^\s*([-−+(]?\s*\d[\d.,\s\u00A0]*\)?)\s+(\p{L}.*)$/u.exec(text);
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  const comment = match[2].trim();
  if (STARTS_WITH_UNIT.test(comment)) return undefined;
  const amount = parseAmountText(match[1], separators);
  return amount.ok && amount.unit === undefined ? { value: amount.value, comment } : undefined;
}

function readBody(
  body: string,
  separators: Separators,
): { ok: true; canonical: string } | { ok: false; problem: AmountProblem } {
  const d = escapeRegExp(separators.decimal);
  const g = escapeRegExp(separators.group);
  const plain = new RegExp(`^(\\d*)(?:${d}(\\d+))?$`);
  const grouped = new RegExp(`^(\\d{1,3}(?:(?:${g}|\\s)\\d{3})+)(?:${d}(\\d+))?$`);

  const plainMatch = plain.exec(body);
  if (plainMatch && body !== '' && body !== separators.decimal) {
    return { ok: true, canonical: `${plainMatch[1] || '0'}${plainMatch[2] ? `.${plainMatch[2]}` : ''}` };
  }
  const groupedMatch = grouped.exec(body);
  if (groupedMatch) {
    const integer = (groupedMatch[1] ?? '').replace(new RegExp(`${g}|\\s`, 'g'), '');
    const groupCount = (groupedMatch[1] ?? '').split(new RegExp(`${g}|\\s`)).length - 1;
    // "1.234" alone may be a thousands group or a decimal point from another language.
    if (groupCount === 1 && groupedMatch[2] === undefined && !/\s/.test(groupedMatch[1] ?? '')) {
      return { ok: false, problem: 'ambiguous' };
    }
    return { ok: true, canonical: `${integer}${groupedMatch[2] ? `.${groupedMatch[2]}` : ''}` };
  }
  return { ok: false, problem: diagnose(body, separators) };
}

function diagnose(body: string, separators: Separators): AmountProblem {
  if (!/^[\d.,\s]+$/.test(body) || !/\d/.test(body)) return 'not-a-number';
  const lastDecimal = body.lastIndexOf(separators.decimal);
  const lastGroup = body.lastIndexOf(separators.group);
  const groupCount = body.split(separators.group).length - 1;
  // "1,234.5": the group separator after the decimal one. "2.5": one group separator used as a decimal point.
  if (lastDecimal >= 0 && lastGroup > lastDecimal) return 'foreign-separators';
  if (lastDecimal < 0 && groupCount === 1) return 'foreign-separators';
  return 'bad-grouping';
}

function normaliseZero(value: Decimal): Decimal {
  return value.isZero() ? new Decimal(0) : value;
}

/** Excel keeps this many significant digits of a number. */
export const EXCEL_DIGITS = 15;

/** The smallest size of figure Excel cannot hold to the unit: no amount is this large, and sums of such would overflow. */
export const TOO_LARGE_FOR_EXCEL = 10 ** EXCEL_DIGITS;

/**
 * The exact decimal a spreadsheet means by a floating-point number: Excel keeps 15 significant
 * digits, so 0.1 + 0.2 stored as 0.30000000000000004 is the amount 0.3. Non-finite numbers are not
 * amounts and give null.
 */
export function decimalFromNumber(value: number): Decimal | null {
  if (!Number.isFinite(value)) return null;
  return normaliseZero(new Decimal(new Decimal(value.toPrecision(EXCEL_DIGITS)).toString()));
}

/**
 * The text of the double a spreadsheet stores for a value: String(value.toNumber()), which is slow
 * (a text, a parse and a text again) and runs for every written number. A value of at most 15
 * significant digits is the same text straight from decimal.js: such a decimal survives the round
 * trip through a double, a double prints as its shortest round-trip digits, and both switch to
 * exponent notation at the same sizes (below 1e-6 and from 1e21).
 */
export function storedNumberText(value: Decimal): string {
  const text = value.toString();
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  // Counting every digit (leading zeros and exponent too) errs on the safe side.
  return digits <= EXCEL_DIGITS ? text : String(value.toNumber());
}

/**
 * Decimals needed to show a value exactly (2,50 → 1; 0,75 → 2): decimalPlaces() worked out from decimal.js's
 * documented digits (`d`, base 10^7 words aligned to the decimal point) and exponent (`e`), its trailing zeros
 * counted by a few remainders instead of a division per zero. It runs for every figure of every column shown.
 */
export function decimalsOf(value: Decimal): number {
  const words = value.d;
  if (words === null || words === undefined) return value.decimalPlaces();
  const last = words.length - 1;
  const lastWord = words[last] as number;
  const decimals = (last - Math.floor(value.e / 7)) * 7 - (lastWord === 0 ? 0 : trailingZeros(lastWord));
  return decimals < 0 ? 0 : decimals;
}

/** Trailing zeros of a word of decimal.js's digits (1 to 9,999,999): at most six. */
function trailingZeros(word: number): number {
  if (word % 1000 === 0) return word % 1_000_000 === 0 ? 6 : word % 100_000 === 0 ? 5 : word % 10_000 === 0 ? 4 : 3;
  return word % 100 === 0 ? 2 : word % 10 === 0 ? 1 : 0;
}

/** More decimals than this are never shown: a figure of a plan in mio. kr. is not read to the øre. */
const MOST_DECIMALS_SHOWN = 6;

/**
 * Decimals for a column of figures: enough for the most precise figure, at least `atLeast`, at most
 * six. A loop, as spreading many thousand values into Math.max would overflow the stack.
 */
export function decimalsToShow(values: readonly (Decimal | null)[], atLeast: number): number {
  // An index loop over an array: a for-of over any iterable here made V8 throw its optimised code away
  // at every call when called once per row (hundreds of times in one run of the command line).
  let most = atLeast;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value !== null && value !== undefined) most = Math.max(most, decimalsOf(value));
  }
  return Math.min(MOST_DECIMALS_SHOWN, most);
}

/** Rounds for display under the one rule above: half away from zero. */
export function roundForDisplay(value: Decimal, decimals: number): Decimal {
  return normaliseZero(value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

/** Danish display text: 1234.5 with one decimal → "1.234,5"; −2 → "-2,0". */
export function formatDanish(value: Decimal, decimals: number, separators: Separators = DANISH_SEPARATORS): string {
  const rounded = roundForDisplay(value, decimals);
  const [integer = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return `${rounded.isNegative() ? '-' : ''}${grouped}${fraction === undefined ? '' : separators.decimal + fraction}`;
}

/** US-style number format code that shows `decimals` decimals with thousands grouping: 1 → "#,##0.0". */
export function numberFormatFor(decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw misuse('decimals', decimals);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** Decimals a US-style number format shows: "#,##0.0" → 1, "0" → 0; undefined for General and text. */
export function decimalsShownBy(format: string | undefined): number | undefined {
  if (format === undefined || format === '' || /general|@/i.test(format)) return undefined;
  const positive = format.split(';')[0] ?? '';
  const digits = positive.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(digits)) return undefined;
  const fraction = /\.([0#?]+)/.exec(digits);
  return fraction?.[1]?.length ?? 0;
}

/**
 * A figure shown on its own (a finding's message, a line the command line prints): the decimals its value
 * needs, at least `atLeast` (the scheme's minimum), at most six, so 7.050 shows as "7,05" and 7 as "7,0".
 * A column of a table instead shows one number of decimals for all its figures (decimalsToShow).
 */
export function formatLoneFigure(value: Decimal, atLeast: number): string {
  const rounded = roundForDisplay(value, MOST_DECIMALS_SHOWN);
  return formatDanish(rounded, Math.max(atLeast, decimalsOf(rounded)));
}

/** A lone figure, or "–" when there is none yet. */
export function formatFigure(value: Decimal | null | undefined, atLeast: number): string {
  return value === null || value === undefined ? '–' : formatLoneFigure(value, atLeast);
}
