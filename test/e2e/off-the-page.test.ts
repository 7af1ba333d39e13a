import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { displayText } from '../../src/core/layout';
import { runPlan } from '../../src/core/run';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { planXlsx } from '../bench/plan-files';
import { syntheticPlan } from '../bench/synthetic-plan';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { chromiumAvailable } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { PANE_CONTEXT } from '../helpers/pane';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { seedFromLayout, seedFromWorkbook } from '../helpers/seed';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

const COMPUTE = 'Beregn effekt og afvigelse, og lav Bilag 1';

/** What the pane shows after validating and computing: the counts, the figures per year and Bilag 1 row by row. */
interface Shown {
  readonly counts: string;
  readonly gap: string[];
  readonly bilag: string[];
  readonly workers: string[];
}

/** Opens a page, lets `start` pick the workbook, computes, and notes what it shows and which workers it started. */
async function computeAndRead(context: BrowserContext, url: string, start: (page: Page) => Promise<void>, bilagRows?: number): Promise<Shown> {
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url().split('/').pop() ?? ''));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await start(page);
  const counts = (await page.getByTestId('counts').textContent()) ?? '';
  await page.getByRole('button', { name: COMPUTE }).click();
  await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor({ timeout: 60_000 });
  const rows = page.getByTestId('bilag-preview').locator('tr');
  // A long Bilag 1 fills in a slice at a time: wait for the whole of it. Rows far below the screen are laid out as they come
  // near it: scrolled to the end, as a user would, so its last rows are rendered.
  if (bilagRows !== undefined) {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="bilag-preview"] tr').length === n, bilagRows, { timeout: 60_000 });
    await rows.last().scrollIntoViewIfNeeded();
  }
  const shown = {
    counts,
    gap: await page.getByRole('table', { name: 'Afvigelse pr. år' }).locator('tr').allInnerTexts(),
    bilag: await rows.allInnerTexts(),
    workers,
  };
  expect(problems).toEqual([]);
  await page.close();
  return shown;
}

/** A page where the web view has no Worker, as in older Office hosts. */
async function withoutWorkers(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(() => delete (window as unknown as { Worker?: unknown }).Worker);
  return context;
}

