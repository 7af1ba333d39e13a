import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runPlan } from '../../src/core/run';
import { XlsxWorkbook, UnreadableWorkbookError } from '../../src/adapters/xlsx/xlsx-workbook';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER, smallScheme } from '../helpers/plan';
import { hedenstedScheme } from '../helpers/scheme';

async function workbookWith(rows: (string | number | null)[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  rows.forEach((row) => sheet.addRow(row));
  edit?.(sheet);
  return XlsxWorkbook.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('the .xlsx workbook', () => {
  it('writes text that starts with =, +, - or @ as text, never as a formula', async () => {
    const names = ['=SUM(A1:A9)', '+45 12 34 56 78', '-Fønix', '@kontakt'];
    const workbook = await workbookWith([HEADER, ...names.map((name, i) => [String(i + 1), 'Dagtilbud', name, 1])]);
    const outcome = await runPlan(workbook, smallScheme(), { write: true });
    expect(outcome.written).toBe(true);
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    // The only formulas are the program's figures: no text cell has one, and no formula holds a name.
    for (const file of sheets) {
      const xml = (await zip.file(file)?.async('string')) ?? '';
      expect(xml).not.toMatch(/<c [^>]*t="inlineStr"[^>]*>(?:(?!<\/c>).)*<f>/);
      for (const formula of xml.matchAll(/<f>([^<]*)<\/f>/g)) for (const name of names) expect(formula[1]).not.toContain(name.replace(/^[=+\-@]/, ''));
    }
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
    const bilag = reread.getWorksheet('Bilag 1') as ExcelJS.Worksheet;
    expect([3, 4, 5, 6].map((r) => bilag.getCell(r, 1).value).sort()).toEqual([...names].sort());
  });

  it('changes the number format of the fixed cell only, when other cells share its style in the file', async () => {
    // The amounts are formatted as text and share one style (one xf in the file); ExcelJS gives them one style object.
    const workbook = await workbookWith([HEADER, ['1', 'Dagtilbud', 'Indsats', '2,5', '1,5'], ['2', 'Dagtilbud', 'Anden', '0,5', '1']], (ws) => {
      for (const address of ['D2', 'E2', 'D3', 'E3']) ws.getCell(address).numFmt = '@';
    });
    await workbook.applyFixes([{ kind: 'set-number', sheet: 'Plan', cell: 'D2', value: '2.50', label: 'Gør til tallet 2,50' }]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
    const plan = reread.getWorksheet('Plan') as ExcelJS.Worksheet;
    expect(plan.getCell('D2').value).toBe(2.5);
    expect(plan.getCell('D2').numFmt).toBe('#,##0.00');
    expect(['E2', 'D3', 'E3'].map((a) => plan.getCell(a).numFmt)).toEqual(['@', '@', '@']);
  });

  it('reads cached results of formulas, error values and dates into the grid', async () => {
    const workbook = await workbookWith([HEADER, ['1', 'Dagtilbud', 'A', null, null]], (ws) => {
      ws.getCell('D2').value = { formula: 'E5*2', result: 4 };
      ws.getCell('E2').value = { error: '#DIV/0!' };
      ws.getCell('F2').value = new Date(Date.UTC(2023, 4, 1));
      ws.getRow(2).hidden = true;
    });
    const grid = await workbook.readSheet('Plan');
    expect(grid.rows[1]?.[3]).toEqual({ content: { kind: 'number', value: 4 }, formula: 'E5*2' });
    expect(grid.rows[1]?.[4]?.content).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(grid.rows[1]?.[5]?.content).toEqual({ kind: 'date', value: '2023-05-01T00:00:00.000Z' });
    expect(grid.hiddenRows.has(1)).toBe(true);
  });

  it('says in one Danish line why a file cannot be opened', async () => {
    await expect(XlsxWorkbook.fromBuffer(new Uint8Array())).rejects.toThrow(new UnreadableWorkbookError('Filen er tom.'));
    await expect(XlsxWorkbook.fromBuffer(new TextEncoder().encode('Nr;Tema'))).rejects.toThrow(/ikke en Excel-projektmappe/);
    await expect(XlsxWorkbook.fromBuffer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow(/adgangskode/);
    await expect(XlsxWorkbook.fromBuffer(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/beskadiget/);
  });

  it('reads the cells of a merged range after the first as empty, as Excel holds them', async () => {
    const workbook = await workbookWith([HEADER, ['1', 'Dagtilbud', 'Flettet navn', null]], (ws) => ws.mergeCells('C2:D2'));
    const grid = await workbook.readSheet('Plan');
    expect(grid.rows[1]?.[2]?.content).toEqual({ kind: 'text', value: 'Flettet navn' });
    expect(grid.rows[1]?.[3]?.content).toEqual({ kind: 'empty' });
  });

  it('keeps a plan kept as an Excel table an Excel table, with its range and totals row, after a run', async () => {
    const file = readFileSync(join(__dirname, '..', 'fixtures', 'invalid.excel-table.xlsx'));
    const workbook = await XlsxWorkbook.fromBuffer(file);
    expect((await runPlan(workbook, hedenstedScheme(), { write: true })).written).toBe(true);
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const table = await zip.file('xl/tables/table1.xml')?.async('string');
    expect(table).toContain('ref="A3:G6"');
    expect(table).toContain('totalsRowCount="1"');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheet).toContain('SUBTOTAL(109,Indsatser[2023])');
  });
});

