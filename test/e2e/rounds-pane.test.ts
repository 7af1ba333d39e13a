import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { FakeExcel } from '../fakes/fake-excel';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { chromiumAvailable } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { atRest, exampleOnBrowserPage, focused, horizontalOverflow, PANE_CONTEXT, screenshotOf, seriousAxeViolations } from '../helpers/pane';
import { EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { seedFromLayout, seedFromWorkbook } from '../helpers/seed';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

type Excel = { __excel: FakeExcel };

/** This year's first round, as the pane suggests it for a plan with none. */
const BO1 = `BO1 ${new Date().getFullYear()}`;

/** The sheets of the page's fake Excel, with whether each is protected. */
function sheets(page: Page): Promise<{ name: string; protected: boolean }[]> {
  return page.evaluate(() => (window as unknown as Excel).__excel.sheets.map((sheet) => ({ name: sheet.name, protected: sheet.protected })));
}

/** The requests the pane has made of the page's fake Excel so far. */
function syncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Excel).__excel.syncs);
}

/** Every step as shown now, at rest: no serious or critical accessibility problem, nothing wider than the pane. */
async function expectReadable(page: Page): Promise<void> {
  await atRest(page);
  await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
}

/** Closes a round by the name in the field, or by the name given, typed over the suggestion. */
async function closeRound(page: Page, name?: string): Promise<void> {
  if (name !== undefined) await page.getByLabel('Navn på opfølgningen').fill(name);
  await page.getByRole('button', { name: 'Luk opfølgning' }).click();
}

