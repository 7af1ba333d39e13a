// The production manifest: manifest.xml as the developer keeps it (every URL at https://localhost:3000),
// turned into the one IT uploads, naming only the host the files are served from.

const DEV_ORIGIN = 'https://localhost:3000';

/** The manifest's four-part <Version> for package.json's version: 1.4.2 becomes 1.4.2.0. */
function manifestVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`Versionen i package.json, »${version}«, skal have formen 1.2.3, som manifestets <Version> kræver`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/**
 * The base URL IT hosts the files at, checked and with one trailing slash. Office loads add-ins only
 * over https, and a production package must not point at the developer's machine.
 */
function productionBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`HANDLEPLAN_BASE_URL »${text}« er ikke en adresse`);
  }
  if (url.protocol !== 'https:') throw new Error(`HANDLEPLAN_BASE_URL »${text}« skal begynde med https:// (Office indlæser kun tilføjelsesprogrammer over https)`);
  if (url.search !== '' || url.hash !== '') throw new Error(`HANDLEPLAN_BASE_URL »${text}« må ikke indeholde ? eller #`);
  if (/^(localhost|127\.|\[::1\])/.test(url.host)) throw new Error(`HANDLEPLAN_BASE_URL »${text}« er denne maskine, ikke webserveren`);
  return url.href.replace(/\/*$/, '/');
}

/**
 * The manifest with every development address moved to the base URL: full URLs keep their path under
 * it, and the bare origin in <AppDomain> becomes the base URL's origin. The comments, which speak of the
 * development server, are left out, and <Version> is package.json's.
 */
function productionManifest(xml, baseUrl, version) {
  const base = productionBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const rewritten = xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replaceAll(`${DEV_ORIGIN}/`, base)
    .replaceAll(DEV_ORIGIN, origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (rewritten.includes('localhost')) throw new Error('Produktionsmanifestet nævner stadig localhost');
  return rewritten;
}

module.exports = { DEV_ORIGIN, manifestVersion, productionBaseUrl, productionManifest };
