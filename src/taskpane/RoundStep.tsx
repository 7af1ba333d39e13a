import type React from 'react';
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Subtitle2, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { hasErrors } from '../core/findings';
import { ROUND_NAME_MAX } from '../core/rounds/run-rounds';
import { PANE_DA } from '../messages/pane-da';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import { suggestedRoundName } from './round-name';
import { danishDate, todayIso } from './since-view';
import { SinceView } from './SinceView';
import { Status, Step } from './Step';
import type { Loaded, PlanSessionState } from './pane-state';

const useStyles = makeStyles({
  close: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: 'block', marginTop: tokens.spacingVerticalS },
  // The section's gap spaces its lines; a paragraph's own margins would double it.
  text: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

const TEXT = SINCE_PANE_DA.close;

/**
 * Step 5: follow-up rounds. What moved since the last closed round, and closing the plan as it stands now
 * as a round of its own (it computes and writes first, as Beregn does). A name already used is never
 * replaced unasked: the pane asks, and replaces only on the user's word.
 */
export function RoundStep({ state, loaded }: { state: PlanSessionState; loaded: Loaded }): React.JSX.Element | null {
  const styles = useStyles();
  const { outcome, session } = loaded;
  const result = outcome.result;
  // The name typed stays only until a round is closed: then the next one is suggested.
  const listed = outcome.rounds ?? [];
  const last = listed[listed.length - 1]?.name ?? outcome.round?.name ?? outcome.since?.round;
  const [typed, setTyped] = useState<{ readonly text: string; readonly after: string | undefined }>();
  // The dialog opens from no trigger of its own: focus goes back to this button when it closes.
  const returnFocusHere = useRestoreFocusTarget();
  if (result.table === undefined || result.computation === undefined) return null;
  const name = typed !== undefined && typed.after === last ? typed.text : suggestedRoundName(last, new Date().getFullYear());
  const busy = state.activity !== undefined;
  const taken = state.roundTaken;
  return (
    <Step id="opfoelgning" title={SINCE_PANE_DA.step}>
      {outcome.since !== undefined ? (
        <SinceView since={outcome.since} scheme={session.scheme} />
      ) : (
        <Text as="p" className={styles.text}>
          {last === undefined ? SINCE_PANE_DA.noRound : SINCE_PANE_DA.firstRound(last)}
        </Text>
      )}
      <section className={styles.close} aria-labelledby="luk-opfoelgning">
        <Subtitle2 as="h3" id="luk-opfoelgning" className={styles.heading}>
          {TEXT.heading}
        </Subtitle2>
        <Text as="p" className={styles.text}>{TEXT.intro}</Text>
        {listed.length === 0 ? null : (
          <Text as="p" className={styles.text}>
            {TEXT.closedSoFar(listed.map((round) => TEXT.listed(round.name, danishDate(round.closed))))}
          </Text>
        )}
        {hasErrors(result.findings) ? (
          <Text as="p" className={styles.text}>{state.inExcel ? PANE_DA.fixErrorsInExcel : PANE_DA.fixErrorsInFile}</Text>
        ) : (
          <form
            className={styles.actions}
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim() !== '') state.closeRound(name.trim());
            }}
          >
            <Field label={TEXT.name} hint={TEXT.hint(danishDate(todayIso()), ROUND_NAME_MAX)} validationMessage={name.trim() === '' ? TEXT.nameMissing : null}>
              <Input value={name} onChange={(_, data) => setTyped({ text: data.value, after: last })} />
            </Field>
            <Button type="submit" appearance="primary" disabledFocusable={busy || name.trim() === ''} {...returnFocusHere}>
              {TEXT.button}
            </Button>
          </form>
        )}
        <Status place="opfoelgning" state={state} />
      </section>
      <Dialog open={taken !== undefined} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : state.keepRound())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{TEXT.taken.title(taken?.name ?? '')}</DialogTitle>
            <DialogContent>{TEXT.taken.body(taken?.name ?? '', danishDate(taken?.closed ?? ''))}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => taken !== undefined && state.closeRound(taken.name, true)}>
                {TEXT.taken.replace}
              </Button>
              <Button onClick={state.keepRound}>{TEXT.taken.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Step>
  );
}
