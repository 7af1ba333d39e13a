import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { MisuseError } from '../../src/core/misuse';
import { EXCEL_API_FLOOR, PAYLOAD_BUDGET } from '../../src/adapters/office/host';
import { runPlan } from '../../src/core/run';
import { FakeExcel, FakeExcelOptions, PAYLOAD_LIMIT, SeedCell } from '../fakes/fake-excel';
import { HEADER, smallScheme } from '../helpers/plan';

/** A plan of n initiatives, with a text number and an activity now and then, as real sheets have. */
function planRows(n: number, nameLength = 24): SeedCell[][] {
  const rows: SeedCell[][] = [['Handleplan'], HEADER];
  for (let i = 1; i <= n; i += 1) {
    const name = `Indsats ${i} `.padEnd(nameLength, 'x');
    rows.push([String(i), i % 3 === 0 ? 'Kontraktforhandling' : 'Dagtilbud', name, i % 50 === 0 ? '0,5' : 0.25, 0.5, null, i % 4 === 0 ? 0.2 : null, null]);
  }
  return rows;
}

function excelWith(rows: SeedCell[][], options: FakeExcelOptions = {}): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel(options);
  excel.addSheet('Plan', rows);
  return { excel, workbook: new OfficeWorkbook(excel as never) };
}

async function syncsForRun(rows: SeedCell[][], runs = 1): Promise<number[]> {
  const { excel, workbook } = excelWith(rows);
  const counts: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const before = excel.syncs;
    const outcome = await runPlan(workbook, smallScheme(), { write: true });
    expect(outcome.written).toBe(true);
    counts.push(excel.syncs - before);
  }
  return counts;
}

/** A sheet of the fake's snapshot without the results of its formulas, which Excel recalculates. */
function formulasAndLooks(sheet: unknown): unknown {
  return JSON.parse(JSON.stringify(sheet), (_, value: unknown) => (value !== null && typeof value === 'object' && 'formula' in value ? { ...value, value: undefined } : value));
}

/** Plans of 20,000 initiatives: the fake calculates every formula written, as Excel does, which takes a while on a busy machine. */
const LARGE_PLAN_MS = 180_000;

