import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1, SOURCE_SHEET } from '../helpers/paths';
import { formulaOf, resultOf, sheetAsShownText, shownText } from '../helpers/shown';

const dir = mkdtempSync(join(tmpdir(), 'handleplan-golden-'));
const first = join(dir, 'first.xlsx');
const second = join(dir, 'second.xlsx');

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function headerColumn(sheet: ExcelJS.Worksheet, header: string): number {
  const row = sheet.getRow(4);
  for (let c = 1; c <= sheet.columnCount; c += 1) if (row.getCell(c).value === header) return c;
  throw new Error(`No column headed "${header}"`);
}

describe('handleplan run on the Hedensted workbook', () => {
  let output: ExcelJS.Workbook;
  let input: ExcelJS.Workbook;

  beforeAll(async () => {
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', first);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    output = await load(first);
    input = await load(EXAMPLE_WORKBOOK);
  });

  it('writes a Bilag 1 sheet that shows exactly the golden table, row for row and column for column', () => {
    const bilag = output.getWorksheet('Bilag 1');
    expect(bilag).toBeDefined();
    const golden = readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, '');
    expect(sheetAsShownText(bilag as ExcelJS.Worksheet)).toBe(golden);
  });

  it('merges the plan group header over the four year columns and keeps amounts as numbers', () => {
    const bilag = output.getWorksheet('Bilag 1') as ExcelJS.Worksheet;
    expect(bilag.model.merges).toEqual(['B1:E1']);
    expect(resultOf(bilag.getCell('B1'))).toBe('Handleplan Udgiftsreduktion (30,3 mio. kr.)');
    expect(formulaOf(bilag.getCell('B1'))).toBe('"Handleplan Udgiftsreduktion ("&FIXED(N(E31),1)&" mio. kr.)"');
    // E14's source cell holds the text »10,0«: Excel would not count it, so the amount is a value (a finding says so).
    expect(bilag.getCell('E14').value).toBe(10);
    expect(formulaOf(bilag.getCell('E7'))).toBe(`IF(ISNUMBER('Handleplan 2023-2026'!H10),'Handleplan 2023-2026'!H10,"")`);
    expect(bilag.getCell('E14').numFmt).toBe('#,##0.0');
    expect(resultOf(bilag.getCell('B7'))).toBe(0);
    expect(shownText(bilag.getCell('B7'))).toBe('0,0');
    expect(resultOf(bilag.getCell('B3'))).toBe('');
  });

  it('makes the total row bold and leaves initiative rows plain', () => {
    const bilag = output.getWorksheet('Bilag 1') as ExcelJS.Worksheet;
    const last = bilag.rowCount;
    expect(bilag.getCell(last, 1).value).toBe('Økonomisk besparelse i alt');
    for (let c = 1; c <= 6; c += 1) expect(bilag.getCell(last, c).font?.bold).toBe(true);
    expect(bilag.getCell(3, 1).font?.bold).toBeFalsy();
  });

  it('writes effect and gap beside the source table with the figures a finance colleague would check', () => {
    const sheet = output.getWorksheet(SOURCE_SHEET) as ExcelJS.Worksheet;
    const gap2023 = headerColumn(sheet, 'Gab 2023 (beregnet)');
    const gap2024 = headerColumn(sheet, 'Gab 2024 (beregnet)');
    const effect2023 = headerColumn(sheet, 'Effekt 2023 (beregnet)');
    expect(effect2023).toBe(14); // column N, right after the user's last column M
    expect(resultOf(sheet.getCell(18, gap2023))).toBeCloseTo(0.4, 12); // initiative 6: 2,0 planned, 1,6 realised
    expect(resultOf(sheet.getCell(32, gap2024))).toBeCloseTo(-0.4, 12); // Kontraktforhandler: 2,0 planned, 2,4 forecast
    expect(resultOf(sheet.getCell(26, gap2024))).toBeCloseTo(0.8, 12); // initiative 7: 3,0 planned, 2,2 forecast
    expect(resultOf(sheet.getCell(38, effect2023))).toBeCloseTo(4.95, 12); // the I alt row carries the effect total
    // Live: the gap is a formula over the row's planned amount and the effect beside it.
    expect(formulaOf(sheet.getCell(18, gap2023))).toBe('IF(N18="","",IF(ISNUMBER(E18),E18,0)-N18)');
    expect(shownText(sheet.getCell(38, gap2023))).toBe('0,05');
  });

  it('prints the plan gap for 2023 against its 5,0 target as 0,05', async () => {
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', join(dir, 'printed.xlsx'));
    expect(result.out).toMatch(/^2023\t5,0\t4,95\t0,05$/m);
  });

  it('changes no cell of the source sheet outside its own columns', () => {
    const before = input.getWorksheet(SOURCE_SHEET) as ExcelJS.Worksheet;
    const after = output.getWorksheet(SOURCE_SHEET) as ExcelJS.Worksheet;
    for (let r = 1; r <= Math.max(before.rowCount, after.rowCount); r += 1) {
      for (let c = 1; c <= before.columnCount; c += 1) {
        const was = before.getCell(r, c);
        const is = after.getCell(r, c);
        expect({ at: is.address, value: is.value, style: is.style }).toEqual({ at: was.address, value: was.value, style: was.style });
      }
    }
  });

  it('gives the same workbook when run again on its own output', async () => {
    const result = await runCli('run', first, '--scheme', EXAMPLE_SCHEME, '-o', second);
    expect(result.code).toBe(0);
    const again = await load(second);
    expect(again.worksheets.map((ws) => [ws.name, ws.state])).toEqual(output.worksheets.map((ws) => [ws.name, ws.state]));
    for (const sheet of output.worksheets) {
      const twin = again.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect(twin.model.merges).toEqual(sheet.model.merges);
      for (let r = 1; r <= Math.max(sheet.rowCount, twin.rowCount); r += 1) {
        for (let c = 1; c <= Math.max(sheet.columnCount, twin.columnCount); c += 1) {
          const a = sheet.getCell(r, c);
          const b = twin.getCell(r, c);
          expect({ at: b.address, value: b.value, style: b.style }).toEqual({ at: a.address, value: a.value, style: a.style });
        }
      }
    }
  });

  it('never touches the input file', () => {
    const original = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'hedensted-handleplan-2023-2026.xlsx'));
    expect(readFileSync(EXAMPLE_WORKBOOK).equals(original)).toBe(true);
  });
});
