#!/usr/bin/env node
/**
 * `npm run fixtures` (second step): writes test/fixtures/package.*.xlsx|xlsm, workbooks with the Hedensted
 * plan sheet beside a chart, notes, a pivot table and a VBA project, written by openpyxl (absolute part
 * paths, inline strings) and one saved again by LibreOffice (its own chart and notes). Needs python3 with
 * openpyxl (Debian: python3-openpyxl), LibreOffice (soffice) and the corpus in ../shared/corpus.
 */
const { join } = require('node:path');
require('./register-ts');

const dir = join(__dirname, '..', 'test', 'fixtures');
const { makePackageFixtures } = require(join(__dirname, '..', 'test', 'helpers', 'package-fixture-maker.ts'));

makePackageFixtures(dir);
console.log(`package fixtures written to ${dir}`);
