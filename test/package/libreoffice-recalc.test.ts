import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sheetsOfEachAsCalcShowsThem } from '../helpers/calc-many';
import { parseShown, recalculatedInCalc } from '../helpers/libreoffice-recalc';
import { sofficeAvailable } from '../helpers/soffice';

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

/** A workbook whose formulas carry wrong cached results, as a file would whose inputs changed after it was saved. */
async function staleWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.getCell('A1').value = 2;
  sheet.getCell('A2').value = 3.25;
  sheet.getCell('A3').value = { formula: 'A1*A2', result: 999 };
  sheet.getCell('A4').value = { formula: '"I alt "&FIXED(1234.5+A1,1)&" mio. kr."', result: 'forældet' };
  sheet.getCell('A5').value = { formula: 'IF(ISNUMBER(A6),A6,"")', result: 7 };
  await workbook.xlsx.writeFile(path);
}

describeWithCalc('LibreOffice recalculating every formula on load', () => {
  it('shows what the formulas compute, not the results cached in the file, with Danish separators', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'handleplan-recalc-test-')), 'stale.xlsx');
    await staleWorkbook(file);
    const [recalculated, cached] = [recalculatedInCalc([file]), sheetsOfEachAsCalcShowsThem([file])];
    const plan = recalculated.get(file)?.get('Plan');
    expect(plan?.map((row) => row[0])).toEqual(['2', '3,25', '6,5', 'I alt 1.236,5 mio. kr.', '']);
    // Without the profile's setting, Calc shows the stale cached results: the setting is what makes the proof.
    expect(parseShown(cached.get(file)?.get('Plan') ?? '').map((row) => row[0])).toEqual(['2', '3.25', '999', 'forældet', '7']);
  });

  it('reads a quoted cell with tabs, quotes and line breaks as one cell', () => {
    expect(parseShown('a\t"b\t""c""\nd"\te\n\tf\n')).toEqual([
      ['a', 'b\t"c"\nd', 'e'],
      ['', 'f'],
    ]);
  });
});
