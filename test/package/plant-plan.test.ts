import { corpusFiles } from '../helpers/corpus';
import { packageFixtures, workbookBytes } from '../helpers/corpus-run';
import { CONTENT_TYPES, partText, relationshipsOf, relsPartOf, sheetEntries, unzipParts, workbookPart } from '../helpers/ooxml-package';
import { sameBytes } from '../helpers/package-diff';
import { MAIN_NS, PlanRows, readPlanRows } from '../helpers/plan-sheet-xml';
import { withPlanSheet } from '../helpers/plant-plan';
import { checkNamespaces } from '../helpers/xml-tree';

const ROWS: PlanRows = [['Nr', 'Indsats', '2023'], ['1', 'Åben cafe & <co>', 2.5], [], [null, 'I alt', 2.5]];

describe('adding a plan sheet to a workbook for the package tests', () => {
  it.each([...corpusFiles(), ...packageFixtures()])('changes only the workbook part, its rels and the content types of %s, and adds the sheet part', (file) => {
    const input = unzipParts(workbookBytes(file));
    const planted = withPlanSheet(input, 'Plan', ROWS);
    const workbook = workbookPart(input);
    const changed = [...planted.parts.keys()].filter((name) => !sameBytes(input.get(name), planted.parts.get(name)));
    expect(changed.sort()).toEqual([CONTENT_TYPES, workbook, relsPartOf(workbook), planted.planPart].sort());
    for (const part of [workbook, planted.planPart]) expect(() => checkNamespaces(partText(planted.parts, part))).not.toThrow();
    expect(sheetEntries(planted.parts).at(-1)).toEqual({ name: 'Plan', state: 'visible', part: planted.planPart });
    expect(readPlanRows(planted.bytes, 'Plan')).toEqual(ROWS.map((row) => (row.length === 0 ? [] : row)));
  });

  it('writes the sheet as other writers spell it: prefixed elements, rows and cells without r', () => {
    const planted = withPlanSheet(workbookBytes('write.xlsx'), 'Plan', ROWS, { prefix: 'x', implicitReferences: true });
    const sheet = partText(planted.parts, planted.planPart);
    expect(sheet).toContain('<x:row><x:c t="inlineStr">');
    expect(sheet).toContain('<x:row r="4"><x:c r="B4" t="inlineStr">');
    expect(readPlanRows(planted.bytes, 'Plan')).toEqual(ROWS);
  });

  it('finds the workbook where the package says it is, outside xl/', () => {
    const planted = withPlanSheet(workbookBytes('wtf_path.xlsx'), 'Plan', ROWS);
    expect(planted.planPart).toBe('wtf/worksheets/sheet3.xml');
  });

  it('addresses the new sheet absolutely in a workbook that addresses its sheets so (openpyxl)', () => {
    const planted = withPlanSheet(workbookBytes('package.openpyxl-pivot.xlsx'), 'Plan', ROWS);
    const rel = relationshipsOf(planted.parts, 'xl/workbook.xml').find((r) => r.part === planted.planPart);
    expect(rel?.target).toBe(`/${planted.planPart}`);
  });

  it('writes a Strict Open XML sheet, with a strict relationship, into a strict workbook', () => {
    const planted = withPlanSheet(workbookBytes('sheet_visibility_strict.xlsx'), 'Plan', ROWS);
    expect(partText(planted.parts, planted.planPart)).toContain(`xmlns="${MAIN_NS.strict}"`);
    const rel = relationshipsOf(planted.parts, 'xl/workbook.xml').find((r) => r.part === planted.planPart);
    expect(rel?.type).toBe('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet');
  });

  it('binds the relationship prefix on the new sheet element when the workbook binds it only on each sheet (openpyxl)', () => {
    const planted = withPlanSheet(workbookBytes('package.openpyxl-chart-notes.xlsx'), 'Plan', ROWS);
    expect(partText(planted.parts, 'xl/workbook.xml')).toMatch(/<sheet name="Plan" sheetId="3" xmlns:hp="[^"]+" hp:id="rId\d+"\/>/);
  });

  it('refuses a sheet name the workbook has already', () => {
    expect(() => withPlanSheet(workbookBytes('package.openpyxl-pivot.xlsx'), 'handleplan 2023-2026', ROWS)).toThrow('has a sheet');
  });
});
