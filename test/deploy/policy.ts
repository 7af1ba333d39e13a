import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

/** The policy and headers as scripts/package-policy.js defines them for the pages, the server and the guide. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const policy = require(join(ROOT, 'scripts', 'package-policy.js')) as {
  OFFICE_CDN: string;
  META_POLICY: string;
  HEADER_POLICY: string;
  headersFor: (file: string) => Record<string, string>;
  isHashedScript: (file: string) => boolean;
};

export const OFFICE_JS = `${policy.OFFICE_CDN}/lib/1/hosted/office.js`;

/** What a built page says about its policy and scripts, read from its (minified) HTML. */
export function pageFacts(html: string): { policies: string[]; inlineScripts: number; scriptSources: string[] } {
  const policies = [...html.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi)].map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
  const sourceOf = (attributes: string): string | undefined => /\ssrc="?([^"\s>]+)/.exec(attributes)?.[1];
  return {
    policies,
    inlineScripts: scripts.filter((m) => sourceOf(m[1] ?? '') === undefined).length,
    scriptSources: scripts.map((m) => sourceOf(m[1] ?? '')).filter((src): src is string => src !== undefined),
  };
}

/** The HTML pages in a built folder. */
export const pagesIn = (folder: string): string[] => readdirSync(folder).filter((file) => file.endsWith('.html')).sort();

/** Checks every page of a built folder: the one policy first in its head, no inline script, scripts only from itself and Office's CDN. */
export function expectPolicyOnEveryPage(folder: string): void {
  const pages = pagesIn(folder);
  expect(pages).toEqual(['commands.html', 'help.html', 'index.html', 'taskpane.html']);
  for (const page of pages) {
    const html = readFileSync(join(folder, page), 'utf8');
    const facts = pageFacts(html);
    expect({ page, policies: facts.policies }).toEqual({ page, policies: [policy.META_POLICY] });
    // The policy only governs what comes after it, so it must come before any script or style.
    const firstResource = html.search(/<script|<style|<link/i);
    expect(html.search(/http-equiv="?Content-Security-Policy/i)).toBeLessThan(firstResource < 0 ? html.length : firstResource);
    expect({ page, inline: facts.inlineScripts }).toEqual({ page, inline: 0 });
    for (const src of facts.scriptSources) expect(src === OFFICE_JS || /^[\w.-]+\.js$/.test(src)).toBe(true);
  }
}
