import { existsSync } from 'node:fs';
import { chromium, Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Debian's Chromium is here; CI sets HANDLEPLAN_REQUIRE_CHROMIUM=1 so the browser tests can never be skipped there. */
export function chromiumAvailable(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.HANDLEPLAN_REQUIRE_CHROMIUM === '1') throw new Error(`Chromium is required here but missing at ${CHROMIUM}: apt-get install chromium`);
  if (!found) console.warn('Chromium is not installed: the browser tests are skipped on this machine.');
  return found;
}

/** Headless Chromium with the flags this closed network needs; nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
