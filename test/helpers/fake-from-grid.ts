import { Grid } from '../../src/core/grid';
import { SeedCell } from '../fakes/fake-excel';

/** Excel's serial day (1900 system) of an ISO timestamp. */
function serialOf(iso: string): number {
  return Date.parse(iso) / 86_400_000 + 25569;
}

/** A sheet read from a file as the fake Excel's seed: values, formulas with their results, number formats. */
export function seedFromGrid(grid: Grid): SeedCell[][] {
  return grid.rows.map((row) =>
    Array.from(row, (cell): SeedCell => {
      if (cell === undefined) return null;
      const { content } = cell;
      const value = content.kind === 'empty' ? '' : content.kind === 'date' ? serialOf(content.value) : content.value;
      if (cell.formula === undefined && cell.numberFormat === undefined) return value === '' ? null : value;
      return { value, ...(cell.formula === undefined ? {} : { formula: cell.formula }), ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }) };
    }),
  );
}
