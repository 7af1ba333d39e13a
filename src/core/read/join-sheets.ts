import { PlanTable, SheetPart } from '../plan-table';

/**
 * Proposal forms kept one per sheet are one plan: the tables read from each sheet, in the workbook's order, become one
 * table whose rows keep their sheets. The first sheet's table gives the table its own place (header row, columns); every
 * sheet keeps its place as a part, beside which the program writes its columns. One table is itself.
 */
export function joinSheets(tables: readonly PlanTable[]): PlanTable | undefined {
  const [first, ...more] = tables;
  if (first === undefined || more.length === 0) return first;
  return { ...first, rows: tables.flatMap((table) => table.rows), parts: tables.map(placeOf), yearsDownRows: true };
}

function placeOf({ sheet, headerRow, columns, lastColumn, lastRow }: PlanTable): SheetPart {
  return { sheet, headerRow, columns, lastColumn, lastRow };
}