describe('the Office.js adapter on a fake Excel', () => {
  it('needs at most four syncs for a full run under 5 MB, of 10 rows as of 5,000', async () => {
    // First run: facts, the sheet, the write. A re-run reads the add-in's state too.
    expect(await syncsForRun(planRows(10), 2)).toEqual([3, 4]);
    // 5,000 rows come as the first 3,000 with the sheet's size, then the rest; a re-run knows their weight and asks once.
    // (10,000 rows write 4.7 MB of formulas, over the budget: that takes a part more, as the next tests hold.)
    expect(await syncsForRun(planRows(5_000), 2)).toEqual([4, 4]);
  });

  it('keeps every request and response under Excel on the web’s 5 MB', async () => {
    const { excel, workbook } = excelWith(planRows(10_000));
    await runPlan(workbook, smallScheme(), { write: true });
    expect(Math.max(...excel.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.rejectedResponses).toBe(0);
  });

  it('reads and writes a plan larger than 5 MB in parts, each under the limit, one sync per 4 MB and none refused', async () => {
    const { excel, workbook } = excelWith(planRows(20_000, 120));
    for (const run of ['first', 're-run']) {
      const [syncs, requests, responses] = [excel.syncs, excel.requestBytes.length, excel.responseBytes.length];
      const outcome = await runPlan(workbook, smallScheme(), { write: true });
      expect(outcome.written).toBe(true);
      const sent = excel.requestBytes.slice(requests);
      const received = excel.responseBytes.slice(responses);
      const parts = (bytes: number[]): number => Math.ceil(bytes.reduce((a, b) => a + b, 0) / PAYLOAD_BUDGET);
      expect([run, Math.max(...sent), Math.max(...received)]).toEqual([run, expect.any(Number), expect.any(Number)]);
      expect(Math.max(...sent, ...received)).toBeLessThan(PAYLOAD_LIMIT);
      // The budget: four syncs, and one more for each further 4 MB part sent or received.
      expect(excel.syncs - syncs).toBeLessThanOrEqual(4 + parts(sent) - 1 + parts(received) - 1);
    }
    // The sheet's size comes with its first rows, so Excel never has to refuse a response.
    expect(excel.rejectedResponses).toBe(0);
    // The last initiative (row 20,002) has realised 0,2 in 2023: its effect column shows it.
    expect(excel.sheet('Plan')?.cell(20_001, 8)?.value).toBe(0.2);
  }, LARGE_PLAN_MS);

  it('reads a sheet too wide for its first request after one refusal: the size alone, then the rows in parts', async () => {
    // 80 note columns of 18 characters: the first 3,000 rows alone are over 5 MB.
    const notes = Array.from({ length: 80 }, (_, c) => `Bemærkning ${c} `.padEnd(18, 'x'));
    const rows = planRows(4_000).map((row, r) => (r < 2 ? row : [...row, ...notes]));
    const { excel, workbook } = excelWith(rows);
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    expect(outcome.result.table?.rows).toHaveLength(4_000);
    expect(excel.rejectedResponses).toBe(1);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('suspends events while it writes, and groups its writes as one undo step where Excel can', async () => {
    const { excel, workbook } = excelWith(planRows(5));
    await runPlan(workbook, smallScheme(), { write: true });
    expect(excel.changeEvents).toBe(0);
    expect(excel.enableEvents).toBe(true);
    expect(excel.runOptions.every((o) => (o as Excel.RunOptions).mergeUndoGroup === true && (o as Excel.RunOptions).delayForCellEdit === true)).toBe(true);
  });

  it('undoes its last write exactly, the first time and when it replaced its own Bilag 1', async () => {
    const { excel, workbook } = excelWith(planRows(5));
    const untouched = excel.snapshot();
    await runPlan(workbook, smallScheme(), { write: true });
    await workbook.undo();
    expect(excel.snapshot()).toEqual(untouched);

    await runPlan(workbook, smallScheme(), { write: true });
    const afterFirst = excel.snapshot();
    excel.sheet('Plan')?.touch(4, 3);
    (excel.sheet('Plan')?.cell(4, 3) as { value: number }).value = 3;
    await runPlan(workbook, smallScheme(), { write: true });
    await workbook.undo();
    // Bilag 1 comes back with the first run's formulas and looks; Excel calculates them on the edited amount.
    const restored = excel.snapshot() as { name: string }[];
    const expected = afterFirst as { name: string }[];
    expect(formulasAndLooks(restored.find((s) => s.name === 'Bilag 1'))).toEqual(formulasAndLooks(expected.find((s) => s.name === 'Bilag 1')));
    expect(excel.sheet('Bilag 1')?.cell(6, 1)).toMatchObject({ formula: "IF(ISNUMBER('Plan'!D5),'Plan'!D5,\"\")", value: 3 });
    expect(workbook.canUndo).toBe(false);
    await expect(workbook.undo()).rejects.toThrow(MisuseError);
  });

  it('undoes a one-click fix', async () => {
    const { excel, workbook } = excelWith(planRows(50));
    const before = excel.snapshot();
    const validated = await runPlan(workbook, smallScheme(), { write: false });
    await workbook.applyFixes(validated.result.findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix])));
    expect(excel.sheet('Plan')?.cell(51, 3)?.value).toBe(0.5);
    await workbook.undo();
    expect(excel.snapshot()).toEqual(before);
  });

  it('leaves the workbook as it was when a sync fails halfway through a write, a round it was closing too', async () => {
    // A write large enough to take two syncs; learn how many syncs a whole run takes, then fail the last.
    const rows = planRows(20_000, 120);
    const closeRound = { name: 'BO1', closed: '2026-03-31' };
    const probe = excelWith(rows);
    await runPlan(probe.workbook, smallScheme(), { write: true, closeRound });
    const lastSync = probe.excel.syncs;
    const { excel, workbook } = excelWith(rows);
    const before = excel.snapshot();
    excel.failOnSync(lastSync);
    await expect(runPlan(workbook, smallScheme(), { write: true, closeRound })).rejects.toThrow(/Simulated failure/);
    // The first part of the write had landed (Bilag 1 existed) before the roll back removed it.
    expect(excel.syncs).toBeGreaterThan(lastSync);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.enableEvents).toBe(true);
  }, LARGE_PLAN_MS);

  it('refuses to write to a protected sheet, saying what to do, and writes nothing', async () => {
    const { excel, workbook } = excelWith(planRows(5));
    (excel.sheet('Plan') as { protected: boolean }).protected = true;
    const before = excel.snapshot();
    await expect(runPlan(workbook, smallScheme(), { write: true })).rejects.toThrow(/beskyttet.*Fjern beskyttelsen/);
    expect(excel.snapshot()).toEqual(before);
  });

  it('reads numbers typed as text with the separators Excel reports, not by guessing', async () => {
    const rows: SeedCell[][] = [HEADER, ['1', 'Dagtilbud', 'A', '1,234.5', 1, null, null, null]];
    const textNumberAt = (findings: readonly { code: string; cell?: string; fix?: { value: string } }[]) =>
      findings.filter((f) => f.cell === 'D2' && f.code.startsWith('amount-') && f.code !== 'amount-suspicious-magnitude');
    const english = excelWith(rows, { separators: { decimal: '.', group: ',' } });
    const danish = excelWith(rows);
    const inEnglish = await runPlan(english.workbook, smallScheme(), { write: false });
    const inDanish = await runPlan(danish.workbook, smallScheme(), { write: false });
    expect(textNumberAt(inEnglish.result.findings).map((f) => [f.code, f.fix?.value])).toEqual([['amount-text-number', '1234.5']]);
    expect(textNumberAt(inDanish.result.findings).map((f) => f.code)).toEqual(['amount-foreign-separators']);
  });

  it('works on the oldest Excel the manifest lets in (ExcelApi 1.13, Excel 2021), without the newer APIs', async () => {
    const { excel, workbook } = excelWith(planRows(5), { apiVersion: EXCEL_API_FLOOR });
    const outcome = await runPlan(workbook, smallScheme(), { write: true });
    expect(outcome.written).toBe(true);
    expect(excel.sheet('Bilag 1')?.cell(0, 0)?.value).toBe('Indsatser (mio. kr.)');
    expect(excel.runOptions.some((o) => (o as Excel.RunOptions).mergeUndoGroup === true)).toBe(false);
  });

  it('reads hidden rows, merged cells, dates and error values into the grid', async () => {
    const { excel, workbook } = excelWith([HEADER, ['1', 'Dagtilbud', 'A', { value: '#DIV/0!', formula: '1/0' }, { value: 45047, numberFormat: 'dd-mm-yyyy' }]]);
    const sheet = excel.sheet('Plan');
    sheet?.hiddenRows.add(1);
    sheet?.merges.push({ from: { row: 0, col: 5 }, to: { row: 0, col: 6 } });
    const grid = await workbook.readSheet('Plan');
    expect(grid.rows[1]?.[3]?.content).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(grid.rows[1]?.[4]?.content).toEqual({ kind: 'date', value: '2023-05-01T00:00:00.000Z' });
    expect([...grid.hiddenRows]).toEqual([1]);
    expect(grid.merges).toEqual([{ from: { row: 0, col: 5 }, to: { row: 0, col: 6 } }]);
  });

  it('selects a finding’s cell on its sheet', async () => {
    const { excel, workbook } = excelWith(planRows(5));
    await workbook.select('Plan', 'D4');
    expect(excel.selection).toEqual({ sheet: 'Plan', address: 'D4' });
    expect(excel.activeSheet).toBe('Plan');
  });
});
