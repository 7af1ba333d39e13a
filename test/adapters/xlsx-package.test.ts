import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook, UnreadableWorkbookError } from '../../src/adapters/xlsx/xlsx-workbook';
import { GAP_SHEET } from '../../src/core/gap-sheet';
import { runPlan } from '../../src/core/run';
import { STATE_SHEET } from '../../src/core/state';
import { HEADER, smallScheme } from '../helpers/plan';

const PLAN_ROWS = [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2, null, 0.5, 1], ['2', 'Kontraktforhandling', 'Nye aftaler', 2, 3, null, 1, 3]];

/** An .xlsx made by ExcelJS with a cover sheet and a plan sheet, then changed part by part as another program would have written it. */
async function packageWith(edit: (zip: JSZip) => Promise<void> | void = () => undefined): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Forside').getCell('A1').value = 'Handleplan 2023-2024';
  const plan = book.addWorksheet('Plan');
  PLAN_ROWS.forEach((row) => plan.addRow(row));
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (file === null) throw new Error(`no part ${part}`);
  return file.async('string');
}

async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  zip.file(part, (await text(zip, part)).replace(from, to));
}

/** Each part's uncompressed bytes, by name. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async('nodebuffer'));
  return parts;
}

async function run(bytes: Uint8Array): Promise<XlsxWorkbook> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
  return workbook;
}

/** The parts a run may change; everything else must come back byte for byte. */
const OWNED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet2.xml', 'docProps/app.xml'];

const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

async function withForeignParts(zip: JSZip): Promise<void> {
  zip.file('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>');
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5]));
  zip.file('xl/calcChain.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="G2" i="2"/></calcChain>');
  await replaceIn(zip, '[Content_Types].xml', '</Types>', `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`);
  await replaceIn(zip, '[Content_Types].xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO_WORKBOOK);
  await replaceIn(zip, '_rels/.rels', '</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>');
  await replaceIn(zip, 'xl/_rels/workbook.xml.rels', '</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
}

describe('the .xlsx package after a run', () => {
  it('keeps every part it does not own byte for byte: macro project, custom properties, theme, the other sheets', async () => {
    const input = await packageWith(withForeignParts);
    const before = await partsOf(input);
    const after = await partsOf(await (await run(input)).toBuffer());
    for (const [name, bytes] of before) {
      if (OWNED.includes(name) || name === 'xl/calcChain.xml') continue;
      expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
    }
  });

  it('keeps a macro-enabled workbook macro-enabled, and drops the stale calculation chain with its relationship and content type', async () => {
    const output = await (await run(await packageWith(withForeignParts))).toBuffer();
    const zip = await JSZip.loadAsync(output);
    const types = await text(zip, '[Content_Types].xml');
    expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_WORKBOOK}"`);
    expect(types).not.toContain('calcChain');
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await text(zip, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await text(zip, 'xl/_rels/workbook.xml.rels')).toContain('vbaProject.bin');
  });

  it('gives the very same bytes when run a second time', async () => {
    const workbook = await run(await packageWith());
    const once = await workbook.toBuffer();
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(once))).toBe(true);
  });

  it('appends the styles it needs after the workbook’s own and finds them again on a re-run', async () => {
    const input = await packageWith();
    const count = async (bytes: Uint8Array): Promise<number> => ((await text(await JSZip.loadAsync(bytes), 'xl/styles.xml')).match(/<xf /g) ?? []).length;
    const inputStyles = await text(await JSZip.loadAsync(input), 'xl/styles.xml');
    const workbook = await run(input);
    const once = await workbook.toBuffer();
    const outputStyles = await text(await JSZip.loadAsync(once), 'xl/styles.xml');
    // The workbook's own entries stay where they were: the new ones come after the last of each list.
    const ownXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(inputStyles)?.[1] ?? '';
    expect(outputStyles).toContain(ownXfs);
    expect(await count(once)).toBeGreaterThan(await count(input));
    await runPlan(workbook, smallScheme(), { write: true });
    expect(await count(await workbook.toBuffer())).toBe(await count(once));
  });

  it('gives a workbook without a styles part one, with the looks of its cells', async () => {
    const input = await packageWith(async (zip) => {
      zip.remove('xl/styles.xml');
      await replaceIn(zip, 'xl/_rels/workbook.xml.rels', /<Relationship [^>]*Target="styles.xml"\/>/, '');
      await replaceIn(zip, '[Content_Types].xml', /<Override PartName="\/xl\/styles.xml"[^>]*\/>/, '');
    });
    const zip = await JSZip.loadAsync(await (await run(input)).toBuffer());
    expect(await text(zip, 'xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    expect(await text(zip, '[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await zip.generateAsync({ type: 'uint8array' })) as unknown as ArrayBuffer);
    const bilag = book.getWorksheet('Bilag 1');
    expect(bilag?.getCell(bilag.rowCount, 1).font?.bold).toBe(true);
  });

  it('opens in ExcelJS, an independent reader, with the plan’s columns, Bilag 1 and the very hidden state sheet', async () => {
    const output = await (await run(await packageWith(withForeignParts))).toBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(output as unknown as ArrayBuffer);
    expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['Forside', 'visible'], ['Plan', 'visible'], ['Bilag 1', 'visible'], [GAP_SHEET, 'visible'], [STATE_SHEET, 'veryHidden']]);
    expect(book.getWorksheet('Plan')?.getCell('I1').value).toEqual(expect.stringContaining('(beregnet)'));
  });
});

