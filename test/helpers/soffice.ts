import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether LibreOffice is here; CI sets HANDLEPLAN_REQUIRE_SOFFICE=1 so its checks can never be skipped there. */
export function sofficeAvailable(): boolean {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.HANDLEPLAN_REQUIRE_SOFFICE === '1') {
    throw new Error('LibreOffice (soffice) is required here but not installed: apt-get install libreoffice-calc');
  }
  if (!found) console.warn('LibreOffice (soffice) is not installed: the spreadsheet-application check is skipped on this machine.');
  return found;
}

/**
 * Opens a workbook in LibreOffice Calc, headless, and exports each sheet as text the way Calc
 * displays it (tab-separated, UTF-8, cells as shown). Returns sheet name → text.
 */
export function sheetsAsCalcShowsThem(workbook: string): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'handleplan-calc-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'handleplan-lo-profile-'))}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):9,34,76,1,,1030,false,true,true,false,false,-1',
      '--outdir',
      outDir,
      workbook,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = workbook.replace(/^.*\//, '').replace(/\.xlsx$/, '');
  const sheets = new Map<string, string>();
  for (const file of readdirSync(outDir)) {
    if (file.startsWith(`${base}-`) && file.endsWith('.csv')) {
      sheets.set(file.slice(base.length + 1, -4), readFileSync(join(outDir, file), 'utf8'));
    }
  }
  return sheets;
}

/** Calc's export writes numbers with a decimal point and comma grouping; show them as Danish Excel does. */
export function withDanishSeparators(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => (/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(cell) ? cell.replace(/[.,]/g, (s) => (s === '.' ? ',' : '.')) : cell))
        .join('\t'),
    )
    .join('\n');
}
