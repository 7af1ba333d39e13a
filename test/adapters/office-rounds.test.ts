import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { runPlan } from '../../src/core/run';
import { FakeExcel } from '../fakes/fake-excel';
import { HEADER, smallScheme } from '../helpers/plan';

function excelWithPlan(): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.addSheet('Plan', [HEADER, ['1', 'Dagtilbud', 'Kørsel', 1.5, 2, null, 1.5, null], ['2', 'Dagtilbud', 'Indkøb', 1, 2, null, 0.75, null]]);
  return { excel, workbook: new OfficeWorkbook(excel as never) };
}

const names = (excel: FakeExcel): string[] => excel.sheets.map((s) => s.name);

describe('closing a round in Excel, and undo (Fortryd)', () => {
  it('keeps a round closed by the first run when that run is undone, protected and listed, and says which', async () => {
    const { excel, workbook } = excelWithPlan();
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-03-31' } });
    expect(await workbook.undo()).toEqual({ keptRound: 'Opfølgning BO1' });
    expect(names(excel)).toEqual(['Plan', 'Opfølgning BO1', 'Handleplan_tilstand']);
    expect(excel.sheet('Opfølgning BO1')?.protected).toBe(true);
    expect((await workbook.facts()).state?.rounds).toEqual([{ name: 'BO1', closed: '2026-03-31', sheet: 'Opfølgning BO1' }]);
    // The plan's own columns are gone again; the next run writes them anew, and the round stays closed.
    expect(excel.sheet('Plan')?.cell(0, 8)?.value ?? '').toBe('');
    const again = await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-04-01' } });
    expect(again.result.findings.map((f) => f.code)).toContain('round-exists');
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
  });

  it('puts back the write before a closing, all but the round, which the state keeps listing', async () => {
    const { excel, workbook } = excelWithPlan();
    await runPlan(workbook, smallScheme(), { write: true });
    const stateBefore = (await workbook.facts()).state;
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-03-31' } });
    expect(await workbook.undo()).toEqual({ keptRound: 'Opfølgning BO1' });
    expect(names(excel)).toEqual(['Plan', 'Opfølgning BO1', 'Bilag 1', 'Handleplan afvigelse', 'Handleplan_tilstand']);
    expect((await workbook.facts()).state).toEqual({ ...stateBefore, rounds: [{ name: 'BO1', closed: '2026-03-31', sheet: 'Opfølgning BO1' }] });
  });

  it('undoes a run that closed no round as before, with nothing kept', async () => {
    const { workbook } = excelWithPlan();
    await runPlan(workbook, smallScheme(), { write: true });
    expect(await workbook.undo()).toEqual({});
  });

  it('replaces a round closed again on purpose: the old sheet is unprotected and goes, the new one is protected in its place', async () => {
    const { excel, workbook } = excelWithPlan();
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-03-31' } });
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO2', closed: '2026-06-30' } });
    await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-04-02', replace: true } });
    expect(names(excel).slice(0, 3)).toEqual(['Plan', 'Opfølgning BO1', 'Opfølgning BO2']);
    expect(excel.sheet('Opfølgning BO1')).toMatchObject({ protected: true });
    expect(excel.sheet('Opfølgning BO1')?.cell(2, 1)?.value).toBe('2026-04-02');
  });

  it('puts a round it was closing again back as it was, protected where it stood, when that write fails', async () => {
    const twoRounds = async (): Promise<{ excel: FakeExcel; workbook: OfficeWorkbook }> => {
      const opened = excelWithPlan();
      await runPlan(opened.workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-03-31' } });
      await runPlan(opened.workbook, smallScheme(), { write: true, closeRound: { name: 'BO2', closed: '2026-06-30' } });
      return opened;
    };
    const closeAgain = { name: 'BO1', closed: '2026-09-30', replace: true };
    // Learn how many syncs closing BO1 again takes (the last is the write), then fail that one.
    const probe = await twoRounds();
    const from = probe.excel.syncs;
    await runPlan(probe.workbook, smallScheme(), { write: true, closeRound: closeAgain });
    const { excel, workbook } = await twoRounds();
    const before = excel.snapshot();
    excel.failOnSync(probe.excel.syncs - from);
    await expect(runPlan(workbook, smallScheme(), { write: true, closeRound: closeAgain })).rejects.toThrow(/Simulated failure/);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.sheet('Opfølgning BO1')?.protected).toBe(true);
  });

  it('leaves no round, and the program’s sheets in their order, when the write that closes a first round fails', async () => {
    const closeRound = { name: 'BO1', closed: '2026-03-31' };
    const runOnce = async (): Promise<{ excel: FakeExcel; workbook: OfficeWorkbook }> => {
      const opened = excelWithPlan();
      await runPlan(opened.workbook, smallScheme(), { write: true });
      return opened;
    };
    // Learn how many syncs the closing takes (the last is the write), then fail that one.
    const probe = await runOnce();
    const from = probe.excel.syncs;
    await runPlan(probe.workbook, smallScheme(), { write: true, closeRound });
    const { excel, workbook } = await runOnce();
    const before = excel.snapshot();
    excel.failOnSync(probe.excel.syncs - from);
    await expect(runPlan(workbook, smallScheme(), { write: true, closeRound })).rejects.toThrow(/Simulated failure/);
    expect(excel.snapshot()).toEqual(before);
  });
});
