#!/usr/bin/env node
// Serves the built pane (dist/) on this machine and prints its address: the browser page works on
// .xlsx files without Excel. Run `npm run build` first (`npm run serve` does).
const { createReadStream, existsSync, readFileSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const https = require('node:https');
const { homedir } = require('node:os');
const { extname, join, normalize, resolve } = require('node:path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json' };

/** Office's development certificate for https://localhost, made by `npx office-addin-dev-certs install`. */
function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined;
}

/**
 * Serves a folder on localhost; port 0 picks a free one. With `secure`, over https with Office's
 * development certificate, as Excel requires for the manifest's https://localhost:3000.
 */
async function serveFolder(folder, port = 0, secure = false) {
  const root = resolve(folder);
  const certificate = secure ? devCertificate() : undefined;
  if (secure && certificate === undefined) throw new Error('Intet udviklingscertifikat: kør »npx office-addin-dev-certs install« først.');
  const handler = (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  };
  const server = certificate === undefined ? createServer(handler) : https.createServer(certificate, handler);
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  return { url: `${certificate === undefined ? 'http' : 'https'}://${certificate === undefined ? '127.0.0.1' : 'localhost'}:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

module.exports = { serveFolder };

if (require.main === module) {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ findes ikke endnu. Kør »npm run build« først.');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3000);
  serveFolder(dist, port, process.argv.includes('--https')).then(
    ({ url }) => {
      console.log(`Handleplan i browseren: ${url}`);
      console.log('Åbn adressen, og vælg en .xlsx-fil (og planens skema, hvis projektmappen ikke har et). Stop med Ctrl+C.');
    },
    (error) => {
      console.error(`Kan ikke starte serveren på port ${port}: ${error.message}`);
      process.exit(2);
    },
  );
}
