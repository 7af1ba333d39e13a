import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { FakeExcel } from '../fakes/fake-excel';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { chromiumAvailable } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { exampleOnBrowserPage, PANE_CONTEXT, seriousAxeViolations } from '../helpers/pane';
import { EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { seedFromLayout, seedFromWorkbook, SeedSheet } from '../helpers/seed';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

type Excel = { __excel: FakeExcel };

/** As if the user typed into cells of the plan's sheet in Excel, one after the other. */
function userTypes(page: Page, cells: readonly (readonly [string, string])[]): Promise<void> {
  return page.evaluate(
    ({ sheet, typed }) => {
      for (const [address, text] of typed) (window as unknown as Excel).__excel.userTypes(sheet, address, text);
    },
    { sheet: SOURCE_SHEET, typed: cells },
  );
}

/** The number of warnings the pane counts now. */
async function warnings(page: Page): Promise<number> {
  return Number(/(\d+) advarsler/.exec((await page.getByTestId('counts').textContent()) ?? '')?.[1]);
}

/** Waits until the pane counts other warnings than `than`, and says how many. */
async function warningsOtherThan(page: Page, than: number): Promise<number> {
  await page.waitForFunction((before) => {
    const shown = /(\d+) advarsler/.exec(document.querySelector('[data-testid="counts"]')?.textContent ?? '')?.[1];
    return shown !== undefined && Number(shown) !== before;
  }, than);
  return warnings(page);
}

const syncs = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as Excel).__excel.syncs);

/** The text in column A of each row of a sheet of the page's fake Excel. */
function firstColumn(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const found = (window as unknown as Excel).__excel.sheet(name);
    const texts: string[] = [];
    for (const [key, cell] of found?.cells ?? []) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (col === 0) texts[row] = String(cell.value);
    }
    return Array.from(texts, (text) => text ?? '');
  }, sheet);
}

