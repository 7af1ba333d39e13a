// The web server settings shipped in the package, written from the same headers the tests serve with
// (scripts/package-policy.js): web.config for IIS and .htaccess for Apache go into the web folder, where
// those servers read them; nginx gets a block to paste into its configuration.
const { headersFor, isHashedScript } = require('./package-policy');

const PAGE = 'index.html';
const SCRIPT = 'x.0123abcd.js';
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** IIS: the policy on every response, no caching by default, a year for each hashed script by name. */
function iisConfig(files) {
  const page = headersFor(PAGE);
  const script = headersFor(SCRIPT);
  const scripts = files.filter(isHashedScript).map(
    (file) => `  <location path="${attribute(file)}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="${script['Cache-Control'].replace(/,?\s*max-age=\d+/, '')}" />
      </staticContent>
    </system.webServer>
  </location>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Handleplan: the headers for IIS. The content security policy on every response, HTML and other files
     always checked with the server (no-cache), each script with its content hash in its name kept for a year. -->
<configuration>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <add name="Content-Security-Policy" value="${attribute(page['Content-Security-Policy'])}" />
        <add name="X-Content-Type-Options" value="${page['X-Content-Type-Options']}" />
      </customHeaders>
    </httpProtocol>
    <staticContent>
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
  </system.webServer>
${scripts.join('\n')}
</configuration>
`;
}

/** Apache (mod_headers, AllowOverride FileInfo): the same headers for the folder it lies in. */
function apacheConfig() {
  const page = headersFor(PAGE);
  const script = headersFor(SCRIPT);
  return `# Handleplan: the headers for Apache (needs mod_headers and AllowOverride FileInfo for this folder).
Header always set Content-Security-Policy "${page['Content-Security-Policy']}"
Header always set X-Content-Type-Options "${page['X-Content-Type-Options']}"
Header always set Cache-Control "${page['Cache-Control']}"
<FilesMatch "\\.[0-9a-f]{8}\\.js$">
  Header always set Cache-Control "${script['Cache-Control']}"
</FilesMatch>
`;
}

/** nginx: a location block for the base URL's path; add_header in the inner block replaces the outer ones, so all are repeated. */
function nginxConfig(baseUrl) {
  const path = new URL(baseUrl).pathname;
  const lines = (headers, indent) => Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  return `# Handleplan: paste into the server { } block for ${new URL(baseUrl).host} (listen 443 ssl).
# The package's web folder lies at /srv/www${path} (root + the address's path); change root to suit.
location ${path} {
    root /srv/www;
${lines(headersFor(PAGE), '    ')}
    location ~ \\.[0-9a-f]{8}\\.js$ {
${lines(headersFor(SCRIPT), '        ')}
    }
}
`;
}

module.exports = { apacheConfig, iisConfig, nginxConfig };
