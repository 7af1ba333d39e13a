import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Scheme } from '../../src/core/scheme';
import { runPlan } from '../../src/core/run';
import { ROOT } from './paths';

/** Real workbooks made by other programs (see its README); the package tests need it and say so when it is missing. */
export const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');

export function corpusFiles(): string[] {
  const names = readdirSync(CORPUS_DIR).filter((name) => /\.xls[xm]$/i.test(name));
  if (names.length === 0) throw new Error(`No workbooks in ${CORPUS_DIR}`);
  return names.sort();
}

export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, name)));
}

/**
 * What `handleplan run <file> --scheme <scheme.json> --sheet <sheet> -o <out>` saves, through the same
 * public API: open, run with the scheme also added as a sheet, save. Throws when the run writes nothing.
 */
export async function runAndSave(bytes: Uint8Array, scheme: Scheme, sheet: string): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  const outcome = await runPlan(workbook, scheme, { write: true, sheet, schemeSheet: schemeToLayout(scheme) });
  if (!outcome.written) throw new Error(`Nothing written: ${outcome.result.findings.map((f) => `${f.code}@${f.cell ?? '-'}`).join(', ')}`);
  return workbook.toBuffer();
}
