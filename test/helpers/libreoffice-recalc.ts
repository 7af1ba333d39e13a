import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

/** A sheet as Calc shows it after recalculating: rows of cell texts, top to bottom, from A1. */
export type ShownSheet = readonly (readonly string[])[];

/**
 * A fresh LibreOffice profile that recalculates every formula of an .xlsx file when it is loaded
 * (Calc › Formula › Recalculation on file load › Excel 2007 and newer: Always; the default keeps the
 * cached results), and whose locale is Danish, so numbers and FIXED show "1.234,5" as Danish Excel does.
 */
function recalculatingProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'handleplan-lo-recalc-'));
  mkdirSync(join(profile, 'user'));
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>
</oor:items>
`,
  );
  return `file://${profile}`;
}

/**
 * Opens workbooks in one LibreOffice Calc process (starting it is most of the cost), recalculates every
 * formula in them, and returns what each sheet then shows: workbook → sheet name → rows of cell texts.
 * Each workbook is copied under a name of its own first, so files with the same name do not collide.
 * A workbook Calc could not open has no entry.
 */
export function recalculatedInCalc(workbooks: readonly string[]): Map<string, Map<string, ShownSheet>> {
  const inDir = mkdtempSync(join(tmpdir(), 'handleplan-recalc-in-'));
  const outDir = mkdtempSync(join(tmpdir(), 'handleplan-recalc-out-'));
  const copies = workbooks.map((workbook, i) => {
    const copy = join(inDir, `w${i}${extname(workbook)}`);
    copyFileSync(workbook, copy);
    return copy;
  });
  execFileSync(
    'soffice',
    // Tab-separated, UTF-8, cells as shown (formatted), every sheet (-1): token 8 "true" is "save as shown".
    [`-env:UserInstallation=${recalculatingProfile()}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1030,false,true,true,false,false,-1', '--outdir', outDir, ...copies],
    { stdio: 'pipe', timeout: 300_000 },
  );
  const exported = readdirSync(outDir);
  const result = new Map<string, Map<string, ShownSheet>>();
  workbooks.forEach((workbook, i) => {
    const prefix = `w${i}-`;
    const sheets = new Map<string, ShownSheet>();
    for (const file of exported) {
      if (file.startsWith(prefix) && file.endsWith('.csv')) sheets.set(file.slice(prefix.length, -4), parseShown(readFileSync(join(outDir, file), 'utf8')));
    }
    if (sheets.size > 0) result.set(workbook, sheets);
  });
  return result;
}

/** Calc's tab-separated export as rows of cells: a cell with a tab, a quote or a line break comes quoted, its quotes doubled. */
export function parseShown(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The text a shown sheet has at a zero-based row and column ("" outside what Calc exported). */
export function shownAt(sheet: ShownSheet, row: number, col: number): string {
  return sheet[row]?.[col] ?? '';
}
