import { Decimal } from '../core/decimal';
import type { InitiativeChange, Since } from '../core/rounds/since';
import { figureColumn } from './figure-column';

/** An ISO date (2026-11-30) as Danes write it: 30.11.2026. */
export function danishDate(iso: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return parts === null ? iso : `${parts[3]}.${parts[2]}.${parts[1]}`;
}

/** Today as an ISO date in the user's own time zone (a round closed late in the evening is closed that day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The years with a bridge, by their index in the plan's years. */
export function bridgedYears(since: Since): number[] {
  return since.bridge.flatMap((year, k) => (year === null ? [] : [k]));
}

/**
 * The year the view opens on: this calendar year where it has a bridge (the year the committee follows up
 * on), else the last year with one; undefined where none has.
 */
export function openingYear(since: Since, today: Date = new Date()): number | undefined {
  const years = bridgedYears(since);
  const thisYear = years.find((k) => since.bridge[k]?.label === String(today.getFullYear()));
  return thisYear ?? years[years.length - 1];
}

const same = (a: Decimal | null, b: Decimal | null): boolean => (a === null || b === null ? a === b : a.equals(b));

/** Whether an initiative moved in a year: it came or went, or its effect or gap is not what it was. */
export function movedIn(initiative: InitiativeChange, year: number): boolean {
  if (initiative.kind === 'new' || initiative.kind === 'dropped') return true;
  const figures = initiative.years[year];
  return figures !== undefined && !(same(figures.effectThen, figures.effectNow) && same(figures.gapThen, figures.gapNow));
}

/** Now less then, null where neither has a figure; a missing side counts as nothing. */
export function changeOf(then: Decimal | null, now: Decimal | null): Decimal | null {
  return then === null && now === null ? null : (now ?? new Decimal(0)).minus(then ?? new Decimal(0));
}

/** One initiative's row for a year: its figures as shown, in the order of the view's columns. */
export interface InitiativeRow {
  readonly key: string;
  readonly name: string;
  readonly kind: InitiativeChange['kind'];
  readonly figures: readonly string[];
}

/**
 * The initiatives' rows for a year: effect then and now, the change, gap then and now, each column with
 * one number of decimals (as many as its most precise figure needs, at least the scheme's minimum) over
 * all initiatives, so showing all or only the moved ones shows the same figures alike.
 */
export function initiativeRows(since: Since, year: number, minDecimals: number): { all: InitiativeRow[]; moved: InitiativeRow[] } {
  const columns = [
    since.initiatives.map((i) => i.years[year]?.effectThen ?? null),
    since.initiatives.map((i) => i.years[year]?.effectNow ?? null),
    since.initiatives.map((i) => changeOf(i.years[year]?.effectThen ?? null, i.years[year]?.effectNow ?? null)),
    since.initiatives.map((i) => i.years[year]?.gapThen ?? null),
    since.initiatives.map((i) => i.years[year]?.gapNow ?? null),
  ];
  const shows = columns.map((values) => figureColumn(values, minDecimals));
  const all = since.initiatives.map((initiative, r) => ({
    key: initiative.key,
    name: initiative.name,
    kind: initiative.kind,
    figures: columns.map((values, c) => shows[c]?.(values[r] ?? null) ?? '–'),
  }));
  return { all, moved: all.filter((_, r) => movedIn(since.initiatives[r] as InitiativeChange, year)) };
}
