import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableWorkbookError } from '../../src/adapters/xlsx/xlsx-workbook';
import { GAP_SHEET } from '../../src/core/gap-sheet';
import { SCHEME_SHEET } from '../../src/core/scheme-sheet';
import { STATE_SHEET } from '../../src/core/state';
import { corpusBytes, runAndSave } from './corpus';
import { Parts, partText, sheetEntries, unzipParts, workbookPart } from './ooxml-package';
import { hedenstedPlanRows } from './plan-sheet-xml';
import { isStrict, PlantedWorkbook, withPlanSheet } from './plant-plan';
import { GOLDEN_BILAG1, ROOT, SOURCE_SHEET } from './paths';
import { hedenstedScheme } from './scheme';

export const SCHEME = hedenstedScheme();
/** The sheets a run owns: Bilag 1, the gap sheet, the scheme sheet and the hidden state sheet. */
export const OWN_SHEETS: readonly string[] = [SCHEME.bilag1.sheetName, GAP_SHEET, SCHEME_SHEET, STATE_SHEET];

/** The golden Bilag 1 as tab-separated text, without its last line break. */
export function goldenBilag1(): string {
  return readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\r?\n$/, '');
}

export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures');

/** Our own workbooks with the plan sheet beside a chart, notes, a pivot table or macros (scripts/make-package-fixtures.js). */
export function packageFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => /^package\..*\.xls[xm]$/.test(name))
    .sort();
}

/** The bytes of a corpus workbook or of a package fixture, as they are on disk. */
export function workbookBytes(file: string): Uint8Array {
  return file.startsWith('package.') ? new Uint8Array(readFileSync(join(FIXTURE_DIR, file))) : corpusBytes(file);
}

/** What a run starts from: a corpus workbook with the Hedensted plan sheet added, or a package fixture, which has it. */
export function plannedInput(file: string): PlantedWorkbook {
  if (!file.startsWith('package.')) return withPlanSheet(corpusBytes(file), SOURCE_SHEET, hedenstedPlanRows());
  const bytes = workbookBytes(file);
  const parts = unzipParts(bytes);
  const planPart = sheetEntries(parts).find((s) => s.name === SOURCE_SHEET)?.part;
  if (planPart === undefined) throw new Error(`${file} has no sheet ${SOURCE_SHEET}`);
  return { parts, bytes, planPart };
}

export interface CorpusRun {
  readonly file: string;
  readonly planted: PlantedWorkbook;
  readonly strict: boolean;
  /** Set when the file was refused: the one-line reason. */
  readonly refused?: string;
  readonly first?: { bytes: Uint8Array; parts: Parts };
  readonly second?: { bytes: Uint8Array; parts: Parts };
}

const runs = new Map<string, Promise<CorpusRun>>();

/**
 * A corpus workbook with the Hedensted plan sheet added (or a package fixture), run twice (the second time on the first output)
 * as `handleplan run` does. Kept per file, so the tests of one file share one run.
 */
export function corpusRun(file: string): Promise<CorpusRun> {
  let run = runs.get(file);
  if (run === undefined) {
    run = runTwice(file);
    runs.set(file, run);
  }
  return run;
}

async function runTwice(file: string): Promise<CorpusRun> {
  const planted = plannedInput(file);
  const strict = isStrict(partText(planted.parts, workbookPart(planted.parts)));
  let firstBytes: Uint8Array;
  try {
    firstBytes = await runAndSave(planted.bytes, SCHEME, SOURCE_SHEET);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file, planted, strict, refused: error.message };
    throw error;
  }
  const secondBytes = await runAndSave(firstBytes, SCHEME, SOURCE_SHEET);
  return { file, planted, strict, first: { bytes: firstBytes, parts: unzipParts(firstBytes) }, second: { bytes: secondBytes, parts: unzipParts(secondBytes) } };
}
