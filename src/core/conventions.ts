import { CellPosition } from './a1';
import { Unit, UNIT_SPELLINGS } from './money';
import { SignConvention } from './scheme';
import { lowerDanish } from './text';

/**
 * How a sheet states its unit and its sign convention in words: "(1.000 kr.)" in a header,
 * "Beløb i 1.000 kr." in a title row, "(-) = mindreudgift/merindtægt" in a footnote. The reader
 * converts amounts to the plan's unit and sign only on such a statement, never on a guess.
 */

/** A unit or sign the sheet states, and the cell that states it. */
export interface Statement<T> {
  readonly value: T;
  readonly position: CellPosition;
  readonly text: string;
}

/** Compiles one pattern per unit from its spellings, in the order of UNIT_SPELLINGS. */
function unitPatterns(pattern: (words: string) => string): readonly [RegExp, Unit][] {
  return UNIT_SPELLINGS.map(([words, unit]) => [new RegExp(pattern(words)), unit]);
}

function firstUnit(text: string, patterns: readonly [RegExp, Unit][]): Unit | undefined {
  for (const [pattern, unit] of patterns) if (pattern.test(text)) return unit;
  return undefined;
}

const UNIT_IN_TEXT = unitPatterns((words) => `(?:^|[\\s(,/])(?:${words})(?=$|[\\s),;/]|\\d)`);
const LEAD = '(?:(?:alle )?(?:beløb(?:ene)?|tal(?:lene)?) (?:er )?(?:angivet |opgjort )?i |i )?(?:hele )?';
const UNIT_STATEMENTS: readonly (readonly [RegExp, Unit][])[] = [
  // A sentence that starts with the unit ends there, or goes on only to the price level: "Mio. kr., 2022-priser".
  unitPatterns((words) => `^\\(?${LEAD}(?:${words})\\)?(?:$|[,;]|\\s*\\(|\\s+(?:i\\s+)?(?:\\d{4}[-\\s]?(?:priser|pl|p\\/l)|løbende|faste|pl\\b|p\\/l))`),
  unitPatterns((words) => `\\(${LEAD}(?:${words})(?=$|[\\s),;])[^)]*\\)`),
  unitPatterns((words) => `, ?(?:${words})$`),
];
const UNIT_ONLY = unitPatterns((words) => `^(?:i )?(?:hele )?(?:${words})$`);
// What a text must hold to state a unit, a price level or a sign: most cells are names and notes with none of it.
const MAY_NAME_UNIT = /kr|mi[oa]/i;
const MAY_NAME_PRICE = /pris|p\/?l/i;
const MAY_NAME_SIGN = /\(\s*[-+\u2212\u2012-\u2014]\s*\)|minus|plus|negativ|positiv/i;
/** Any of the three, in one pass over the text. */
const MAY_STATE = new RegExp([MAY_NAME_UNIT, MAY_NAME_PRICE, MAY_NAME_SIGN].map((pattern) => pattern.source).join('|'), 'i');

/**
 * Whether a text may state a unit, a price level or a sign: when not, unitStatedBy, priceYearStatedBy and
 * signStatedBy all say nothing, and a sheet's notes are read with one test a cell instead of three.
 */
export function mayStateConvention(text: string): boolean {
  return MAY_STATE.test(text);
}

function lowered(text: string): string {
  return lowerDanish(text).replace(/\s+/g, ' ').trim();
}

/**
 * The unit a column header names: "Effekt 2023 (1.000 kr.)", "2023, mio. kr.", "tkr. 2024". The unit must
 * stand as its own word, so "Effekt kr." is kr. and not a thousand.
 */
export function unitInText(text: string): Unit | undefined {
  return MAY_NAME_UNIT.test(text) ? firstUnit(lowerDanish(text), UNIT_IN_TEXT) : undefined;
}

/**
 * A cell that states the unit of a whole table: the unit alone ("Mio. kr.", "(1.000 kr.)"), a sentence
 * that starts with it ("Beløb i 1.000 kr.", "Alle tal er i mio. kr., 2022-priser"), or a title that ends with
 * it in brackets or after a comma ("Budgetforslag 2024 (1.000 kr.)", "Budgetforslag 2024, 1.000 kr.").
 * A name that merely mentions an amount ("Spar 2 mio. kr. på kørsel") states nothing.
 */
