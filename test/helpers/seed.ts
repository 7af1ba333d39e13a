import { cellText } from '../../src/core/grid';
import { SheetLayout, storedValue } from '../../src/core/layout';
import { PlanWorkbook } from '../../src/core/workbook';
import { SeedCell } from '../fakes/fake-excel';

export interface SeedSheet {
  readonly name: string;
  readonly rows: SeedCell[][];
}

/** Every sheet of a workbook as seed cells for the fake Excel: values and number formats, as Excel holds them. */
export async function seedFromWorkbook(workbook: PlanWorkbook): Promise<SeedSheet[]> {
  const names = (await workbook.facts()).sheetNames;
  return Promise.all(
    names.map(async (name) => {
      const grid = await workbook.readSheet(name);
      const rows = grid.rows.map((row) =>
        Array.from(row, (cell): SeedCell => {
          if (cell === undefined || cell.content.kind === 'empty') return null;
          const value = cell.content.kind === 'number' || cell.content.kind === 'boolean' ? cell.content.value : cellText(cell);
          return { value, ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }) };
        }),
      );
      return { name, rows };
    }),
  );
}

/** A sheet the program lays out (such as the scheme sheet) as seed cells, as if it had been written before. */
export function seedFromLayout(layout: SheetLayout): SeedSheet {
  const rows = layout.rows.map((row) =>
    row.map((cell): SeedCell => {
      const value = storedValue(cell);
      if (value === '') return null;
      return cell.numberFormat === undefined ? value : { value, numberFormat: cell.numberFormat };
    }),
  );
  return { name: layout.sheetName, rows };
}
