import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { amount, BLANK, SheetLayout, text } from '../../src/core/layout';
import { runPlan } from '../../src/core/run';
import { bilagForClipboard } from '../../src/taskpane/clipboard';
import { EXAMPLE_WORKBOOK, ROOT } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { sofficeAvailable } from '../helpers/soffice';

const header = { bold: true, borderBottom: 'thin' as const };
/** A small Bilag 1: a heading row over two years, a row of years, two initiatives and a bold total. */
const SMALL: SheetLayout = {
  sheetName: 'Bilag 1',
  rows: [
    [text('Indsatser (mio. kr.)', header), text('Handleplan (3,5 mio. kr.)', { ...header, align: 'center' }), { ...BLANK, ...header }],
    [{ ...BLANK, borderBottom: 'thin' }, amount(new Decimal(2023), '0', header), amount(new Decimal(2024), '0', header)],
    [text('Ny model for botilbud, hvor borgeren selv vælger'), amount(new Decimal('1.5'), '#,##0.0'), amount(new Decimal(2), '#,##0.0')],
    [text('Reduktion i kørsel'), BLANK, amount(null, '#,##0.0')],
    [text('I alt', { bold: true, borderTop: 'thin' }), amount(new Decimal('1.5'), '#,##0.0', { bold: true }), amount(new Decimal(2), '#,##0.0', { bold: true })],
  ],
  merges: [{ from: { row: 0, col: 1 }, to: { row: 0, col: 2 } }],
  columnWidths: [72, 11, 11],
  frozenRows: 2,
};

const { html, text: plain } = bilagForClipboard(SMALL, 'Bilag 1: Handleplan 2023-2024');
const tags = (name: string): string[] => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

describe('Bilag 1 as the clipboard carries it to Word', () => {
  it('gives each column its share of the page’s width, in the proportions of the sheet’s columns', () => {
    expect(tags('table')[0]).toContain('width="100%"');
    expect(tags('col')).toEqual(['<col width="72*">', '<col width="11*">', '<col width="11*">']);
    // The first row holds them in percent, a merged cell the sum of its columns'.
    const firstRow = /<tr>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(firstRow.match(/<td[^>]*>/g)?.map((cell) => /width="(\d+)%"/.exec(cell)?.[1])).toEqual(['76', '24']);
    expect(firstRow).toContain('width:76%');
  });

  it('puts the caption above the table, bold and on the left', () => {
    expect(html).toMatch(/^<p style="text-align:left;font-weight:bold[^"]*"><b>Bilag 1: Handleplan 2023-2024<\/b><\/p><table/);
  });

  it('aligns every cell at the top, with room around its text', () => {
    expect(tags('table')[0]).toContain('cellpadding="4"');
    expect(tags('td')).toHaveLength(14);
    for (const cell of tags('td')) {
      expect(cell).toContain('valign="top"');
      expect(cell).toMatch(/vertical-align:top/);
      expect(cell).toMatch(/padding:2pt 5pt/);
    }
  });

  it('repeats the heading rows on every page: the sheet’s frozen rows are the table’s head', () => {
    const head = /<thead[^>]*>(.*)<\/thead>/.exec(html)?.[1] ?? '';
    expect(head.match(/<tr>/g)).toHaveLength(2);
    expect(head).toContain('Handleplan (3,5 mio. kr.)');
    expect(head).toContain('>2024</td>');
    expect(/<tbody>(.*)<\/tbody>/.exec(html)?.[1]?.match(/<tr>/g)).toHaveLength(3);
  });

  it('spans a merged heading over its columns, right-aligns the figures and keeps the total bold over a rule', () => {
    expect(html).toContain('colspan="2"');
    expect(html).toMatch(/<td valign="top" style="[^"]*text-align:right[^"]*">1,5<\/td>/);
    expect(html).toMatch(/<td valign="top" style="[^"]*font-weight:bold[^"]*border-top:1px solid #000[^"]*">I alt<\/td>/);
  });

  it('gives the same table as tab-separated text for where HTML cannot go', () => {
    expect(plain.split('\r\n')).toEqual([
      'Bilag 1: Handleplan 2023-2024',
      'Indsatser (mio. kr.)\tHandleplan (3,5 mio. kr.)\t',
      '\t2023\t2024',
      'Ny model for botilbud, hvor borgeren selv vælger\t1,5\t2,0',
      'Reduktion i kørsel\t\t',
      'I alt\t1,5\t2,0',
    ]);
  });
});

const describeWithSoffice = sofficeAvailable() ? describe : describe.skip;

/** The clipboard's HTML as a word processor lays it out: opened by LibreOffice Writer's HTML filter, printed to PDF. */
function throughWriter(table: string, name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'handleplan-writer-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'handleplan-lo-profile-'))}`;
  const file = join(folder, `${name}.html`);
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"></head><body>${table}</body></html>`);
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf', '--outdir', folder, file], { stdio: 'pipe', timeout: 120_000 });
  return join(folder, `${name}.pdf`);
}

describeWithSoffice('Bilag 1 pasted into a document, as LibreOffice Writer lays out the clipboard’s HTML', () => {
  it('lays out the Hedensted Bilag 1 on the page (the picture in docs/screenshots)', async () => {
    const outcome = await runPlan(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)), hedenstedScheme(), { write: false });
    const bilag = outcome.result?.bilag1;
    if (bilag === undefined) throw new Error('The example gave no Bilag 1');
    const pdf = throughWriter(bilagForClipboard(bilag, hedenstedScheme().bilag1.title).html, 'bilag1');
    const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain(hedenstedScheme().bilag1.title);
    expect(words).toMatch(/Økonomisk besparelse i alt/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
    copyFileSync(pdf.replace(/\.pdf$/, '.png'), join(ROOT, 'docs', 'screenshots', 'bilag1-indsat-i-writer.png'));
  });

  it('repeats the heading rows at the top of the next page when the table runs over', () => {
    const long: SheetLayout = { ...SMALL, rows: [...SMALL.rows.slice(0, 2), ...Array.from({ length: 90 }, (_, i) => [text(`Indsats nr. ${i + 1}`), amount(new Decimal(i), '0'), BLANK])] };
    const pdf = throughWriter(bilagForClipboard(long, 'Bilag 1').html, 'long');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.trimStart()).toMatch(/^(Bilag 1\s+)?Indsatser \(mio\. kr\.\)\s+Handleplan \(3,5[^]*?2023\s+2024\n/);
  });
});
