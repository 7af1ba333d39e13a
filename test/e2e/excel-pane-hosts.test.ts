import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { FakeExcel } from '../fakes/fake-excel';
import { chromiumAvailable } from '../helpers/chromium';
import { actAsExcelHost, builtPagesInChromium } from '../helpers/built-pages';
import { buildOfficeStub } from '../helpers/office-stub';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK } from '../helpers/paths';
import { seedFromWorkbook, SeedSheet } from '../helpers/seed';
import { policy } from '../deploy/policy';

const available = chromiumAvailable();
const describeWithChromium = available ? describe : describe.skip;

/** The header the server sends with the pages (scripts/package-policy.js): scripts only from the add-in's own address and Office's CDN; no inline script, no eval. */
const STRICT_CSP = policy.HEADER_POLICY;

/** Excel on Windows showing add-ins in Internet Explorer 11 (Trident) and in Edge Legacy (EdgeHTML). */
const OLD_WEB_VIEWS = {
  'Internet Explorer 11': 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  'Edge Legacy': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
};

/**
 * Excel on the web: the Clipboard API is blocked by the permissions policy (office-js #1991, #3480)
 * and execCommand('copy') fails (office-js #2513).
 */
function withoutClipboardPermission(): void {
  document.execCommand = () => false;
  Object.defineProperty(navigator, 'clipboard', {
    value: { write: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
  });
}

/** Older WebKit on Mac: execCommand('copy') fires no copy event when nothing is selected (and copies nothing). */
function olderMacWebKit(): void {
  const execCommand = document.execCommand.bind(document);
  document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
    if (command === 'copy' && (window.getSelection()?.isCollapsed ?? true)) return true;
    return execCommand(command, ...rest);
  };
  Object.defineProperty(navigator, 'clipboard', { value: undefined });
}

interface PaneOptions {
  readonly userAgent?: string;
  readonly apiVersion?: string;
  readonly hostQuirks?: () => void;
}

describeWithChromium('the task pane on other Excel hosts, under a strict Content-Security-Policy, in headless Chromium', () => {
  const pages = builtPagesInChromium();
  let stub: string;
  let seed: SeedSheet[];

  beforeAll(async () => {
    [stub, seed] = await Promise.all([buildOfficeStub(), seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)))]);
  });

  /** The pane over the fake Excel holding the Hedensted workbook; script errors and CSP refusals are collected. */
  async function openPane(options: PaneOptions = {}): Promise<{ page: Page; problems: string[] }> {
    const context = await pages.browser.newContext({ viewport: { width: 420, height: 1100 }, ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }) });
    await actAsExcelHost(context, stub, { sheets: seed, ...(options.apiVersion === undefined ? {} : { apiVersion: options.apiVersion }) });
    if (options.hostQuirks !== undefined) await context.addInitScript(options.hostQuirks);
    await context.route('**/taskpane.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${pages.url}taskpane.html`);
    return { page, problems };
  }

  /** Chooses the scheme, computes, and waits for the Bilag 1 step. */
  async function computeBilag(page: Page): Promise<void> {
    await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
    await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
  }

  const excelOf = (page: Page): Promise<{ selection: FakeExcel['selection']; activeSheet: string | undefined }> =>
    page.evaluate(() => {
      const excel = (window as unknown as { __excel: FakeExcel }).__excel;
      return { selection: excel.selection, activeSheet: excel.activeSheet };
    });

  it.each(Object.entries(OLD_WEB_VIEWS))('shows a plain Danish message, and never starts the pane, where Excel uses %s', async (_name, userAgent) => {
    const { page } = await openPane({ userAgent });
    await page.locator('#old-host').waitFor({ state: 'visible' });
    await expect(page.locator('#old-host').textContent()).resolves.toContain('Brug Excel i Microsoft 365, Excel 2021 eller nyere');
    await expect(page.locator('#root').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await expect(page.getByTestId('scheme-input').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('starts the pane, and keeps the message hidden, in a modern web view under the strict policy', async () => {
    const { page, problems } = await openPane();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Projektmappen har intet skema');
    await expect(page.locator('#old-host').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says in Danish that Excel is too old where the host lacks the ExcelApi the manifest asks for', async () => {
    const { page, problems } = await openPane({ apiVersion: '1.12' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Denne udgave af Excel er for gammel til Handleplan');
    await expect(page.getByTestId('scheme-input').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('selects Bilag 1 in the workbook and says to press Ctrl+C where the host gives no clipboard permission', async () => {
    const { page, problems } = await openPane({ hostQuirks: withoutClipboardPermission });
    await computeBilag(page);
    await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
    await page.getByTestId('status-bilag').getByText('Bilag 1 er markeret i arket. Tryk Ctrl+C', { exact: false }).waitFor();
    // Bilag 1 of the example is 31 rows of 6 columns; its sheet is activated first, so the selection takes.
    await expect(excelOf(page)).resolves.toEqual({ selection: { sheet: 'Bilag 1', address: 'A1:F31' }, activeSheet: 'Bilag 1' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('copies Bilag 1 as a table where the web view fires no copy event without a selection (older WebKit on Mac)', async () => {
    const { page, problems } = await openPane({ hostQuirks: olderMacWebKit });
    await computeBilag(page);
    await page.evaluate(() => {
      window.addEventListener('copy', (event) => Object.assign(window, { __copied: event.clipboardData?.getData('text/html') }));
    });
    await page.getByRole('button', { name: 'Kopiér Bilag 1' }).click();
    await page.getByTestId('status-bilag').getByText('Bilag 1 er kopieret.', { exact: false }).waitFor();
    const copied = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
    expect(copied).toContain('<table');
    await expect(excelOf(page)).resolves.toMatchObject({ selection: undefined });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
