// Writes third-party-notices.txt into the build: every package whose code webpack actually put into a
// script, with its version, the licence its package.json states and the licence files it ships, and
// the licence comments the minifier kept (they also name libraries prebuilt into a package's own file).
const { readdirSync, readFileSync } = require('node:fs');
const { join, sep } = require('node:path');

const NOTICES = 'third-party-notices.txt';
const LICENCE_FILE = /^(licen[sc]e|copying|notice)([.-]|$)/i;

/** The folder and name of the package a bundled file belongs to, or undefined for the project's own files. */
function packageOf(file) {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = file.slice(at + marker.length).split(sep);
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return { name, folder: file.slice(0, at + marker.length) + name.split('/').join(sep) };
}

/** Every file in the compilation's chunks, looking inside modules webpack concatenated into one. */
function bundledFiles(compilation) {
  const files = new Set();
  const add = (module) => {
    if (Array.isArray(module.modules)) module.modules.forEach(add);
    else if (typeof module.resource === 'string') files.add(module.resource.replace(/\?.*$/, ''));
  };
  for (const chunk of compilation.chunks) for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(module);
  return files;
}

/** What a package says about itself and the licence texts it ships. */
function describePackage(folder) {
  const info = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const stated = typeof info.license === 'string' ? info.license : (info.license?.type ?? info.licenses?.map((l) => l.type).join(' OR '));
  const texts = readdirSync(folder)
    .filter((file) => LICENCE_FILE.test(file))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8').trim());
  const repository = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  return { name: info.name, version: info.version, licence: stated, source: info.homepage ?? repository, text: texts.join('\n\n') };
}

/** The notices file: a list of the packages, then each licence text once, with the packages that ship it. */
function noticesText(title, packages, keptComments) {
  const list = packages.map((p) => `  ${`${p.name} ${p.version}`.padEnd(56)} ${p.licence}${p.source ? `  ${p.source}` : ''}`);
  const byText = new Map();
  for (const p of packages) byText.set(p.text, [...(byText.get(p.text) ?? []), p]);
  const texts = [...byText].map(([text, owners]) => {
    const names = owners.map((p) => `${p.name} ${p.version}`).join(', ');
    const body = text === '' ? `(The package ships no licence file; its package.json states the licence ${owners[0].licence}.)` : text;
    return `${'='.repeat(78)}\n${names}\n${'-'.repeat(78)}\n${body}\n`;
  });
  return [
    title,
    '',
    'Handleplans scripts indeholder disse open source-pakker. Hver er nævnt med version og den licens,',
    'pakken selv angiver; derefter følger licensteksterne, som pakkerne leverer dem.',
    "Handleplan's scripts contain these open-source packages, each with its version and the licence it",
    'states; the licence texts follow as the packages ship them.',
    '',
    ...list,
    '',
    ...texts,
    '='.repeat(78),
    'Licence comments kept in the minified scripts (they also cover libraries prebuilt into a package):',
    '-'.repeat(78),
    keptComments.trim(),
    '',
  ].join('\n');
}

/** A webpack plugin that emits the notices of what this build bundled; a package without a stated licence fails the build. */
class ThirdPartyNotices {
  constructor(title) {
    this.title = title;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ThirdPartyNotices', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ThirdPartyNotices', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const folders = new Map();
        for (const file of bundledFiles(compilation)) {
          const found = packageOf(file);
          if (found !== undefined) folders.set(found.folder, found.name);
        }
        const packages = [...folders.keys()].map(describePackage).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
        for (const p of packages.filter((p) => !p.licence)) compilation.errors.push(new WebpackError(`${p.name} ${p.version} is bundled but states no licence`));
        const kept = Object.keys(assets)
          .filter((name) => name.endsWith('.LICENSE.txt'))
          .sort()
          .map((name) => `[${name.replace(/\.LICENSE\.txt$/, '')}]\n${assets[name].source().toString().trim()}`)
          .join('\n\n');
        compilation.emitAsset(NOTICES, new sources.RawSource(noticesText(this.title, packages, kept)));
      });
    });
  }
}

module.exports = { NOTICES, ThirdPartyNotices, packageOf };
