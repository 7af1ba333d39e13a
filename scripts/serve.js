#!/usr/bin/env node
// Serves the built pane (dist/) on this machine and prints its address: the browser page works on
// .xlsx files without Excel. Run `npm run build` first (`npm run serve` does).
const { createReadStream, existsSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const { extname, join, normalize, resolve } = require('node:path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json' };

/** Serves a folder on localhost; port 0 picks a free one. Resolves with its address and a way to stop it. */
async function serveFolder(folder, port = 0) {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

module.exports = { serveFolder };

if (require.main === module) {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ findes ikke endnu. Kør »npm run build« først.');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3000);
  serveFolder(dist, port).then(
    ({ url }) => {
      console.log(`Handleplan i browseren: ${url}`);
      console.log('Åbn adressen, og vælg en .xlsx-fil (og planens skema, hvis projektmappen ikke har et). Stop med Ctrl+C.');
    },
    (error) => {
      console.error(`Kan ikke lytte på port ${port}: ${error.message}. Vælg en anden med PORT=3001 npm run serve.`);
      process.exit(2);
    },
  );
}
