import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, ROOT } from './paths';

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** The width of a task pane in Excel: every step must be readable in it without sideways scrolling. */
export const PANE = { width: 350, height: 800 } as const;

/**
 * A browser context at the pane's size. Motion is reduced, as a user may ask of their system: Fluent's
 * folding panels then open at once, so axe-core and the screenshots see them as they settle, never halfway.
 */
export const PANE_CONTEXT = { viewport: PANE, reducedMotion: 'reduce' } as const;

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** axe-core's serious and critical violations on the page as it is now, as "rule: element" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, not added as a script: the pages' Content-Security-Policy
  // stays in force, so the pane is checked as users get it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  });
}

/**
 * Waits until the pane is at rest: no action running (one holds its buttons, Valider igen among them, and shows its
 * spinner where its step is open; a column's spinner is inside the folded list of columns) and no hover transition
 * half-way. The pointer is moved off the controls first: a colour caught between two states is no colour a user reads.
 */
export async function atRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => {
    const again = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Valider igen');
    return document.querySelector('.fui-Spinner') === null && again?.getAttribute('aria-disabled') !== 'true' && !document.getAnimations().some((animation) => animation instanceof CSSTransition);
  });
}

/** How far the page reaches beyond the window sideways, in pixels (0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** What has keyboard focus, as a screen reader names it roughly: the element's tag and its label or text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return 'body';
    const label = active.getAttribute('aria-label') ?? (active.id === '' ? null : document.querySelector(`label[for="${active.id}"]`)?.textContent) ?? active.textContent ?? '';
    return `${active.tagName.toLowerCase()} ${label.trim()}`;
  });
}

/** Presses Tab until the focused element's description matches, and says how many presses it took. */
export async function tabTo(page: Page, wanted: RegExp, most = 40): Promise<number> {
  for (let presses = 1; presses <= most; presses += 1) {
    await page.keyboard.press('Tab');
    if (wanted.test(await focused(page))) return presses;
  }
  throw new Error(`${wanted} was not reached in ${most} presses of Tab; focus is on ${await focused(page)}`);
}

/** Picks files through a file input the way a keyboard user does: focus on it, Space, and the chooser. */
export async function chooseWithKeyboard(page: Page, files: string): Promise<void> {
  // Chromium shows one chooser at a time and may still be closing the last one: the key is pressed again then.
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5_000 }), page.keyboard.press('Space')]);
      await chooser.setFiles(files);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * A picture of the whole page for the README, the same on every run: transitions (a chevron turning,
 * a spinner) are finished or stopped first, and the text caret hidden.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** A picture of one part of the page (a step), made the same way. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: join(SCREENSHOTS, name), animations: 'disabled', caret: 'hide' });
}

/**
 * From where focus is, by keyboard alone: Tab to Beregn and press Enter, then Tab to "Kopiér Bilag 1"
 * and press Enter, and wait for what the pane says under it. Returns the presses of Tab Beregn took.
 */
export async function computeAndCopyByKeyboard(page: Page): Promise<number> {
  const stops = await tabTo(page, /^button Beregn effekt/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor();
  await tabTo(page, /^button Kopiér Bilag 1/);
  await page.keyboard.press('Enter');
  await page.getByTestId('status-bilag').getByText(/Bilag 1 er kopieret|Ctrl\+C|Kopiering blev afvist/).waitFor();
  return stops;
}

/** The browser page at the pane's size with the example workbook and its scheme opened, at its findings. */
export async function exampleOnBrowserPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, ...PANE_CONTEXT });
  await page.goto(url);
  await page.getByTestId('workbook-input').setInputFiles(EXAMPLE_WORKBOOK);
  await page.getByTestId('scheme-input').setInputFiles(EXAMPLE_SCHEME);
  await page.getByRole('heading', { name: '2. Validering' }).waitFor();
  return page;
}
