import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1, ROOT } from '../helpers/paths';
import { sheetAsShownText } from '../helpers/shown';
import { serveFolder } from '../helpers/static-server';

const available = chromiumAvailable();
const describeWithChromium = available ? describe : describe.skip;
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

describeWithChromium('the pane as a browser page, driven in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(join(ROOT, 'dist'));
    browser = await launchChromium();
    page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.url);
    await page.getByRole('heading', { name: '1. Kilde' }).waitFor();
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the Hedensted workbook with its scheme and shows the findings', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, '1-kilde.png'), fullPage: true });
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
    await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    await expect(page.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 5 til orientering.');
    await expect(page.locator('li[data-code="amount-text-number"]').count()).resolves.toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, '2-validering.png'), fullPage: true });
  });

  it('computes, shows the plan gap, and offers the workbook whose Bilag 1 is the golden table', async () => {
    await page.getByRole('button', { name: 'Beregn effekt og gab, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
    await expect(page.getByRole('table', { name: 'Gab pr. år' }).getByRole('row').nth(1).textContent()).resolves.toBe('20235,04,950,05');
    await page.screenshot({ path: join(SCREENSHOTS, '3-beregn-og-bilag1.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click()]);
    expect(download.suggestedFilename()).toBe('hedensted-handleplan-2023-2026 med Bilag 1.xlsx');
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const bilag = workbook.getWorksheet('Bilag 1');
    expect(bilag).toBeDefined();
    expect(sheetAsShownText(bilag as ExcelJS.Worksheet)).toBe(readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, ''));
  });
});

describeWithChromium('the browser page when something is wrong', () => {
  it('says in the pane that a file is not a workbook, instead of going blank', async () => {
    const server = await serveFolder(join(ROOT, 'dist'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_SCHEME);
      await expect(page.getByRole('alert').textContent()).resolves.toContain('ikke en Excel-projektmappe');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
