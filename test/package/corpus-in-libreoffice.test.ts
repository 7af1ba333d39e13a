import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableWorkbookError } from '../../src/adapters/xlsx/xlsx-workbook';
import { runAndSave } from '../helpers/corpus';
import { goldenBilag1, OWN_SHEETS, packageFixtures, plannedInput, SCHEME } from '../helpers/corpus-run';
import { partText, workbookPart } from '../helpers/ooxml-package';
import { isStrict } from '../helpers/plant-plan';
import { SOURCE_SHEET } from '../helpers/paths';
import { recalculatedInCalc } from '../helpers/libreoffice-recalc';
import { sofficeAvailable } from '../helpers/soffice';

/**
 * LibreOffice is slow to start: a handful of corpus files that cover macros, a chart sheet, pivot tables, notes,
 * strict OOXML and odd paths, and our own fixtures (openpyxl's absolute paths, LibreOffice's chart), in one Calc process.
 */
const CHOSEN = ['BlankSheetTypes.xlsm', 'pivot_table_named_range.xlsx', 'threaded_comments_none.xlsx', 'sheet_visibility_strict.xlsx', 'wtf_path.xlsx', ...packageFixtures()];

interface Case {
  readonly file: string;
  readonly input: string;
  readonly output?: string;
  readonly refusedStrict?: boolean;
  /** Why the run wrote nothing, when it failed. */
  readonly failure?: string;
}

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

describeWithCalc('what the run saves, opened by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handleplan-package-calc-'));
  let cases: Case[];
  let views: Map<string, Map<string, string>>;

  beforeAll(async () => {
    cases = await Promise.all(
      CHOSEN.map(async (file, i): Promise<Case> => {
        const planted = plannedInput(file);
        const input = join(dir, `in${i}-${file}`);
        writeFileSync(input, planted.bytes);
        try {
          const output = join(dir, `out${i}-${file}`);
          writeFileSync(output, await runAndSave(planted.bytes, SCHEME, SOURCE_SHEET));
          return { file, input, output };
        } catch (error) {
          // Strict OOXML may be refused with a one-line reason; nothing else may.
          if (error instanceof UnreadableWorkbookError && isStrict(partText(planted.parts, workbookPart(planted.parts))) && !error.message.includes('\n')) {
            return { file, input, refusedStrict: true };
          }
          return { file, input, failure: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    // Recalculated on opening, in a Danish locale, as a Danish user's Calc or Excel shows the live figures and headings.
    const recalculated = recalculatedInCalc(cases.flatMap((c) => (c.output === undefined ? [c.input] : [c.input, c.output])));
    views = new Map([...recalculated].map(([path, sheets]) => [path, new Map([...sheets].map(([name, rows]) => [name, rows.map((row) => row.join('\t')).join('\n')]))]));
  });

  /** The case of a file that was written, or undefined when it is strict and was refused (which the issue allows). */
  const written = (file: string): Case | undefined => {
    const chosen = cases.find((c) => c.file === file);
    expect(chosen?.failure).toBeUndefined();
    return chosen?.refusedStrict === true ? undefined : chosen;
  };
  const shownBy = (path: string | undefined): Map<string, string> => (path === undefined ? new Map() : (views.get(path) ?? new Map()));

  it.each(CHOSEN)('%s: Calc shows Bilag 1 exactly as the golden table', (file) => {
    const chosen = written(file);
    if (chosen === undefined) return;
    const shown = shownBy(chosen?.output).get(SCHEME.bilag1.sheetName) ?? 'Calc shows no Bilag 1';
    expect(shown).toBe(goldenBilag1());
  });

  it.each(CHOSEN)('%s: Calc shows every sheet of the input as it showed it before the run', (file) => {
    const chosen = written(file);
    if (chosen === undefined) return;
    const before = shownBy(chosen?.input);
    const after = shownBy(chosen?.output);
    expect(before.size).toBeGreaterThan(0);
    const changed = [...before].filter(([sheet, text]) => sheet !== SOURCE_SHEET && after.get(sheet) !== text).map(([sheet]) => sheet);
    expect({ changed, added: [...after.keys()].filter((s) => !before.has(s)).sort() }).toEqual({ changed: [], added: [...OWN_SHEETS].sort() });
  });
});
