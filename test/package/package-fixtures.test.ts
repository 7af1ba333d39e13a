import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { FIXTURE_DIR, packageFixtures } from '../helpers/corpus-run';
import { contentTypeOf, Parts, relatedParts, relationshipsOf, sheetEntries, unzipParts, workbookPart } from '../helpers/ooxml-package';
import { makePackageFixtures } from '../helpers/package-fixture-maker';
import { SOURCE_SHEET } from '../helpers/paths';
import { sofficeAvailable } from '../helpers/soffice';


const FIXTURES = packageFixtures();
const partsOf = (dir: string, file: string): Parts => unzipParts(new Uint8Array(readFileSync(join(dir, file))));

/** LibreOffice numbers a chart's axes at random on each save; numbered in order of appearance they compare. */
function withAxesNumberedInOrder(xml: string): string {
  const numbers = new Map<string, number>();
  return xml.replace(/(<c:(?:axId|crossAx) val=")(\d+)"/g, (_, start: string, id: string) => `${start}${numbers.get(id) ?? numbers.set(id, numbers.size + 1).get(id)}"`);
}

/** Every part of every sheet's rels, followed one level down (drawings lead to charts). */
function reachable(parts: Parts): string[] {
  const seen = new Set<string>();
  const visit = (part: string): void => {
    for (const r of relationshipsOf(parts, part).filter((rel) => !rel.external && !seen.has(rel.part))) {
      seen.add(r.part);
      visit(r.part);
    }
  };
  visit('');
  return [...seen];
}

describe('the package fixtures', () => {
  const itWithCalc = sofficeAvailable() ? it : it.skip;
  let made: string | undefined;
  /** Made once for all the fixtures: openpyxl and LibreOffice take seconds. */
  const madeNow = (): string => {
    if (made === undefined) {
      made = mkdtempSync(join(tmpdir(), 'handleplan-package-fixtures-'));
      makePackageFixtures(made);
    }
    return made;
  };

  itWithCalc.each(FIXTURES)('%s is what npm run fixtures makes (part for part)', (file) => {
    const kept = partsOf(FIXTURE_DIR, file);
    const fresh = partsOf(madeNow(), file);
    expect([...fresh.keys()]).toEqual([...kept.keys()]);
    for (const [name, bytes] of kept) expect([name, withAxesNumberedInOrder(strFromU8(fresh.get(name) ?? new Uint8Array()))]).toEqual([name, withAxesNumberedInOrder(strFromU8(bytes))]);
  });

  it.each(FIXTURES)('%s has the Hedensted plan sheet beside what the file is about', (file) => {
    const parts = partsOf(FIXTURE_DIR, file);
    expect(sheetEntries(parts).map((s) => s.name)).toContain(SOURCE_SHEET);
    const kinds = new Set(reachable(parts).map((part) => contentTypeOf(parts, part)?.replace(/^.*[./]/, '').replace(/\+xml$/, '')));
    const about = file.replace(/^package\.|\.xls[xm]$/g, '').split('-');
    if (about.includes('chart')) expect(kinds).toContain('chart');
    if (about.includes('notes')) expect(kinds).toContain('comments');
    if (about.includes('pivot')) expect([...kinds]).toEqual(expect.arrayContaining(['pivotTable', 'pivotCacheDefinition', 'pivotCacheRecords']));
    if (about.includes('macro')) {
      expect(relatedParts(parts, workbookPart(parts), 'vbaProject')).toHaveLength(1);
      expect(contentTypeOf(parts, workbookPart(parts))).toBe('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }
    // openpyxl writes absolute part paths (/xl/worksheets/sheet1.xml), which readers must follow.
    if (about.includes('openpyxl')) expect(relationshipsOf(parts, workbookPart(parts)).some((r) => r.target.startsWith('/'))).toBe(true);
  });
});