describeWithChromium('the pane follows the workbook in Excel, on a fake Excel in headless Chromium', () => {
  const pages = builtPagesInChromium();
  let stub: string;
  let seed: SeedSheet[];
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const sheets = await seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)));
    // The workbook carries its scheme as a sheet, so the pane opens straight on the plan.
    [stub, seed] = await Promise.all([buildOfficeStub(), Promise.resolve([...sheets, seedFromLayout(schemeToLayout(hedenstedScheme()))])]);
    const context = await pages.browser.newContext(PANE_CONTEXT);
    await actAsExcelHost(context, stub, { sheets: seed });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${pages.url}taskpane.html`);
    await page.getByTestId('counts').filter({ hasText: /^0 fejl/ }).waitFor();
    await page.getByText('Ruden følger med, når du retter i regnearket.').waitFor();
  });

  it('shows the findings of an edit made in the workbook without a click, after one read', async () => {
    const [before, warned] = [await syncs(page), await warnings(page)];
    // H18 held »10,0« as text: typed as a number, its warnings go.
    await userTypes(page, [['H18', '10']]);
    await expect(warningsOtherThan(page, warned)).resolves.toBeLessThan(warned);
    await expect(syncs(page)).resolves.toBe(before + 1);
    expect(problems).toEqual([]);
  });

  it('reads everything again with Valider igen, where Excel told of no edit', async () => {
    const warned = await warnings(page);
    await page.evaluate(() => {
      const excel = (window as unknown as Excel).__excel;
      excel.enableEvents = false;
      excel.userTypes('Handleplan 2023-2026', 'H18', "'10,0");
      excel.enableEvents = true;
    });
    await page.waitForTimeout(800);
    await expect(warnings(page)).resolves.toBe(warned);
    await page.getByRole('button', { name: 'Valider igen' }).click();
    await expect(warningsOtherThan(page, warned)).resolves.toBeGreaterThan(warned);
    await expect(page.getByTestId('status-validering').textContent()).resolves.toBe('Projektmappen er læst og valideret igen.');
  });

  it('says Bilag 1 needs updating when a row’s category changed, refuses to copy the old one, and updates it in one click', async () => {
    await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
    await expect(page.getByText(/Planens opbygning er ændret/).count()).resolves.toBe(0);
    const bilagBefore = await firstColumn(page, 'Bilag 1');

    // A figure only: the formulas follow, and no new Beregn is asked for.
    await userTypes(page, [['D5', '0,4']]);
    await page.getByRole('heading', { name: '3. Beregn' }).waitFor();
    await page.waitForTimeout(800);
    await expect(page.getByText(/Planens opbygning er ændret/).count()).resolves.toBe(0);

    await userTypes(page, [['B5', 'Kontraktforhandling']]);
    const notice = page.getByText(/Planens opbygning er ændret siden sidste beregning/);
    await notice.waitFor();
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
    await page.getByTestId('status-bilag').getByText(/Bilag 1 er ikke kopieret/).waitFor();

    await page.getByRole('button', { name: 'Opdater Bilag 1' }).first().click();
    await page.getByTestId('status-beregn').getByText('Effekt og afvigelse er skrevet i arket, og Bilag 1 er lavet.').waitFor();
    await expect(notice.count()).resolves.toBe(0);
    const bilagAfter = await firstColumn(page, 'Bilag 1');
    // The initiative moved from the first category's group to the last one's.
    const feriedage = (texts: string[]): number => texts.findIndex((t) => t.startsWith('Afskaffelse af feriedage'));
    const contracts = (texts: string[]): number => texts.findIndex((t) => t.startsWith('Kontraktforhandler'));
    expect(feriedage(bilagBefore)).toBeLessThan(contracts(bilagBefore) - 15);
    expect(feriedage(bilagAfter)).toBe(contracts(bilagAfter) - 1);
    expect(problems).toEqual([]);
  });

  it('reads an edit made while Beregn writes, once Beregn is done, and says the results written as values from it are out of date', async () => {
    // H18 holds an amount typed as text: its results are written as values, watched through the cell.
    // The user types in the sheet right after the sync that writes Bilag 1 anew.
    await page.evaluate((sheet) => {
      const excel = (window as unknown as Excel).__excel;
      const sync = excel.runSync.bind(excel);
      let armed = true;
      excel.runSync = (queue) => {
        sync(queue);
        if (!armed || queue.length < 100) return;
        armed = false;
        excel.userTypes(sheet, 'H18', '10');
      };
    }, SOURCE_SHEET);
    await page.getByRole('button', { name: 'Beregn igen og lav Bilag 1 på ny' }).click();
    await page.getByRole('button', { name: 'Forældede resultater (1)' }).waitFor();
    await page.getByText(/Nogle resultater står som tal/).waitFor();
    await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
    await page.getByTestId('status-bilag').getByText(/Bilag 1 er ikke kopieret: nogle af dets tal/).waitFor();
    await page.getByRole('button', { name: 'Opdater Bilag 1' }).first().click();
    await page.getByRole('button', { name: /^Forældede resultater/ }).waitFor({ state: 'detached' });
    await expect(page.getByText(/Nogle resultater står som tal/).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describeWithChromium('the browser page: a file that changes only through the pane', () => {
  const pages = builtPagesInChromium();

  it('has no Valider igen, and downloads no Bilag 1 made before the plan’s structure changed until it is updated', async () => {
    const page = await exampleOnBrowserPage(pages.browser, pages.url);
    await expect(page.getByRole('button', { name: 'Valider igen' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();

    // Reading column A as nothing takes the initiatives' numbers away: Bilag 1 was laid out with them.
    await page.getByRole('button', { name: /^Kolonner: 13 læses/ }).click();
    await page.getByRole('combobox', { name: /^Kolonne A / }).click();
    await page.getByRole('option', { name: 'Bruges ikke' }).click();
    await page.getByText(/Planens opbygning er ændret siden sidste beregning/).waitFor();
    await page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click();
    await page.getByTestId('status-bilag').getByText(/Projektmappen er ikke hentet/).waitFor();

    await page.getByTestId('status-bilag').getByRole('button', { name: 'Opdater Bilag 1' }).click();
    await page.getByTestId('status-beregn').getByText('Effekt og afvigelse er skrevet i arket, og Bilag 1 er lavet.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click()]);
    expect(download.suggestedFilename()).toBe('hedensted-handleplan-2023-2026 med Bilag 1.xlsx');
    await page.close();
  });
});
