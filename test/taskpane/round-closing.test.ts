import { finding } from '../../src/core/findings';
import type { RunOutcome } from '../../src/core/run';
import { whyNotClosed } from '../../src/taskpane/useRoundClosing';

const refused = (...findings: ReturnType<typeof finding>[]): RunOutcome => ({ sheet: 'Plan', result: { findings }, written: false });

describe('why the pane closed no round', () => {
  it('asks about a name already closed, naming that round and its date', () => {
    const taken = finding('round-exists', { sheet: 'Plan' }, { value: 'BO1 2026', closed: '2026-06-30' });
    expect(whyNotClosed(refused(taken), 'bo1 2026')).toEqual({ kind: 'taken', name: 'BO1 2026', closed: '2026-06-30' });
  });

  it('says why a name cannot be used, in the core’s own words', () => {
    const invalid = finding('round-name-invalid', { sheet: 'Plan' }, { value: 'BO1: foråret', max: '15' });
    expect(whyNotClosed(refused(invalid), 'BO1: foråret')).toEqual({ kind: 'round', text: invalid.message });
  });

  it('leaves errors in the plan to Validering', () => {
    expect(whyNotClosed(refused(finding('header-not-found', { sheet: 'Plan' }, {})), 'BO1 2026')).toEqual({ kind: 'plan' });
  });
});
