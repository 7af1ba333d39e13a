import ExcelJS from 'exceljs';
import { Decimal } from '../../../src/core/decimal';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { displayText, SheetLayout, RangePatch } from '../../../src/core/layout';
import { runPlan } from '../../../src/core/run';
import { schemeToLayout } from '../../../src/core/scheme-sheet';
import { HEADER, smallScheme } from '../../helpers/plan';
import { recalculatedInCalc } from './recalc';

type Row = (string | number | Date | null)[];
const dir = mkdtempSync(join(tmpdir(), 'lo-probe-'));

async function planFile(name: string, rows: Row[], scheme = smallScheme()): Promise<{ path: string; layouts: (SheetLayout | RangePatch)[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  rows.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
  const input = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  const workbook = await XlsxWorkbook.fromBuffer(input);
  const outcome = await runPlan(workbook, scheme, { write: true, schemeSheet: schemeToLayout(scheme) });
  if (!outcome.written) throw new Error(`${name}: ${outcome.result.findings.filter((f) => f.severity === 'error').map((f) => f.message).join('; ')}`);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await workbook.toBuffer());
  const r = outcome.result;
  return { path, layouts: [r.outputColumns!, r.bilag1!, r.gapSheet!] };
}

function compare(shown: Map<string, readonly (readonly string[])[]>, layout: SheetLayout | RangePatch): string[] {
  const origin = 'origin' in layout ? layout.origin : { row: 0, col: 0 };
  const sheet = shown.get(layout.sheetName) ?? [];
  const diffs: string[] = [];
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value.kind !== 'formula') return;
      const calc = sheet[origin.row + r]?.[origin.col + c] ?? '';
      const core = displayText(cell);
      if (calc !== core) diffs.push(`${layout.sheetName}!R${origin.row + r + 1}C${origin.col + c + 1}: calc=${calc} core=${core} f=${cell.value.formula}`);
    }),
  );
  return diffs;
}

it('LibreOffice shows the core figures', async () => {
  const cases = [
    await planFile('basic', [HEADER, ['1', 'Dagtilbud', 'A', 2, 1.5, 1, 1.6, 1.2], ['2', 'Dagtilbud', 'B', 'Ej opgjort', 1, null, 0.3, null], ['', '', '- akt', null, null, null, null, null], ['I alt', '', '', 2, 2.5, 1, null, null]]),
    await planFile('units', [['Beløb i 1.000 kr. (-) = mindreudgift'], ['Nr', 'Tema', 'Indsats', '2023', '2024', 'Justeret forventning 2024', 'Realiseret 2023', 'Forventet 2024', 'Status'], ['1', 'Dagtilbud', 'A', -2000, -1500, -1000, -1250, null, ''], ['2', 'Kontraktforhandling', 'B', -500, -700, null, null, -800, 'Udgået'], ['3', 'Kontraktforhandling', 'C', -300, -700, null, -100, -900, ''], ['I alt', '', '', -2300, -2200, null, null, null, '']]),
    await planFile('fullyear', [['Nr', 'Tema', 'Indsats', '2023', '2024', 'Helårseffekt', 'Ikrafttræden', 'Antal borgere', 'Besparelse pr. borger (1.000 kr.)'], ['1', 'Dagtilbud', 'A', 1, 1.2, 1.2, new Date(Date.UTC(2023, 4, 1)), null, null], ['2', 'Dagtilbud', 'B', 1, 1.2, 1.2, new Date(Date.UTC(2023, 4, 15)), null, null], ['3', 'Dagtilbud', 'C', 0.1, 0.5, null, new Date(Date.UTC(2023, 6, 1)), 4, 150], ['4', 'Dagtilbud', 'D', 0.1, 0.5, null, null, 3, 100]]),
    await planFile('prices', [['Alle beløb er i 1.000 kr., 2023-priser'], HEADER, ['1', 'Dagtilbud', 'Kørsel', 1043, 2086, null, 521.5, 1000], ['2', 'Dagtilbud', 'B', '7,5', 100, null, 50, null]], smallScheme({ priceIndex: { source: 'KL', date: '2026-06-15', years: new Map([[2022, new Decimal('100.0')], [2023, new Decimal('104.3')]]) } })),
    await planFile('negative', [HEADER, ['1', 'Kontraktforhandling', 'X', -2.6, -1, null, -2.3, -0.5]], smallScheme({ sign: 'savings-negative' })),
  ];
  const shown = recalculatedInCalc(cases.map((c) => c.path));
  const diffs = cases.flatMap((c) => c.layouts.flatMap((l) => compare(shown.get(c.path) ?? new Map(), l)));
  console.log(diffs.join('\n') || 'all equal', cases.map((c) => c.path));
});

it('scheme sheet cells', async () => {
  const c = await planFile('basic2', [HEADER, ['1', 'Dagtilbud', 'A', 2, 1.5, 1, 1.6, 1.2]]);
  const shown = recalculatedInCalc([c.path]).get(c.path)!;
  console.log([...shown.keys()], shown.get('Handleplan-skema')?.slice(22, 28));
});
