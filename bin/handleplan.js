#!/usr/bin/env node
'use strict';
// The command line, compiled from src/cli by `npm run build:cli` (npm ci runs it through `prepare`).
let cli;
try {
  cli = require('../build/cli/main.js');
} catch {
  console.error('handleplan: programmet er ikke bygget. Kør »npm ci« eller »npm run build:cli« i projektmappen.');
  process.exit(2);
}
// A reader that stops early (`handleplan validate x.xlsx | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Never a stack trace: one line, and the exit code for a problem outside the data.
    process.stderr.write(`handleplan: ${error.message}\n`);
    process.exit(2);
  });
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
