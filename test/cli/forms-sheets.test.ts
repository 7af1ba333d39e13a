import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { fromA1 } from '../../src/core/a1';
import { cellAt, cellText } from '../../src/core/grid';
import { runCli } from '../helpers/cli';

const FIXTURE = join(__dirname, '..', 'fixtures', 'shape.proposal-forms-sheets.xlsx');

describe('handleplan run on proposal forms kept on several sheets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handleplan-forms-'));
  const scheme = join(dir, 'skema.json');
  const output = join(dir, 'forslag-beregnet.xlsx');

  beforeAll(async () => {
    expect((await runCli('init', FIXTURE, '-o', scheme)).code).toBe(0);
    expect((await runCli('run', FIXTURE, '--scheme', scheme, '-o', output)).code).toBe(0);
  });

  it('writes the effect and gap columns beside each sheet’s forms, and Bilag 1 with every form and the plan’s total', async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(output));
    const text = async (sheet: string, address: string): Promise<string> => cellText(cellAt(await workbook.readSheet(sheet), fromA1(address)));
    // Each form's years stand in B:D; the program's columns start at E, on the row of the years.
    expect(await text('Forslag 1', 'E3')).toBe('Effekt 2024 (beregnet)');
    expect(await text('Forslag 2', 'E3')).toBe('Effekt 2024 (beregnet)');
    expect(await text('Forslag 3', 'E8')).toBe('Effekt 2024 (beregnet)');
    expect(await text('Noter', 'E1')).toBe('');
    const bilag = (await workbook.readSheet('Bilag 1')).rows.map((row) => row.map((cell) => (cell === undefined ? '' : cellText(cell))).filter((t) => t !== ''));
    // By hand (1.000 kr., savings positive): 250 + 150 + 100 + 400 = 900 in 2024; 550 + 200 + 100 + 800 = 1650 in 2025 and 2026.
    expect(bilag.slice(-5)).toEqual([
      ['Færre åbningstimer på biblioteket', '250', '550', '550'],
      ['Fælles indkøb af rengøring', '150', '200', '200'],
      ['Digital post til borgerne', '100', '100', '100'],
      ['Hjemmepleje med faste ruter', '400', '800', '800'],
      ['I alt', '900', '1650', '1650'],
    ]);
  });

  it('names every sheet of the plan in the JSON report, and each initiative’s sheet beside its cell', async () => {
    const report = JSON.parse((await runCli('validate', FIXTURE, '--scheme', scheme, '--json')).out) as { sheet: string; sheets: string[]; initiatives: { sheet: string; cell: string }[] };
    expect([report.sheet, report.sheets]).toEqual(['Forslag 1', ['Forslag 1', 'Forslag 2', 'Forslag 3']]);
    expect(report.initiatives.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Forslag 1!B1', 'Forslag 2!B1', 'Forslag 2!B8', 'Forslag 3!B7']);
  });

  it('changes not a byte when run again on its own result', async () => {
    const again = join(dir, 'igen.xlsx');
    copyFileSync(output, again);
    expect((await runCli('run', again, '--in-place')).code).toBe(0);
    expect(Buffer.compare(readFileSync(again), readFileSync(output))).toBe(0);
  });

  it('drafts the same scheme again from its own result: Bilag 1 and the program’s other sheets hold no forms of the user’s', async () => {
    const again = join(dir, 'skema-igen.json');
    const init = await runCli('init', output, '-o', again);
    expect(init.out.split('\n')[0]).toContain('for arkene »Forslag 1«, »Forslag 2« og »Forslag 3« gemt');
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(scheme, 'utf8'));
  });
});
