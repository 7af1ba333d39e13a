import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { ROOT } from './paths';
import { serveFolder } from './static-server';

export interface BuiltPages {
  /** Chromium, started before the block's tests. */
  readonly browser: Browser;
  /** Where the built pages (dist) are served, ending in a slash. */
  readonly url: string;
}

/**
 * Serves the built pages and starts Chromium for the tests of one describe block, and closes both after
 * it. Call it first in the block: its set-up runs before the block's own.
 */
export function builtPagesInChromium(): BuiltPages {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    server = await serveFolder(join(ROOT, 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The built pages are served only inside the describe block, after its set-up');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}

/**
 * Makes a browser context an Excel host for the pane: the fake Excel holds what `seed` gives, and the
 * request for Office.js on Microsoft's CDN is answered by the stub that runs it.
 */
export async function actAsExcelHost(context: BrowserContext, stub: string, seed: object): Promise<void> {
  await context.addInitScript((data) => Object.assign(window, { __HANDLEPLAN_SEED__: data }), seed);
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
}
