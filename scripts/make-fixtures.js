#!/usr/bin/env node
/**
 * `npm run fixtures`: writes the messy workbooks of test/fixtures/invalid-cases.ts as
 * test/fixtures/invalid.<name>.xlsx, and the workbook shapes of test/fixtures/shape-cases.ts as
 * test/fixtures/shape.<name>.xlsx. Run it after changing a case, and commit the files.
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
require('./register-ts');

const dir = join(__dirname, '..', 'test', 'fixtures');
const { INVALID_CASES, fixtureBytes, fixtureFileName } = require(join(dir, 'invalid-cases.ts'));
const { SHAPE_CASES, shapeBytes, shapeFileName } = require(join(dir, 'shape-cases.ts'));

(async () => {
  for (const testCase of INVALID_CASES) {
    writeFileSync(join(dir, fixtureFileName(testCase)), await fixtureBytes(testCase));
    console.log(`${fixtureFileName(testCase)}: ${testCase.about}`);
  }
  for (const testCase of SHAPE_CASES) {
    writeFileSync(join(dir, shapeFileName(testCase)), await shapeBytes(testCase));
    console.log(`${shapeFileName(testCase)}: ${testCase.about}`);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
