import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { corpusFiles } from '../helpers/corpus';
import { corpusRun, CorpusRun, goldenBilag1, OWN_SHEETS, packageFixtures, plannedInput, SCHEME } from '../helpers/corpus-run';
import { SOURCE_SHEET } from '../helpers/paths';
import { sheetAsShownText } from '../helpers/shown';
import { contentTypeOf, Parts, relatedParts, storedName, workbookPart } from '../helpers/ooxml-package';
import { foreignPartChanges, ownedParts, sameBytes } from '../helpers/package-diff';
import { integrityProblems } from '../helpers/package-integrity';
import { meaningChanges } from '../helpers/package-meaning';
import { planSheetChanges } from '../helpers/plan-sheet-kept';

/** Every corpus workbook, and our own fixtures written by openpyxl and LibreOffice. */
const FILES = [...corpusFiles(), ...packageFixtures()];
const MACRO_FILES = FILES.filter((f) => f.toLowerCase().endsWith('.xlsm'));
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/** The run's output, or undefined for a strict file refused with a one-line reason (which the issue allows). */
function writtenOrRefusedStrict(run: CorpusRun): Parts | undefined {
  if (run.refused !== undefined) {
    expect({ strict: run.strict, lines: run.refused.split('\n').length }).toEqual({ strict: true, lines: 1 });
    return undefined;
  }
  return run.first?.parts;
}

describe('a corpus workbook with a plan sheet added, run with the Hedensted scheme', () => {
  it.each(FILES)('%s: every part the run does not own is byte for byte as it was, and none is added', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    expect(foreignPartChanges(run.planted.parts, output, ownedParts(run.planted.parts, output, run.planted.planPart, OWN_SHEETS))).toEqual([]);
  });

  it.each(FILES)('%s: the parts the run owns keep what was there: content types, sheets, names, references, strings and formats', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    expect(meaningChanges(run.planted.parts, output, OWN_SHEETS)).toEqual([]);
  });

  it.each(FILES)('%s: a second run on the output writes the same package again, part for part', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    const again = run.second?.parts ?? new Map();
    expect([...again.keys()]).toEqual([...output.keys()]);
    expect([...output].filter(([name, bytes]) => !sameBytes(bytes, again.get(name))).map(([name]) => name)).toEqual([]);
  });

  it.each(FILES)('%s: the plan sheet keeps every cell and element it had outside the columns the run owns', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    const owned = (await (await XlsxWorkbook.fromBuffer(run.first?.bytes ?? new Uint8Array())).facts()).state?.output;
    expect(owned).toBeDefined();
    expect(planSheetChanges(run.planted.parts, output, run.planted.planPart, SOURCE_SHEET, owned)).toEqual([]);
  });

  it.each(FILES)('%s: the output is a whole package: every relationship and content type points at a part that is there', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    const before = integrityProblems(run.planted.parts);
    expect(integrityProblems(output).filter((problem) => !before.includes(problem))).toEqual([]);
  });

  it.each(MACRO_FILES)('%s stays a macro-enabled workbook, with its VBA project when it has one', async (file) => {
    const { planted, first } = await corpusRun(file);
    const output = first?.parts ?? new Map();
    expect(contentTypeOf(output, workbookPart(output))).toBe(MACRO_WORKBOOK);
    // Some .xlsm files carry no macros (NumberFormatCondition.xlsm, hyperlink_no_rels.xlsm); the others keep theirs.
    const projects = relatedParts(planted.parts, workbookPart(planted.parts), 'vbaProject');
    expect(relatedParts(output, workbookPart(output), 'vbaProject')).toEqual(projects);
    for (const project of projects) {
      expect(sameBytes(planted.parts.get(project), output.get(storedName(output, project) ?? ''))).toBe(true);
      expect(contentTypeOf(output, project)).toBe(contentTypeOf(planted.parts, project));
    }
  });

  it('has workbooks with a VBA project among the macro-enabled ones', () => {
    const withProject = MACRO_FILES.filter((file) => {
      const { parts } = plannedInput(file);
      return relatedParts(parts, workbookPart(parts), 'vbaProject').length > 0;
    });
    expect(withProject.length).toBeGreaterThanOrEqual(3);
  });
});

/** Bilag 1 as ExcelJS, an independent reader, shows it; or why it could not. */
async function bilagAsExcelJsShowsIt(bytes: Uint8Array, sheet: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return `ExcelJS cannot open it: ${error instanceof Error ? error.message : String(error)}`;
  }
  const worksheet = workbook.getWorksheet(sheet);
  return worksheet === undefined ? `ExcelJS sees no sheet ${sheet}` : sheetAsShownText(worksheet);
}

describe('what the run saves, opened by ExcelJS', () => {
  it.each(FILES)('%s: shows Bilag 1 as the golden table (unless ExcelJS cannot read the plan sheet of the input either)', async (file) => {
    const run = await corpusRun(file);
    const output = writtenOrRefusedStrict(run);
    if (output === undefined) return;
    const shown = await bilagAsExcelJsShowsIt(run.first?.bytes ?? new Uint8Array(), SCHEME.bilag1.sheetName);
    if (shown === goldenBilag1()) return;
    // Only a workbook whose plan sheet ExcelJS cannot read in the input either may fail to show it here.
    expect(await bilagAsExcelJsShowsIt(run.planted.bytes, SOURCE_SHEET)).toMatch(/^ExcelJS /);
    expect(shown).toMatch(/^ExcelJS /);
  });
});
