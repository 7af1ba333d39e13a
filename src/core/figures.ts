import { toA1 } from './a1';
import { Decimal } from './decimal';
import { withRows } from './compute';
import { isCounted } from './plan-table';
import { PlanResult } from './plan';
import { AmountFinder } from './row-amounts';
import { groupYearLabel, groupYears, Scheme } from './scheme';

/** An exact amount as a decimal string with a point ("7.05"), in the plan's unit and sign; null where there is none. */
export type Figure = string | null;

export interface YearFiguresJson {
  /** The original expectation (måltal) the row states. */
  readonly planned: Figure;
  /** What the gap is measured from: the adjusted expectation where given, else the original. */
  readonly target: Figure;
  readonly effect: Figure;
  /** Positive when savings are missing. */
  readonly gap: Figure;
}

export interface PlanFigures {
  readonly unit: string;
  readonly sign: string;
  readonly priceLevel: string;
  readonly initiatives: readonly {
    readonly name: string;
    readonly category: string | null;
    readonly cell: string;
    readonly counted: boolean;
    /** By year as users name it: "2023", or "B2023" for a group of its own. */
    readonly years: Readonly<Record<string, YearFiguresJson>>;
  }[];
  readonly plan: { readonly years: Readonly<Record<string, Omit<YearFiguresJson, 'planned'>>> };
}

/** The plan's figures for batch use and checking by hand: each initiative's per year, and the plan's. */
export function planFigures(result: PlanResult, scheme: Scheme): PlanFigures | undefined {
  const { table, computation } = result;
  if (table === undefined || computation === undefined) return undefined;
  const keys = groupYears(scheme);
  const labels = keys.map(({ group, year }) => groupYearLabel(scheme, group.key, year));
  const finder = new AmountFinder(table, keys);
  const nameColumn = table.columns.find((c) => c.role.kind === 'name')?.index ?? 0;
  const codes = new Map(scheme.categories.map((c) => [c.code, c.label]));
  const initiatives = withRows(table, computation).map(({ result, row }) => {
    const amounts = row === undefined ? undefined : finder.amountsOf(row);
    const years = Object.fromEntries(
      result.years.map((figures, k) => [
        labels[k] as string,
        { planned: exact(amounts?.of(k, 'target') ?? null), target: exact(figures.target), effect: exact(figures.effect), gap: exact(figures.gap) },
      ]),
    );
    return {
      name: row?.name ?? '',
      category: result.categoryCode === undefined ? null : (codes.get(result.categoryCode) ?? null),
      cell: toA1({ row: result.row, col: row?.nameColumn ?? nameColumn }),
      counted: row !== undefined && isCounted(row),
      years,
    };
  });
  const planYears = Object.fromEntries(
    computation.totals.map((total, k) => [labels[k] as string, { target: exact(total.schemeTarget ?? total.target), effect: exact(total.effect), gap: exact(total.planGap) }]),
  );
  return { unit: scheme.plan.unit, sign: scheme.plan.sign, priceLevel: scheme.plan.priceLevel, initiatives, plan: { years: planYears } };
}

/** Plain decimal notation, never an exponent: 0.0000001 stays "0.0000001". */
function exact(value: Decimal | null): Figure {
  return value === null ? null : value.toFixed();
}
