import { MisuseError } from '../../src/core/misuse';
import { runPlan } from '../../src/core/run';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { HEADER, smallScheme } from '../helpers/plan';

function workbook(extra: Record<string, (string | number | null)[][]> = {}): MemoryWorkbook {
  return new MemoryWorkbook({
    Plan: [HEADER, ['1', 'Dagtilbud', 'Kørsel', 1.5, 2, null, 1.5, null], ['2', 'Dagtilbud', 'Indkøb', 1, 2, null, 0.75, null]],
    ...extra,
  });
}

const close = (name: string, closed = '2026-03-31', replace = false) => ({ write: true, closeRound: { name, closed, ...(replace ? { replace } : {}) } });
const errors = (outcome: { result: { findings: readonly { severity: string; code: string }[] } }): string[] =>
  outcome.result.findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('closing a follow-up round with a run', () => {
  it.each(['BO2/2026', 'Q3: BO', '', '   ', 'Budgetopfølgning 2', "'BO2"])('refuses »%s«, which cannot name a sheet, and writes nothing', async (name) => {
    const outcome = await runPlan(workbook(), smallScheme(), close(name));
    expect([outcome.written, errors(outcome)]).toEqual([false, ['round-name-invalid']]);
  });

  it('refuses a round whose sheet a sheet of the user’s already has', async () => {
    const outcome = await runPlan(workbook({ 'Opfølgning BO1': [['Mine noter']] }), smallScheme(), close('BO1'));
    expect([outcome.written, errors(outcome)]).toEqual([false, ['round-sheet-taken']]);
  });

  it('closes only when it writes, and only with a date as 2026-03-31: anything else is misuse', async () => {
    await expect(runPlan(workbook(), smallScheme(), { write: false, closeRound: { name: 'BO1', closed: '2026-03-31' } })).rejects.toThrow(MisuseError);
    await expect(runPlan(workbook(), smallScheme(), close('BO1', '31.03.2026'))).rejects.toThrow('ikke »31.03.2026«');
  });

  it('compares a round closed again with the round before it, not with the one it replaces', async () => {
    const book = workbook();
    await runPlan(book, smallScheme(), close('BO1'));
    await runPlan(book, smallScheme(), close('BO2', '2026-06-30'));
    const again = await runPlan(book, smallScheme(), close('BO2', '2026-07-01', true));
    expect([again.written, again.since?.round, again.rounds?.map((r) => `${r.name} ${r.closed}`)]).toEqual([true, 'BO1', ['BO1 2026-03-31', 'BO2 2026-07-01']]);
  });

  it('compares with the round before when the newest round’s sheet no longer reads as one, and says so', async () => {
    const book = workbook();
    await runPlan(book, smallScheme(), close('BO1'));
    await runPlan(book, smallScheme(), close('BO2', '2026-06-30'));
    book.type('Opfølgning BO2', 'A2', 'Noget andet');
    const outcome = await runPlan(book, smallScheme(), { write: false });
    expect(outcome.since?.round).toBe('BO1');
    expect(outcome.result.findings.filter((f) => f.code === 'round-sheet-unreadable').map((f) => f.message)).toEqual([
      'Arket »Opfølgning BO2« kan ikke længere læses som en lukket opfølgning (det er ændret eller slettet), så der sammenlignes med opfølgningen før.',
    ]);
  });
});
