import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Opens several workbooks in one LibreOffice Calc process (starting it is most of the cost) and
 * exports every sheet of each as text the way Calc shows it. Returns file → sheet name → text; a file
 * Calc could not open has no entry.
 */
export function sheetsOfEachAsCalcShowsThem(workbooks: readonly string[]): Map<string, Map<string, string>> {
  const outDir = mkdtempSync(join(tmpdir(), 'handleplan-calc-many-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'handleplan-lo-profile-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1030,false,true,true,false,false,-1', '--outdir', outDir, ...workbooks],
    { stdio: 'pipe', timeout: 300_000 },
  );
  const exported = readdirSync(outDir);
  const result = new Map<string, Map<string, string>>();
  for (const workbook of workbooks) {
    const base = basename(workbook).replace(/\.xls[xm]$/i, '');
    const sheets = new Map<string, string>();
    for (const file of exported) {
      if (file.startsWith(`${base}-`) && file.endsWith('.csv')) sheets.set(file.slice(base.length + 1, -4), readFileSync(join(outDir, file), 'utf8'));
    }
    if (sheets.size > 0) result.set(workbook, sheets);
  }
  return result;
}