describeWithChromium('follow-up rounds in the task pane in Excel, on a fake Excel in headless Chromium', () => {
  const pages = builtPagesInChromium();
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const plan = await seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)));
    const stub = await buildOfficeStub();
    const context = await pages.browser.newContext(PANE_CONTEXT);
    // The workbook carries its scheme as a sheet, so the pane opens straight on the plan.
    await actAsExcelHost(context, stub, { sheets: [...plan, seedFromLayout(schemeToLayout(hedenstedScheme()))] });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${pages.url}taskpane.html`);
    await page.getByTestId('counts').filter({ hasText: /^0 fejl/ }).waitFor();
  });

  it('suggests this year’s first round, closes it into a protected sheet, and names the sheet', async () => {
    await expect(page.getByText('Der er ingen lukket opfølgning endnu.', { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Navn på opfølgningen').inputValue()).resolves.toBe(BO1);
    await expectReadable(page);
    await closeRound(page);
    await page.getByTestId('status-opfoelgning').getByText(`Opfølgningen »${BO1}« er lukket og gemt i arket »Opfølgning ${BO1}«.`).waitFor();
    await expect(sheets(page)).resolves.toContainEqual({ name: `Opfølgning ${BO1}`, protected: true });
    await expect(page.getByText(`»${BO1}« er planens første lukkede opfølgning.`, { exact: false }).count()).resolves.toBe(1);
    // The next round is suggested at once.
    await expect(page.getByLabel('Navn på opfølgningen').inputValue()).resolves.toBe(BO1.replace('BO1', 'BO2'));
    expect(problems).toEqual([]);
  });

  it('undoes the write that closed the round, and keeps the round: a closed round is never undone silently', async () => {
    await page.getByRole('button', { name: 'Fortryd seneste skrivning' }).click();
    await page.getByTestId('status-beregn').getByText(`Seneste skrivning er fortrudt. En lukket opfølgning fortrydes ikke: arket »Opfølgning ${BO1}« er bevaret.`).waitFor();
    await expect(sheets(page)).resolves.toContainEqual({ name: `Opfølgning ${BO1}`, protected: true });
    await expect(sheets(page).then((all) => all.map((sheet) => sheet.name))).resolves.not.toContain('Bilag 1');
    expect(problems).toEqual([]);
  });

  it('shows what moved since the round when a figure is edited: the initiative, and the waterfall from the gap then to now', async () => {
    await atRest(page);
    const before = await syncs(page);
    // Socialpædagogisk støtte's expected effect for 2024, 2,7, is now 3,2.
    await page.evaluate((sheet) => (window as unknown as Excel).__excel.userTypes(sheet, 'K18', '3,2'), SOURCE_SHEET);
    // Only the initiative that moved, under its name, with its effect before, now and the change.
    const moved = page.getByTestId('since-initiative');
    await moved.first().waitFor();
    await atRest(page);
    // The edit was read in one round trip to Excel: the closed round's sheet, protected, is not read again.
    await expect(syncs(page)).resolves.toBe(before + 1);
    await expect(page.getByRole('heading', { name: `Ændringer siden ${BO1}` }).count()).resolves.toBe(1);
    await expect(moved.count()).resolves.toBe(1);
    await expect(moved.getByRole('table', { name: /^Ændret serviceniveau på Social pædagogisk støtte.*, 2024$/ }).getByRole('row', { name: /^Effekt/ }).textContent()).resolves.toBe(
      'Effekt2,73,20,5',
    );
    const waterfall = await page.getByTestId('waterfall').getAttribute('aria-label');
    expect(waterfall).toContain(`Fra afvigelsen ved ${BO1} til i dag, 2024 (mio. kr., 2022-priser)`);
    expect(waterfall).toContain('Ændret effekt af indsatser: -0,5');
    await expect(page.getByTestId('bridge-table').getByRole('row', { name: /^Ændret effekt af indsatser/ }).textContent()).resolves.toContain('-0,5');
    await expectReadable(page);
    await screenshotOf(page.getByRole('region', { name: '5. Opfølgning' }), 'excel-3-opfoelgning.png');
    expect(problems).toEqual([]);
  });

  it('asks before it replaces a round of the same name, and keeps the round when the user cancels', async () => {
    await expect(page.getByText(`Lukket indtil nu: ${BO1} (`).count()).resolves.toBe(1);
    const before = await syncs(page);
    await closeRound(page, BO1);
    const dialog = page.getByRole('alertdialog', { name: `»${BO1}« findes allerede` });
    await dialog.waitFor();
    // Asked before anything ran: not one request to Excel.
    await expect(syncs(page)).resolves.toBe(before);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus goes back where the user was, on the button (Fluent moves it there just after the dialog has gone).
    await page.waitForFunction(() => document.activeElement?.textContent === 'Luk opfølgning');
    await expect(focused(page)).resolves.toBe('button Luk opfølgning');
    await page.getByTestId('status-opfoelgning').getByText(`Intet er lukket: opfølgningen »${BO1}« er, som den var.`).waitFor();
    // The round kept, the view of what moved since it stays.
    await page.getByRole('heading', { name: `Ændringer siden ${BO1}` }).waitFor();

    await closeRound(page, BO1);
    await dialog.getByRole('button', { name: 'Erstat' }).click();
    await page.getByTestId('status-opfoelgning').getByText(`Opfølgningen »${BO1}« er lukket og gemt i arket »Opfølgning ${BO1}«.`).waitFor();
    await expect(focused(page)).resolves.toMatch(/^(button Luk opfølgning|div Opfølgningen)/);
    await expect(sheets(page).then((all) => all.filter((sheet) => sheet.name.startsWith('Opfølgning ')).length)).resolves.toBe(1);
    expect(problems).toEqual([]);
  });
});

describeWithChromium('follow-up rounds on the browser page', () => {
  const pages = builtPagesInChromium();

  it('closes a round into the file, which the download then holds, and shows what moved since it at the next', async () => {
    const page = await exampleOnBrowserPage(pages.browser, pages.url);
    await closeRound(page);
    await page.getByTestId('status-opfoelgning').getByText(`Opfølgningen »${BO1}« er lukket og gemt i arket »Opfølgning ${BO1}«. Hent projektmappen for at gemme den i filen.`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click()]);
    const saved = await XlsxWorkbook.fromBuffer(readFileSync(await download.path()));
    expect((await saved.facts()).sheetNames).toContain(`Opfølgning ${BO1}`);
    await expectReadable(page);

    // The second round shows what moved since the first (nothing, here), its figures carried back from the page's worker.
    const BO2 = BO1.replace('BO1', 'BO2');
    await closeRound(page);
    await page.getByTestId('status-opfoelgning').getByText(`Opfølgningen »${BO2}« er lukket`, { exact: false }).waitFor();
    await page.getByRole('heading', { name: `Ændringer siden ${BO1}` }).waitFor();
    await expect(page.getByTestId('bridge-table').getByRole('row', { name: /^Afvigelse i dag/ }).textContent()).resolves.toBe('Afvigelse i dag0,050,72,4');
    await expect(page.getByText('Ingen indsats har ændret effekt eller afvigelse i 2024.').count()).resolves.toBe(1);
    await expect(page.getByText(`Lukket indtil nu: ${BO1} (`, { exact: false }).count()).resolves.toBe(1);
    await expectReadable(page);
    await page.close();
  });
});
