import type { Page } from 'playwright-core';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { syntheticPlan } from '../bench/synthetic-plan';
import { chromiumAvailable } from '../helpers/chromium';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { buildOfficeStub } from '../helpers/office-stub';
import { focused, horizontalOverflow, PANE_CONTEXT } from '../helpers/pane';
import { hedenstedScheme } from '../helpers/scheme';
import { seedFromLayout } from '../helpers/seed';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

describeWithChromium('the task pane in Excel on a long plan (2,000 initiatives)', () => {
  const pages = builtPagesInChromium();
  let page: Page;

  beforeAll(async () => {
    const plan = syntheticPlan(2000);
    const sheets = [{ name: plan.sheetName, rows: plan.rows }, seedFromLayout(schemeToLayout(hedenstedScheme()))];
    const stub = await buildOfficeStub();
    const context = await pages.browser.newContext(PANE_CONTEXT);
    await actAsExcelHost(context, stub, { sheets });
    page = await context.newPage();
    await page.goto(`${pages.url}taskpane.html`);
    await page.getByTestId('counts').waitFor({ timeout: 60_000 });
  });

  /** The kind with the most findings: its heading, and how many it holds. */
  async function largestKind(): Promise<{ name: string; count: number }> {
    const names = await page.locator('[data-kind] button').allTextContents();
    const kinds = names.map((name) => ({ name, count: Number(/\((\d+)\)$/.exec(name)?.[1] ?? 0) }));
    return kinds.reduce((most, kind) => (kind.count > most.count ? kind : most));
  }

  it('lists the findings as one heading per kind with its count, so the page stays short', async () => {
    const kind = await largestKind();
    expect(kind.count).toBeGreaterThan(100);
    await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBeLessThan(2500);
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
  });

  it('shows the first ten of a kind when it is opened, and more on request, where the user was', async () => {
    const kind = await largestKind();
    await page.getByRole('button', { name: kind.name }).click();
    const items = page.locator(`[data-kind] li`);
    await expect(items.count()).resolves.toBe(10);
    await page.getByRole('button', { name: `Vis 50 flere (af ${kind.count - 10})` }).click();
    await expect(items.count()).resolves.toBe(60);
    await page.waitForFunction(() => document.activeElement?.tagName === 'LI');
    await expect(focused(page)).resolves.toContain(await items.nth(10).textContent());
  });
});
