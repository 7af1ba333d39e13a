import { priceYearStatedBy } from '../conventions';
import { Decimal } from '../decimal';
import { DecimalSum } from '../decimal-sum';
import { convertUnit } from '../money';
import { inPricesOf, priceStep, PriceStep } from '../price-index';
import { PriceIndex } from '../scheme';
import { Round, RoundInitiative, RoundYearFigures, ZERO } from './round';

/** Whether an initiative counted at the last round, now, or both. */
export type ChangeKind = 'both' | 'new' | 'dropped' | 'not-counted';

/** One initiative then and now, per year of the plan as it stands now. */
export interface InitiativeChange {
  readonly key: string;
  readonly name: string;
  readonly kind: ChangeKind;
  readonly years: readonly {
    readonly label: string;
    readonly effectThen: Decimal | null;
    readonly effectNow: Decimal | null;
    readonly gapThen: Decimal | null;
    readonly gapNow: Decimal | null;
  }[];
}

/**
 * How the plan's gap for one year went from the last round's to today's. The parts add up exactly:
 * gapThen + priceLevel + targets + changedEffects + newInitiatives + droppedInitiatives = gapNow.
 * Each part is in gap terms: positive widens the gap (more savings missing), negative narrows it.
 */
export interface BridgeYear {
  readonly label: string;
  readonly gapThen: Decimal;
  /** The last round's gap restated in today's price level, less as it was. */
  readonly priceLevel: Decimal;
  /** Changed targets: the scheme's, or the targets of initiatives counted both times. */
  readonly targets: Decimal;
  /** Changed effects of initiatives counted both times. */
  readonly changedEffects: Decimal;
  /** Initiatives counted now but not then: their effect, less their target where the plan's target is the initiatives' sum. */
  readonly newInitiatives: Decimal;
  /** Initiatives counted then but not now (udgået or gone). */
  readonly droppedInitiatives: Decimal;
  readonly gapNow: Decimal;
}

/** How the last round's figures were put in today's price level. */
export type Restatement =
  | { readonly kind: 'same' }
  | ({ readonly kind: 'converted' } & PriceStep)
  /** The levels differ but the index lacks a year, or a level names none: nothing converted. */
  | { readonly kind: 'not-converted'; readonly from: string; readonly to: string };

export interface Since {
  readonly round: string;
  readonly closed: string;
  /** The plan's years as it stands now, as users name them ("2023", "B2023"): initiatives' years and the bridge go by them. */
  readonly years: readonly string[];
  readonly priceStep: Restatement;
  readonly initiatives: readonly InitiativeChange[];
  /** By year of the plan as it stands now; null where either round has no effect yet for the year (no gap to bridge). */
  readonly bridge: readonly (BridgeYear | null)[];
}

/**
 * What moved between a closed round and the plan as it stands now. The last round's figures are first put in
 * today's unit, sign and (by the scheme's index) price level; initiatives are matched by name. The plan's
 * totals are summed again from the initiatives on both sides, every figure held to BRIDGE_DECIMALS, so the
 * bridge adds up exactly.
 */
