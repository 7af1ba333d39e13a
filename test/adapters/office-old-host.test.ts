import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { ROOT } from '../helpers/paths';

describe('the old-host message script (src/taskpane/old-host.js)', () => {
  const source = readFileSync(join(ROOT, 'src', 'taskpane', 'old-host.js'), 'utf8');

  it('is plain ES5, so Internet Explorer 11 runs it, as written and as the production build minifies it into dist/', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    const built = readFileSync(join(ROOT, 'dist', 'old-host.js'), 'utf8');
    expect(() => parse(built, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(built).toContain('Trident/');
  });

  it('is loaded from the add-in’s own address before the pane’s script, and the page holds its Danish message', () => {
    const page = readFileSync(join(ROOT, 'src', 'taskpane', 'page.html'), 'utf8');
    expect(page).toMatch(/<div id="old-host" hidden>[\s\S]*Brug Excel i Microsoft 365[\s\S]*<\/div>\s*<script src="old-host.js"><\/script>/);
    expect(page).not.toMatch(/<script>/);
  });
});
