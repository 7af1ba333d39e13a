import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Scheme } from '../../src/core/scheme';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { actAsExcelHost } from '../helpers/built-pages';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { PANE_CONTEXT } from '../helpers/pane';
import { EXAMPLE_SCHEME, ROOT } from '../helpers/paths';
import { seedFromLayout } from '../helpers/seed';
import { serveFolder } from '../helpers/static-server';
import { median } from './measure';
import { planXlsx } from './plan-files';
import { SyntheticPlan } from './synthetic-plan';

/** The longest main-thread task (ms) in each stretch of what the user does, median over the loads. */
export interface MainThreadFigures {
  /** Reading and validating: from the file picked (the pane shown, in Excel) until the findings are counted. */
  readonly readMs: number;
  /** Beregn: from the click until Bilag 1 is shown. */
  readonly computeMs: number;
  /** Tasks of more than 100 ms in both stretches, summed over the loads. */
  readonly over100: number;
  /** Each load's longest task, reading and validating, then Beregn, in the order measured. */
  readonly perLoad: readonly (readonly [number, number])[];
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

type Window = typeof globalThis & { __longTasks: LongTask[]; __paneShown?: number; __hostWork: LongTask[] };

// Set up before any page script runs: keeps every long task (over 50 ms, as Chromium reports them) and
// notes when the pane first shows anything, so the page's own start is told apart from the work.
export const OBSERVE = (): void => {
  const seen = window as unknown as Window;
  seen.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const note = (): boolean => {
    if (document.querySelector('h2') === null) return false;
    seen.__paneShown = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => note() && observer.disconnect()).observe(document, { childList: true, subtree: true });
  // In Excel the workbook's own work (reading and writing cells at a sync) runs in Excel, not in the pane.
  // The fake Excel does it on the page: its time is noted at each sync, to be told apart from the pane's.
  seen.__hostWork = [];
  Object.defineProperty(window, '__excel', {
    configurable: true,
    set(excel: { runSync: (queue: unknown) => unknown }) {
      const runSync = excel.runSync.bind(excel);
      excel.runSync = (queue) => {
        const start = performance.now();
        try {
          return runSync(queue);
        } finally {
          seen.__hostWork.push({ start, duration: performance.now() - start });
        }
      };
      Object.defineProperty(window, '__excel', { value: excel, writable: true, configurable: true });
    },
  });
  // Office.js answers a sync in a later task (a message from Excel); the fake answers at once, which would
  // join all of a run's steps into one task. Each sync here waits for a task of its own, as in Excel.
  type Batch = (context: { sync: () => Promise<void> }) => Promise<unknown>;
  Object.defineProperty(window, 'Excel', {
    configurable: true,
    set(excel: { run: (...args: unknown[]) => Promise<unknown> }) {
      const run = excel.run;
      excel.run = (...args) => {
        const batch = args.pop() as Batch;
        return run(...args, (context: { sync: () => Promise<void> }) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            await new Promise((answered) => setTimeout(answered, 0));
            return sync();
          };
          return batch(context);
        });
      };
      Object.defineProperty(window, 'Excel', { value: excel, writable: true, configurable: true });
    },
  });
};

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * The longest task that started in [from, to), and how many there were of more than 100 ms; in Excel
 * without the fake Excel's own work inside each task.
 */
async function longestBetween(page: Page, from: number, to: number): Promise<{ longest: number; over100: number }> {
  const { tasks, host } = await page.evaluate(() => ({ tasks: (window as unknown as Window).__longTasks, host: (window as unknown as Window).__hostWork }));
  const paneOwn = tasks
    .filter((t) => t.start >= from && t.start < to)
    .map((t) => t.duration - host.filter((h) => h.start >= t.start && h.start < t.start + t.duration).reduce((sum, h) => sum + h.duration, 0));
  return { longest: Math.max(0, ...paneOwn), over100: paneOwn.filter((ms) => ms > 100).length };
}

const COUNTED = '[data-testid="counts"]';
const COMPUTE = 'Beregn effekt og afvigelse, og lav Bilag 1';

/** Clicks Beregn and waits for Bilag 1; the longest task between. */
async function compute(page: Page): Promise<{ longest: number; over100: number }> {
  const from = await now(page);
  await page.getByRole('button', { name: COMPUTE }).click();
  await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor({ timeout: 120_000 });
  // A task still running when Bilag 1 appears is reported once it ends.
  await page.waitForTimeout(300);
  return longestBetween(page, from, await now(page));
}

async function browserPageLoad(browser: Browser, url: string, xlsx: Uint8Array): Promise<{ read: number; compute: number; over100: number }> {
  const context = await browser.newContext(PANE_CONTEXT);
  try {
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(`${url}index.html`);
    await page.getByRole('heading', { name: '1. Kilde' }).waitFor();
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    const from = await now(page);
    await page.getByTestId('workbook-input').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) });
    await page.locator(COUNTED).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
    const read = await longestBetween(page, from, await now(page));
    const computed = await compute(page);
    return { read: read.longest, compute: computed.longest, over100: read.over100 + computed.over100 };
  } finally {
    await context.close();
  }
}

async function excelPaneLoad(browser: Browser, url: string, stub: string, sheets: object): Promise<{ read: number; compute: number; over100: number }> {
  const context: BrowserContext = await browser.newContext(PANE_CONTEXT);
  try {
    await actAsExcelHost(context, stub, { sheets });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(`${url}taskpane.html`);
    await page.locator(COUNTED).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() => (window as unknown as Window).__paneShown ?? 0);
    const read = await longestBetween(page, shown, await now(page));
    const computed = await compute(page);
    return { read: read.longest, compute: computed.longest, over100: read.over100 + computed.over100 };
  } finally {
    await context.close();
  }
}

function summarise(loads: readonly { read: number; compute: number; over100: number }[]): MainThreadFigures {
  return {
    readMs: median(loads.map((l) => l.read)),
    computeMs: median(loads.map((l) => l.compute)),
    over100: loads.reduce((sum, l) => sum + l.over100, 0),
    perLoad: loads.map((l) => [Math.round(l.read), Math.round(l.compute)] as const),
  };
}

/**
 * The longest main-thread task while a plan is read, validated and computed, in headless Chromium: in the
 * browser page (the .xlsx file picked, the scheme from its JSON file) and in the Excel pane (the fake
 * Excel holding the plan and its scheme sheet). Chromium's long-task observer reports tasks over 50 ms;
 * where none is reported the figure is 0 (every task under 50 ms).
 */
export async function benchMainThread(scheme: Scheme, plan: SyntheticPlan, loads: number): Promise<Record<string, MainThreadFigures> | undefined> {
  if (!chromiumAvailable()) return undefined;
  const xlsx = await planXlsx(plan);
  const sheets = [{ name: plan.sheetName, rows: plan.rows }, seedFromLayout(schemeToLayout(scheme))];
  const stub = await buildOfficeStub();
  const server = await serveFolder(join(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    const browserLoads = [];
    const excelLoads = [];
    for (let i = 0; i < loads; i += 1) {
      browserLoads.push(await browserPageLoad(browser, server.url, xlsx));
      excelLoads.push(await excelPaneLoad(browser, server.url, stub, sheets));
    }
    return { 'Browser page': summarise(browserLoads), 'Excel pane': summarise(excelLoads) };
  } finally {
    await browser.close();
    await server.close();
  }
}
