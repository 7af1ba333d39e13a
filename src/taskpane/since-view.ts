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
 * The year the view opens on: the latest year up to this calendar year with a bridge (the year being followed
 * up), the plan's own group before another of the same year (2024 before B2024); else the first year with one.
 */
export function openingYear(since: Since, today: Date = new Date()): number | undefined {
  const years = bridgedYears(since);
  const yearOf = (k: number): number => Number(/(\d{4})$/.exec(since.bridge[k]?.label ?? '')?.[1] ?? Number.NaN);
  let opening: number | undefined;
  for (const k of years) {
    const year = yearOf(k);
    if (year <= today.getFullYear() && (opening === undefined || year > yearOf(opening))) opening = k;
  }
  return opening ?? years[0];
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

/** One initiative's figures for a year as shown: effect and gap, each before, now and the change. */
export interface InitiativeFigures {
  readonly key: string;
  readonly name: string;
  readonly kind: InitiativeChange['kind'];
  /** Before, now, change. */
  readonly effect: readonly [string, string, string];
  readonly gap: readonly [string, string, string];
}

/**
 * The initiatives' figures for a year, all shown with one number of decimals (as many as the most precise
 * needs, at least the scheme's minimum), so the moved ones alone and all of them read alike.
 */
export function initiativeFigures(since: Since, year: number, minDecimals: number): { all: InitiativeFigures[]; moved: InitiativeFigures[] } {
  const triples = since.initiatives.map((initiative) => {
    const y = initiative.years[year];
    const pair = (then: Decimal | null, now: Decimal | null): [Decimal | null, Decimal | null, Decimal | null] => [then, now, changeOf(then, now)];
    return { effect: pair(y?.effectThen ?? null, y?.effectNow ?? null), gap: pair(y?.gapThen ?? null, y?.gapNow ?? null) };
  });
  const show = figureColumn(triples.flatMap((t) => [...t.effect, ...t.gap]),
    minDecimals,
  );
  const shown = (values: readonly (Decimal | null)[]): [string, string, string] => [show(values[0] ?? null), show(values[1] ?? null), show(values[2] ?? null)];
  const all = since.initiatives.map((initiative, r) => ({
    key: initiative.key,
    name: initiative.name,
    kind: initiative.kind,
    effect: shown(triples[r]?.effect ?? []),
    gap: shown(triples[r]?.gap ?? []),
  }));
  return { all, moved: all.filter((_, r) => movedIn(since.initiatives[r] as InitiativeChange, year)) };
}
