import type React from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { hasErrors } from '../core/findings';
import { PANE_DA } from '../messages/pane-da';
import { GapChart } from './GapChart';
import { GapTable } from './PlanTables';
import { Status, Step } from './Step';
import { bilagOutdated, canUpdateBilag, hasResults, type Loaded, type PlanSessionState } from './pane-state';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/** Step 3: compute and write effect and shortfall, and undo the write where the workbook allows it. */
export function ComputeStep({ state, loaded }: { state: PlanSessionState; loaded: Loaded }): React.JSX.Element | null {
  const styles = useStyles();
  const result = loaded.outcome.result;
  if (result === undefined) return null;
  const busy = state.activity !== undefined;
  const { session, outcome } = loaded;
  const computed = hasResults(outcome);
  return (
    <Step id="beregn" title="3. Beregn">
      {hasErrors(result.findings) ? (
        <Text as="p">{state.inExcel ? PANE_DA.fixErrorsInExcel : PANE_DA.fixErrorsInFile}</Text>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={state.compute} disabledFocusable={busy}>
            {computed ? 'Beregn igen og lav Bilag 1 på ny' : 'Beregn effekt og afvigelse, og lav Bilag 1'}
          </Button>
          {session.undo !== undefined && session.canUndo?.() === true ? (
            <Button onClick={state.undo} disabledFocusable={busy}>
              Fortryd seneste skrivning
            </Button>
          ) : null}
        </div>
      )}
      {canUpdateBilag(outcome) ? (
        <MessageBar intent="warning">
          <MessageBarBody>{PANE_DA.outdated[bilagOutdated(outcome) ?? 'structure']}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={state.compute} disabledFocusable={busy}>
              {PANE_DA.updateBilag}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Status place="beregn" state={state} />
      {computed && result.computation !== undefined ? (
        <>
          <Text as="p">
            Planlagt besparelse, effekt (realiseret eller forventet) og hvad der mangler, pr. år ({session.scheme.plan.unit}, {session.scheme.plan.priceLevel}). Et negativt tal under »Mangler« er mere end planlagt.
          </Text>
          <GapTable computation={result.computation} scheme={session.scheme} />
          <GapChart computation={result.computation} scheme={session.scheme} />
        </>
      ) : null}
    </Step>
  );
}
