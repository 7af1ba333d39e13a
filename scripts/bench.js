#!/usr/bin/env node
/**
 * `npm run bench`: runs test/bench/main.ts straight from its TypeScript source. swc (already here for
 * jest) compiles each file as it is required, so the benchmark uses the same sources as the tests.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require(join(__dirname, '..', 'test', 'bench', process.env.BENCH_MAIN ?? 'main.ts'))
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
