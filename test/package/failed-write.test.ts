import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { runPlan } from '../../src/core/run';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { PlanWrite } from '../../src/core/workbook';
import { corpusBytes } from '../helpers/corpus';
import { SCHEME } from '../helpers/corpus-run';
import { Parts, unzipParts } from '../helpers/ooxml-package';
import { sameBytes } from '../helpers/package-diff';
import { SOURCE_SHEET } from '../helpers/paths';
import { hedenstedPlanRows } from '../helpers/plan-sheet-xml';
import { withPlanSheet } from '../helpers/plant-plan';
import { nextWrite, poisonRow } from '../helpers/poisoned-write';

/** A macro workbook with a chart sheet, one with pivot tables and one with notes and threaded comments. */
const FILES = ['BlankSheetTypes.xlsm', 'pivot_table_named_range.xlsx', 'threaded_comments_none.xlsx'];

const FAILURES: [string, (plan: PlanWrite) => PlanWrite][] = [
  ['in the middle of the effect and gap columns', (plan) => ({ ...plan, outputColumns: poisonRow(plan.outputColumns, 3) })],
  ['in the middle of Bilag 1, after the columns were written', (plan) => ({ ...plan, bilag1: poisonRow(plan.bilag1, 5) })],
];

function differingParts(a: Parts, b: Parts): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => !sameBytes(a.get(name), b.get(name)));
}

const runOptions = { write: true, sheet: SOURCE_SHEET, schemeSheet: schemeToLayout(SCHEME) } as const;

describe.each(FILES)('a write to %s (with a plan sheet) that fails halfway', (file) => {
  const planted = withPlanSheet(corpusBytes(file), SOURCE_SHEET, hedenstedPlanRows());

  it.each(FAILURES)('saves the workbook exactly as it was opened when it fails %s, and the next run writes what a clean run writes', async (_, poison) => {
    const workbook = await XlsxWorkbook.fromBuffer(planted.bytes);
    await expect(workbook.write(poison(await nextWrite(workbook, SCHEME, SOURCE_SHEET)))).rejects.toThrow('Simulated failure');
    expect(differingParts(planted.parts, unzipParts(await workbook.toBuffer()))).toEqual([]);

    expect((await runPlan(workbook, SCHEME, runOptions)).written).toBe(true);
    const clean = await XlsxWorkbook.fromBuffer(planted.bytes);
    await runPlan(clean, SCHEME, runOptions);
    expect(differingParts(unzipParts(await clean.toBuffer()), unzipParts(await workbook.toBuffer()))).toEqual([]);
  });

  it.each(FAILURES)('saves a workbook run before exactly as it was when the next write fails %s', async (_, poison) => {
    const clean = await XlsxWorkbook.fromBuffer(planted.bytes);
    await runPlan(clean, SCHEME, runOptions);
    const once = await clean.toBuffer();
    const workbook = await XlsxWorkbook.fromBuffer(once);
    await expect(workbook.write(poison(await nextWrite(workbook, SCHEME, SOURCE_SHEET)))).rejects.toThrow('Simulated failure');
    expect(differingParts(unzipParts(once), unzipParts(await workbook.toBuffer()))).toEqual([]);
  });
});
