/**
 * Years as plans write them, in one place: which numbers are years (1900–2099), a year named in a header,
 * and a span of years written "2023-2026" or listed "2023, 2025".
 */

import type { GridCell } from './grid';

/** A year as a text names it: four digits from 1900 to 2099. */
export const YEAR_DIGITS = '(?:19|20)\\d{2}';

const YEAR_IN_TEXT = new RegExp(`(?:^|[^\\d])(${YEAR_DIGITS})(?!\\d)`);

/** Whether a number is a year a plan can speak of. */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2099;
}

/** The first year a text names, as a number of its own: "Realiseret 2023" → 2023. */
export function yearOf(text: string): number | undefined {
  const match = YEAR_IN_TEXT.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The year a cell holds on its own: a number that is a year, or a text of exactly four digits that are one. */
export function yearInCell(cell: GridCell | undefined): number | undefined {
  const content = cell?.content;
  if (content?.kind === 'number') return isYear(content.value) ? content.value : undefined;
  if (content?.kind !== 'text') return undefined;
  const year = yearOf(content.value);
  return year !== undefined && content.value.trim() === String(year) ? year : undefined;
}

/** "2023-2026" → [2023, 2026]; "2023" → [2023, 2023]. */
export function parseYearSpan(text: string): [number, number] | undefined {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return isYear(first) && isYear(last) && last >= first && last - first < 50 ? [first, last] : undefined;
}

/** Years as "2023-2026", "2023", "2023, 2025" or a JSON list of numbers. */
export function parseYears(value: unknown): number[] | undefined {
  if (Array.isArray(value)) {
    return value.every((y) => typeof y === 'number' && isYear(y)) && value.length > 0 ? (value as number[]) : undefined;
  }
  if (typeof value === 'number') return parseYears([value]);
  if (typeof value !== 'string') return undefined;
  const years: number[] = [];
  for (const part of value.split(/[,;]/)) {
    const span = parseYearSpan(part);
    if (span === undefined) return undefined;
    for (let year = span[0]; year <= span[1]; year += 1) years.push(year);
  }
  return years.length > 0 ? years : undefined;
}

/** Consecutive years as "2023-2026", others listed: "2023, 2025". */
export function formatYears(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first !== undefined && last !== undefined && years.every((y, i) => y === first + i)) {
    return first === last ? String(first) : `${first}-${last}`;
  }
  return years.join(', ');
}

/** Every year from the first to the last. */
export function yearsFrom(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
