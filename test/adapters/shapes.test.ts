import ExcelJS from 'exceljs';
import { draftSchemeFrom } from '../../src/core/draft-workbook';
import { planFigures } from '../../src/core/figures';
import { runPlan } from '../../src/core/run';
import { SeedCell } from '../fakes/fake-excel';
import { SHAPE_CASES, shapeBytes } from '../fixtures/shape-cases';
import { officeHarness, XLSX_HARNESS } from './harnesses';

/** A shape's workbook as seed rows: each cell's value, as a user typed it. */
async function seedRows(testCase: (typeof SHAPE_CASES)[number]): Promise<Record<string, SeedCell[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await shapeBytes(testCase)) as unknown as ArrayBuffer);
  const sheets: Record<string, SeedCell[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: SeedCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: SeedCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => void (cells[c - 1] = (cell.value as SeedCell) ?? null));
      rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  }
  return sheets;
}

describe('every shape of workbook, the same through both adapters', () => {
  it.each(SHAPE_CASES.map((c) => [c.about, c] as const))('%s', async (_, testCase) => {
    const seeds = await seedRows(testCase);
    for (const harness of [XLSX_HARNESS, officeHarness()]) {
      const { workbook } = await harness.open(seeds);
      const sheet = (await workbook.facts()).sheetNames[0] as string;
      const { draft } = await draftSchemeFrom(workbook, sheet);
      expect([harness.name, draft.scheme?.categories.map((c) => c.label)]).toEqual([harness.name, testCase.scheme.categories]);
      const scheme = draft.scheme!;
      const { result } = await runPlan(workbook, scheme, { write: false });
      expect([harness.name, result.findings.filter((f) => f.severity === 'error')]).toEqual([harness.name, []]);
      expect([harness.name, planFigures(result, scheme)?.plan.years]).toEqual([harness.name, testCase.planYears]);
    }
  });
});
