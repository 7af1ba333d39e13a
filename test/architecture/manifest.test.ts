import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCEL_API_FLOOR } from '../../src/adapters/office/host';
import { ROOT } from '../helpers/paths';

const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1] ?? '');

/** The online validator needs the internet; these checks run offline on every test run. */
describe('the add-in manifest', () => {
  it('parses with office-addin-manifest and names Handleplan for Excel workbooks', () => {
    // Run as a separate node process: the package's ESM-only dependencies do not load in jest's runtime.
    const info = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js'), 'info', join(ROOT, 'manifest.xml')], {
      encoding: 'utf8',
    });
    expect(info).toContain('Id: 23f883ed-5006-4170-93a9-02c16984f4bc');
    expect(info).toContain('Name: Handleplan');
    expect(info).toContain('Hosts: Workbook');
    expect(info).toContain('Type: TaskPaneApp');
  });

  it('asks for the ExcelApi the Office.js adapter needs and opens the pane from a button on the Home tab', () => {
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>`);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('points every resource at the development server', () => {
    expect(urls.length).toBeGreaterThan(8);
    const elsewhere = (manifest.replace(/<!--[\s\S]*?-->/g, '').match(/https?:\/\/[^\s"<]+/g) ?? []).filter(
      (url) => !url.startsWith('https://localhost:3000/') && url !== 'https://localhost:3000' && !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(url),
    );
    expect(elsewhere).toEqual([]);
  });

  it.each(urls.filter((u) => u.includes('/assets/')))('has the icon %s in assets/', (url) => {
    expect(existsSync(join(ROOT, url.replace('https://localhost:3000/', '')))).toBe(true);
  });
});

describe('the production build in dist/', () => {
  it.each(urls)('serves %s', (url) => {
    expect(existsSync(join(ROOT, 'dist', url.replace('https://localhost:3000/', '').replace(/[?#].*$/, '')))).toBe(true);
  });

  it('loads Office.js from Microsoft’s CDN in the pane and commands pages, never from the bundle', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      // The build minifies the HTML, so quotes around attribute values may go.
      expect(readFileSync(join(ROOT, 'dist', page), 'utf8')).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    }
  });

  it('keeps the Excel pane’s script within 300 KB gzipped, without the .xlsx library', () => {
    const sizes = JSON.parse(readFileSync(join(ROOT, 'dist', 'sizes.json'), 'utf8')) as Record<string, number>;
    expect(sizes.taskpane).toBeLessThan(300 * 1024);
    const taskpane = readFileSync(join(ROOT, 'dist', 'taskpane.html'), 'utf8');
    const scripts = [...taskpane.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1] ?? '').filter((src) => !src.startsWith('https://'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(readFileSync(join(ROOT, 'dist', script), 'utf8')).not.toContain('sharedStrings');
  });
});
