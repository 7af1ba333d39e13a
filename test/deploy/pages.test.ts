import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { expectPolicyOnEveryPage, policy } from './policy';

const DIST = join(ROOT, 'dist');
const GUIDE = readFileSync(join(ROOT, 'docs', 'install', 'installationsvejledning.md'), 'utf8');

describe('the content security policy', () => {
  it('is on every page of the build, before any script, with no inline script and scripts only from the site and Office’s CDN', () => {
    expectPolicyOnEveryPage(DIST);
  });

  it('allows scripts only from the site and Office’s CDN, workers only from the site, no eval, connections only to the site, and frames only from Office', () => {
    const directives = Object.fromEntries(policy.HEADER_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)])) as Record<string, string[] | undefined>;
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['worker-src']).toEqual(["'self'"]);
    expect(directives['frame-src']).toEqual(['https://appsforoffice.microsoft.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy.HEADER_POLICY).not.toContain('unsafe-eval');
    // Only styles may be inline: Fluent UI and Office.js insert <style> elements at run time.
    expect(policy.HEADER_POLICY.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['frame-ancestors']?.every((origin) => origin.startsWith('https://'))).toBe(true);
  });

  it('needs no eval: the only string-to-code calls in the scripts are fallbacks a modern browser never reaches', () => {
    const fallbacks = [
      // webpack's runtime finds the global object this way only where globalThis is missing.
      /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/,
      // The setImmediate polyfill inside ExcelJS's prebuilt file turns a string callback into code; nothing passes one.
      /"function"!=typeof (\w+)&&\(\1=new Function\(""\+\1\)\)/,
    ];
    const scripts = readdirSync(DIST).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of scripts) {
      const code = readFileSync(join(DIST, script), 'utf8');
      for (const match of code.matchAll(/new Function\(|\beval\(|setTimeout\("|setInterval\("/g)) {
        const around = code.slice(Math.max(0, (match.index ?? 0) - 80), (match.index ?? 0) + 40);
        expect({ script, around, fallback: fallbacks.some((pattern) => pattern.test(around)) }).toEqual({ script, around, fallback: true });
      }
    }
  });

  it('is the header’s policy without frame-ancestors, which browsers ignore in a meta tag', () => {
    expect(policy.META_POLICY).not.toContain('frame-ancestors');
    expect(policy.HEADER_POLICY.startsWith(`${policy.META_POLICY}; frame-ancestors `)).toBe(true);
  });

  it('is stated in the install guide word for word, with the cache headers the server sends', () => {
    expect(GUIDE).toContain(`Content-Security-Policy: ${policy.HEADER_POLICY}\n`);
    expect(GUIDE).toContain(`\`${policy.headersFor('taskpane.3d7f947c.js')['Cache-Control']}\``);
    expect(GUIDE).toContain(`\`${policy.headersFor('taskpane.html')['Cache-Control']}\``);
  });
});

describe('the headers the web server sends', () => {
  it('keep hashed scripts for a year and have everything else checked with the server each time', () => {
    expect(policy.headersFor('taskpane.3d7f947c.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const file of ['taskpane.html', 'help.html', 'assets/icon-32.png', 'third-party-notices.txt', 'taskpane.3d7f947c.js.LICENSE.txt']) {
      expect(policy.headersFor(file)['Cache-Control']).toBe('no-cache');
    }
  });

  it('carry the policy on every file', () => {
    expect(policy.headersFor('index.html')['Content-Security-Policy']).toBe(policy.HEADER_POLICY);
  });
});

describe('the help page', () => {
  const help = readFileSync(join(DIST, 'help.html'), 'utf8');

  it('says in Danish that no data leaves the workbook, and what the hidden state sheet holds', () => {
    expect(help).toContain('Ingen data forlader projektmappen');
    expect(help).toContain('intet sendes til kommunens server, til Microsoft eller andre steder');
    expect(help).toContain('Handleplan_tilstand');
    expect(help).toContain('Arket indeholder ingen personoplysninger');
  });

  it('shows the version and links to the third-party notices the build wrote', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(help).toContain(`Version <span id=version>${version}</span>`);
    expect(help).toContain('href=third-party-notices.txt');
    expect(readFileSync(join(DIST, 'third-party-notices.txt'), 'utf8')).toContain(`Handleplan ${version}`);
  });
});
