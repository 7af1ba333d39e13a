import { ColumnRole } from './columns';
import { Decimal } from './decimal';
import { DecimalSum } from './decimal-sum';
import { Finding, finding } from './findings';
import { isCounted, MappedColumn, partOn, PlanRow, PlanTable } from './plan-table';
import { AmountFinder } from './row-amounts';
import { ColumnGroup, GroupYear, groupYearLabel, groupYears, Scheme } from './scheme';
import { Validation } from './validate';
import { gapOf, YearFigures, YearFiguresMaker } from './year-figures';

const ZERO = new Decimal(0);

export type { EffectSource, YearFigures } from './year-figures';
export { shareOfYearInForce } from './year-figures';

export interface RowResult {
  /** The initiative's sheet and row. */
  readonly sheet: string;
  readonly row: number;
  readonly counted: boolean;
  readonly categoryCode: string | undefined;
  /** One per column group and year, in the order of groupYears(scheme). */
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
  /** In the order of groupYears(scheme), as each row's figures. */
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
  const keys = groupYears(scheme);
  const finder = new AmountFinder(table, keys);
  const figures = new YearFiguresMaker(scheme, keys);
  // One array for every row's amounts, refilled row by row; each row's figures are added to its category's sums as they are made.
  const slots = finder.slots();
  const sums = new CategorySums(scheme, keys);
  const results: RowResult[] = [];
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] as PlanRow;
    if (row.kind !== 'initiative') continue;
    finder.fill(row, slots);
    // Sized once: pushing would give each row's list room for sixteen.
    const years = new Array<YearFigures>(keys.length);
    for (let k = 0; k < keys.length; k += 1) years[k] = figures.of(row, slots, k);
    const result: RowResult = { sheet: row.sheet, row: row.index, counted: isCounted(row), categoryCode: validation.categoryOf(row)?.code, years };
    if (result.counted) sums.add(result);
    results.push(result);
  }
  const { totals, totalsByCategory } = sums.totals();
  return { rows: results, totals, totalsByCategory, findings: effectFindings(table, scheme, results, totals) };
}

/** Running sums of one group and year over counted rows. */
class YearSums {
  private readonly target = new DecimalSum();
  private readonly effect = new DecimalSum();
  private readonly gap = new DecimalSum();
  rowsWithTarget = 0;
  rowsWithEffect = 0;

  add(figures: YearFigures): void {
    if (figures.target !== null) {
      this.target.add(figures.target);
      this.rowsWithTarget += 1;
    }
    if (figures.effect !== null) {
      this.effect.add(figures.effect);
      this.gap.add(figures.gap ?? ZERO);
      this.rowsWithEffect += 1;
    }
  }

  addSums(other: YearSums): void {
    this.target.add(other.target.total() ?? ZERO);
    this.effect.add(other.effect.total() ?? ZERO);
    this.gap.add(other.gap.total() ?? ZERO);
    this.rowsWithTarget += other.rowsWithTarget;
    this.rowsWithEffect += other.rowsWithEffect;
  }

  total(group: ColumnGroup, year: number, scheme: Scheme, withSchemeTarget: boolean): YearTotal {
    const hasEffect = this.rowsWithEffect > 0;
    const schemeTarget = withSchemeTarget ? group.targets.get(year) : undefined;
    const target = this.target.total() ?? ZERO;
    const effect = hasEffect ? (this.effect.total() ?? ZERO) : null;
    return {
      group: group.key,
      year,
      target,
      effect,
      gap: hasEffect ? (this.gap.total() ?? ZERO) : null,
      ...(schemeTarget === undefined ? {} : { schemeTarget }),
      planGap: effect === null ? null : gapOf(schemeTarget ?? target, effect, scheme),
      rowsWithTarget: this.rowsWithTarget,
      rowsWithEffect: this.rowsWithEffect,
    };
  }
}

/**
 * The plan's totals and each category's, as the rows are computed: each row is added to its category's
 * sums only, and the plan's total is the sum of the categories' (exact, so the same).
 */
