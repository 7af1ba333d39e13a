import { vocabularyOf } from '../columns';
import { finding, sortFindings } from '../findings';
import { Grid } from '../grid';
import { Scheme } from '../scheme';
import { SCHEME_SHEET } from '../scheme-sheet';
import { RECORD_SHEETS } from '../state';
import { RunOutcome } from '../run';
import { PlanWorkbook } from '../workbook';
import { recogniseShape } from './read-plan';

/** How many budget proposal forms a sheet holds (none when it holds another shape of table, or none). */
export function formsIn(grid: Grid, scheme: Scheme): number {
  const seen = recogniseShape(grid, vocabularyOf(scheme), () => false);
  return seen?.shape === 'proposal-forms' ? seen.forms.length : 0;
}

/**
 * Proposal forms kept one per sheet are read one sheet at a time, each sheet a plan of its own. When the sheet
 * read holds forms and other sheets of the user's do too, an info finding names them, so one sheet's figures are
 * not taken for the workbook's. The other sheets are read only when the sheet read was read as forms.
 */
export async function noteFormsOnOtherSheets(workbook: PlanWorkbook, scheme: Scheme, outcome: RunOutcome): Promise<RunOutcome> {
  const shape = outcome.result.findings.find((f) => f.code === 'shape-recognised')?.params.shape;
  const sheet = outcome.sheet;
  if (sheet === undefined || (shape !== 'proposal-form' && shape !== 'proposal-forms')) return outcome;
  const others = await otherSheetsWithForms(workbook, scheme, sheet);
  if (others.length === 0) return outcome;
  const note = finding('forms-on-other-sheets', { sheet }, {
    sheets: sheetList(others),
    count: String(others.reduce((total, [, count]) => total + count, 0)),
    chosen: sheet,
  });
  return { ...outcome, result: { ...outcome.result, findings: sortFindings([note, ...outcome.result.findings]) } };
}

/** The user's other sheets that hold proposal forms, with how many each: the program's own sheets are left out. */
export async function otherSheetsWithForms(workbook: PlanWorkbook, scheme: Scheme, sheet: string): Promise<[string, number][]> {
  const { sheetNames, state } = await workbook.facts();
  const own = new Set([...RECORD_SHEETS, SCHEME_SHEET, scheme.bilag1.sheetName, state?.bilagSheet, state?.gapSheet, sheet]);
  const others: [string, number][] = [];
  for (const name of sheetNames.filter((n) => !own.has(n))) {
    const count = formsIn(await workbook.readSheet(name), scheme);
    if (count > 0) others.push([name, count]);
  }
  return others;
}

/** Sheet names as messages quote them: »Forslag 2«, »Forslag 3«. */
export function sheetList(sheets: readonly [string, number][]): string {
  return sheets.map(([name]) => `»${name}«`).join(', ');
}
