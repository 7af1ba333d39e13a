import { toA1 } from './a1';
import { Decimal } from './decimal';
import { withRows } from './compute';
import { PlanResult } from './plan';
import { roundOf } from './rounds/round';
import { Scheme } from './scheme';

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
    /** Where the initiative is named: its sheet (a plan of proposal forms may stand on several) and cell. */
    readonly sheet: string;
    readonly cell: string;
    readonly counted: boolean;
    /** By year as users name it: "2023", or "B2023" for a group of its own. */
    readonly years: Readonly<Record<string, YearFiguresJson>>;
  }[];
  readonly plan: { readonly years: Readonly<Record<string, Omit<YearFiguresJson, 'planned'>>> };
}

/**
 * The plan's figures for batch use and checking by hand: each initiative's per year, and the plan's. They are the
 * plan as it stands as a round (roundOf), in exact decimal strings, with the cell each initiative is named in.
 */
export function planFigures(result: PlanResult, scheme: Scheme): PlanFigures | undefined {
  const { table, computation } = result;
  const round = roundOf(result, scheme, '', '');
  if (table === undefined || computation === undefined || round === undefined) return undefined;
  const labels = round.years.map((year) => year.label);
  const nameColumn = table.columns.find((c) => c.role.kind === 'name')?.index ?? 0;
  // roundOf keeps the initiatives in the order of withRows: the same pairing gives each its cell.
  const cells = withRows(table, computation).map(({ result: computed, row }) => ({ sheet: computed.sheet, cell: toA1({ row: computed.row, col: row?.nameColumn ?? nameColumn }) }));
  const initiatives = round.initiatives.map((initiative, i) => ({
    name: initiative.name,
    category: initiative.category,
    sheet: cells[i]?.sheet ?? table.sheet,
    cell: cells[i]?.cell ?? '',
    counted: initiative.counted,
    years: Object.fromEntries(
      initiative.years.map((figures, k) => [
        labels[k] as string,
        { planned: exact(figures.planned), target: exact(figures.target), effect: exact(figures.effect), gap: exact(figures.gap) },
      ]),
    ),
  }));
  const planYears = Object.fromEntries(round.years.map((year) => [year.label, { target: exact(year.target), effect: exact(year.effect), gap: exact(year.gap) }]));
  return { unit: round.unit, sign: round.sign, priceLevel: round.priceLevel, initiatives, plan: { years: planYears } };
}

/** Plain decimal notation, never an exponent: 0.0000001 stays "0.0000001". */
export function exact(value: Decimal | null): Figure {
  return value === null ? null : value.toFixed();
}