describeWithChromium('the core off the page’s thread, in a worker', () => {
  const pages = builtPagesInChromium();
  let stub: string;

  beforeAll(async () => {
    stub = await buildOfficeStub();
  });

  it('the browser page opens, validates and computes the file in its worker, and shows what it shows without one', async () => {
    const pick = async (page: Page): Promise<void> => {
      await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
      await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
      await page.getByRole('heading', { name: '2. Validering' }).waitFor();
    };
    const inWorker = await computeAndRead(await pages.browser.newContext(PANE_CONTEXT), pages.url, pick);
    const onPage = await computeAndRead(await withoutWorkers(await pages.browser.newContext(PANE_CONTEXT)), pages.url, pick);
    expect(inWorker.workers).toEqual([expect.stringMatching(/^file-worker\.[0-9a-f]{8}\.js$/)]);
    expect(onPage.workers).toEqual([]);
    expect(inWorker.counts).toMatch(/^0 fejl, [1-9]\d* advarsler, [1-9]\d* til orientering\.$/);
    expect({ ...inWorker, workers: [] }).toEqual(onPage);
    expect(inWorker.bilag.length).toBeGreaterThan(20);
  });

  it('the Excel pane analyses the open workbook in its worker, and shows what it shows without one', async () => {
    const sheets = [...(await seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)))), seedFromLayout(schemeToLayout(hedenstedScheme()))];
    const pane = async (context: BrowserContext): Promise<BrowserContext> => {
      await actAsExcelHost(context, stub, { sheets });
      return context;
    };
    const opened = async (page: Page): Promise<void> => {
      await page.getByTestId('counts').waitFor();
    };
    const inWorker = await computeAndRead(await pane(await pages.browser.newContext(PANE_CONTEXT)), `${pages.url}taskpane.html`, opened);
    const onPage = await computeAndRead(await pane(await withoutWorkers(await pages.browser.newContext(PANE_CONTEXT))), `${pages.url}taskpane.html`, opened);
    expect(inWorker.workers).toEqual([expect.stringMatching(/^core-worker\.[0-9a-f]{8}\.js$/)]);
    expect(onPage.workers).toEqual([]);
    expect({ ...inWorker, workers: [] }).toEqual(onPage);
  });

  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await planXlsx(syntheticPlan(2000));
  });

  /** The browser page with the 2,000-initiative plan read and validated. */
  const pickLongPlan = async (page: Page): Promise<void> => {
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByTestId('workbook-input').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) });
    await page.getByTestId('counts').waitFor({ timeout: 60_000 });
  };

  it('answers a click while its worker computes a 2,000-initiative plan, and says meanwhile what it is doing', async () => {
    const context = await pages.browser.newContext(PANE_CONTEXT);
    const page = await context.newPage();
    await page.goto(pages.url);
    await pickLongPlan(page);
    const kind = page.locator('[data-kind] button').filter({ hasText: /^Tal skrevet som tekst/ });
    // The worker is held busy for three seconds from its next task on, as by a plan many times this size:
    // Beregn waits for it, and the page must answer meanwhile.
    const [worker] = page.workers();
    if (worker === undefined) throw new Error('the page started no worker');
    await worker.evaluate(() => {
      setTimeout(() => {
        const until = Date.now() + 3000;
        while (Date.now() < until);
      }, 0);
    });
    // Bilag 1's slices fill in within a second or so: what the page shows meanwhile is noted as it changes (the
    // progress label and how many progress bars beside it), not looked for once it may be over.
    await page.evaluate(() => {
      const filling: { label: string; bars: number }[] = [];
      Object.assign(window, { __filling: filling });
      new MutationObserver(() => {
        const label = [...document.querySelectorAll('label')].map((element) => element.textContent ?? '').find((text) => /^Viser [\d.]+ af [\d.]+ rækker …$/.test(text));
        if (label !== undefined) filling.push({ label, bars: document.querySelectorAll('[role="progressbar"]').length });
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('button', { name: COMPUTE }).click();
    await kind.click();
    await page.locator('li[data-code="amount-text-number"]').first().waitFor();
    // The findings opened while the plan was still being computed: the step says so, and Bilag 1 is not there yet.
    await expect(page.getByTestId('status-beregn').textContent()).resolves.toBe('Beregner og laver Bilag 1 …');
    await expect(page.getByRole('heading', { name: '4. Bilag 1' }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor({ timeout: 60_000 });
    // Bilag 1 then fills in, with a bar that says how far, gone once every row is shown.
    const filling = page.getByText(/^Viser [\d.]+ af [\d.]+ rækker …$/);
    await filling.waitFor({ state: 'detached', timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __filling: { label: string; bars: number }[] }).__filling);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]?.label).toMatch(/^Viser 100 af [\d.]+ rækker …$/);
    expect(new Set(seen.map((shown) => shown.bars))).toEqual(new Set([1]));
    await context.close();
  });

  it('shows every row of a 2,000-initiative plan’s Bilag 1, filled in a slice at a time', async () => {
    const expected = await runPlan(await XlsxWorkbook.fromBuffer(xlsx), hedenstedScheme(), { write: false });
    const rows = expected.result.bilag1?.rows.length ?? 0;
    expect(rows).toBeGreaterThan(2000);
    const shown = await computeAndRead(await pages.browser.newContext(PANE_CONTEXT), pages.url, pickLongPlan, rows);
    expect(shown.bilag).toHaveLength(rows);
    // The total row, last, as the core laid it out.
    const total = expected.result.bilag1?.rows.at(-1)?.map(displayText).filter((text) => text !== '');
    expect(shown.bilag.at(-1)?.split('\t').filter((text) => text !== '')).toEqual(total);
  });
});