export function changesSince(then: Round, now: Round, index: PriceIndex | undefined): Since {
  const priceStep = priceStepBetween(then.priceLevel, now.priceLevel, index);
  const restate = remembered(restater(then, now, priceStep));
  const thenByKey = new Map(then.initiatives.map((initiative) => [initiative.key, initiative]));
  const nowKeys = new Set(now.initiatives.map((initiative) => initiative.key));
  const labels = now.years.map((year) => year.label);
  const thenColumn = labels.map((label) => then.years.findIndex((year) => year.label === label));

  const pairs: { then?: RoundInitiative; now?: RoundInitiative }[] = [
    ...now.initiatives.map((initiative) => {
      const before = thenByKey.get(initiative.key);
      return before === undefined ? { now: initiative } : { then: before, now: initiative };
    }),
    ...then.initiatives.filter((initiative) => !nowKeys.has(initiative.key)).map((initiative) => ({ then: initiative })),
  ];
  const initiatives = pairs.map(({ then: before, now: after }): InitiativeChange => {
    const kind = kindOf(before, after);
    const shown = (after ?? before) as RoundInitiative;
    return {
      key: shown.key,
      name: shown.name,
      kind,
      years: labels.map((label, k) => {
        const old = before === undefined ? undefined : restate(before.years[thenColumn[k] ?? -1]);
        const current = after?.years[k];
        return { label, effectThen: old?.effect ?? null, effectNow: current?.effect ?? null, gapThen: old?.gap ?? null, gapNow: current?.gap ?? null };
      }),
    };
  });

  // Without a price step, today's terms are the restated figures already.
  const inTodaysTerms = priceStep.kind === 'converted' ? remembered(restater(then, now, { kind: 'same' })) : restate;
  const sign = now.sign === 'savings-positive' ? 1 : -1;
  const bridge = labels.map((label, k): BridgeYear | null => {
    const j = thenColumn[k] ?? -1;
    const thenYear = then.years[j];
    const nowYear = now.years[k];
    if (thenYear === undefined || nowYear === undefined) return null;
    // Sums over the initiatives counted then (in today's unit and sign, before and after the price step) and now.
    const before = new Sums();
    const restated = new Sums();
    const current = new Sums();
    const parts = { tNew: new DecimalSum(), eNew: new DecimalSum(), tDropped: new DecimalSum(), eDropped: new DecimalSum(), changed: new DecimalSum() };
    for (const pair of pairs) {
      const kind = kindOf(pair.then, pair.now);
      const raw = pair.then?.counted === true ? pair.then.years[j] : undefined;
      const old = raw === undefined ? undefined : restate(raw);
      const figures = pair.now?.counted === true ? heldFigures(pair.now.years[k]) : undefined;
      if (raw !== undefined) before.add(inTodaysTerms(raw));
      if (old !== undefined) restated.add(old);
      if (figures !== undefined) current.add(figures);
      if (kind === 'new') {
        addTo(parts.tNew, figures?.target ?? null);
        addTo(parts.eNew, figures?.effect ?? null);
      } else if (kind === 'dropped') {
        addTo(parts.tDropped, old?.target ?? null);
        addTo(parts.eDropped, old?.effect ?? null);
      } else if (kind === 'both') {
        parts.changed.add((figures?.effect ?? ZERO).minus(old?.effect ?? ZERO));
      }
    }
    // No gap to bridge before the year has any effect, on either side (as the plan's gap itself).
    if (before.effects === 0 || current.effects === 0) return null;
    // The plan's target: the scheme's where it states one, else the counted initiatives' own, summed again here.
    const schemeTarget = (restateBy: typeof restate): Decimal => restateBy({ planned: null, target: thenYear.target, effect: null, gap: null }).target ?? ZERO;
    const t0 = thenYear.targetFromScheme ? schemeTarget(inTodaysTerms) : before.target();
    const t0Restated = thenYear.targetFromScheme ? schemeTarget(restate) : restated.target();
    const t1 = nowYear.targetFromScheme ? held(nowYear.target) : current.target();
    const gapOf = (target: Decimal, effect: Decimal): Decimal => target.minus(effect).times(sign);
    const gapThen = gapOf(t0, before.effect());
    const tNew = nowYear.targetFromScheme ? ZERO : total(parts.tNew);
    const tDropped = thenYear.targetFromScheme ? ZERO : total(parts.tDropped);
    return {
      label,
      gapThen,
      priceLevel: gapOf(t0Restated, restated.effect()).minus(gapThen),
      targets: t1.minus(t0Restated).minus(tNew).plus(tDropped).times(sign),
      changedEffects: total(parts.changed).negated().times(sign),
      newInitiatives: tNew.minus(total(parts.eNew)).times(sign),
      droppedInitiatives: tDropped.minus(total(parts.eDropped)).negated().times(sign),
      gapNow: gapOf(t1, current.effect()),
    };
  });
  return { round: then.name, closed: then.closed, years: labels, priceStep, initiatives, bridge };
}

