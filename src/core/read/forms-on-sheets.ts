import { vocabularyOf } from '../columns';
import { Grid } from '../grid';
import { Scheme } from '../scheme';
import { PlanWorkbook, readSheetsOf } from '../workbook';
import { recogniseShape } from './read-plan';

/** How many budget proposal forms a sheet holds (none when it holds another shape of table, or none). */
export function formsIn(grid: Grid, scheme: Scheme): number {
  const seen = recogniseShape(grid, vocabularyOf(scheme), () => false);
  return seen?.shape === 'proposal-forms' ? seen.forms.length : 0;
}

/**
 * Proposal forms kept one per sheet are one plan: every sheet among `sheets` (the user's, in the workbook's order)
 * that holds forms, the one already read among them, each read once. A sheet of another shape is no part of it.
 */
export async function sheetsWithForms(workbook: PlanWorkbook, scheme: Scheme, read: Grid, sheets: readonly string[]): Promise<Grid[]> {
  const others = await readSheetsOf(workbook, sheets.filter((name) => name !== read.sheetName));
  const withForms = new Map([read, ...others.filter((grid) => formsIn(grid, scheme) > 0)].map((grid) => [grid.sheetName, grid]));
  return sheets.flatMap((name) => withForms.get(name) ?? []);
}
