import { useState } from 'react';
import type { RunOutcome } from '../core/run';
import type { ClosedRound } from '../core/state';
import { sameNameDanish } from '../core/text';
import { ROUND_DA } from '../messages/rounds-da';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import type { Loaded, PlanSessionState, Said, StepNotice } from './pane-state';
import { todayIso } from './since-view';

const TEXT = SINCE_PANE_DA.close;

/** Findings that refuse only the round asked for, not the plan: the plan's last reading stays on screen beside them. */
const ROUND_REFUSALS: ReadonlySet<string> = new Set(['round-exists', 'round-name-invalid', 'round-sheet-taken']);

type Update = (place: string, what: string, work: (current: Loaded) => Promise<{ changes: Partial<Loaded>; said?: Said }>) => void;

interface Options {
  readonly inExcel: boolean;
  /** The sheet the plan is read from. */
  readonly sheet: string | undefined;
  /** Runs an action on the open workbook as the pane's other actions run. */
  readonly update: Update;
  /** The pane wrote to the workbook (a round's sheet among others): the sheets to follow may have changed. */
  readonly wrote: () => void;
  readonly setNotice: (notice: StepNotice | undefined) => void;
  /** The rounds closed so far, as the last reading listed them. */
  readonly rounds: readonly ClosedRound[] | undefined;
}

/**
 * Closing a follow-up round from the pane: the run that computes and writes as Beregn does, with the round.
 * Where a round of the name is closed already, the pane asks first (the run would write nothing); it replaces
 * that round only when the user says so.
 */
export function useRoundClosing({ inExcel, sheet, update, wrote, setNotice, rounds }: Options): Pick<PlanSessionState, 'closeRound' | 'roundTaken' | 'keepRound'> {
  const [roundTaken, setRoundTaken] = useState<PlanSessionState['roundTaken']>();

  const closeRound = (name: string, replace = false): void => {
    // A name the last reading lists is asked about before anything runs; the run refuses it too, should the workbook have changed since.
    const listed = replace ? undefined : rounds?.find((round) => sameNameDanish(round.name, name));
    setRoundTaken(listed === undefined ? undefined : { name: listed.name, closed: listed.closed });
    if (listed !== undefined) return;
    update('opfoelgning', TEXT.closing(name), async ({ session }) => {
      const outcome = await session.run(sheet, { name, closed: todayIso(), ...(replace ? { replace } : {}) });
      if (outcome.written) {
        wrote();
        const closed = outcome.round?.name ?? name;
        return { changes: { outcome }, said: { intent: 'success', text: (inExcel ? TEXT.closed : TEXT.closedInFile)(closed, ROUND_DA.sheetName(closed)) } };
      }
      return refusal(outcome, name, setRoundTaken);
    });
  };

  const keepRound = (): void => {
    if (roundTaken !== undefined) setNotice({ place: 'opfoelgning', intent: 'info', text: TEXT.kept(roundTaken.name) });
    setRoundTaken(undefined);
  };

  return { closeRound, roundTaken, keepRound };
}

/** Why a closing wrote nothing: a name taken (the pane asks), a round refused for its name or sheet, or errors in the plan. */
export type NotClosed =
  | { readonly kind: 'taken'; readonly name: string; readonly closed: string }
  | { readonly kind: 'round'; readonly text: string }
  | { readonly kind: 'plan' };

export function whyNotClosed(outcome: RunOutcome, name: string): NotClosed {
  const round = outcome.result.findings.find((f) => ROUND_REFUSALS.has(f.code));
  if (round?.code === 'round-exists') return { kind: 'taken', name: round.params.value ?? name, closed: round.params.closed ?? '' };
  return round === undefined ? { kind: 'plan' } : { kind: 'round', text: round.message };
}

/** What the pane does with a closing that wrote nothing: asks, says why, or shows the plan's errors under Validering. */
function refusal(outcome: RunOutcome, name: string, ask: (taken: PlanSessionState['roundTaken']) => void): { changes: Partial<Loaded>; said?: Said } {
  const why = whyNotClosed(outcome, name);
  if (why.kind === 'taken') ask({ name: why.name, closed: why.closed });
  // A round refused leaves the plan's last reading on screen: the refusal is said under the button, not as a finding.
  if (why.kind !== 'plan') return { changes: {}, ...(why.kind === 'round' ? { said: { intent: 'error', text: why.text } } : {}) };
  return { changes: { outcome }, said: { intent: 'warning', text: TEXT.notClosed } };
}