/** Each year of the last round is restated once, for the initiatives' figures and every sum of the bridge alike. */
function remembered(restate: (figures: RoundYearFigures | undefined) => RoundYearFigures): (figures: RoundYearFigures | undefined) => RoundYearFigures {
  const done = new WeakMap<RoundYearFigures, RoundYearFigures>();
  return (figures) => {
    if (figures === undefined) return restate(figures);
    let restated = done.get(figures);
    if (restated === undefined) {
      restated = restate(figures);
      done.set(figures, restated);
    }
    return restated;
  };
}

function kindOf(before: RoundInitiative | undefined, after: RoundInitiative | undefined): ChangeKind {
  const then = before?.counted === true;
  const now = after?.counted === true;
  if (then && now) return 'both';
  if (now) return 'new';
  if (then) return 'dropped';
  return 'not-counted';
}

function addTo(sum: DecimalSum, value: Decimal | null): void {
  if (value !== null) sum.add(value);
}

function heldFigures(figures: RoundYearFigures | undefined): RoundYearFigures | undefined {
  if (figures === undefined) return undefined;
  const hold = (value: Decimal | null): Decimal | null => (value === null ? null : held(value));
  return { planned: hold(figures.planned), target: hold(figures.target), effect: hold(figures.effect), gap: hold(figures.gap) };
}

function total(sum: DecimalSum): Decimal {
  return sum.total() ?? ZERO;
}

/** The counted initiatives' targets and effects for one year, and how many have an effect. */
class Sums {
  private readonly targets = new DecimalSum();
  private readonly effectSum = new DecimalSum();
  /** How many of them have an effect for the year. */
  effects = 0;

  add(figures: RoundYearFigures): void {
    addTo(this.targets, figures.target);
    addTo(this.effectSum, figures.effect);
    if (figures.effect !== null) this.effects += 1;
  }

  target(): Decimal {
    return total(this.targets);
  }

  effect(): Decimal {
    return total(this.effectSum);
  }
}

/** The step from the last round's price level to today's, by the scheme's index. */
export function priceStepBetween(from: string, to: string, index: PriceIndex | undefined): Restatement {
  const fromYear = priceYearStatedBy(from);
  const toYear = priceYearStatedBy(to);
  if (fromYear === toYear && (fromYear !== undefined || from === to)) return { kind: 'same' };
  const step = fromYear === undefined || toYear === undefined ? undefined : priceStep(index, fromYear, toYear);
  return step === undefined ? { kind: 'not-converted', from, to } : { kind: 'converted', ...step };
}

/**
 * The decimals every figure of a bridge is held to. A price step (× 100 ÷ 104,3) or a share of a year (7/12) has
 * no end to its decimals; held to twelve (a millionth of an øre in mio. kr.), every sum of the bridge is exact, so
 * its parts add up with nothing left over.
 */
export const BRIDGE_DECIMALS = 12;

function held(value: Decimal): Decimal {
  return value.toDecimalPlaces(BRIDGE_DECIMALS);
}

/** Puts a figure of the last round in today's unit, sign and price level, held to the bridge's decimals. */
function restater(then: Round, now: Round, step: Restatement): (figures: RoundYearFigures | undefined) => RoundYearFigures {
  const flip = then.sign !== now.sign;
  const inTodaysTerms = (value: Decimal): Decimal => {
    const priced = step.kind === 'converted' ? inPricesOf(value, step) : value;
    return held(convertUnit(priced, then.unit, now.unit));
  };
  const amount = (value: Decimal | null): Decimal | null => {
    if (value === null) return null;
    const converted = inTodaysTerms(value);
    return flip && !converted.isZero() ? converted.negated() : converted;
  };
  // A gap is positive when savings are missing in either sign convention: it changes unit and price level, never sign.
  const gap = (value: Decimal | null): Decimal | null => (value === null ? null : inTodaysTerms(value));
  return (figures) => ({
    planned: amount(figures?.planned ?? null),
    target: amount(figures?.target ?? null),
    effect: amount(figures?.effect ?? null),
    gap: gap(figures?.gap ?? null),
  });
}
