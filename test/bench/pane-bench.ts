import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Scheme } from '../../src/core/scheme';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { EXAMPLE_WORKBOOK, ROOT } from '../helpers/paths';
import { seedFromLayout, seedFromWorkbook, SeedSheet } from '../helpers/seed';
import { serveFolder } from '../helpers/static-server';
import { median } from './measure';
import { SyntheticPlan } from './synthetic-plan';

export interface PaneFigures {
  /** Gzipped bytes of each page's own script, as the production build reports them (dist/sizes.json). */
  readonly scripts: Readonly<Record<string, number>>;
  /** Milliseconds from navigation until the first step can be used, median of the loads. */
  readonly firstStepMs: Readonly<Record<string, number>>;
}

// Set up before any page script runs: notes the time (from navigation start) when a selector first matches.
const WATCH = (selector: string): void => {
  const note = (): boolean => {
    if (document.querySelector(selector) === null) return false;
    (window as unknown as { __firstStep: number }).__firstStep = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => note() && observer.disconnect()).observe(document, { childList: true, subtree: true });
};

async function timeToFirstStep(
  browser: Browser,
  url: string,
  selector: string,
  loads: number,
  setUp?: (context: Awaited<ReturnType<Browser['newContext']>>) => Promise<void>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    await setUp?.(context);
    await context.addInitScript(WATCH, selector);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstStep?: number }).__firstStep !== undefined, undefined, { timeout: 60_000 });
    times.push(await page.evaluate(() => (window as unknown as { __firstStep: number }).__firstStep));
    await context.close();
  }
  return median(times);
}

/**
 * The task pane as users meet it: its script size, and the time until its first step is usable — in
 * Excel (Office.js answered by the fake Excel, since the CDN is out of reach here) with the Hedensted
 * workbook and with the 1,000-initiative plan, and the browser page's file picker.
 */
export async function benchPane(scheme: Scheme, plan: SyntheticPlan, loads: number): Promise<PaneFigures | undefined> {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'dist', 'sizes.json'), 'utf8')) as Record<string, number>;
  if (!chromiumAvailable()) return { scripts, firstStepMs: {} };
  const schemeSheet = seedFromLayout(schemeToLayout(scheme));
  const hedensted = [...(await seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)))), schemeSheet];
  const synthetic: SeedSheet[] = [{ name: plan.sheetName, rows: plan.rows }, schemeSheet];
  const stub = await buildOfficeStub();
  const server = await serveFolder(join(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    const inExcel = (sheets: SeedSheet[]) => async (context: Awaited<ReturnType<Browser['newContext']>>) => {
      await context.addInitScript((data) => Object.assign(window, { __HANDLEPLAN_SEED__: data }), { sheets });
      await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
    };
    // In Excel the first step is usable when the sheet is read and its findings are counted.
    const counted = '[data-testid="counts"]';
    return {
      scripts,
      firstStepMs: {
        'Excel, Hedensted': await timeToFirstStep(browser, `${server.url}taskpane.html`, counted, loads, inExcel(hedensted)),
        [`Excel, ${plan.initiatives.toLocaleString('en-GB')} initiatives`]: await timeToFirstStep(browser, `${server.url}taskpane.html`, counted, loads, inExcel(synthetic)),
        'Browser page, file picker': await timeToFirstStep(browser, `${server.url}index.html`, '[data-testid="workbook-input"]', loads),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
