import { readFileSync } from 'node:fs';
import { UnreadableWorkbookError } from '../../src/adapters/xlsx/xlsx-workbook';
import { SCHEME_SHEET } from '../../src/core/scheme-sheet';
import { STATE_SHEET } from '../../src/core/state';
import { corpusBytes, runAndSave } from './corpus';
import { Parts, partText, unzipParts, workbookPart } from './ooxml-package';
import { hedenstedPlanRows } from './plan-sheet-xml';
import { isStrict, PlantedWorkbook, withPlanSheet } from './plant-plan';
import { GOLDEN_BILAG1, SOURCE_SHEET } from './paths';
import { hedenstedScheme } from './scheme';

export const SCHEME = hedenstedScheme();
/** The sheets a run owns: Bilag 1, the scheme sheet and the hidden state sheet. */
export const OWN_SHEETS: readonly string[] = [SCHEME.bilag1.sheetName, SCHEME_SHEET, STATE_SHEET];

/** The golden Bilag 1 as tab-separated text, without its last line break. */
export function goldenBilag1(): string {
  return readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\r?\n$/, '');
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
 * A corpus workbook with the Hedensted plan sheet added, run twice (the second time on the first output)
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
  const planted = withPlanSheet(corpusBytes(file), SOURCE_SHEET, hedenstedPlanRows());
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
