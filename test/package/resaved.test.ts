import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAndSave } from '../helpers/corpus';
import { OWN_SHEETS, plannedInput, SCHEME } from '../helpers/corpus-run';
import { Parts, sheetEntries, unzipParts } from '../helpers/ooxml-package';
import { foreignPartChanges, ownedParts } from '../helpers/package-diff';
import { integrityProblems } from '../helpers/package-integrity';
import { meaningChanges } from '../helpers/package-meaning';
import { SOURCE_SHEET } from '../helpers/paths';
import { sofficeAvailable } from '../helpers/soffice';

const FILES = ['package.openpyxl-pivot.xlsx', 'threaded_comments_none.xlsx'];

/** Saves workbooks again as LibreOffice would after a user opened them: new part names, shared strings, its own styles. */
function resavedByCalc(files: readonly string[]): Map<string, Uint8Array> {
  const outDir = mkdtempSync(join(tmpdir(), 'handleplan-resaved-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'handleplan-lo-profile-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return new Map(files.map((file) => [file, new Uint8Array(readFileSync(join(outDir, file.replace(/^.*\//, ''))))]));
}

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

describeWithCalc('a workbook run, then opened and saved by a spreadsheet application, then run again', () => {
  let resaved: Map<string, Uint8Array>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handleplan-run-once-'));
    const written = await Promise.all(
      FILES.map(async (file) => {
        const path = join(dir, file);
        writeFileSync(path, await runAndSave(plannedInput(file).bytes, SCHEME, SOURCE_SHEET));
        return path;
      }),
    );
    const byPath = resavedByCalc(written);
    resaved = new Map(FILES.map((file, i) => [file, byPath.get(written[i] ?? '') ?? new Uint8Array()]));
  });

  it.each(FILES)('%s: the second run finds its own sheets, replaces them and keeps every part it does not own', async (file) => {
    const input = resaved.get(file) ?? new Uint8Array();
    const before: Parts = unzipParts(input);
    const planPart = sheetEntries(before).find((s) => s.name === SOURCE_SHEET)?.part ?? '';
    const output = unzipParts(await runAndSave(input, SCHEME, SOURCE_SHEET));
    expect(sheetEntries(output).map((s) => s.name).filter((name) => OWN_SHEETS.includes(name)).sort()).toEqual([...OWN_SHEETS].sort());
    expect(foreignPartChanges(before, output, ownedParts(before, output, planPart, OWN_SHEETS))).toEqual([]);
    expect(meaningChanges(before, output, OWN_SHEETS)).toEqual([]);
    const problems = integrityProblems(before);
    expect(integrityProblems(output).filter((problem) => !problems.includes(problem))).toEqual([]);
  });
});
