import fc from 'fast-check';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { corpusBytes, corpusFiles, runAndSave } from '../helpers/corpus';
import { packageFixtures, workbookBytes } from '../helpers/corpus-run';
import { Parts, unzipParts } from '../helpers/ooxml-package';
import { foreignPartChanges, ownedParts, sameBytes } from '../helpers/package-diff';
import { integrityProblems } from '../helpers/package-integrity';
import { meaningChanges } from '../helpers/package-meaning';
import { planSheetChanges } from '../helpers/plan-sheet-kept';
import { smallScheme } from '../helpers/plan';
import { withPlanSheet } from '../helpers/plant-plan';
import { randomPlan } from '../helpers/random-plan';
import { GAP_SHEET } from '../../src/core/gap-sheet';
import { SCHEME_SHEET } from '../../src/core/scheme-sheet';
import { STATE_SHEET } from '../../src/core/state';

const SCHEME = smallScheme();
const OWN_SHEETS = [SCHEME.bilag1.sheetName, GAP_SHEET, SCHEME_SHEET, STATE_SHEET];
const PLAN_SHEET = 'Plan';
/**
 * Random runs pick among the smaller corpus workbooks, so many runs stay quick (the corpus test runs every
 * file), and our fixtures, whose Hedensted sheet then stays beside the new plan as the user's own.
 */
const SMALL_FILES = [...corpusFiles().filter((f) => corpusBytes(f).length < 100_000), ...packageFixtures()];
const inputs = new Map(SMALL_FILES.map((f) => [f, unzipParts(workbookBytes(f))]));

/**
 * The plan sheet as writers spell it (with or without a prefix, with or without the r of each row and cell)
 * and as users keep it (a view, widths for every column, a merge, a conditional format over the output area).
 */
const spelling = fc
  .record({ prefix: fc.constantFrom('', 'x'), implicitReferences: fc.boolean(), decorated: fc.boolean() })
  .map(({ prefix, ...rest }) => ({ ...(prefix === '' ? {} : { prefix }), ...rest }));

function changedParts(a: Parts, b: Parts): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !sameBytes(a.get(name), b.get(name)));
}

describe('a random small plan written into a corpus workbook', () => {
  it('reads the plan however it is spelled, keeps every part the run does not own, what the owned parts said and every cell of the plan sheet, leaves a whole package, and a second run writes the same package again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SMALL_FILES), randomPlan, spelling, async (file, rows, how) => {
        const planted = withPlanSheet(inputs.get(file) ?? new Map(), PLAN_SHEET, rows, how);
        // However the sheet is spelled, it reads as the same grid as its plainest spelling.
        const plain = withPlanSheet(inputs.get(file) ?? new Map(), PLAN_SHEET, rows, { decorated: how.decorated });
        expect(await (await XlsxWorkbook.fromBuffer(planted.bytes)).readSheet(PLAN_SHEET)).toEqual(await (await XlsxWorkbook.fromBuffer(plain.bytes)).readSheet(PLAN_SHEET));
        const first = await runAndSave(planted.bytes, SCHEME, PLAN_SHEET);
        const output = unzipParts(first);
        expect(foreignPartChanges(planted.parts, output, ownedParts(planted.parts, output, planted.planPart, OWN_SHEETS))).toEqual([]);
        expect(meaningChanges(planted.parts, output, OWN_SHEETS)).toEqual([]);
        const owned = (await (await XlsxWorkbook.fromBuffer(first)).facts()).state?.output;
        expect(planSheetChanges(planted.parts, output, planted.planPart, PLAN_SHEET, owned)).toEqual([]);
        const before = integrityProblems(planted.parts);
        expect(integrityProblems(output).filter((problem) => !before.includes(problem))).toEqual([]);
        expect(changedParts(output, unzipParts(await runAndSave(first, SCHEME, PLAN_SHEET)))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