describe('reading what other programs write', () => {
  it('follows absolute part paths, as openpyxl writes them', async () => {
    const input = await packageWith(async (zip) => {
      await replaceIn(zip, '_rels/.rels', /Target="xl\/workbook.xml"/, 'Target="/xl/workbook.xml"');
      await replaceIn(zip, 'xl/_rels/workbook.xml.rels', /Target="(worksheets|styles|theme|sharedStrings)/g, 'Target="/xl/$1');
    });
    const workbook = await run(input);
    const again = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    expect((await again.facts()).sheetNames).toEqual(['Forside', 'Plan', 'Bilag 1', GAP_SHEET]);
    expect((await again.facts()).state?.bilagSheet).toBe('Bilag 1');
  });

  it('reads a formula whose cached result is 0 or FALSE as that value, not as an empty cell', async () => {
    const input = await packageWith(async (zip) => {
      await replaceIn(zip, 'xl/worksheets/sheet2.xml', '</sheetData>', '<row r="9"><c r="D9"><f>D2-D2</f><v>0</v></c><c r="E9" t="b"><f>D2&gt;9</f><v>0</v></c><c r="F9" t="d"><v>2014-02-14T08:27:48.765Z</v></c></row></sheetData>');
    });
    const grid = await (await XlsxWorkbook.fromBuffer(input)).readSheet('Plan');
    expect(grid.rows[8]?.slice(3, 6)).toEqual([
      { content: { kind: 'number', value: 0 }, formula: 'D2-D2' },
      { content: { kind: 'boolean', value: false }, formula: 'D2>9' },
      { content: { kind: 'date', value: '2014-02-14T08:27:48.765Z' } },
    ]);
  });

  it('reads rich text as its runs joined, without phonetic guides, from shared and inline strings alike', async () => {
    const input = await packageWith(async (zip) => {
      await replaceIn(zip, 'xl/sharedStrings.xml', '</sst>', '<si><r><rPr><b/></rPr><t>Åben</t></r><r><t xml:space="preserve"> café &amp; værksted</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>');
      const index = ((await text(zip, 'xl/sharedStrings.xml')).match(/<si>/g) ?? []).length - 1;
      await replaceIn(zip, 'xl/worksheets/sheet2.xml', '</sheetData>', `<row r="9"><c r="C9" t="s"><v>${index}</v></c><c r="D9" t="inlineStr"><is><r><t>Linje_x000D_</t></r><r><t>to</t></r></is></c><c r="E9" t="e"><v>#REF!</v></c></row></sheetData>`);
    });
    const grid = await (await XlsxWorkbook.fromBuffer(input)).readSheet('Plan');
    expect(grid.rows[8]?.slice(2, 5).map((cell) => cell?.content)).toEqual([
      { kind: 'text', value: 'Åben café & værksted' },
      { kind: 'text', value: 'Linje\rto' },
      { kind: 'error', value: '#REF!' },
    ]);
  });

  it('gives each cell that shares a formula the formula moved to where it is', async () => {
    const input = await packageWith(async (zip) => {
      await replaceIn(zip, 'xl/worksheets/sheet2.xml', '</sheetData>', '<row r="9"><c r="D9"><f t="shared" ref="D9:E10" si="0">D2+$E$2+"D2"</f><v>1</v></c><c r="E9"><f t="shared" si="0"/><v>2</v></c></row><row r="10"><c r="D10"><f t="shared" si="0"/><v>3</v></c></row></sheetData>');
    });
    const grid = await (await XlsxWorkbook.fromBuffer(input)).readSheet('Plan');
    expect([grid.rows[8]?.[3]?.formula, grid.rows[8]?.[4]?.formula, grid.rows[9]?.[3]?.formula]).toEqual(['D2+$E$2+"D2"', 'E2+$E$2+"D2"', 'D3+$E$2+"D2"']);
  });

  it('reads and patches a sheet whose elements carry a prefix, and cells without their r attribute', async () => {
    const input = await packageWith(async (zip) => {
      const sheet = (await text(zip, 'xl/worksheets/sheet2.xml'))
        .replace(/<(\/?)([a-zA-Z]+)([\s>/])/g, (whole, slash: string, name: string, after: string) => (name === 'xml' ? whole : `<${slash}x:${name}${after}`))
        .replace('<x:worksheet xmlns="', '<x:worksheet xmlns:x="')
        .replace(/(<x:c) r="[A-Z]+1"/g, '$1');
      zip.file('xl/worksheets/sheet2.xml', sheet);
    });
    const plain = await (await run(await packageWith())).readSheet('Plan');
    const prefixed = await (await run(input)).readSheet('Plan');
    expect(prefixed.rows[0]?.[2]?.content).toEqual({ kind: 'text', value: 'Indsats' });
    expect(prefixed).toEqual(plain);
  });

  it('reads a workbook in Strict Open XML and writes its own sheets in the same namespaces', async () => {
    const strict = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'sheet_visibility_strict.xlsx');
    if (!existsSync(strict)) throw new Error(`missing ${strict}`);
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(strict));
    expect((await workbook.facts()).sheetNames).toEqual(['Visible', 'Hidden', 'VeryHidden']);
    expect((await workbook.readSheet('Visible')).rows[1]?.[1]).toEqual({ content: { kind: 'number', value: 105 }, formula: 'CODE(B1)' });
    await workbook.saveSettings({ sheet: 'Visible', columns: {} });
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const added = (await text(zip, 'xl/_rels/workbook.xml.rels')).match(/Type="([^"]*)" Target="worksheets\/sheet4.xml"/)?.[1];
    expect(added).toBe('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet');
    expect(await text(zip, 'xl/worksheets/sheet4.xml')).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect((await (await XlsxWorkbook.fromBuffer(await workbook.toBuffer())).facts()).settings).toEqual({ sheet: 'Visible', columns: {} });
  });

  it('says in one line that a binary workbook (.xlsb) must be saved as .xlsx', async () => {
    const input = await packageWith(async (zip) => {
      await replaceIn(zip, '_rels/.rels', 'Target="xl/workbook.xml"', 'Target="xl/workbook.bin"');
      zip.file('xl/workbook.bin', new Uint8Array([1, 2, 3]));
    });
    await expect(XlsxWorkbook.fromBuffer(input)).rejects.toThrow(new UnreadableWorkbookError('Filen er gemt i det binære format (.xlsb). Gem den som Excel-projektmappe (.xlsx), og prøv igen.'));
  });
});
