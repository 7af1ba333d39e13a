/** What reading makes of a sheet: the plan's table, its columns and rows with their value cells. */
import { CellPosition } from './a1';
import { ColumnRole, Measure, PlainKind } from './columns';
import { Decimal } from './decimal';
import { cellText, GridCell } from './grid';
import type { PriceStep } from './price-index';
import { decimalFromNumber, decimalsOf, formatDanish, Unit } from './money';

export type RowKind = 'initiative' | 'activity' | 'stated-total' | 'note' | 'blank';

export interface MappedColumn {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
}

/** One value cell of a row (an amount, helårseffekt, number of citizens…), with where it came from: on its row's sheet. */
export interface ValueCell {
  readonly role: ColumnRole;
  /** Where the cell is, as row and column of its sheet (no position object for each of a plan's tens of thousands): positionOf makes one. */
  readonly row: number;
  readonly col: number;
  /** The cell as the workbook holds it; its text for messages is rawText(valueCell). */
  readonly source: GridCell;
  /** In the plan's unit; null when the cell could not be read (a finding says why). */
  readonly value: Decimal | null;
  /** Decimals the cell's number format shows, when it fixes them ("#,##0.0" → 1). */
  readonly shownDecimals: number | undefined;
}

export interface PlanRow {
  /** The sheet the row stands on: the table's own, or for proposal forms kept on several sheets, its form's. */
  readonly sheet: string;
  /** Zero-based row on the sheet. */
  readonly index: number;
  readonly kind: RowKind;
  readonly number: string;
  readonly name: string;
  readonly category: string;
  readonly status: string;
  /** Udgået: shown, never counted. */
  readonly dropped: boolean;
  readonly hidden: boolean;
  /** For an activity: the row of the initiative it belongs to. */
  readonly parent: number | undefined;
  /** Non-empty value cells only. */
  readonly values: readonly ValueCell[];
  /** Ikrafttræden as an ISO date, when the row has one that could be read. */
  readonly start: string | undefined;
  /** The row's text in each column Bilag 1 shows beside the names (PLAIN_COLUMNS' inBilag1), where the table has one. */
  readonly shown: Readonly<Partial<Record<PlainKind, string>>>;
  /** The column of the name where the table has no name column: a form's »Overskrift«, a group's name over its columns. */
  readonly nameColumn?: number;
  /** Where the category is stated when not in a category column on the row: a form's »Udvalg« cell. */
  readonly categoryCell?: CellPosition;
}

/** Whether a row counts towards totals: an initiative that is not dropped (udgået). */
export function isCounted(row: PlanRow): boolean {
  return row.kind === 'initiative' && !row.dropped;
}

/**
 * A value cell's content as a Danish user sees it, for messages: a number with a decimal comma ("-1,5"), other
 * content as the workbook holds it. Worked out only when a message needs it.
 */
export function rawText(cell: ValueCell): string {
  const content = cell.source.content;
  const number = content.kind === 'number' ? decimalFromNumber(content.value) : null;
  return number === null ? cellText(cell.source) : formatDanish(number, decimalsOf(number));
}

/** Where a value cell is, as a position (for a finding). */
export function positionOf(cell: ValueCell): CellPosition {
  return { row: cell.row, col: cell.col };
}

/** The first readable value of a row among the cells that match. */
export function valueOf(row: PlanRow, match: (cell: ValueCell) => boolean): Decimal | null {
  for (const cell of row.values) if (cell.value !== null && match(cell)) return cell.value;
  return null;
}

/** A row's amount for a group, year and measure; null when blank or unreadable. A plain loop: it runs for every row and year. */
export function amountOf(row: PlanRow, group: string, year: number, measure: Measure): Decimal | null {
  for (const cell of row.values) {
    const role = cell.role;
    if (cell.value !== null && role.kind === 'amount' && role.group === group && role.year === year && role.measure === measure) return cell.value;
  }
  return null;
}

/** How a column's amounts become the plan's: their unit, whether their sign flips, and a step from another year's prices. */
export interface AmountConvention {
  readonly unit: Unit;
  readonly negate: boolean;
  /** Stated in another year's prices: the amount × the plan year's index ÷ the stated year's index. */
  readonly price?: PriceStep;
}

/** Where a table stands on one sheet: its header row, its columns and how far the user's cells reach. */
export interface SheetPart {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly MappedColumn[];
  /** Last column holding anything of the user's, in the header or the data (the program's own columns excluded). */
  readonly lastColumn: number;
  readonly lastRow: number;
}

/**
 * A plan's table: its rows, and where it stands. Most tables stand on one sheet (the fields of SheetPart);
 * proposal forms kept one per sheet make one table over several sheets, each row on its own (PlanRow.sheet).
 */
export interface PlanTable extends SheetPart {
  readonly rows: readonly PlanRow[];
  /** Every sheet the table stands on, in the workbook's order, its own first; absent when that is the only one. */
  readonly parts?: readonly SheetPart[];
  /** A column holds more than one year (years down the rows, forms stacked on a sheet): a value cell's year is its role's, not its column's. */
  readonly yearsDownRows?: boolean;
  /** By column: the unit and sign the sheet states for its amounts (a column not listed is in the plan's), so formulas convert as reading did. */
  readonly conventions?: ReadonlyMap<number, AmountConvention>;
}

/** The sheets a table stands on, its own first: one for most tables. */
export function sheetParts(table: PlanTable): readonly SheetPart[] {
  return table.parts ?? [table];
}

/** The part of a table on a sheet: where a row on that sheet finds its columns. */
export function partOn(table: PlanTable, sheet: string): SheetPart {
  return table.parts?.find((part) => part.sheet === sheet) ?? table;
}
