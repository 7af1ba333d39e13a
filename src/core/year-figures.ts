import { Decimal } from './decimal';
import { convertUnit } from './money';
import { PlanRow, ValueCell, valueOf } from './plan-table';
import { amountSlot } from './row-amounts';
import { ColumnGroup, GroupYear, planGroupOf, Scheme } from './scheme';

// Decimals never change, so the constants used for every row can be shared.
const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** Where a year's effect came from, in the order they are tried. */
export type EffectSource = 'realised' | 'forecast' | 'full-year' | 'drivers';

export interface YearFigures {
  readonly group: string;
  readonly year: number;
  /** The planned saving: the adjusted expectation when given, else the original. Plan sign convention. */
  readonly target: Decimal | null;
  readonly effect: Decimal | null;
  readonly effectSource: EffectSource | undefined;
  /** Target − effect, as a saving: positive means savings still missing, in either sign convention. */
  readonly gap: Decimal | null;
}

/** The effects whose figures are shared among rows with the same amounts: those the sheet states. */
const STATED_SOURCES = 2;

/**
 * Makes a row's figures for each group-year. A year's effect is taken from, in order: realised, forecast,
 * helårseffekt × the share of the year in force, drivers (citizens × saving per citizen × share of year).
 *
 * Figures are never changed, and a plan's amounts repeat (the cells of one number share one Decimal): the
 * figures of a target with a stated effect, or with none yet, are made once for each group-year and pair
 * of amounts and shared by every row that has them, so each distinct gap is subtracted once.
 */
export class YearFiguresMaker {
  private readonly planGroup: ColumnGroup | undefined;
  /** By group-year and source (realised, forecast), then target and effect. */
  private readonly stated: Map<Decimal | null, Map<Decimal, YearFigures>>[];
  /** By group-year, then target: the figures of a year with no effect yet. */
  private readonly noEffect: Map<Decimal | null, YearFigures>[];

  constructor(
    private readonly scheme: Scheme,
    private readonly keys: readonly GroupYear[],
  ) {
    this.planGroup = planGroupOf(scheme.columnGroups);
    this.stated = Array.from({ length: keys.length * STATED_SOURCES }, () => new Map());
    this.noEffect = keys.map(() => new Map());
  }

  /** A row's figures for group-year k, from its amounts in slots (AmountFinder.fill). */
  of(row: PlanRow, slots: readonly (Decimal | null)[], k: number): YearFigures {
    const key = this.keys[k] as GroupYear;
    const target = slots[amountSlot(k, 'adjusted')] ?? slots[amountSlot(k, 'target')] ?? null;
    const realised = slots[amountSlot(k, 'realised')] ?? null;
    if (realised !== null) return this.statedFigures(k, 0, target, realised, 'realised');
    const forecast = slots[amountSlot(k, 'forecast')] ?? null;
    if (forecast !== null) return this.statedFigures(k, 1, target, forecast, 'forecast');
    const share = shareOfYearInForce(row.start, key.year);
    const fullYear = this.fullYear(row, key.group);
    if (fullYear !== null) return this.made(key, target, fullYear.times(share), 'full-year');
    const fromDrivers = this.drivers(row, key.group, share);
    if (fromDrivers !== null) return this.made(key, target, fromDrivers, 'drivers');
    const noEffect = this.noEffect[k] as Map<Decimal | null, YearFigures>;
    let figures = noEffect.get(target);
    if (figures === undefined) noEffect.set(target, (figures = this.made(key, target, null, undefined)));
    return figures;
  }

  /** The figures of a target and an effect the sheet states, made the first time. */
  private statedFigures(k: number, source: number, target: Decimal | null, effect: Decimal, effectSource: EffectSource): YearFigures {
    const byTarget = this.stated[k * STATED_SOURCES + source] as Map<Decimal | null, Map<Decimal, YearFigures>>;
    let byEffect = byTarget.get(target);
    if (byEffect === undefined) byTarget.set(target, (byEffect = new Map()));
    let figures = byEffect.get(effect);
    if (figures === undefined) byEffect.set(effect, (figures = this.made(this.keys[k] as GroupYear, target, effect, effectSource)));
    return figures;
  }

  /** A year's figures; every one made here, with its fields in one order (one hidden class for all). */
  private made({ group, year }: GroupYear, target: Decimal | null, effect: Decimal | null, source: EffectSource | undefined): YearFigures {
    return { group: group.key, year, target, effect, effectSource: source, gap: effect === null ? null : gapOf(target, effect, this.scheme) };
  }

  /** The row's helårseffekt for a group, where it states one. */
  private fullYear(row: PlanRow, group: ColumnGroup): Decimal | null {
    const cells = row.values;
    for (let i = 0; i < cells.length; i += 1) {
      const { role, value } = cells[i] as ValueCell;
      if (value !== null && role.kind === 'full-year' && role.group === group.key) return value;
    }
    return null;
  }

  /** Citizens × saving per citizen × the share of the year in force; the plan's own group only: drivers describe the initiative, not a budget decision. */
  private drivers(row: PlanRow, group: ColumnGroup, share: Decimal): Decimal | null {
    if (group !== this.planGroup) return null;
    const citizens = valueOf(row, isCitizens);
    const savingCell = row.values.find(isUnitSaving);
    if (citizens === null || savingCell?.value == null || savingCell.role.kind !== 'unit-saving') return null;
    const unit = this.scheme.plan.unit;
    return citizens.times(convertUnit(savingCell.value, savingCell.role.unit ?? unit, unit)).times(share);
  }
}

const isCitizens = (cell: ValueCell): boolean => cell.role.kind === 'citizens';
const isUnitSaving = (cell: ValueCell): boolean => cell.role.kind === 'unit-saving' && cell.value !== null;

/**
 * Target − effect as a saving: positive means savings still missing, in either sign convention. Where
 * savings are negative numbers that is effect − target (−t − (−e)): one subtraction, not three steps.
 */
export function gapOf(target: Decimal | null, effect: Decimal, scheme: Scheme): Decimal {
  if (scheme.plan.sign === 'savings-positive') return target === null ? effect.negated() : target.minus(effect);
  return target === null ? effect : effect.minus(target);
}

/**
 * The share of a year an initiative is in force: 0 before its start year, 1 after it, and in the
 * start year the whole months from the start, counting the start month only when it starts on the
 * 1st (1 May → 8/12; 15 May → 7/12). Without a start date it is in force all year.
 */
export function shareOfYearInForce(start: string | undefined, year: number): Decimal {
  if (start === undefined) return ONE;
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  if (year < startYear) return ZERO;
  if (year > startYear) return ONE;
  const months = 12 - startMonth + (startDay === 1 ? 1 : 0);
  return new Decimal(months).dividedBy(12);
}
