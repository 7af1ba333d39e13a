import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { STATE_SHEET } from '../../src/core/state';
import { FakeExcel } from '../fakes/fake-excel';
import { chromiumAvailable } from '../helpers/chromium';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { atRest, chooseWithKeyboard, computeAndCopyByKeyboard, focused, horizontalOverflow, PANE_CONTEXT, screenshot, seriousAxeViolations, tabTo } from '../helpers/pane';
import { buildOfficeStub } from '../helpers/office-stub';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1, SOURCE_SHEET } from '../helpers/paths';
import { seedFromWorkbook, SeedSheet } from '../helpers/seed';
import { shownNumber } from '../helpers/shown';

const available = chromiumAvailable();
const describeWithChromium = available ? describe : describe.skip;

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

describeWithChromium('the task pane in Excel at a task pane’s width, on a fake Excel in headless Chromium', () => {
  const pages = builtPagesInChromium();
  let page: Page;
  let stub: string;
  let seed: SeedSheet[];
  const problems: string[] = [];

  /** The pane opened in Excel over a fresh fake Excel holding the example workbook. */
  async function openPane(): Promise<Page> {
    const context = await pages.browser.newContext(PANE_CONTEXT);
    // Office.js comes from Microsoft's CDN; here the fake answers in its place, and nothing leaves the machine.
    await actAsExcelHost(context, stub, { sheets: seed });
    const opened = await context.newPage();
    opened.on('pageerror', (error) => problems.push(error.message));
    await opened.goto(`${pages.url}taskpane.html`);
    return opened;
  }

  /** Every step as shown now: no serious or critical accessibility problem, nothing wider than the pane. */
  async function expectReadable(): Promise<void> {
    // Checked when the pane is at rest: an action still running holds its buttons and shows its spinner.
    await atRest(page);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
  }

  const stateSetting = (): Promise<unknown> =>
    page.evaluate((sheet) => (window as unknown as { __excel: FakeExcel }).__excel.sheet(sheet)?.cell(0, 1)?.value, STATE_SHEET);

  beforeAll(async () => {
    [stub, seed] = await Promise.all([buildOfficeStub(), hedenstedSeed()]);
    page = await openPane();
  });

  it('asks for the scheme when the workbook has none, then shows the sheet, its columns and the findings', async () => {
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Projektmappen har intet skema');
    await expectReadable();
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    await expect(page.getByTestId('counts').textContent()).resolves.toBe('0 fejl, 3 advarsler, 8 til orientering.');
    // The scheme's field is gone with the scheme chosen: focus goes on to the findings, not to the page.
    await expect(focused(page)).resolves.toBe('h2 2. Validering');
    await page.getByRole('button', { name: /^Kolonner: 13 læses/ }).click();
    await expect(page.getByRole('group', { name: 'Kolonner, som de er læst' }).getByRole('combobox').count()).resolves.toBeGreaterThan(5);
    await expectReadable();
    await page.getByRole('button', { name: /^Kolonner: 13 læses/ }).click();
    await page.getByRole('button', { name: 'Tal skrevet som tekst (3)' }).click();
    await screenshot(page, 'excel-1-kilde-og-validering.png');
    expect(problems).toEqual([]);
  });

  it('selects a finding’s cell in the workbook when its address is clicked', async () => {
    await page.getByRole('button', { name: `Vis '${SOURCE_SHEET}'!H18 i regnearket` }).click();
    await page.waitForFunction(() => (window as unknown as { __excel: FakeExcel }).__excel.selection !== undefined);
    await expect(page.evaluate(() => (window as unknown as { __excel: FakeExcel }).__excel.selection)).resolves.toEqual({ sheet: SOURCE_SHEET, address: 'H18' });
  });

  it('fixes all numbers written as text with one click, and keeps focus at the result', async () => {
    await page.getByRole('button', { name: 'Ret alle 3' }).click();
    await page.getByTestId('counts').filter({ hasText: '0 fejl, 0 advarsler, 5 til orientering.' }).waitFor();
    await expect(page.getByTestId('status-validering').textContent()).resolves.toBe('3 rettelser er skrevet i cellerne.');
    await expect(focused(page)).resolves.toMatch(/^div 3 rettelser/);
    const h18 = await page.evaluate((sheet) => (window as unknown as { __excel: FakeExcel }).__excel.sheet(sheet)?.cell(17, 7), SOURCE_SHEET);
    expect(h18?.value).toBe(10);
  });

  it('computes, writes Bilag 1 into the workbook as the golden table, and copies it for Word', async () => {
    await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
    await expect(page.getByRole('table', { name: 'Afvigelse pr. år' }).getByRole('row').nth(1).textContent()).resolves.toBe('20235,04,950,05');
    await expect(sheetShown(page, 'Bilag 1')).resolves.toBe(readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, ''));
    await expect(focused(page)).resolves.toMatch(/^button Beregn igen/);
    await expectReadable();
    await screenshot(page, 'excel-2-beregn-og-bilag1.png');

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
    await expect(page.getByTestId('status-bilag').textContent()).resolves.toMatch(/Bilag 1 er kopieret|Ctrl\+C/);
  });

  it('undoes its write: Bilag 1, the state and its columns are gone again', async () => {
    await page.getByRole('button', { name: 'Fortryd seneste skrivning' }).click();
    await page.getByTestId('status-beregn').getByText('Seneste skrivning er fortrudt.').waitFor();
    await expect(sheetShown(page, 'Bilag 1')).resolves.toBeUndefined();
    await expect(sheetShown(page, STATE_SHEET)).resolves.toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('changes no column’s reading with an arrow key on the closed control: the key opens its list', async () => {
    await page.getByRole('button', { name: /^Kolonner: 13 læses/ }).click();
    const choice = page.getByRole('combobox', { name: /^Kolonne A / });
    await choice.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await expect(stateSetting()).resolves.toBeUndefined();
    await expect(focused(page)).resolves.toMatch(/^button/);
  });

  it('keeps a chosen column reading in the workbook, so it travels with the file, and undoes it on request', async () => {
    await page.getByRole('combobox', { name: /^Kolonne A / }).click();
    await page.getByRole('option', { name: 'Bruges ikke' }).click();
    await page.waitForFunction((sheet) => {
      const value = (window as unknown as { __excel: FakeExcel }).__excel.sheet(sheet)?.cell(0, 1)?.value;
      return typeof value === 'string' && value.includes('ignore');
    }, STATE_SHEET);
    await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    // The sheet is read again with the choice after the setting is kept: the columns' summary follows when it is.
    await page.getByRole('button', { name: /^Kolonner: 12 læses, 1 bruges ikke/ }).waitFor();
    await expect(page.getByRole('button', { name: /^Kolonner: 12 læses, 1 bruges ikke/ }).count()).resolves.toBe(1);
    await expectReadable();

    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByRole('button', { name: /^Kolonner: 13 læses, 0 bruges ikke/ }).waitFor();
    await expect(stateSetting()).resolves.not.toContain('ignore');
    expect(problems).toEqual([]);
  });

  it('keeps listing a column given the meaning of another one, so the choice can be seen and put back', async () => {
    const second = page.getByRole('combobox', { name: /^Kolonne B / });
    await second.click();
    await page.getByRole('option', { name: 'Nummer' }).click();
    await page.getByRole('group', { name: 'Kolonner, som de er læst' }).getByText(/^Kolonne B .* er nu sat til »Nummer«/).waitFor();
    await expect(page.getByRole('combobox', { name: /^Kolonne B / }).textContent()).resolves.toBe('Nummer');
    // The choice is said at once; the findings follow when the sheet has been read again with it.
    await page.getByRole('button', { name: 'Kolonne to gange (1)' }).waitFor();
    await expect(page.getByRole('button', { name: 'Kolonne to gange (1)' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByRole('button', { name: /^Kolonner: 13 læses, 0 bruges ikke/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('reaches Beregn by keyboard alone in few tab stops, and copies Bilag 1 after it', async () => {
    const keyboard = await openPane();
    await keyboard.getByRole('alert').waitFor();
    await tabTo(keyboard, /^input Planens skema/);
    await chooseWithKeyboard(keyboard, EXAMPLE_SCHEME);
    await keyboard.getByRole('heading', { name: '2. Validering' }).waitFor();
    // From the findings' heading, where focus went: Valider igen, one heading per kind of finding, then Beregn.
    await expect(computeAndCopyByKeyboard(keyboard)).resolves.toBeLessThanOrEqual(8);
    expect(problems).toEqual([]);
  });
});
