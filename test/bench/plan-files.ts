import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { schemeFromJson } from '../../src/core/scheme-json';
import { Scheme } from '../../src/core/scheme';
import { EXAMPLE_SCHEME } from '../helpers/paths';
import { SyntheticPlan } from './synthetic-plan';

/** The synthetic plans follow the Hedensted scheme: its categories, years, targets and Bilag 1. */
export function benchScheme(): Scheme {
  const read = schemeFromJson(JSON.parse(readFileSync(EXAMPLE_SCHEME, 'utf8')), EXAMPLE_SCHEME);
  if (read.scheme === undefined) throw new Error(`the example scheme does not read: ${read.findings.map((f) => f.code).join(', ')}`);
  return read.scheme;
}

/** The plan as an .xlsx file, as the economics team would keep it: one sheet, amounts as numbers with one decimal. */
export async function planXlsx(plan: SyntheticPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(plan.sheetName);
  sheet.addRows(plan.rows);
  for (let col = 5; col <= 12; col += 1) sheet.getColumn(col).numFmt = '0.0';
  sheet.getColumn(3).width = 60;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
