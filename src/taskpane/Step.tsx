import type React from 'react';
import { Button, Divider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Title3, tokens } from '@fluentui/react-components';
import type { PlanSessionState, StepId } from './pane-state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Fluent's title text is inline; a step's heading stands on its own line, apart from what follows.
  heading: { display: 'block', marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, ':empty': { display: 'none' } },
  // Read by screen readers, not shown: the visible results are where the actions are.
  unseen: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

interface Props {
  id: StepId;
  title: string;
  /** Whether a rule goes above the step (not above the first). */
  divided?: boolean;
  children: React.ReactNode;
}

/** One step of the pane, under a heading that takes focus when the control the user was on is gone. */
export function Step({ id, title, divided = true, children }: Props): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.section}>
      {divided ? <Divider /> : null}
      <Title3 as="h2" className={styles.heading} id={id} tabIndex={-1}>
        {title}
      </Title3>
      {children}
    </section>
  );
}

/**
 * The progress and the result of an action, placed right under the control that started it, so they
 * show where the user looks; a result that can be undone offers to.
 */
export function Status({ place, state }: { place: string; state: PlanSessionState }): React.JSX.Element {
  const styles = useStyles();
  const { activity, notice } = state;
  return (
    <div id={`status-${place}`} tabIndex={-1} className={styles.status} data-testid={`status-${place}`}>
      {activity?.place === place ? <Spinner size="tiny" label={activity.text} /> : null}
      {notice?.place === place && activity === undefined ? (
        <MessageBar intent={notice.intent} {...(notice.intent === 'error' ? { role: 'alert' } : {})}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.undo === undefined && notice.action === undefined ? null : (
            <MessageBarActions>
              {notice.undo === undefined ? null : (
                <Button size="small" onClick={notice.undo}>
                  Fortryd
                </Button>
              )}
              {notice.action === undefined ? null : (
                <Button size="small" onClick={notice.action.run}>
                  {notice.action.label}
                </Button>
              )}
            </MessageBarActions>
          )}
        </MessageBar>
      ) : null}
    </div>
  );
}

/** One live region for the whole pane, always present, so every progress and result is read out once. */
export function Announcer({ state }: { state: PlanSessionState }): React.JSX.Element {
  const styles = useStyles();
  const said = state.activity?.text ?? (state.notice?.intent === 'error' ? undefined : state.notice?.text);
  return (
    <div role="status" aria-live="polite" className={styles.unseen}>
      {said}
    </div>
  );
}
