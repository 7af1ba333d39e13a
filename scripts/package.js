#!/usr/bin/env node
// `HANDLEPLAN_BASE_URL=https://server/handleplan/ npm run package`: builds the add-in for the address IT
// hosts it at and writes out/handleplan-<version>.zip: the web folder to host (pages, scripts, icons,
// the licences, web.config and .htaccess), the production manifest to upload, the third-party notices,
// the nginx block and the install guide in Danish. `-- --out <folder>` writes the zip elsewhere.
const { execFileSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, resolve, sep } = require('node:path');
const { parseArgs } = require('node:util');
const { zipSync } = require('fflate');
const webpack = require('webpack');
const makeConfig = require('../webpack.config');
const { manifestVersion, productionBaseUrl } = require('./package-manifest');
const { NOTICES } = require('./package-notices');
const { apacheConfig, iisConfig, nginxConfig } = require('./package-servers');

const ROOT = join(__dirname, '..');
const GUIDE = join(ROOT, 'docs', 'install', 'installationsvejledning.md');
/** The guide's example address, version and ExcelApi requirement, replaced by the package's own. */
const GUIDE_EXAMPLE_URL = 'https://handleplan.kommune.example/';
const GUIDE_EXAMPLE_VERSION = 'X.Y.Z';
const GUIDE_EXAMPLE_EXCEL_API = 'ExcelApi A.B';
/** Build output that is for the developer, not for the web server. */
const NOT_HOSTED = new Set(['manifest.xml', 'sizes.json']);

/** A production build of the whole add-in into a folder of its own (dist/ is left alone). */
function build(folder, baseUrl) {
  process.env.HANDLEPLAN_BASE_URL = baseUrl;
  const config = makeConfig({}, { mode: 'production' });
  config.output.path = folder;
  return new Promise((done, fail) =>
    webpack(config).run((error, stats) => {
      if (error) fail(error);
      else if (stats.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else done();
    }),
  );
}

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(folder, path).split(sep).join('/'))
    .sort();
}

/** Parses the manifest with office-addin-manifest, offline, and checks it names this version and address. */
function checkManifest(path, baseUrl, version) {
  const cli = join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js');
  const info = execFileSync(process.execPath, [cli, 'info', path], { encoding: 'utf8' });
  for (const expected of [`Version: ${manifestVersion(version)}`, `Source Location: ${baseUrl}taskpane.html`]) {
    if (!info.includes(expected)) throw new Error(`Det byggede manifest siger ikke »${expected}«:\n${info}`);
  }
}

/** The package's files by their path in the zip. */
function packageFiles(web, baseUrl, version) {
  const top = `handleplan-${version}`;
  const hosted = filesUnder(web).filter((file) => !NOT_HOSTED.has(file));
  const manifest = readFileSync(join(web, 'manifest.xml'), 'utf8');
  const excelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
  if (excelApi === undefined) throw new Error('Manifestet nævner intet ExcelApi-krav, som vejledningen kan nævne');
  const guide = readFileSync(GUIDE, 'utf8')
    .replaceAll(GUIDE_EXAMPLE_URL, baseUrl)
    .replaceAll(GUIDE_EXAMPLE_VERSION, version)
    .replaceAll(GUIDE_EXAMPLE_EXCEL_API, `ExcelApi ${excelApi}`);
  const files = {
    [`${top}/installationsvejledning.md`]: guide,
    [`${top}/manifest.xml`]: manifest,
    [`${top}/${NOTICES}`]: readFileSync(join(web, NOTICES)),
    [`${top}/nginx-handleplan.conf`]: nginxConfig(baseUrl),
    [`${top}/web/web.config`]: iisConfig(hosted),
    [`${top}/web/.htaccess`]: apacheConfig(),
  };
  for (const file of hosted) files[`${top}/web/${file}`] = readFileSync(join(web, file));
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content]));
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (process.env.HANDLEPLAN_BASE_URL === undefined) {
    throw new Error('Sæt HANDLEPLAN_BASE_URL til den https-adresse, filerne skal ligge på, f.eks. HANDLEPLAN_BASE_URL=https://intranet.kommune.dk/handleplan/ npm run package');
  }
  const baseUrl = productionBaseUrl(process.env.HANDLEPLAN_BASE_URL);
  const work = mkdtempSync(join(tmpdir(), 'handleplan-package-'));
  try {
    const web = join(work, 'web');
    console.log(`Bygger Handleplan ${version} til ${baseUrl} …`);
    await build(web, baseUrl);
    checkManifest(join(web, 'manifest.xml'), baseUrl, version);
    const files = packageFiles(web, baseUrl, version);
    const folder = resolve(values.out ?? join(ROOT, 'out'));
    mkdirSync(folder, { recursive: true });
    const zip = join(folder, `handleplan-${version}.zip`);
    writeFileSync(zip, zipSync(files, { level: 9 }));
    console.log(`Skrevet: ${zip} (${Object.keys(files).length} filer). Vejledningen til IT ligger i pakken: installationsvejledning.md.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`npm run package: ${error.message}`);
  process.exit(2);
});
