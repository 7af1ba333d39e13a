import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { convertUnit, sum } from './money';
import { amountOf, PlanRow, PlanTable, valueOf } from './read';
import { ColumnGroup, groupYearLabel, Scheme } from './scheme';
import { asSaving, countedRows, Validation } from './validate';

/** Where a year's effect came from, in the order they are tried. */
export type EffectSource = 'realised' | 'forecast' | 'full-year' | 'drivers';

export interface YearFigures {
  readonly group: string;
  readonly year: number;
  /** The planned saving: the adjusted expectation when given, else the original. Plan sign convention. */
  readonly target: Decimal | null;
  readonly effect: Decimal | null;
  readonly effectSource?: EffectSource;
  /** Target − effect, as a saving: positive means savings still missing, in either sign convention. */
  readonly gap: Decimal | null;
}

export interface RowResult {
  readonly row: number;
  readonly counted: boolean;
  readonly categoryCode?: string;
  readonly years: readonly YearFigures[];
}

export interface YearTotal {
  readonly group: string;
  readonly year: number;
  /** Sum of the rows' targets. */
  readonly target: Decimal;
  /** Sum of the rows' effects; null when no row has an effect for the year yet. */
  readonly effect: Decimal | null;
  /** Sum of the rows' gaps (rows with an effect only). */
  readonly gap: Decimal | null;
  /** The scheme's own target for the year, when it states one. */
  readonly schemeTarget?: Decimal;
  /** The plan's gap: the scheme's target (or the rows' targets) − the effect; null without effect. */
  readonly planGap: Decimal | null;
  readonly rowsWithTarget: number;
  readonly rowsWithEffect: number;
}

export interface Computation {
  readonly rows: readonly RowResult[];
  readonly totals: readonly YearTotal[];
  readonly totalsByCategory: ReadonlyMap<string, readonly YearTotal[]>;
  readonly findings: readonly Finding[];
}

/**
 * Effect and gap per row, year and column group, exactly, in the plan's unit and sign convention.
 * A year's effect is taken from, in order: realised, forecast, helårseffekt × the share of the year
 * in force, drivers (citizens × saving per citizen × share of year). Dropped rows are computed but
 * never counted.
 */
export function computePlan(table: PlanTable, scheme: Scheme, validation: Validation): Computation {
  const results: RowResult[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'initiative') continue;
    const category = validation.categoryByRow.get(row.index);
    results.push({
      row: row.index,
      counted: !row.dropped,
      ...(category === undefined ? {} : { categoryCode: category.code }),
      years: scheme.columnGroups.flatMap((group) => group.years.map((year) => figuresFor(row, group, year, scheme))),
    });
  }

  const counted = results.filter((r) => r.counted);
  const totals = totalsOf(counted, scheme);
  const totalsByCategory = new Map<string, YearTotal[]>();
  for (const category of scheme.categories) {
    totalsByCategory.set(category.code, totalsOf(counted.filter((r) => r.categoryCode === category.code), scheme, false));
  }
  return { rows: results, totals, totalsByCategory, findings: effectFindings(table, scheme, results, totals) };
}

function figuresFor(row: PlanRow, group: ColumnGroup, year: number, scheme: Scheme): YearFigures {
  const target = amountOf(row, group.key, year, 'adjusted') ?? amountOf(row, group.key, year, 'target');
  const effect = effectFor(row, group, year, scheme);
  const gap = effect === null ? null : asSaving(target ?? new Decimal(0), scheme).minus(asSaving(effect.value, scheme));
  return {
    group: group.key,
    year,
    target,
    effect: effect?.value ?? null,
    ...(effect === null ? {} : { effectSource: effect.source }),
    gap,
  };
}

