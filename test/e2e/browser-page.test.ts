import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/chromium';
import { builtPagesInChromium } from '../helpers/built-pages';
import { chooseWithKeyboard, computeAndCopyByKeyboard, focused, horizontalOverflow, PANE, PANE_CONTEXT, screenshot, seriousAxeViolations, tabTo } from '../helpers/pane';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1 } from '../helpers/paths';
import { sheetAsShownText } from '../helpers/shown';

const available = chromiumAvailable();
const describeWithChromium = available ? describe : describe.skip;

describeWithChromium('the pane as a browser page at a task pane’s width, driven in headless Chromium', () => {
  const pages = builtPagesInChromium();
  let page: Page;
  const problems: string[] = [];


  /** A fresh page at 350 × 800 with its first step shown. */
  async function openPage(): Promise<Page> {
    const opened = await pages.browser.newPage({ acceptDownloads: true, ...PANE_CONTEXT });
    opened.on('pageerror', (error) => problems.push(error.message));
    await opened.goto(pages.url);
    await opened.getByRole('heading', { name: '1. Kilde' }).waitFor();
    return opened;
  }

  describe('a user who follows the steps', () => {
    beforeAll(async () => {
      page = await openPage();
    });

    it('says on the first screen to start with the workbook, with every control labelled', async () => {
      await expect(page.getByText('Start med projektmappen med handleplanen').count()).resolves.toBe(1);
      await expect(page.getByLabel('Projektmappe (.xlsx)').getAttribute('type')).resolves.toBe('file');
      await expect(page.getByLabel('Planens skema').getAttribute('type')).resolves.toBe('file');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, '1-kilde.png');
    });

    it('asks for the scheme when the workbook comes first, and reads the workbook as soon as the scheme is chosen', async () => {
      await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Projektmappen har intet skema');
      await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
      await page.getByRole('heading', { name: '2. Validering' }).waitFor();
      await expect(page.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 8 til orientering.');
      expect(await focused(page)).not.toBe('body');
    });

    it('groups the findings by kind with a count, and shows a kind’s findings when it is opened', async () => {
      await expect(page.locator('li[data-code="amount-text-number"]').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Tal skrevet som tekst (3)' }).click();
      await expect(page.locator('li[data-code="amount-text-number"]').count()).resolves.toBe(3);
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, '2-validering.png');
    });

    it('computes and shows the figures per year right-aligned, with one number of decimals per column', async () => {
      await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
      await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
      const table = page.getByRole('table', { name: 'Afvigelse pr. år' });
      await expect(table.getByRole('row').first().textContent()).resolves.toBe('ÅrPlanlagtEffektMangler');
      const effect = await table.locator('tbody tr td:nth-child(3)').allTextContents();
      expect(effect.slice(0, 2)).toEqual(['4,95', '7,30']);
      await expect(table.locator('tbody td:nth-child(2)').first().evaluate((cell) => getComputedStyle(cell).textAlign)).resolves.toBe('right');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, '3-beregn-og-bilag1.png');
    });

    it('shows the wide Bilag 1 in a frame of its own that scrolls sideways', async () => {
      const frame = page.getByRole('region', { name: /^Bilag 1, vist som i arket/ });
      const [client, scroll] = await frame.evaluate((element) => [element.clientWidth, element.scrollWidth]);
      expect(scroll).toBeGreaterThan(client);
      expect(client).toBeLessThan(PANE.width);
    });

    it('says right under the copy button that Bilag 1 is copied', async () => {
      await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
      await expect(page.getByTestId('status-bilag').textContent()).resolves.toMatch(/Bilag 1 er kopieret|Kopiering blev afvist/);
    });

    it('offers the workbook whose Bilag 1 is the golden table', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click()]);
      expect(download.suggestedFilename()).toBe('hedensted-handleplan-2023-2026 med Bilag 1.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
      const bilag = workbook.getWorksheet('Bilag 1');
      expect(bilag).toBeDefined();
      expect(sheetAsShownText(bilag as ExcelJS.Worksheet)).toBe(readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, ''));
    });

    it('reads the same workbook again when it is picked again, starting over from its file', async () => {
      // A browser tells of a pick only when the input's value changes: the pane empties it after each pick.
      await expect(page.getByTestId('workbook-input').inputValue()).resolves.toBe('');
      await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
      await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).waitFor();
      await expect(page.getByRole('heading', { name: '4. Bilag 1' }).count()).resolves.toBe(0);
      await expect(page.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 8 til orientering.');
      expect(problems).toEqual([]);
    });
  });

  it('reaches every step by keyboard alone, with few tab stops before Beregn', async () => {
    const keyboard = await openPage();
    await tabTo(keyboard, /^input Projektmappe/);
    await chooseWithKeyboard(keyboard, EXAMPLE_WORKBOOK);
    await keyboard.getByRole('alert').waitFor();
    await tabTo(keyboard, /^input Planens skema/);
    await chooseWithKeyboard(keyboard, EXAMPLE_SCHEME);
    await keyboard.getByRole('heading', { name: '2. Validering' }).waitFor();
    // From the top of the page, as a user who starts over: a click on its empty corner puts Tab's start there.
    await keyboard.mouse.click(2, 2);
    // Past the two file fields, the sheet, the folded columns and one heading per kind of finding.
    await expect(computeAndCopyByKeyboard(keyboard)).resolves.toBeLessThanOrEqual(11);
    expect(problems).toEqual([]);
  });

  it('reads the workbook with the scheme picked while the workbook is still being read', async () => {
    const quick = await openPage();
    await quick.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
    await quick.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await quick.getByRole('heading', { name: '2. Validering' }).waitFor();
    await expect(quick.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 8 til orientering.');
  });

  it('reads the workbook once it is picked, when the scheme was picked first', async () => {
    const schemeFirst = await openPage();
    await schemeFirst.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await schemeFirst.getByTestId('status-kilde').getByText('Skemaet »scheme.json« er valgt. Vælg nu projektmappen.').waitFor();
    await schemeFirst.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
    await schemeFirst.getByRole('heading', { name: '2. Validering' }).waitFor();
  });

  it('says in the pane that a file is not a workbook, instead of going blank', async () => {
    const wrong = await openPage();
    await wrong.getByTestId('workbook-input').setInputFiles(EXAMPLE_SCHEME);
    await expect(wrong.getByRole('alert').textContent()).resolves.toContain('ikke en Excel-projektmappe');
  });
});
