import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { STATE_SHEET } from '../../src/core/state';
import { FakeExcel } from '../fakes/fake-excel';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1, ROOT, SOURCE_SHEET } from '../helpers/paths';
import { seedFromWorkbook, SeedSheet } from '../helpers/seed';
import { shownNumber } from '../helpers/shown';
import { serveFolder } from '../helpers/static-server';

const available = chromiumAvailable();
const describeWithChromium = available ? describe : describe.skip;
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** The Hedensted workbook as seed cells for the fake Excel. */
async function hedenstedSeed(): Promise<SeedSheet[]> {
  return seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)));
}

/** What the page's fake Excel holds in a sheet, as Danish Excel shows it: tab-separated, row by row. */
async function sheetShown(page: Page, sheet: string): Promise<string | undefined> {
  const cells = await page.evaluate((name) => {
    const excel = (window as unknown as { __excel: FakeExcel }).__excel;
    const found = excel.sheet(name);
    return found === undefined ? undefined : [...found.cells.entries()].map(([key, cell]) => [key, cell.value, cell.numberFormat] as const);
  }, sheet);
  if (cells === undefined) return undefined;
  const grid: string[][] = [];
  let width = 0;
  for (const [key, value, format] of cells) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    if (value === '') continue;
    (grid[row] ??= [])[col] = typeof value === 'number' ? shownNumber(value, format) : String(value);
    width = Math.max(width, col + 1);
  }
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? '').join('\t')).join('\n');
}

describeWithChromium('the task pane in Excel, on a fake Excel in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const problems: string[] = [];

  beforeAll(async () => {
    const [stub, seed] = await Promise.all([buildOfficeStub(), hedenstedSeed()]);
    server = await serveFolder(join(ROOT, 'dist'));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 420, height: 1100 } });
    await context.addInitScript((data) => Object.assign(window, { __HANDLEPLAN_SEED__: data }), { sheets: seed });
    // Office.js comes from Microsoft's CDN; here the fake answers in its place, and nothing leaves the machine.
    await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for the scheme when the workbook has none, then shows the sheet, its columns and the findings', async () => {
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Projektmappen har intet skema');
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    await expect(page.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 5 til orientering.');
    await expect(page.getByRole('table', { name: 'Kolonner, som de er læst' }).getByRole('row').count()).resolves.toBeGreaterThan(5);
    await page.screenshot({ path: join(SCREENSHOTS, 'excel-1-kilde-og-validering.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('selects a finding’s cell in the workbook when its address is clicked', async () => {
    await page.getByRole('button', { name: `Vis '${SOURCE_SHEET}'!H18 i regnearket` }).click();
    await page.waitForFunction(() => (window as unknown as { __excel: FakeExcel }).__excel.selection !== undefined);
    await expect(page.evaluate(() => (window as unknown as { __excel: FakeExcel }).__excel.selection)).resolves.toEqual({ sheet: SOURCE_SHEET, address: 'H18' });
  });

  it('fixes all numbers written as text with one click', async () => {
    await page.getByRole('button', { name: 'Ret alle 3' }).click();
    await page.getByTestId('counts').filter({ hasText: '0 fejl, 0 advarsler, 5 til orientering.' }).waitFor();
    await expect(page.getByText('3 rettelser er skrevet i cellerne.').count()).resolves.toBe(1);
    const h18 = await page.evaluate((sheet) => (window as unknown as { __excel: FakeExcel }).__excel.sheet(sheet)?.cell(17, 7), SOURCE_SHEET);
    expect(h18?.value).toBe(10);
  });

  it('computes, writes Bilag 1 into the workbook as the golden table, and copies it for Word', async () => {
    await page.getByRole('button', { name: 'Beregn effekt og gab, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
    await expect(page.getByRole('table', { name: 'Gab pr. år' }).getByRole('row').nth(1).textContent()).resolves.toBe('20235,04,950,05');
    await expect(sheetShown(page, 'Bilag 1')).resolves.toBe(readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, ''));
    await page.screenshot({ path: join(SCREENSHOTS, 'excel-2-beregn-og-bilag1.png'), fullPage: true });

    await page.evaluate(() => {
      window.addEventListener('copy', (event) => {
        Object.assign(window, { __copied: { html: event.clipboardData?.getData('text/html'), text: event.clipboardData?.getData('text/plain') } });
      });
    });
    await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
    const copied = await page.evaluate(() => (window as unknown as { __copied?: { html: string; text: string } }).__copied);
    expect(copied?.html).toContain('<table');
    expect(copied?.html).toContain('Handleplan Udgiftsreduktion (30,3 mio. kr.)');
    expect(copied?.text.split('\r\n')[2]).toBe('\t2023\t2024\t2025\t2026\t2023');
  });

  it('undoes its write: Bilag 1, the state and its columns are gone again', async () => {
    await page.getByRole('button', { name: 'Fortryd seneste skrivning' }).click();
    await page.getByText('Seneste skrivning er fortrudt.').waitFor();
    await expect(sheetShown(page, 'Bilag 1')).resolves.toBeUndefined();
    await expect(sheetShown(page, STATE_SHEET)).resolves.toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('keeps a changed column choice in the workbook, so it travels with the file', async () => {
    const choice = page.getByRole('combobox', { name: /^Kolonne A / });
    await choice.selectOption({ label: 'Bruges ikke' });
    await page.waitForFunction((sheet) => {
      const value = (window as unknown as { __excel: FakeExcel }).__excel.sheet(sheet)?.cell(0, 1)?.value;
      return typeof value === 'string' && value.includes('ignore');
    }, STATE_SHEET);
    await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    await expect(page.getByRole('combobox', { name: /^Kolonne A / }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