export function unitStatedBy(text: string): Unit | undefined {
  if (!MAY_NAME_UNIT.test(text) || text.length > 200) return undefined;
  const line = lowered(text);
  for (const patterns of UNIT_STATEMENTS) {
    const unit = firstUnit(line, patterns);
    if (unit !== undefined) return unit;
  }
  return undefined;
}

/** Whether a header holds nothing but a unit ("Mio. kr."): such a column is the row labels, as in many plan tables. */
export function isUnitOnly(text: string): boolean {
  return MAY_NAME_UNIT.test(text) && firstUnit(lowered(text).replace(/^\((.*)\)$/, '$1').trim(), UNIT_ONLY) !== undefined;
}

/** "2023-priser", "2023 priser", "2023-pl", "2023 P/L", "i 2023-prisniveau", "P/L 2023": the year whose prices a text states. */
const PRICE_YEAR_FIRST = /(?:^|[^\d])((?:19|20)\d{2})[-\s]?(?:priser|prisniveau|pl|p\/l)(?![a-zæøå])/;
const PRICE_YEAR_LAST = /(?:^|[^a-zæøå])(?:pl|p\/l|prisniveau)[-\s]?((?:19|20)\d{2})(?!\d)/;

/** The year whose price level a text states, or undefined when it states none ("løbende priser" states none). */
export function priceYearStatedBy(text: string): number | undefined {
  if (!MAY_NAME_PRICE.test(text) || text.length > 200) return undefined;
  const line = lowered(text);
  const year = PRICE_YEAR_FIRST.exec(line)?.[1] ?? PRICE_YEAR_LAST.exec(line)?.[1];
  return year === undefined ? undefined : Number(year);
}

const SAVING = '(?:en |et )?(?:mindreudgift|mindreforbrug|besparelse|merindtægt|udgiftsreduktion|overskud)';
const COST = '(?:en |et )?(?:merudgift|merforbrug|mindreindtægt|underskud|udgift)';
const SAYS = '\\s*(?:=|angiver|er|betyder|:)?\\s*';

/** Statements that savings are negative numbers, as budget documents write them. */
const SAVINGS_NEGATIVE: readonly RegExp[] = [
  new RegExp(`\\(\\s*-\\s*\\)${SAYS}${SAVING}`),
  new RegExp(`\\(\\s*\\+\\s*\\)${SAYS}${COST}`),
  new RegExp(`\\bminus${SAYS}${SAVING}`),
  new RegExp(`\\bplus${SAYS}${COST}`),
  /\bnegative? (?:beløb|tal) (?:er|angiver|betyder|=) (?:en )?(?:besparelse|mindreudgift|udgiftsreduktion)/,
  /\bbesparelser (?:er|angives|vises|står) (?:angivet |vist )?(?:som |med )?(?:negative|minus)/,
];

/** Statements that savings are positive numbers, as plan tables write them. */
const SAVINGS_POSITIVE: readonly RegExp[] = [
  new RegExp(`\\(\\s*\\+\\s*\\)${SAYS}${SAVING}`),
  new RegExp(`\\(\\s*-\\s*\\)${SAYS}${COST}`),
  new RegExp(`\\bplus${SAYS}${SAVING}`),
  new RegExp(`\\bminus${SAYS}${COST}`),
  /\bpositive? (?:beløb|tal) (?:er|angiver|betyder|=) (?:en )?(?:besparelse|mindreudgift|udgiftsreduktion)/,
  /\bbesparelser (?:er|angives|vises|står) (?:angivet |vist )?(?:som |med )?(?:positive|plus)/,
];

/** The sign convention a note states, or undefined when it states none (or both). */
export function signStatedBy(text: string): SignConvention | undefined {
  // Most cells are names and notes with no word of signs: only those that could state one are read closely.
  if (!MAY_NAME_SIGN.test(text)) return undefined;
  const line = lowered(text.replace(/[\u2212\u2012\u2013\u2014]/g, '-'));
  const negative = SAVINGS_NEGATIVE.some((pattern) => pattern.test(line));
  const positive = SAVINGS_POSITIVE.some((pattern) => pattern.test(line));
  if (negative === positive) return undefined;
  return negative ? 'savings-negative' : 'savings-positive';
}
