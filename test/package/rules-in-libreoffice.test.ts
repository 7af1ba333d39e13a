import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from '../../src/core/decimal';
import { Scheme } from '../../src/core/scheme';
import { recalculatedInCalc, ShownSheet } from '../helpers/libreoffice-recalc';
import { disagreements, formulaCount, WrittenPlan, writtenPlan } from '../helpers/live-proof';
import { HEADER, smallScheme } from '../helpers/plan';
import { sofficeAvailable } from '../helpers/soffice';

type Row = (string | number | Date | null)[];

const may = (day: number): Date => new Date(Date.UTC(2023, 4, day));
const KL_INDEX = { source: 'KL', date: '2026-06-15', years: new Map([[2022, new Decimal('100.0')], [2023, new Decimal('104.3')]]) };

/** Each rule and convention of the formulas on a small plan of its own, typed as a user would. */
const PLANS: readonly { name: string; rows: Row[]; scheme: Scheme }[] = [
  {
    name: 'realised, else forecast; a note that an amount is not known; an I alt row',
    rows: [HEADER, ['1', 'Dagtilbud', 'A', 2, 1.5, 1, 1.6, 1.2], ['2', 'Dagtilbud', 'B', 'Ej opgjort', 1, null, 0.3, null], ['', '', '- en aktivitet', null, null, null, null, null], ['I alt', '', '', 2, 2.5, 1, null, null]],
    scheme: smallScheme(),
  },
  {
    name: 'amounts in 1.000 kr. with savings as minus, an adjusted expectation and a dropped initiative',
    rows: [
      ['Beløb i 1.000 kr. (-) = mindreudgift'],
      ['Nr', 'Tema', 'Indsats', '2023', '2024', 'Justeret forventning 2024', 'Realiseret 2023', 'Forventet 2024', 'Status'],
      ['1', 'Dagtilbud', 'A', -2000, -1500, -1000, -1250, null, ''],
      ['2', 'Kontraktforhandling', 'B', -500, -700, null, null, -800, 'Udgået'],
      ['3', 'Kontraktforhandling', 'C', -300, -700, null, -100, -900, ''],
      ['I alt', '', '', -2300, -2200, null, null, null, ''],
    ],
    scheme: smallScheme(),
  },
  {
    name: 'helårseffekt from 1 May and from 15 May, and citizens times a saving per citizen in 1.000 kr.',
    rows: [
      ['Nr', 'Tema', 'Indsats', '2023', '2024', 'Helårseffekt', 'Ikrafttræden', 'Antal borgere', 'Besparelse pr. borger (1.000 kr.)'],
      ['1', 'Dagtilbud', 'A', 1, 1.2, 1.2, may(1), null, null],
      ['2', 'Dagtilbud', 'B', 1, 1.2, 1.2, may(15), null, null],
      ['3', 'Dagtilbud', 'C', 0.1, 0.5, null, new Date(Date.UTC(2023, 6, 1)), 4, 150],
      ['4', 'Dagtilbud', 'D', 0.1, 0.5, null, null, 3, 100],
    ],
    scheme: smallScheme(),
  },
  {
    name: "amounts in another year's prices, one typed as text",
    rows: [['Alle beløb er i 1.000 kr., 2023-priser'], HEADER, ['1', 'Dagtilbud', 'Kørsel', 1043, 2086, null, 521.5, 1000], ['2', 'Dagtilbud', 'B', '7,5', 100, null, 50, null]],
    scheme: smallScheme({ priceIndex: KL_INDEX }),
  },
  {
    name: 'a plan that shows savings as negative numbers',
    rows: [HEADER, ['1', 'Kontraktforhandling', 'X', -2.6, -1, null, -2.3, -0.5]],
    scheme: smallScheme({ sign: 'savings-negative' }),
  },
];

async function planBytes(rows: readonly Row[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

describeWithCalc('each rule of the formulas, recalculated by LibreOffice on opening', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handleplan-rules-'));
  let written: { name: string; file: string; plan: WrittenPlan }[];
  let shown: Map<string, Map<string, ShownSheet>>;

  beforeAll(async () => {
    written = await Promise.all(
      PLANS.map(async ({ name, rows, scheme }, i) => {
        const plan = await writtenPlan(await planBytes(rows), scheme);
        const file = join(dir, `rules-${i}.xlsx`);
        writeFileSync(file, await plan.workbook.toBuffer());
        return { name, file, plan };
      }),
    );
    // One Calc process for every workbook: starting it is most of the cost.
    shown = recalculatedInCalc(written.map((w) => w.file));
  });

  it.each(PLANS.map((p) => p.name))('shows the core’s figures in the columns, their sums, Bilag 1 and the gap sheet: %s', (name) => {
    const chosen = written.find((w) => w.name === name);
    if (chosen === undefined) throw new Error(`No plan ${name}`);
    expect(formulaCount(chosen.plan.result)).toBeGreaterThan(5);
    expect(disagreements(shown.get(chosen.file), chosen.plan.result)).toEqual([]);
  });
});
