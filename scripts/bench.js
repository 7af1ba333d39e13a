#!/usr/bin/env node
/** `npm run bench`: runs test/bench/main.ts (or BENCH_MAIN) straight from its TypeScript source. */
const { join } = require('node:path');
require('./register-ts');

require(join(__dirname, '..', 'test', 'bench', process.env.BENCH_MAIN ?? 'main.ts'))
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
