import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { ROOT } from '../helpers/paths';
import { expectPolicyOnEveryPage, policy } from './policy';

const BASE_URL = 'https://intranet.kommune.example/handleplan/';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
const out = mkdtempSync(join(tmpdir(), 'handleplan-package-test-'));
const top = join(out, 'unpacked', `handleplan-${version}`);
const text = (file: string): string => readFileSync(join(top, file), 'utf8');

/** The packages the notices list, from their list at the top: "name version  licence  source". */
function listedPackages(notices: string): { name: string; version: string; licence: string }[] {
  return [...notices.matchAll(/^ {2}(\S+) (\S+) +(\S+)/gm)].map((m) => ({ name: m[1] ?? '', version: m[2] ?? '', licence: m[3] ?? '' }));
}

beforeAll(async () => {
  // The whole `npm run package`, as IT's developer runs it: a production build into a folder of its own.
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'package.js'), '--out', out], {
    env: { ...process.env, HANDLEPLAN_BASE_URL: BASE_URL.replace(/\/$/, '') },
  });
  const files = unzipSync(readFileSync(join(out, `handleplan-${version}.zip`)));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(out, 'unpacked', name)), { recursive: true });
    writeFileSync(join(out, 'unpacked', name), content);
  }
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe(`npm run package with HANDLEPLAN_BASE_URL set`, () => {
  it(`writes handleplan-${version}.zip with the web folder, the manifest, the notices, the nginx block and the guide`, () => {
    expect(readdirSync(join(out, 'unpacked'))).toEqual([`handleplan-${version}`]);
    expect(readdirSync(top).sort()).toEqual(['installationsvejledning.md', 'manifest.xml', 'nginx-handleplan.conf', 'third-party-notices.txt', 'web']);
    const web = readdirSync(join(top, 'web'));
    expect(web).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'help.html', 'index.html', 'assets', 'third-party-notices.txt', 'web.config', '.htaccess']));
    // Only what the web server should serve: no development manifest, size report or source maps.
    expect(web.filter((file) => file === 'manifest.xml' || file === 'sizes.json' || file.endsWith('.map'))).toEqual([]);
  });

  it('has a manifest that names only the production host, <AppDomain> included, and package.json’s version', () => {
    const manifest = text('manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(manifest).toContain('<AppDomain>https://intranet.kommune.example</AppDomain>');
    const urls = (manifest.match(/https?:\/\/[^\s"<]+/g) ?? []).filter((url) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(url));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url === 'https://intranet.kommune.example' || url.startsWith(BASE_URL)).toBe(true);
  });

  it('has a manifest office-addin-manifest reads (offline), whose every address is a file of the web folder', () => {
    const info = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js'), 'info', join(top, 'manifest.xml')], { encoding: 'utf8' });
    expect(info).toContain(`Version: ${version}.0`);
    expect(info).toContain(`Source Location: ${BASE_URL}taskpane.html`);
    for (const [, path] of text('manifest.xml').matchAll(/DefaultValue="https:\/\/intranet\.kommune\.example\/handleplan\/([^"]+)"/g)) {
      expect(readdirSync(join(top, 'web', dirname(path ?? '')))).toContain((path ?? '').split('/').pop());
    }
  });

  it('carries the content security policy on every page it hosts', () => {
    expectPolicyOnEveryPage(join(top, 'web'));
  });

  it('shows the version on the help page', () => {
    expect(text('web/help.html')).toContain(`Version <span id=version>${version}</span>`);
  });

  it('lists in its notices every package the scripts bundle, each with its licence and licence text', () => {
    const notices = text('third-party-notices.txt');
    expect(text('web/third-party-notices.txt')).toBe(notices);
    const listed = listedPackages(notices);
    expect(listed.map((p) => p.name)).toEqual(expect.arrayContaining(['react', 'react-dom', 'scheduler', 'decimal.js', '@fluentui/react-button', '@griffel/core']));
    for (const p of listed) {
      // Each is an installed dependency of the add-in at that version, never a build or test tool.
      expect({ name: p.name, installed: lock.packages[`node_modules/${p.name}`]?.version, dev: lock.packages[`node_modules/${p.name}`]?.dev }).toEqual({ name: p.name, installed: p.version, dev: undefined });
      expect(p.licence).toMatch(/^[\w.()-]+( OR [\w.-]+)*$/);
      expect(notices).toMatch(new RegExp(`^(.*, )?${p.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} ${p.version}(, .*)?$`, 'm'));
    }
    expect(notices).toContain('Permission is hereby granted, free of charge');
    // The licence comments the minifier kept are there too: they name what a package prebuilt into its own file.
    expect(notices).toContain('@license React');
  });

  it('has the Danish guide for IT, made out for this address and version', () => {
    const guide = text('installationsvejledning.md');
    expect(guide).toContain(`handleplan-${version}.zip`);
    expect(guide).toContain(`${BASE_URL}taskpane.html`);
    expect(guide).not.toContain('kommune.example/taskpane');
    expect(guide).not.toContain('X.Y.Z');
    const excelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(text('manifest.xml'))?.[1];
    expect(guide).toContain(`kravsættet ExcelApi ${excelApi} eller nyere`);
    for (const step of ['HTTPS', 'Integrerede apps', 'Upload brugerdefinerede apps', 'Bestemte brugere/grupper', 'én bruger', 'Opdatering', 'Windows', 'Mac', 'nettet']) expect(guide).toContain(step);
    expect(guide).toContain(policy.HEADER_POLICY);
  });

  it('has server settings for IIS, Apache and nginx that send the guide’s headers', () => {
    const scripts = readdirSync(join(top, 'web')).filter(policy.isHashedScript);
    expect(scripts.length).toBeGreaterThan(2);
    const iis = text('web/web.config');
    expect(() => new SaxesParser().write(iis).close()).not.toThrow();
    expect(iis).toContain(`<add name="Content-Security-Policy" value="${policy.HEADER_POLICY}" />`);
    expect(iis).toContain('<clientCache cacheControlMode="DisableCache" />');
    for (const script of scripts) expect(iis).toContain(`<location path="${script}">`);
    for (const file of ['web/.htaccess', 'nginx-handleplan.conf']) {
      const config = text(file);
      expect(config).toContain(`Content-Security-Policy "${policy.HEADER_POLICY}"`);
      expect(config).toContain('Cache-Control "public, max-age=31536000, immutable"');
      expect(config).toContain('Cache-Control "no-cache"');
    }
    expect(text('nginx-handleplan.conf')).toContain('location /handleplan/ {');
  });
});
