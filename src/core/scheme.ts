import { CellPosition } from './a1';
import { Decimal } from './decimal';
import { Unit } from './money';
import { lowerDanish } from './text';

/** How the plan shows savings: Hedensted shows a udgiftsreduktion as a positive effect. */
export type SignConvention = 'savings-positive' | 'savings-negative';

export interface Category {
  /** Short, stable key, e.g. "DAG". */
  readonly code: string;
  /** The text the economics team writes in the Tema column, e.g. "Dagtilbud (SEL §§103-104)". */
  readonly label: string;
  /** Other spellings that mean this category. */
  readonly aliases: readonly string[];
  /** Whether an initiative here may carry a negative amount (an investment). */
  readonly allowNegative: boolean;
}

/**
 * A group of year columns in Bilag 1 and in the source table: the plan's own years, or a separate
 * group such as the 2023 budget savings, found in source headers by its marker ("B2023").
 */
export interface ColumnGroup {
  readonly key: string;
  /** Header text over the group in Bilag 1; "{total}" becomes the group's total in its last year. */
  readonly header: string;
  readonly years: readonly number[];
  /** Text in a source column header that puts the column in this group; none for the plan's own group. */
  readonly marker?: string;
  /** Yearly targets the group's total is checked against and the plan gap is measured from. */
  readonly targets: ReadonlyMap<number, Decimal>;
  /** Where the scheme sheet holds each target as that number, when the scheme was read from the sheet or is written as one: formulas refer to it. */
  readonly targetCells?: ReadonlyMap<number, CellPosition>;
}

/**
 * A price-level index (KL's pris- og lønskøn, say): each year's level, so amounts stated in one year's prices
 * convert exactly to the plan's (amount × the plan year's index ÷ the stated year's index).
 */
export interface PriceIndex {
  /** Where the figures come from, as the user wrote it ("KL, juni 2026"). */
  readonly source: string;
  /** When they were published, as written ("2026-06-15"). */
  readonly date: string;
  readonly years: ReadonlyMap<number, Decimal>;
}

export interface Bilag1Texts {
  readonly sheetName: string;
  /** Printed in the page header and used as the caption when copying; the sheet itself starts with the table. */
  readonly title: string;
  readonly firstColumnHeading: string;
  readonly totalLabel: string;
  /** Amounts show at least this many decimals, more when the data has more. */
  readonly minDecimals: number;
}

export interface Scheme {
  readonly plan: {
    readonly name: string;
    readonly firstYear: number;
    readonly lastYear: number;
    readonly unit: Unit;
    readonly priceLevel: string;
    readonly sign: SignConvention;
    /** The category of every initiative of a table with no category column (a budget proposal form, a plain list). */
    readonly defaultCategory?: string;
    /** Converts tables stated in another year's prices to the plan's price level. */
    readonly priceIndex?: PriceIndex;
  };
  /** In Bilag 1 order. */
  readonly categories: readonly Category[];
  /** The first group is the plan's own; its columns need no marker. */
  readonly columnGroups: readonly ColumnGroup[];
  readonly bilag1: Bilag1Texts;
}

/** Category text as matched: case, spaces and non-breaking spaces do not matter. */
export function normaliseLabel(text: string): string {
  return lowerDanish(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
}

/** The plan's own column group: the first, whose source columns need no marker. */
export function planGroupOf<G>(groups: readonly G[]): G | undefined {
  return groups[0];
}

/** One column group and year: the unit every figure is kept in. */
export interface GroupYear {
  readonly group: ColumnGroup;
  readonly year: number;
}

/** Every column group's years, in the scheme's order: the order of a row's figures and of the written columns. */
export function groupYears(scheme: Scheme): GroupYear[] {
  return scheme.columnGroups.flatMap((group) => group.years.map((year) => ({ group, year })));
}

/** How a group's year is named to users: "2023" for the plan's own years, "B2023" for a one-year group. */
export function groupYearLabel(scheme: Scheme, groupKey: string, year: number): string {
  const group = scheme.columnGroups.find((g) => g.key === groupKey);
  if (group === undefined || group === planGroupOf(scheme.columnGroups) || group.marker === undefined) return String(year);
  return group.years.length === 1 ? group.marker : `${group.marker} ${year}`;
}
