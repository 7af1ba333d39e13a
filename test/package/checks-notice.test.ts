import { CONTENT_TYPES, Parts, partText, setPartText, workbookPart } from '../helpers/ooxml-package';
import { corpusBytes } from '../helpers/corpus';
import { OWN_SHEETS } from '../helpers/corpus-run';
import { integrityProblems } from '../helpers/package-integrity';
import { foreignPartChanges, ownedParts } from '../helpers/package-diff';
import { meaningChanges } from '../helpers/package-meaning';
import { SOURCE_SHEET } from '../helpers/paths';
import { planSheetChanges } from '../helpers/plan-sheet-kept';
import { hedenstedPlanRows } from '../helpers/plan-sheet-xml';
import { withPlanSheet } from '../helpers/plant-plan';

/** The checks the package tests make must see what they are there to see: each is shown a tampered copy. */
const pivot = withPlanSheet(corpusBytes('pivot_table_named_range.xlsx'), SOURCE_SHEET, hedenstedPlanRows());
const macro = withPlanSheet(corpusBytes('BlankSheetTypes.xlsm'), SOURCE_SHEET, hedenstedPlanRows());

function tampered(parts: Parts, name: string, change: (text: string) => string): Parts {
  const copy = new Map(parts);
  setPartText(copy, name, change(partText(copy, name)));
  return copy;
}

describe('the checks of the package tests', () => {
  it('notice a foreign part gone, changed or added, and let owned parts change', () => {
    const output = new Map(pivot.parts);
    output.delete('xl/pivotTables/pivotTable1.xml');
    setPartText(output, 'xl/theme/theme1.xml', `${partText(output, 'xl/theme/theme1.xml')} `);
    setPartText(output, 'xl/extra.xml', '<extra/>');
    setPartText(output, pivot.planPart, '<worksheet/>');
    const owned = ownedParts(pivot.parts, output, pivot.planPart, OWN_SHEETS);
    expect(foreignPartChanges(pivot.parts, output, owned).sort()).toEqual(['xl/extra.xml: added', 'xl/pivotTables/pivotTable1.xml: gone', 'xl/theme/theme1.xml: changed']);
  });

  it('notice a workbook that is no longer macro-enabled', () => {
    const output = tampered(macro.parts, CONTENT_TYPES, (xml) => xml.replace('application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'));
    expect(meaningChanges(macro.parts, output, OWN_SHEETS)).toEqual([expect.stringMatching(/^xl\/workbook.xml: content type application\/vnd.ms-excel.sheet.macroEnabled/)]);
  });

  it('notice a lost pivot cache, a lost defined name, renumbered shared strings and renumbered cell formats', () => {
    let output = tampered(pivot.parts, workbookPart(pivot.parts), (xml) => xml.replace(/<pivotCaches>.*<\/pivotCaches>/, '').replace(/<definedName name="PTData">[^<]*<\/definedName>/, ''));
    output = tampered(output, 'xl/sharedStrings.xml', (xml) => xml.replace(/<si>/, '<si><t>new</t></si><si>'));
    output = tampered(output, 'xl/styles.xml', (xml) => xml.replace(/<cellXfs count="(\d+)">/, '<cellXfs count="$1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'));
    const changes = meaningChanges(pivot.parts, output, OWN_SHEETS);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^workbook: lost or changed <pivotCache cacheId="51">/),
        'workbook: lost defined name <definedName name="PTData">Table1[#All]</definedName>',
        expect.stringMatching(/^sharedStrings si: item 0 is not as it was/),
        expect.stringMatching(/^styles cellXfs: item 0 is not as it was/),
      ]),
    );
  });

  it('notice a changed cell, a lost element and overlapping column widths on the plan sheet, and ignore the range the program owns', () => {
    const withNotes = tampered(pivot.parts, pivot.planPart, (xml) => xml.replace('</worksheet>', '<legacyDrawing r:id="rId9" xmlns:r="x"/></worksheet>'));
    const output = tampered(pivot.parts, pivot.planPart, (xml) => xml.replace('Kontraktforhandler<', 'Kontrakter<').replace('<c r="A1" ', '<c r="A1" s="3" '));
    expect(planSheetChanges(withNotes, output, pivot.planPart, SOURCE_SHEET, undefined)).toEqual([
      expect.stringMatching(/^plan sheet: lost or moved <legacyDrawing/),
      'plan sheet: cell A1 is not as it was',
      expect.stringMatching(/^plan sheet: cell C\d+ is not as it was$/),
    ]);
    const overlapping = tampered(pivot.parts, pivot.planPart, (xml) => xml.replace('<sheetData>', '<cols><col min="1" max="5" width="9"/><col min="5" max="6" width="9"/></cols><sheetData>'));
    expect(planSheetChanges(pivot.parts, overlapping, pivot.planPart, SOURCE_SHEET, undefined)).toEqual(['plan sheet: column widths overlap or are out of order at 5-6']);
    const ownsAll = { from: { row: 0, col: 0 }, to: { row: 99, col: 25 } };
    expect(planSheetChanges(pivot.parts, output, pivot.planPart, SOURCE_SHEET, ownsAll)).toEqual([]);
  });

  it('notice a pivot cache whose relationship is gone from the workbook rels', () => {
    const output = tampered(pivot.parts, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*pivotCacheDefinition[^>]*\/>/, ''));
    expect(meaningChanges(pivot.parts, output, OWN_SHEETS)).toEqual([
      'workbook: lost or changed <pivotCache cacheId="51"></pivotCache> → xl/pivotCache/pivotCacheDefinition1.xml',
      'workbook rels: lost pivotCacheDefinition → xl/pivotCache/pivotCacheDefinition1.xml',
    ]);
  });

  it('notice a relationship to a part that is gone, such as a dropped calcChain left in the rels', () => {
    const sheetVisibility = withPlanSheet(corpusBytes('sheet_visibility.xlsx'), SOURCE_SHEET, hedenstedPlanRows());
    const output = new Map(sheetVisibility.parts);
    output.delete('xl/calcChain.xml');
    expect(integrityProblems(sheetVisibility.parts)).toEqual([]);
    expect(integrityProblems(output)).toEqual(['xl/workbook.xml points at xl/calcChain.xml, which is not there', '[Content_Types].xml names xl/calcChain.xml, which is not there']);
  });

  it('notice a part nothing leads to, such as the old part of a replaced sheet', () => {
    const output = tampered(pivot.parts, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*theme[^>]*\/>/, ''));
    expect(integrityProblems(output)).toEqual(['nothing leads to xl/theme/theme1.xml']);
  });
});
