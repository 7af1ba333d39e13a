import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { cellAt } from '../../src/core/grid';
import { fromA1, toA1 } from '../../src/core/a1';
import { analysePlan } from '../../src/core/plan';
import { SCHEME_SHEET } from '../../src/core/scheme-sheet';
import { STATE_SHEET } from '../../src/core/state';
import { liveWrite } from '../helpers/formula-write';
import { partText, setPartText, unzipParts, zipParts } from '../helpers/ooxml-package';
import { HEADER, smallScheme } from '../helpers/plan';
import { poisonRow } from '../helpers/poisoned-write';

const GAP = 'Gab pr. år';

async function planWorkbook(): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2, null, 0.5, 1], ['2', 'Dagtilbud', '=Bofællesskab', 2, 3, null, 1, 3]].forEach((row) => sheet.addRow(row));
  return XlsxWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer()));
}

async function sheetNames(workbook: XlsxWorkbook): Promise<string[]> {
  const parts = unzipParts(await workbook.toBuffer());
  return [...partText(parts, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] as string);
}

describe('formulas in the .xlsx workbook', () => {
  it('writes the live columns and the gap sheet as formulas with their results cached, and text as text', async () => {
    const workbook = await planWorkbook();
    const plan = await liveWrite(workbook, { gapSheet: GAP });
    await workbook.write(plan);
    const grid = await workbook.readSheet('Plan');
    const { from, to } = plan.state.output;
    const formulas: string[] = [];
    for (let row = from.row; row <= to.row; row += 1) {
      for (let col = from.col; col <= to.col; col += 1) {
        const cell = cellAt(grid, { row, col });
        if (cell.formula !== undefined) formulas.push(`${toA1({ row, col })}=${cell.formula}→${cell.content.kind === 'number' ? cell.content.value : ''}`);
      }
    }
    expect(formulas).toContain('I2=IF(ISNUMBER(G2),G2,"")→0.5');
    expect(formulas.length).toBe(plan.outputColumns.rows.flat().filter((c) => c.value.kind === 'formula').length);
    expect(cellAt(grid, fromA1('C3'))).toEqual({ content: { kind: 'text', value: '=Bofællesskab' } });
    const gap = await workbook.readSheet(GAP);
    expect(cellAt(gap, fromA1('B1'))).toEqual({ content: { kind: 'text', value: '=ikke en formel' } });
    expect(cellAt(gap, fromA1('B2')).formula).toBe("'Plan'!I2*2");
    expect(cellAt(gap, fromA1('B3'))).toEqual({ content: { kind: 'empty' }, formula: `IF(ISNUMBER('Plan'!I2),"","mangler")` });
    expect(partText(unzipParts(await workbook.toBuffer()), 'xl/worksheets/sheet1.xml')).toMatch(/<c r="I2"( s="\d+")?><f>IF\(ISNUMBER\(G2\),G2,""\)<\/f><v>0.5<\/v><\/c>/);
  });

  it('names the gap sheet in the state and puts it after Bilag 1, before the state sheet', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    expect((await workbook.facts()).state?.gapSheet).toBe(GAP);
    expect(await sheetNames(workbook)).toEqual(['Plan', SCHEME_SHEET, 'Bilag 1', GAP, STATE_SHEET]);
  });

  it('gives the very same bytes when the same formulas are written again', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const once = await workbook.toBuffer();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(once))).toBe(true);
  });

  it('removes the gap sheet it wrote when a run writes none, leaving no part, relationship or content type behind', async () => {
    const workbook = await planWorkbook();
    const fresh = await workbook.toBuffer();
    await workbook.write(await liveWrite(workbook));
    const withoutGap = unzipParts(await workbook.toBuffer());
    const second = await XlsxWorkbook.fromBuffer(fresh);
    await second.write(await liveWrite(second));
    await second.write(await liveWrite(second, { gapSheet: GAP }));
    expect(await sheetNames(second)).toContain(GAP);
    await second.write(await liveWrite(second));
    const parts = unzipParts(await second.toBuffer());
    expect([...parts.keys()].sort()).toEqual([...withoutGap.keys()].sort());
    for (const part of ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']) expect(partText(parts, part)).toBe(partText(withoutGap, part));
    expect((await second.facts()).state?.gapSheet).toBeUndefined();
  });

  it('takes the print area the user set on the gap sheet with it when it removes the sheet, and moves the positions after it', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const parts = unzipParts(await workbook.toBuffer());
    const names = `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="3">'${GAP}'!$A$1:$B$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="4">'${STATE_SHEET}'!$A$1</definedName></definedNames>`;
    setPartText(parts, 'xl/workbook.xml', partText(parts, 'xl/workbook.xml').replace('<sheets>', '<bookViews><workbookView activeTab="3"/></bookViews><sheets>').replace('<calcPr', `${names}<calcPr`));
    const edited = await XlsxWorkbook.fromBuffer(zipParts(parts));
    await edited.write(await liveWrite(edited));
    const book = partText(unzipParts(await edited.toBuffer()), 'xl/workbook.xml');
    expect(book).not.toContain(GAP);
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">'${STATE_SHEET}'!$A$1</definedName>`);
    expect(book).toContain('<workbookView activeTab="2"/>');
  });

  it('refuses to write the gap sheet over a sheet of that name the user made', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook));
    const plan = await liveWrite(workbook, { gapSheet: 'Plan' });
    const before = await workbook.toBuffer();
    await expect(workbook.write(plan)).rejects.toThrow('Refusing to replace sheet "Plan"');
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(before))).toBe(true);
  });

  it('leaves the workbook as it was when writing the gap sheet fails halfway', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const before = await workbook.toBuffer();
    const plan = await liveWrite(workbook, { gapSheet: GAP });
    await expect(workbook.write({ ...plan, gapSheet: poisonRow(plan.gapSheet!, 1) })).rejects.toThrow('Simulated failure');
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(before))).toBe(true);
  });

  it('sees no edit of its columns when the user changes an amount their formulas read, and sees one typed over a formula', async () => {
    const workbook = await planWorkbook();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    await workbook.applyFixes([{ kind: 'set-number', sheet: 'Plan', cell: 'D2', value: '4.5', label: '' }]);
    const analysed = analysePlan(await workbook.readSheet('Plan'), smallScheme(), await workbook.facts());
    expect(analysed.findings.map((f) => f.code)).not.toContain('output-edited');
    await workbook.applyFixes([{ kind: 'set-number', sheet: 'Plan', cell: 'I2', value: '7', label: '' }]);
    const typedOver = analysePlan(await workbook.readSheet('Plan'), smallScheme(), await workbook.facts());
    expect(typedOver.findings.filter((f) => f.code === 'output-edited').map((f) => f.cell)).toEqual(['I1']);
  });
});
