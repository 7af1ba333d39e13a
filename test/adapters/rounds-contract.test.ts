import { initiativeKeys } from '../../src/core/rounds/round';
import { roundFromGrid } from '../../src/core/rounds/round-sheet';
import { runPlan } from '../../src/core/run';
import { STATE_SHEET } from '../../src/core/state';
import { SeedCell } from '../fakes/fake-excel';
import { Harness, officeHarness, SheetView, XLSX_HARNESS } from './harnesses';
import { HEADER, smallScheme } from '../helpers/plan';

/** The same stories of follow-up rounds for every way of holding a workbook. */
const HARNESSES: Harness[] = [XLSX_HARNESS, officeHarness()];

function plan(): Record<string, SeedCell[][]> {
  return {
    Plan: [
      HEADER,
      ['1', 'Dagtilbud', 'Kørsel', 1.5, 2, null, 1.5, null],
      ['2', 'Dagtilbud', 'Botilbud', 0.5, 1, null, 0.25, 1],
      ['3', 'Kontraktforhandling', 'Indkøb', 1, 2, null, 0.75, null],
    ],
  };
}

const BO1 = { name: 'BO1', closed: '2026-03-31' };
const sheetNames = (view: SheetView[]): string[] => view.map((s) => s.name);

describe.each(HARNESSES)('$name, closing follow-up rounds', (harness) => {
  it('closes a round: its sheet is protected, the state lists it, and it reads back as the round closed', async () => {
    const { workbook, view } = await harness.open(plan());
    const outcome = await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    expect(outcome.written).toBe(true);
    expect(outcome.round?.name).toBe('BO1');
    expect(outcome.rounds).toEqual([{ name: 'BO1', closed: '2026-03-31', sheet: 'Opfølgning BO1' }]);
    expect((await runPlan(workbook, smallScheme(), { write: false })).rounds).toEqual(outcome.rounds);
    expect((await workbook.facts()).state?.rounds).toEqual([{ name: 'BO1', closed: '2026-03-31', sheet: 'Opfølgning BO1' }]);
    const after = await view();
    expect(sheetNames(after)).toEqual(['Plan', 'Opfølgning BO1', 'Bilag 1', 'Handleplan afvigelse', STATE_SHEET]);
    expect(after.find((s) => s.name === 'Opfølgning BO1')?.protected).toBe(true);
    expect(after.filter((s) => s.protected === true).map((s) => s.name)).toEqual(['Opfølgning BO1']);
    expect(roundFromGrid(await workbook.readSheet('Opfølgning BO1'), initiativeKeys())).toEqual(outcome.round);
  });

  it('refuses a second round of the same name and writes nothing; closing it again with replace keeps one round of the name', async () => {
    const { workbook, view } = await harness.open(plan());
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    const before = await view();
    const again = await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'bo1', closed: '2026-04-01' } });
    expect(again.written).toBe(false);
    expect(again.rounds?.map((r) => r.name)).toEqual(['BO1']);
    expect(again.result.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}: ${f.message}`)).toEqual([
      'round-exists: Opfølgningen »BO1« blev lukket 2026-03-31 og ændres ikke. Vælg et andet navn til den nye opfølgning.',
    ]);
    expect(await view()).toEqual(before);

    const replaced = await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO1', closed: '2026-04-01', replace: true } });
    expect(replaced.written).toBe(true);
    expect((await workbook.facts()).state?.rounds).toEqual([{ name: 'BO1', closed: '2026-04-01', sheet: 'Opfølgning BO1' }]);
    const after = await view();
    expect(after.find((s) => s.name === 'Opfølgning BO1')).toMatchObject({ protected: true, cells: { B3: { value: '2026-04-01' } } });
    expect(sheetNames(after)).toEqual(sheetNames(before));
  });

  it('writes what moved since the last round on each run, and replaces it when a newer round is closed', async () => {
    const { workbook, view } = await harness.open(plan());
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    const closed = (await view()).find((s) => s.name === 'Opfølgning BO1');
    // Indkøb realises 0,5 more in 2023 (G4), and Botilbud is dropped.
    await workbook.applyFixes([
      { kind: 'set-number', sheet: 'Plan', cell: 'G4', value: '1.25', label: '' },
      { kind: 'set-text', sheet: 'Plan', cell: 'C3', value: 'Botilbud (udgået)', label: '' },
    ]);
    const run = await runPlan(workbook, smallScheme(), { write: true });
    expect(run.since?.round).toBe('BO1');
    const bridge2023 = run.since?.bridge[0];
    expect([bridge2023?.changedEffects.toString(), bridge2023?.droppedInitiatives.toString()]).toEqual(['-0.5', '0.25']);
    expect((await workbook.facts()).state?.sinceSheet).toBe('Ændringer siden BO1');
    const once = await view();
    expect(sheetNames(once)).toEqual(['Plan', 'Opfølgning BO1', 'Bilag 1', 'Handleplan afvigelse', 'Ændringer siden BO1', STATE_SHEET]);
    expect(once.find((s) => s.name === 'Ændringer siden BO1')?.protected).toBeUndefined();
    // The round stays as it was closed, whatever the plan says now.
    expect(once.find((s) => s.name === 'Opfølgning BO1')).toEqual(closed);
    await runPlan(workbook, smallScheme(), { write: true });
    expect(await view()).toEqual(once);

    // Closing BO2 tells what moved since BO1; the next run compares with BO2, whose sheet takes the place of BO1's.
    const closing = await runPlan(workbook, smallScheme(), { write: true, closeRound: { name: 'BO2', closed: '2026-06-30' } });
    expect(closing.since?.round).toBe('BO1');
    const next = await runPlan(workbook, smallScheme(), { write: true });
    expect(next.since?.round).toBe('BO2');
    expect(next.since?.bridge[0]?.changedEffects.toString()).toBe('0');
    expect(next.sheetsWritten).toEqual(['Bilag 1', 'Handleplan afvigelse', 'Ændringer siden BO2']);
    expect(sheetNames(await view())).toEqual(['Plan', 'Opfølgning BO1', 'Opfølgning BO2', 'Bilag 1', 'Handleplan afvigelse', 'Ændringer siden BO2', STATE_SHEET]);
  });

  it('writes no sheet of what moved over a sheet of the user’s with its name, and says so', async () => {
    const { workbook, view } = await harness.open({ ...plan(), 'Ændringer siden BO1': [['Mine noter']] });
    await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
    const run = await runPlan(workbook, smallScheme(), { write: true });
    expect(run.written).toBe(true);
    expect(run.result.findings.map((f) => f.code)).toContain('since-sheet-taken');
    expect(run.sheetsWritten).toEqual(['Bilag 1', 'Handleplan afvigelse']);
    expect((await view()).find((s) => s.name === 'Ændringer siden BO1')?.cells).toEqual({ A1: { value: 'Mine noter' } });
  });
});

describe('every adapter, closing a round', () => {
  it('writes the same round sheet and the same sheet of what moved', async () => {
    const views = await Promise.all(
      HARNESSES.map(async (harness) => {
        const { workbook, view } = await harness.open(plan());
        await runPlan(workbook, smallScheme(), { write: true, closeRound: BO1 });
        await workbook.applyFixes([{ kind: 'set-number', sheet: 'Plan', cell: 'G4', value: '1.25', label: '' }]);
        await runPlan(workbook, smallScheme(), { write: true });
        return (await view()).filter((s) => s.name.startsWith('Opfølgning') || s.name.startsWith('Ændringer'));
      }),
    );
    expect(views[0]?.map((s) => s.name)).toEqual(['Opfølgning BO1', 'Ændringer siden BO1']);
    for (const other of views.slice(1)) expect(other).toEqual(views[0]);
  });
});
