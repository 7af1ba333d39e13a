import type React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { countBySeverity } from '../core/findings';
import { PANE_DA } from '../messages/pane-da';
import { FindingsList } from './FindingsList';
import { Status, Step } from './Step';
import type { Loaded, PlanSessionState } from './pane-state';

const useStyles = makeStyles({
  again: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * Step 2: what the reading found, by severity and kind, with the fixes on offer. In Excel the findings
 * follow the user's edits by themselves where Excel tells of them, and Valider igen reads everything again.
 */
export function ValidationStep({ state, loaded }: { state: PlanSessionState; loaded: Loaded }): React.JSX.Element | null {
  const styles = useStyles();
  const result = loaded.outcome.result;
  if (result === undefined) return null;
  const counts = countBySeverity(result.findings);
  return (
    <Step id="validering" title="2. Validering">
      <Text as="p" data-testid="counts">
        {counts.error} fejl, {counts.warning} advarsler, {counts.info} til orientering.
      </Text>
      {state.inExcel ? (
        <div className={styles.again}>
          <Button onClick={state.validateAgain} disabledFocusable={state.activity !== undefined}>
            {PANE_DA.validateAgain}
          </Button>
          <Text size={200}>{state.following ? PANE_DA.following : PANE_DA.notFollowing}</Text>
        </div>
      ) : null}
      <Status place="validering" state={state} />
      <FindingsList findings={result.findings} onSelect={loaded.session.select === undefined ? undefined : state.select} onFix={state.fix} busy={state.activity !== undefined} />
    </Step>
  );
}
