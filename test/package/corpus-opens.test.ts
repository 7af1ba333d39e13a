import { UnreadableWorkbookError, XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { runPlan } from '../../src/core/run';
import { corpusFiles } from '../helpers/corpus';
import { packageFixtures, SCHEME, workbookBytes } from '../helpers/corpus-run';
import { contentTypeOf, sheetEntries, unzipParts } from '../helpers/ooxml-package';

const WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The names of the package's worksheets (not chart, dialog or macro sheets), read from the package itself. */
function worksheetNames(bytes: Uint8Array): string[] {
  const parts = unzipParts(bytes);
  return sheetEntries(parts)
    .filter((s) => contentTypeOf(parts, s.part) === WORKSHEET)
    .map((s) => s.name);
}

describe('a real workbook made by another program', () => {
  it.each([...corpusFiles(), ...packageFixtures()])('%s opens, every worksheet reads as a grid and validating answers with findings, or it is refused in one Danish line', async (file) => {
    const bytes = workbookBytes(file);
    let workbook: XlsxWorkbook;
    try {
      workbook = await XlsxWorkbook.fromBuffer(bytes);
    } catch (error) {
      // Our own fixtures are ordinary workbooks from openpyxl and LibreOffice: they must open.
      expect([file.startsWith('package.'), error instanceof UnreadableWorkbookError]).toEqual([false, true]);
      expect((error as Error).message.split('\n')).toHaveLength(1);
      return;
    }
    const { sheetNames } = await workbook.facts();
    expect(sheetNames).toEqual(worksheetNames(bytes));
    for (const name of sheetNames) expect((await workbook.readSheet(name)).sheetName).toBe(name);
    const { result } = await runPlan(workbook, SCHEME, { write: false });
    expect(result.findings.every((f) => f.message.length > 0)).toBe(true);
  });
});
