import { Decimal } from '../decimal';
import { Unit } from '../money';
import { withRows } from '../compute';
import { isCounted } from '../plan-table';
import { PlanResult } from '../plan';
import { AmountFinder } from '../row-amounts';
import { groupYearLabel, groupYears, Scheme, SignConvention } from '../scheme';
import { normaliseLabel } from '../scheme';

/** One initiative's figures for one year of a round, in the plan's unit and sign; null where there is none. */
export interface RoundYearFigures {
  /** The original expectation the row states. */
  readonly planned: Decimal | null;
  /** What the gap is measured from: the adjusted expectation where given, else the original. */
  readonly target: Decimal | null;
  readonly effect: Decimal | null;
  readonly gap: Decimal | null;
}

export interface RoundInitiative {
  /** Who the initiative is from round to round: its name as matched (case and spaces aside), "#2" on a second of the name. */
  readonly key: string;
  readonly name: string;
  readonly category: string | null;
  /** Counted towards the plan's totals (not udgået). */
  readonly counted: boolean;
  /** In the order of the round's years. */
  readonly years: readonly RoundYearFigures[];
}

/** The plan's figures for one year of a round. */
export interface RoundPlanYear {
  /** As users name the year: "2023", or "B2023" for a group of its own. */
  readonly label: string;
  /** The target the plan's gap is measured from. */
  readonly target: Decimal;
  /** Whether that target is the scheme's (else it is the sum of the counted initiatives' targets). */
  readonly targetFromScheme: boolean;
  readonly effect: Decimal | null;
  /** Positive when savings are missing; null before any effect is known. */
  readonly gap: Decimal | null;
}

/**
 * The plan as it stood at one follow-up (budgetopfølgning): every initiative's figures per year and the
 * plan's, with the unit, sign and price level they are in. A closed round is kept as a sheet; the plan as
 * it stands now is a round too, so the two compare the same way.
 */
export interface Round {
  readonly name: string;
  /** ISO date (2026-11-30) the round was closed; "" for the plan as it stands now. */
  readonly closed: string;
  readonly unit: Unit;
  readonly sign: SignConvention;
  readonly priceLevel: string;
  readonly years: readonly RoundPlanYear[];
  readonly initiatives: readonly RoundInitiative[];
}

/** The plan as it stands in a result of analysePlan, as a round of the given name and date; undefined without a table. */
export function roundOf(result: PlanResult, scheme: Scheme, name: string, closed: string): Round | undefined {
  const { table, computation } = result;
  if (table === undefined || computation === undefined) return undefined;
  const keys = groupYears(scheme);
  const finder = new AmountFinder(table, keys);
  const labels = new Map(scheme.categories.map((c) => [c.code, c.label]));
  const names = initiativeKeys();
  const initiatives = withRows(table, computation).map(({ result: computed, row }): RoundInitiative => {
    const amounts = row === undefined ? undefined : finder.amountsOf(row);
    return {
      key: names(row?.name ?? ''),
      name: row?.name ?? '',
      category: computed.categoryCode === undefined ? null : (labels.get(computed.categoryCode) ?? null),
      counted: row !== undefined && isCounted(row),
      years: computed.years.map((figures, k) => ({ planned: amounts?.of(k, 'target') ?? null, target: figures.target, effect: figures.effect, gap: figures.gap })),
    };
  });
  const years = computation.totals.map(
    (total): RoundPlanYear => ({
      label: groupYearLabel(scheme, total.group, total.year),
      target: total.schemeTarget ?? total.target,
      targetFromScheme: total.schemeTarget !== undefined,
      effect: total.effect,
      gap: total.planGap,
    }),
  );
  return { name, closed, unit: scheme.plan.unit, sign: scheme.plan.sign, priceLevel: scheme.plan.priceLevel, years, initiatives };
}

/**
 * A mark of a dropped initiative at the end of its name ("Kørsel (udgået)", "Kørsel – udgår"): the initiative is the
 * same one, so it is matched without the mark, and shows as dropped rather than as one gone and one new.
 */
const DROPPED_MARK = /[\s([–—:,-]*\b(udgå\p{L}*|bortfal\p{L}*)[)\]\s.]*$/iu;

/** Gives each initiative its key in sheet order: its matched name, and "#2", "#3" on later initiatives of the same name. */
export function initiativeKeys(): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const key = normaliseLabel(name.replace(DROPPED_MARK, ''));
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key} #${count}`;
  };
}

/** The zero every missing effect counts as in a sum. */
export const ZERO = new Decimal(0);
