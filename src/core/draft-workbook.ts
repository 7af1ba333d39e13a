import { draftScheme, SchemeDraft } from './draft-scheme';
import { formsIn, sheetsWithForms } from './read/forms-on-sheets';
import { usersSheets } from './run';
import { PlanWorkbook } from './workbook';

/**
 * A first scheme from a sheet of a workbook. Proposal forms kept one per sheet are one plan: a sheet of forms gives a
 * draft made from every sheet with forms (their years, categories and amounts), and names them all.
 */
export async function draftSchemeFrom(workbook: PlanWorkbook, sheet: string): Promise<{ readonly draft: SchemeDraft; readonly sheets: readonly string[] }> {
  const grid = await workbook.readSheet(sheet);
  const draft = draftScheme(grid);
  if (draft.scheme === undefined || formsIn(grid, draft.scheme) === 0) return { draft, sheets: [sheet] };
  const [own = grid, ...further] = await sheetsWithForms(workbook, draft.scheme, grid, usersSheets(await workbook.facts(), draft.scheme));
  return { draft: further.length === 0 ? draft : draftScheme(own, further), sheets: [own, ...further].map((g) => g.sheetName) };
}
