import { CellPosition, toA1 } from '../a1';
import { Finding } from '../findings';
import { EMPTY_CELL, Grid } from '../grid';
import { Unit, unitShift } from '../money';
import { AmountConvention, PlanRow, PlanTable, positionOf, ValueCell } from '../plan-table';
import type { NotLiveReason } from './reasons';

export type { NotLiveReason };

/** An input cell whose content Excel sees differently from the core: the result that reads it is written as a value. */
export interface NotLive {
  /** On the plan's sheet unless it says another. */
  readonly sheet?: string;
  readonly position: CellPosition;
  readonly reason: NotLiveReason;
}

/**
 * Whether Excel's view of the plan sheet's input cells equals the core's: a number cell must be read
 * by the core as that number, and any other cell (text such as »Ej opgjort«, an error, a blank) must be
 * nothing to the core, as ISNUMBER sees it. Text the core reads as an amount or a date is not.
 */
export class InputCells {
  /** Cells reading offered to make numbers (an amount typed as text), by address. */
  private readonly fixable = new Set<string>();
  /** The row the look-ups below were last made for: a column of results asks about one row after another. */
  private row: PlanRow | undefined;
  /**
   * Each row's number as text, made once: every column of results and every pass over the rows refers to it. This
   * and the two lists below are sized to the sheet's rows when made: Bilag 1 asks in its own order, and a list
   * filled at scattered places from empty is kept as a dictionary, several times slower to read and write.
   */
  private readonly rowNumbers: (string | undefined)[];
  /** The row's value cells by column (the last of a column, as reading lists them). */
  private readonly byColumn: (ValueCell | undefined)[] = [];
  /**
   * Whether Excel sees every value cell of a row as the core read it (as most rows are), by the row's index:
   * worked out once per row for every column, pass and group-year that asks (the row itself kept beside it, as
   * rows of several sheets may share an index).
   */
  private readonly exactRows: (PlanRow | undefined)[];
  private readonly exact: boolean[];

  constructor(
    private readonly table: PlanTable,
    private readonly grid: Grid,
    readFindings: readonly Finding[],
  ) {
    let rows = 0;
    for (const row of table.rows) rows = Math.max(rows, row.index + 1);
    this.rowNumbers = new Array<string | undefined>(rows).fill(undefined);
    this.exactRows = new Array<PlanRow | undefined>(rows).fill(undefined);
    this.exact = new Array<boolean>(rows).fill(false);
    for (const f of readFindings) {
      if (f.sheet === table.sheet && f.cell !== undefined && f.fix !== undefined && f.code === 'amount-text-number') this.fixable.add(f.cell);
    }
  }

  /** The row's number as a formula refers to it ("12" for index 11). */
  rowText(row: PlanRow): string {
    return (this.rowNumbers[row.index] ??= String(row.index + 1));
  }

  /** Whether amount() finds nothing in any column of the row: a rule reading only amounts needs not ask column by column. */
  amountsExact(row: PlanRow): boolean {
    if (this.exactRows[row.index] === row) return this.exact[row.index] as boolean;
    let exact = true;
    const values = row.values;
    for (let i = 0; i < values.length; i += 1) {
      const cell = values[i] as ValueCell;
      // A number the core read as that number is what Excel sees, as most cells are: no need to ask problemOf.
      if (cell.value !== null && cell.source.content.kind === 'number') continue;
      if (cell.row === row.index && this.problemOf(cell) !== undefined) {
        exact = false;
        break;
      }
    }
    this.exactRows[row.index] = row;
    this.exact[row.index] = exact;
    return exact;
  }

  /** An amount, helårseffekt, count or unit saving at the row's cell in a column; undefined when Excel sees what the core read. */
  amount(row: PlanRow, col: number): NotLive | undefined {
    this.lookAt(row);
    const read = this.byColumn[col];
    // A blank cell is not among the row's values: nothing to both.
    return read === undefined ? undefined : this.problemOf(read);
  }

  private problemOf(read: ValueCell): NotLive | undefined {
    const position = positionOf(read);
    const content = read.source.content;
    switch (content.kind) {
      case 'number':
        return read.value === null ? { position, reason: 'too-large' } : undefined;
      case 'date':
        return { position, reason: 'date' };
      case 'empty':
        return { position, reason: 'formula-without-value' };
      case 'text': {
        if (read.value === null) return undefined;
        return { position, reason: this.fixable.has(toA1(position)) ? 'text-number' : 'comment' };
      }
      case 'error':
      case 'boolean':
        return undefined;
    }
  }

  /** The row's start date cell: a date or a blank is exact; a date typed as text, or a number the core does not take as a date, is not. */
  start(row: PlanRow, col: number): NotLive | undefined {
    // Asked for every result of every row that reads a start date: the position is made only for a problem.
    const content = (this.grid.rows[row.index]?.[col] ?? EMPTY_CELL).content;
    if (content.kind === 'number') return { position: { row: row.index, col }, reason: 'not-a-date' };
    if (content.kind === 'text' && row.start !== undefined) return { position: { row: row.index, col }, reason: 'text-date' };
    return undefined;
  }

  private lookAt(row: PlanRow): void {
    if (row === this.row) return;
    this.row = row;
    this.byColumn.length = 0;
    for (const cell of row.values) if (cell.row === row.index) this.byColumn[cell.col] = cell;
  }

  /** The unit and sign of a column's amounts, as reading took them. */
  convention(col: number): AmountConvention | undefined {
    return this.table.conventions?.get(col);
  }
}

/** "1000" for 3: an exact power of ten, never a floating constant. */
function powerOfTen(exponent: number): string {
  return `1${'0'.repeat(exponent)}`;
}

/** The factor that turns an amount in one unit into another, as formula text: "/1000", "*1000" or "". */
export function unitFactor(from: Unit, to: Unit): string {
  const shift = unitShift(from, to);
  if (shift === 0) return '';
  return shift > 0 ? `/${powerOfTen(shift)}` : `*${powerOfTen(-shift)}`;
}

/**
 * A referenced amount in the plan's unit, sign and prices, as reading converts it: -E12/1000 for a column
 * in 1.000 kr. with savings negative, E12*100/104.3 for one in another year's prices (the indices' exact
 * decimal texts).
 */
export function inPlanTerms(ref: string, convention: AmountConvention | undefined, planUnit: Unit): string {
  if (convention === undefined) return ref;
  const price = convention.price === undefined ? '' : `*${convention.price.toIndex.toFixed()}/${convention.price.fromIndex.toFixed()}`;
  return `${convention.negate ? '-' : ''}${ref}${price}${unitFactor(convention.unit, planUnit)}`;
}
