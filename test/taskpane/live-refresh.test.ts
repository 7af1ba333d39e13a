import type { RunOutcome } from '../../src/core/run';
import { SCHEME_SHEET, schemeToLayout } from '../../src/core/scheme-sheet';
import { ExcelSession } from '../../src/taskpane/excel-session';
import { LiveRefresh, REFRESH_DELAY_MS } from '../../src/taskpane/live-refresh';
import type { PlanSession } from '../../src/taskpane/session';
import { FakeExcel } from '../fakes/fake-excel';
import { HEADER, smallScheme } from '../helpers/plan';
import { seedFromLayout } from '../helpers/seed';

const PLAN = 'Plan';

/** The open workbook: a small plan and its scheme sheet; the pane's session on it, following edits, and each reading it made. */
async function openPane(): Promise<{ excel: FakeExcel; session: ExcelSession; live: LiveRefresh; readings: (readonly string[])[]; outcomes: RunOutcome[] }> {
  const excel = new FakeExcel();
  excel.addSheet(PLAN, [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5, null, 2.5], ['2', 'Kontraktforhandling', 'Aftaler', 1, 2]]);
  const scheme = seedFromLayout(schemeToLayout(smallScheme()));
  excel.addSheet(scheme.name, scheme.rows);
  const session = await ExcelSession.open(excel as never, undefined, excel as never);
  await session.validate(PLAN);
  const readings: (readonly string[])[] = [];
  const outcomes: RunOutcome[] = [];
  const live = new LiveRefresh(session, async (changed) => {
    readings.push(changed);
    outcomes.push(await session.reread(PLAN, changed));
  });
  await expect(live.follow([PLAN, SCHEME_SHEET])).resolves.toBe(true);
  return { excel, session, live, readings, outcomes };
}

const codes = (outcome: RunOutcome | undefined): string[] => outcome?.result.findings.map((f) => `${f.code}@${f.cell ?? '-'}`) ?? [];

describe('the pane follows the workbook in Excel', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('registers one handler on the plan’s sheet and one on the scheme sheet, and removes both when the pane closes', async () => {
    const { excel, live } = await openPane();
    expect([excel.sheet(PLAN)?.changedHandlers.length, excel.sheet(SCHEME_SHEET)?.changedHandlers.length]).toEqual([1, 1]);
    await expect(live.follow([PLAN, SCHEME_SHEET])).resolves.toBe(true);
    expect(excel.sheet(PLAN)?.changedHandlers).toHaveLength(1);
    await live.close();
    expect([excel.sheet(PLAN)?.changedHandlers.length, excel.sheet(SCHEME_SHEET)?.changedHandlers.length]).toEqual([0, 0]);
  });

  it('listens again after a Beregn that added the scheme sheet, with no moment in between when an edit goes unheard', async () => {
    const { excel, live, readings } = await openPane();
    // The user types just after the first sync of the renewal.
    const sync = excel.runSync.bind(excel);
    let typed = false;
    excel.runSync = (queue) => {
      sync(queue);
      if (typed) return;
      typed = true;
      excel.userTypes(PLAN, 'D2', '4');
    };
    await expect(live.follow([PLAN, SCHEME_SHEET], 'after Beregn')).resolves.toBe(true);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(readings).toEqual([[PLAN]]);
    expect([excel.sheet(PLAN)?.changedHandlers.length, excel.sheet(SCHEME_SHEET)?.changedHandlers.length]).toEqual([1, 1]);
  });

  it('says it hears nothing where the host refuses the handlers, so copying reads first and Valider igen is the way', async () => {
    // Only the session's watch is asked for here.
    const refused = { watch: () => Promise.reject(new Error('ApiNotFound')) } as unknown as PlanSession;
    const live = new LiveRefresh(refused, async () => undefined);
    await expect(live.follow([PLAN, SCHEME_SHEET])).resolves.toBe(false);
    expect(live.current).toBe(false);
  });

  it('moves its handler when the plan is on another sheet, and leaves out a sheet the workbook does not have', async () => {
    const { excel, live } = await openPane();
    excel.addSheet('Plan 2025', [HEADER]);
    await expect(live.follow(['Plan 2025', 'Ark som ikke findes'])).resolves.toBe(true);
    expect([excel.sheet(PLAN)?.changedHandlers.length, excel.sheet('Plan 2025')?.changedHandlers.length, excel.sheet(SCHEME_SHEET)?.changedHandlers.length]).toEqual([0, 1, 0]);
  });

  it('reads the plan’s sheet once, in one round trip, after an edit, and shows the findings of the workbook as it is now', async () => {
    const { excel, live, readings, outcomes } = await openPane();
    expect(codes(outcomes[0])).not.toContain('amount-text-number@D3');
    excel.userTypes(PLAN, 'D3', "'1,5");
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS - 100);
    expect([readings, live.current]).toEqual([[], false]);
    const syncs = excel.syncs;
    await jest.advanceTimersByTimeAsync(100);
    expect(readings).toEqual([[PLAN]]);
    expect(excel.syncs - syncs).toBe(1);
    expect(codes(outcomes[0])).toContain('amount-text-number@D3');
    expect(live.current).toBe(true);
  });

  it('reads once after a burst of edits', async () => {
    const { excel, readings } = await openPane();
    for (const [cell, typed] of [['D2', '4'], ['D3', '2'], ['E3', '3'], ['E2', '6']] as const) {
      excel.userTypes(PLAN, cell, typed);
      await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS / 2);
    }
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(readings).toEqual([[PLAN]]);
  });

  it('hears nothing of its own writes: fixes, Beregn and undo are not read again', async () => {
    const { excel, session, readings } = await openPane();
    excel.userTypes(PLAN, 'D3', "'1,5");
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    const fix = (await session.validate(PLAN)).result.findings.find((f) => f.code === 'amount-text-number')?.fix;
    if (fix === undefined) throw new Error('No fix offered for the amount typed as text');
    await session.applyFixes([fix], PLAN);
    await expect(session.run(PLAN)).resolves.toMatchObject({ written: true });
    await session.undo();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 2);
    expect(readings).toEqual([[PLAN]]);
  });

  it('reads the scheme again after an edit of the scheme sheet, and says Bilag 1 needs a new Beregn for a new category', async () => {
    const { excel, session, readings, outcomes } = await openPane();
    await session.run(PLAN);
    // The row under the scheme's last category, KON.
    const last = [...(excel.sheet(SCHEME_SHEET)?.cells.entries() ?? [])].find(([, cell]) => cell.value === 'KON')?.[0];
    const below = Number(last?.split(',')[0]) + 2;
    excel.userTypes(SCHEME_SHEET, `A${below}`, 'BOF');
    excel.userTypes(SCHEME_SHEET, `B${below}`, 'Botilbud');
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(readings).toEqual([[SCHEME_SHEET]]);
    expect(outcomes[0]?.earlier).toEqual({ structureChanged: true });
    expect(session.scheme.categories.map((c) => c.code)).toContain('BOF');
  });
});