class CategorySums {
  private readonly byCategory: Map<string, YearSums[]>;
  private readonly uncategorised: YearSums[];

  constructor(
    private readonly scheme: Scheme,
    private readonly keys: readonly GroupYear[],
  ) {
    this.byCategory = new Map(scheme.categories.map((category) => [category.code, this.sums()]));
    this.uncategorised = this.sums();
  }

  /** A counted row's figures. */
  add(row: RowResult): void {
    const sums = (row.categoryCode === undefined ? undefined : this.byCategory.get(row.categoryCode)) ?? this.uncategorised;
    for (let k = 0; k < row.years.length; k += 1) sums[k]?.add(row.years[k] as YearFigures);
  }

  totals(): Pick<Computation, 'totals' | 'totalsByCategory'> {
    const plan = this.sums();
    for (const sums of [...this.byCategory.values(), this.uncategorised]) sums.forEach((s, k) => plan[k]?.addSums(s));
    const totalsFrom = (sums: YearSums[], withSchemeTargets: boolean): YearTotal[] =>
      sums.map((s, k) => s.total((this.keys[k] as GroupYear).group, (this.keys[k] as GroupYear).year, this.scheme, withSchemeTargets));
    return {
      totals: totalsFrom(plan, true),
      totalsByCategory: new Map([...this.byCategory].map(([code, sums]) => [code, totalsFrom(sums, false)])),
    };
  }

  private sums(): YearSums[] {
    return this.keys.map(() => new YearSums());
  }
}

/** Columns an effect can come from: realised or forecast amounts, a full-year effect, or the drivers. */
function isFollowUp(role: ColumnRole): boolean {
  return (role.kind === 'amount' && (role.measure === 'realised' || role.measure === 'forecast')) || role.kind === 'full-year' || role.kind === 'citizens';
}

/** Says where a year has no effect at all yet, and which rows lack one where others have it. */
function effectFindings(table: PlanTable, scheme: Scheme, rows: readonly RowResult[], totals: readonly YearTotal[]): Finding[] {
  // A plan with no follow-up columns at all gets one finding saying so, not one for every year.
  if (!table.columns.some((c) => isFollowUp(c.role))) return [finding('follow-up-missing', { sheet: table.sheet, position: { row: table.headerRow, col: 0 } })];
  const findings: Finding[] = [];
  totals.forEach((total, k) => {
    if (total.rowsWithTarget === 0) return;
    const column = targetColumn(table.columns, total);
    const place = { sheet: table.sheet, ...(column === undefined ? {} : { position: { row: table.headerRow, col: column.index } }) };
    const label = groupYearLabel(scheme, total.group, total.year);
    if (total.rowsWithEffect === 0) {
      findings.push(finding('effect-not-available', place, { year: label }));
      return;
    }
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i] as RowResult;
      // A row's figures are in the order of the totals: groupYears(scheme).
      const figures = row.years[k];
      if (!row.counted || figures === undefined || figures.effect !== null || figures.target === null || figures.target.isZero()) continue;
      const col = row.sheet === table.sheet ? column?.index : targetColumn(partOn(table, row.sheet).columns, total)?.index;
      findings.push(finding('effect-missing', { sheet: row.sheet, position: { row: row.row, col: col ?? 0 } }, { year: label }));
    }
  });
  return findings;
}

/** The column of a group-year's planned amounts, where the sheet has one. */
function targetColumn(columns: readonly MappedColumn[], total: YearTotal): MappedColumn | undefined {
  return columns.find((c) => c.role.kind === 'amount' && c.role.group === total.group && c.role.year === total.year && c.role.measure === 'target');
}

/**
 * Each computed initiative with its row of the table. They come in the same order; a row index alone does not
 * tell them apart, as several initiatives may stand on one row (a follow-up's groups of measures side by side).
 */
export function withRows(table: PlanTable, computation: Computation): { result: RowResult; row: PlanRow | undefined }[] {
  const rows = table.rows.filter((row) => row.kind === 'initiative');
  return computation.rows.map((result, k) => ({ result, row: rows[k] }));
}
