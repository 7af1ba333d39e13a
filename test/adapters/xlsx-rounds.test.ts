import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { LayoutCell } from '../../src/core/layout';
import { runPlan } from '../../src/core/run';
import { HEADER, smallScheme } from '../helpers/plan';
import { unzipParts } from '../helpers/ooxml-package';
import { integrityProblems } from '../helpers/package-integrity';

const BO1 = { name: 'BO1', closed: '2026-03-31' };

async function planWorkbook(): Promise<XlsxWorkbook> {
  const source = new ExcelJS.Workbook();
  source.addWorksheet('Forside').getCell('A1').value = 'Handleplan 2023-2024';
  const sheet = source.addWorksheet('Plan');
  [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2, null, 0.5, 1], ['2', 'Dagtilbud', 'Bofællesskab', 2, 3, null, 1, 3]].forEach((row) => sheet.addRow(row));
  return XlsxWorkbook.fromBuffer(new Uint8Array(await source.xlsx.writeBuffer()));
}

/** Each part's uncompressed bytes, by name. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async('nodebuffer'));
  return parts;
}

/** The worksheet part of a sheet, found through the workbook part and its relationships. */
async function sheetPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const id = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const target = new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] ?? '';
  return (await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)?.async('string')) ?? '';
}

describe('a round closed in an .xlsx workbook', () => {
  it('is a new worksheet part, protected without a password, its protection where the schema puts it (after sheetData, before mergeCells and pageMargins)', async () => {
    const workbook = await planWorkbook();
    expect((await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 })).written).toBe(true);
    const xml = await sheetPart(await workbook.toBuffer(), 'Opfølgning BO1');
    expect(xml.match(/<sheetProtection[^>]*\/>/g)).toEqual(['<sheetProtection sheet="1" objects="1" scenarios="1"/>']);
    expect(xml).not.toMatch(/password|hashValue/);
    const at = (element: string): number => xml.indexOf(`<${element}`);
    expect(at('sheetData')).toBeLessThan(at('sheetProtection'));
    expect(at('sheetProtection')).toBeLessThan(at('pageMargins'));
    expect(xml.indexOf('</sheetData>')).toBeLessThan(at('sheetProtection'));
    // No other sheet is protected: Bilag 1, the gap sheet and the state sheet stay open to the program's next run.
    for (const other of ['Bilag 1', 'Handleplan afvigelse', 'Plan', 'Forside']) expect(await sheetPart(await workbook.toBuffer(), other)).not.toContain('sheetProtection');
  });

  it('keeps every part a run before it wrote, and every foreign part, byte for byte, but the workbook’s own lists and the state', async () => {
    const workbook = await planWorkbook();
    await runPlan(workbook, smallScheme(), { write: true });
    const before = await partsOf(await workbook.toBuffer());
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    const after = await partsOf(await workbook.toBuffer());
    const changed = [...before].filter(([name, bytes]) => after.get(name)?.equals(bytes) !== true).map(([name]) => name);
    // The workbook's sheet list, its relationships and content types gain the round; the state lists it; styles may grow.
    expect(changed.filter((name) => !['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'].includes(name))).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/),
    ]);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
  });

  it('gives the very same bytes when a run after it is run again, the sheet of what moved included', async () => {
    const workbook = await planWorkbook();
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    await workbook.applyFixes([{ kind: 'set-number', sheet: 'Plan', cell: 'G3', value: '1.5', label: '' }]);
    expect((await runPlan(workbook, smallScheme(), { write: true })).since?.round).toBe('BO1');
    const once = await workbook.toBuffer();
    await runPlan(workbook, smallScheme(), { write: true });
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(once))).toBe(true);
  });

  it('leaves the file as it was when the write that closes it fails halfway, after the round’s sheet was made', async () => {
    const workbook = await planWorkbook();
    await runPlan(workbook, smallScheme(), { write: true });
    const bytes = await workbook.toBuffer();
    const poison: LayoutCell = { value: { kind: 'number', value: Object.assign(Object.create(Decimal.prototype) as Decimal, { toNumber: () => { throw new Error('Simulated failure'); } }) } };
    const write = workbook.write.bind(workbook);
    // Bilag 1 is written after the round's sheet: a cell of it that cannot be written stops the write there.
    workbook.write = (plan) => write({ ...plan, bilag1: { ...plan.bilag1, rows: plan.bilag1.rows.map((row, r) => (r === 3 ? [poison, ...row.slice(1)] : row)) } });
    await expect(runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 })).rejects.toThrow('Simulated failure');
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect((await workbook.facts()).state?.rounds).toBeUndefined();
  });

  it('leaves a package Excel opens without repair after rounds are closed, one closed again and the sheet of what moved renamed', async () => {
    const workbook = await planWorkbook();
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO2', closed: '2026-06-30' } });
    // Closing BO1 again compares with BO2 (Ændringer siden BO2); the next run with BO1, now the newest.
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-07-01', replace: true } });
    expect((await workbook.facts()).sheetNames).toContain('Ændringer siden BO2');
    await runPlan(workbook, smallScheme(), { write: true });
    const bytes = await workbook.toBuffer();
    expect(integrityProblems(unzipParts(bytes))).toEqual([]);
    expect((await workbook.facts()).sheetNames).toEqual(['Forside', 'Plan', 'Opfølgning BO1', 'Opfølgning BO2', 'Bilag 1', 'Handleplan afvigelse', 'Ændringer siden BO1']);
  });
});
