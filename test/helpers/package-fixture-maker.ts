import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus';
import { ROOT } from './paths';

/** A python3 that has openpyxl: $PYTHON, the one on the PATH, or the system's (where Debian's package puts it). */
function python(): string {
  for (const candidate of [process.env.PYTHON, 'python3', '/usr/bin/python3']) {
    if (candidate !== undefined && spawnSync(candidate, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  throw new Error('No python3 with openpyxl found: install python3-openpyxl, or set PYTHON');
}

/**
 * Writes the package fixtures into a folder: three workbooks written by openpyxl
 * (scripts/make-package-fixtures.py) and the chart-and-notes one saved again by LibreOffice.
 */
export function makePackageFixtures(outDir: string): void {
  execFileSync(python(), [join(ROOT, 'scripts', 'make-package-fixtures.py'), CORPUS_DIR, outDir], { stdio: 'pipe' });
  const converted = mkdtempSync(join(tmpdir(), 'handleplan-lo-fixture-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'handleplan-lo-profile-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', converted, join(outDir, 'package.openpyxl-chart-notes.xlsx')],
    { stdio: 'pipe', timeout: 120_000 },
  );
  renameSync(join(converted, 'package.openpyxl-chart-notes.xlsx'), join(outDir, 'package.libreoffice-chart-notes.xlsx'));
}
