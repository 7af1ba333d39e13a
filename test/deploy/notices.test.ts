import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import webpack from 'webpack';
import { ROOT } from '../helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageOf } = require(join(ROOT, 'scripts', 'package-notices.js')) as {
  packageOf: (file: string) => { name: string; folder: string } | undefined;
};

const path = (...parts: string[]): string => [ROOT, ...parts].join(sep);

describe('which package a bundled file belongs to', () => {
  it('is the folder after the last node_modules, scoped packages with their scope', () => {
    expect(packageOf(path('node_modules', 'react-dom', 'cjs', 'react-dom.production.js'))).toEqual({ name: 'react-dom', folder: path('node_modules', 'react-dom') });
    expect(packageOf(path('node_modules', '@fluentui', 'react-button', 'lib', 'index.js'))).toEqual({
      name: '@fluentui/react-button',
      folder: path('node_modules', '@fluentui', 'react-button'),
    });
  });

  it('is the nested copy when a package brings its own version of another', () => {
    expect(packageOf(path('node_modules', 'a', 'node_modules', '@s', 'b', 'index.js'))).toEqual({ name: '@s/b', folder: path('node_modules', 'a', 'node_modules', '@s', 'b') });
  });

  it('is none for the project’s own files', () => {
    expect(packageOf(path('src', 'core', 'compute.ts'))).toBeUndefined();
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ThirdPartyNotices } = require(join(ROOT, 'scripts', 'package-notices.js')) as { ThirdPartyNotices: new (title: string) => webpack.WebpackPluginInstance };

/** A tiny project in a temporary folder: an entry importing the given packages, each with its package.json and files. */
function project(packages: Record<string, { json: object; files?: Record<string, string> }>, imports: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'handleplan-notices-'));
  for (const [name, { json, files }] of Object.entries(packages)) {
    const folder = join(dir, 'node_modules', ...name.split('/'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js', ...json }));
    writeFileSync(join(folder, 'index.js'), `module.exports = ${JSON.stringify(name)};`);
    for (const [file, content] of Object.entries(files ?? {})) writeFileSync(join(folder, file), content);
  }
  writeFileSync(join(dir, 'entry.js'), imports.map((name, i) => `const p${i} = require(${JSON.stringify(name)}); console.log(p${i});`).join('\n'));
  return dir;
}

/** Builds the tiny project with the notices plugin: the notices it wrote and the build's errors. */
async function buildNotices(dir: string): Promise<{ notices: string; errors: string[] }> {
  const compiler = webpack({ mode: 'development', devtool: false, context: dir, entry: './entry.js', output: { path: join(dir, 'dist') }, plugins: [new ThirdPartyNotices('Test 1.0.0')] });
  const stats = await new Promise<webpack.Stats>((done, fail) => compiler.run((error, result) => (error || result === undefined ? fail(error) : compiler.close(() => done(result)))));
  const errors = stats.compilation.errors.map((e) => e.message);
  const notices = errors.length > 0 ? '' : readFileSync(join(dir, 'dist', 'third-party-notices.txt'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { notices, errors };
}

describe('the third-party notices of a build', () => {
  it('list each bundled package with its licence, and each licence text once with the packages that ship it', async () => {
    const mit = 'MIT License\n\nCopyright (c) Someone';
    const dir = project(
      {
        alpha: { json: { license: 'MIT' }, files: { LICENSE: mit } },
        '@scope/beta': { json: { license: { type: 'ISC' } }, files: { 'LICENSE.md': mit } },
        unused: { json: { license: 'GPL-3.0' } },
      },
      ['alpha', '@scope/beta'],
    );
    const { notices, errors } = await buildNotices(dir);
    expect(errors).toEqual([]);
    expect(notices).toMatch(/^ {2}@scope\/beta 1\.0\.0 +ISC$/m);
    expect(notices).toMatch(/^ {2}alpha 1\.0\.0 +MIT$/m);
    expect(notices).toContain(`@scope/beta 1.0.0, alpha 1.0.0\n${'-'.repeat(78)}\n${mit}\n`);
    expect(notices).not.toContain('unused');
  }, 60_000);

  it('fail the build when a bundled package states no licence', async () => {
    const { errors } = await buildNotices(project({ nameless: { json: {} } }, ['nameless']));
    expect(errors).toEqual([expect.stringContaining('nameless 1.0.0 is bundled but states no licence')]);
  }, 60_000);
});