function effectFor(row: PlanRow, group: ColumnGroup, year: number, scheme: Scheme): { value: Decimal; source: EffectSource } | null {
  const realised = amountOf(row, group.key, year, 'realised');
  if (realised !== null) return { value: realised, source: 'realised' };
  const forecast = amountOf(row, group.key, year, 'forecast');
  if (forecast !== null) return { value: forecast, source: 'forecast' };
  const share = shareOfYearInForce(row.start, year);
  const fullYear = valueOf(row, (c) => c.role.kind === 'full-year' && c.role.group === group.key);
  if (fullYear !== null) return { value: fullYear.times(share), source: 'full-year' };
  // Drivers belong to the plan's own group only: they describe the initiative, not a budget decision.
  if (group !== scheme.columnGroups[0]) return null;
  const citizens = valueOf(row, (c) => c.role.kind === 'citizens');
  const savingCell = row.values.find((c) => c.role.kind === 'unit-saving' && c.value !== null);
  if (citizens === null || savingCell?.value == null || savingCell.role.kind !== 'unit-saving') return null;
  const perCitizen = convertUnit(savingCell.value, savingCell.role.unit ?? scheme.plan.unit, scheme.plan.unit);
  return { value: citizens.times(perCitizen).times(share), source: 'drivers' };
}

/**
 * The share of a year an initiative is in force: 0 before its start year, 1 after it, and in the
 * start year the whole months from the start, counting the start month only when it starts on the
 * 1st (1 May → 8/12; 15 May → 7/12). Without a start date it is in force all year.
 */
export function shareOfYearInForce(start: string | undefined, year: number): Decimal {
  if (start === undefined) return new Decimal(1);
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  if (year < startYear) return new Decimal(0);
  if (year > startYear) return new Decimal(1);
  const months = 12 - startMonth + (startDay === 1 ? 1 : 0);
  return new Decimal(months).dividedBy(12);
}

function totalsOf(rows: readonly RowResult[], scheme: Scheme, withSchemeTargets = true): YearTotal[] {
  return scheme.columnGroups.flatMap((group) =>
    group.years.map((year) => {
      const figures = rows.flatMap((r) => r.years.filter((f) => f.group === group.key && f.year === year));
      const withTarget = figures.filter((f) => f.target !== null);
      const withEffect = figures.filter((f) => f.effect !== null);
      const target = sum(withTarget.map((f) => f.target as Decimal));
      const effect = withEffect.length === 0 ? null : sum(withEffect.map((f) => f.effect as Decimal));
      const gap = withEffect.length === 0 ? null : sum(withEffect.map((f) => f.gap as Decimal));
      const schemeTarget = withSchemeTargets ? group.targets.get(year) : undefined;
      const planGap = effect === null ? null : asSaving(schemeTarget ?? target, scheme).minus(asSaving(effect, scheme));
      return {
        group: group.key,
        year,
        target,
        effect,
        gap,
        ...(schemeTarget === undefined ? {} : { schemeTarget }),
        planGap,
        rowsWithTarget: withTarget.length,
        rowsWithEffect: withEffect.length,
      };
    }),
  );
}

/** Says where a year has no effect at all yet, and which rows lack one where others have it. */
function effectFindings(table: PlanTable, scheme: Scheme, rows: readonly RowResult[], totals: readonly YearTotal[]): Finding[] {
  const findings: Finding[] = [];
  for (const total of totals) {
    if (total.rowsWithTarget === 0) continue;
    const column = table.columns.find(
      (c) => c.role.kind === 'amount' && c.role.group === total.group && c.role.year === total.year && c.role.measure === 'target',
    );
    const place = { sheet: table.sheet, ...(column === undefined ? {} : { position: { row: table.headerRow, col: column.index } }) };
    const label = groupYearLabel(scheme, total.group, total.year);
    if (total.rowsWithEffect === 0) {
      findings.push(finding('effect-not-available', place, { year: label }));
      continue;
    }
    for (const row of rows.filter((r) => r.counted)) {
      const figures = row.years.find((f) => f.group === total.group && f.year === total.year);
      if (figures?.target == null || figures.target.isZero() || figures.effect !== null) continue;
      findings.push(finding('effect-missing', { sheet: table.sheet, position: { row: row.row, col: column?.index ?? 0 } }, { year: label }));
    }
  }
  return findings;
}
