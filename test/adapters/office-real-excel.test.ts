import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { MisuseError } from '../../src/core/misuse';
import { runPlan } from '../../src/core/run';
import { STATE_SHEET } from '../../src/core/state';
import { FakeExcel, FakeExcelOptions, OfficeError, SeedCell } from '../fakes/fake-excel';
import { withJavaScriptCoreArgumentLimit } from '../fakes/javascriptcore';
import { HEADER, smallScheme } from '../helpers/plan';

/** A plan of n initiatives: 0,25 planned and 0,5 in 2024 each; every fourth has realised 0,2 in 2023. */
function planRows(n: number, extra: (i: number) => SeedCell[] = () => []): SeedCell[][] {
  const rows: SeedCell[][] = [['Handleplan'], HEADER];
  for (let i = 1; i <= n; i += 1) rows.push([String(i), 'Dagtilbud', `Indsats ${i}`, 0.25, 0.5, null, i % 4 === 0 ? 0.2 : null, null, ...extra(i)]);
  return rows;
}

function excelWith(rows: SeedCell[][], options: FakeExcelOptions = {}): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel(options);
  excel.addSheet('Plan', rows);
  return { excel, workbook: new OfficeWorkbook(excel as never) };
}

describe('the Office.js adapter against what real Excel does', () => {
  it('undoes a first run although Excel refuses to delete a very hidden sheet, so a second undo finds nothing to do', async () => {
    const { excel, workbook } = excelWith(planRows(3));
    const untouched = excel.snapshot();
    await runPlan(workbook, smallScheme(), { write: true });
    expect(excel.sheet(STATE_SHEET)?.visibility).toBe('VeryHidden');
    await workbook.undo();
    expect(excel.snapshot()).toEqual(untouched);
    await expect(workbook.undo()).rejects.toThrow(MisuseError);
  });

  it('undoes a one-click fix without losing the cell’s fill and bold', async () => {
    const rows = planRows(3);
    (rows[3] as SeedCell[])[3] = { value: '0,5', fill: '#FFFF00', bold: true };
    const { excel, workbook } = excelWith(rows);
    const before = excel.snapshot();
    const validated = await runPlan(workbook, smallScheme(), { write: false });
    const fixes = validated.result.findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix]));
    expect(fixes.map((f) => f.cell)).toEqual(['D4']);
    await workbook.applyFixes(fixes);
    expect(excel.sheet('Plan')?.cell(3, 3)).toMatchObject({ value: 0.5, fill: '#FFFF00', bold: true });
    await workbook.undo();
    expect(excel.snapshot()).toEqual(before);
  });

  it('leaves the user’s formulas that read its columns up to date after a re-run', async () => {
    const { excel, workbook } = excelWith(planRows(4));
    excel.addSheet('Opsummering', [['Realiseret 2023', { value: 0, formula: 'SUM(Plan!I3:I6)' }]]);
    await runPlan(workbook, smallScheme(), { write: true });
    const effect = (): number[] => [2, 3, 4, 5].map((row) => Number(excel.sheet('Plan')?.cell(row, 8)?.value ?? 0));
    const sum = (): unknown => excel.sheet('Opsummering')?.cell(0, 1)?.value;
    expect(sum()).toBeCloseTo(effect().reduce((a, b) => a + b, 0));
    excel.userTypes('Plan', 'G3', '0,1');
    await runPlan(workbook, smallScheme(), { write: true });
    expect(sum()).toBeCloseTo(effect().reduce((a, b) => a + b, 0));
    expect(sum()).toBeCloseTo(0.3);
  });

  it('reads numbers typed as text with Excel’s own separators when the user has set them apart from the system’s', async () => {
    const rows: SeedCell[][] = [HEADER, ['1', 'Dagtilbud', 'A', '1,234.5', 1, null, null, null]];
    const { workbook } = excelWith(rows, { separators: { decimal: ',', group: '.' }, excelSeparators: { decimal: '.', group: ',' } });
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    const atD2 = outcome.result.findings.filter((f) => f.cell === 'D2' && f.code.startsWith('amount-') && f.code !== 'amount-suspicious-magnitude');
    expect(atD2.map((f) => [f.code, f.fix?.value])).toEqual([['amount-text-number', '1234.5']]);
  });

  it('reads a sheet too wide for its first request when Excel on the web refuses it with GeneralException', async () => {
    const notes = Array.from({ length: 80 }, (_, c) => `Bemærkning ${c} `.padEnd(18, 'x'));
    const { excel, workbook } = excelWith(planRows(4_000, () => notes), { payloadErrorCode: 'GeneralException' });
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    expect(outcome.result.table?.rows).toHaveLength(4_000);
    expect(excel.rejectedResponses).toBe(1);
  });

  it('gives up after a few tries when Excel keeps answering GeneralException, and says why in the error', async () => {
    const { excel, workbook } = excelWith(planRows(5));
    const before = excel.syncs;
    excel.runSync = () => {
      excel.syncs += 1;
      throw new OfficeError('GeneralException', 'There was an internal error while processing the request.');
    };
    await expect(workbook.readSheet('Plan')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.syncs - before).toBeLessThanOrEqual(4);
  });

  it('reads a sheet of more than 65,536 rows in one part where JavaScriptCore (Excel on Mac) limits a call’s arguments', async () => {
    const rows: SeedCell[][] = Array.from({ length: 70_000 }, (_, i) => [i + 1]);
    const { workbook } = excelWith(rows);
    const grid = await withJavaScriptCoreArgumentLimit(() => workbook.readSheet('Plan'));
    expect(grid.rows).toHaveLength(70_000);
    expect(grid.rows[69_999]?.[0]?.content).toEqual({ kind: 'number', value: 70_000 });
  });

  it('reads whole numbers Excel reports as Integer, and linked data as its text', async () => {
    const { workbook } = excelWith([HEADER, ['1', 'Dagtilbud', { value: 'Aarhus', valueType: 'RichValue' }, { value: 2, valueType: 'Integer' }]]);
    const grid = await workbook.readSheet('Plan');
    expect(grid.rows[1]?.[3]?.content).toEqual({ kind: 'number', value: 2 });
    expect(grid.rows[1]?.[2]?.content).toEqual({ kind: 'text', value: 'Aarhus' });
  });

  it('refuses to write when the workbook’s structure is protected, saying what to do, and writes nothing', async () => {
    const { excel, workbook } = excelWith(planRows(3));
    excel.structureProtected = true;
    const before = excel.snapshot();
    await expect(runPlan(workbook, smallScheme(), { write: true })).rejects.toThrow(/Projektmappens struktur er beskyttet.*Beskyt projektmappe/);
    expect(excel.snapshot()).toEqual(before);
  });

  it('puts back text that Excel would take as TRUE, a date or a number, as text', async () => {
    const { excel, workbook } = excelWith([HEADER, ['1', 'Dagtilbud', 'A', 'TRUE', '1-2', '1,234.5']]);
    const before = excel.snapshot();
    await workbook.applyFixes(['D2', 'E2', 'F2'].map((cell) => ({ kind: 'set-number', sheet: 'Plan', cell, value: '1', label: 'Gør til tallet 1' })));
    expect(excel.sheet('Plan')?.cell(1, 3)?.value).toBe(1);
    await workbook.undo();
    expect(excel.snapshot()).toEqual(before);
  });

  it('keeps the add-in’s own writes from the workbook’s change handlers, which hear the user’s changes', async () => {
    const { excel, workbook } = excelWith(planRows(3));
    const heard: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').onChanged.add((event) => heard.push(`${event.address} ${event.triggerSource}`));
      await context.sync();
    });
    await runPlan(workbook, smallScheme(), { write: true });
    excel.userTypes('Plan', 'D3', '1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual(['D3 Unknown']);
  });

  it('activates a finding’s sheet before selecting its cell, also when another sheet is active', async () => {
    const { excel, workbook } = excelWith(planRows(3));
    excel.addSheet('Andet');
    excel.activeSheet = 'Andet';
    await workbook.select('Plan', 'D4');
    expect(excel.selection).toEqual({ sheet: 'Plan', address: 'D4' });
  });
});
