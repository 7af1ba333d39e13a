// The content security policy every page carries and the headers the web server sends, in one place:
// the build writes the policy into each page, the package writes it into the server examples, and the
// tests and the install guide are held to it.

/** Office.js and the scripts it loads itself come from Microsoft's CDN; nothing else is fetched from elsewhere. */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * Where Excel on the web, SharePoint, OneDrive and Teams show a workbook with the pane beside it. Only
 * a header can say who may frame a page (browsers ignore frame-ancestors in a meta tag).
 */
const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://teams.microsoft.com',
];

const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${OFFICE_CDN}`],
  // Fluent UI (Griffel) and Office.js insert <style> elements while the page runs; nothing else is inline.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The core runs in a worker from the add-in's own address (src/taskpane/worker); said outright, as
  // web views that do not know worker-src fall back to child-src and then default-src, never wider.
  ['worker-src', "'self'"],
  ['frame-src', OFFICE_CDN],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

const join = (directives) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy in each page's <meta http-equiv="Content-Security-Policy">. */
const META_POLICY = join(DIRECTIVES);

/** The same policy as the web server's header, which can also say that only Office may frame the pages. */
const HEADER_POLICY = join([...DIRECTIVES, ['frame-ancestors', OFFICE_FRAME_ANCESTORS.join(' ')]]);

const YEAR = 'public, max-age=31536000, immutable';
const ALWAYS_ASK = 'no-cache';

/** A script whose name carries its content hash (taskpane.3d7f947c.js): a new version gets a new name. */
const isHashedScript = (file) => /\.[0-9a-f]{8}\.js$/.test(file);

/** The headers the web server sends with a file of the package, by its path there. */
function headersFor(file) {
  // The policy only matters on the pages, but sent with every file it keeps each server's setup to one line.
  return { 'Content-Security-Policy': HEADER_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': isHashedScript(file) ? YEAR : ALWAYS_ASK };
}

module.exports = { OFFICE_CDN, OFFICE_FRAME_ANCESTORS, META_POLICY, HEADER_POLICY, headersFor, isHashedScript };
