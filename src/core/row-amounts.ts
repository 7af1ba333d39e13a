import { ColumnRole, Measure } from './columns';
import { Decimal } from './decimal';
import { PlanRow, PlanTable, ValueCell } from './plan-table';
import { GroupYear } from './scheme';

const MEASURES = 4;

/** A switch, not a look-up table: it runs twenty times a row, and a keyed look-up by string is slower. */
function measureIndex(measure: Measure): number {
  switch (measure) {
    case 'target':
      return 0;
    case 'adjusted':
      return 1;
    case 'realised':
      return 2;
    case 'forecast':
      return 3;
  }
}

/** Where a row's amount of a group-year (in the order of groupYears(scheme)) and measure stands in its slots (AmountFinder.fill). */
export function amountSlot(groupYear: number, measure: Measure): number {
  return groupYear * MEASURES + measureIndex(measure);
}

/** A row's amounts by group-year (in the order of groupYears(scheme)) and measure; null where it has none. */
export interface RowAmounts {
  of(groupYear: number, measure: Measure): Decimal | null;
}

/**
 * Finds a row's amounts by group, year and measure with one pass over its cells. Which column holds
 * which amount is worked out once per table: the steps after reading look up twenty amounts a row,
 * and a search of the row's cells for each was a tenth of their time.
 */
export class AmountFinder {
  private readonly slotOfColumn: (number | undefined)[] = [];
  /** By group, year and measure: for tables whose columns hold more than one year (years down the rows). */
  private readonly slotOfAmount = new Map<string, number>();
  /**
   * Each column's role, and the slot its cells go to: a cell with its column's role (as read) is placed by
   * one comparison, without reading its role's fields, whose many shapes make that look-up slow.
   */
  private readonly roleOfColumn: ColumnRole[] = [];
  private readonly slotOfRole: (number | undefined)[] = [];
  /** A row with no amounts, copied for each row: quicker than filling a new array. */
  private readonly none: readonly null[];

  constructor(table: PlanTable, groupYears: readonly GroupYear[]) {
    this.none = Array.from({ length: groupYears.length * MEASURES }, () => null);
    groupYears.forEach(({ group, year }, k) => {
      for (const measure of ['target', 'adjusted', 'realised', 'forecast'] as const) this.slotOfAmount.set(`${group.key}|${year}|${measure}`, k * MEASURES + measureIndex(measure));
    });
    for (const column of table.yearsDownRows === true ? [] : table.columns) {
      const role = column.role;
      if (role.kind !== 'amount') continue;
      const k = groupYears.findIndex(({ group, year }) => group.key === role.group && year === role.year);
      if (k >= 0) this.slotOfColumn[column.index] = k * MEASURES + measureIndex(role.measure);
    }
    for (const column of table.columns) {
      this.roleOfColumn[column.index] = column.role;
      this.slotOfRole[column.index] = this.slotOf(column.role, column.index);
    }
  }

  /** The row's amounts; the first readable cell wins, as a table has at most one column per amount. */
  amountsOf(row: PlanRow): RowAmounts {
    const amounts = this.slots();
    this.fill(row, amounts);
    return new SlottedAmounts(amounts);
  }

  /** An array for fill(): every slot empty. */
  slots(): (Decimal | null)[] {
    return this.none.slice();
  }

  /**
   * Puts the row's amounts in slots (amountSlot), null where it has none: an array kept for row after row, so the
   * steps that look at every row's amounts and keep none of them make no array or object per row.
   */
  fill(row: PlanRow, slots: (Decimal | null)[]): void {
    for (let i = 0; i < slots.length; i += 1) slots[i] = null;
    const cells = row.values;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i] as ValueCell;
      const col = cell.col;
      const slot = cell.role === this.roleOfColumn[col] ? this.slotOfRole[col] : this.slotOf(cell.role, col);
      if (slot !== undefined && cell.value !== null && slots[slot] === null) slots[slot] = cell.value;
    }
  }

  /** Where a cell of a role in a column goes; undefined when it holds no amount of the scheme's group-years. */
  private slotOf(role: ColumnRole, col: number): number | undefined {
    return role.kind !== 'amount' ? undefined : (this.slotOfColumn[col] ?? this.slotOfAmount.get(`${role.group}|${role.year}|${role.measure}`));
  }
}

class SlottedAmounts implements RowAmounts {
  constructor(private readonly amounts: readonly (Decimal | null)[]) {}

  of(groupYear: number, measure: Measure): Decimal | null {
    return this.amounts[amountSlot(groupYear, measure)] ?? null;
  }
}
