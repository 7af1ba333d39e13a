import type React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { BilagPreview } from './BilagPreview';
import { Status, Step } from './Step';
import { hasResults, type Loaded, type PlanSessionState } from './pane-state';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/** Step 4: Bilag 1 to copy into the committee document (and, in the browser, the workbook to save). */
export function BilagStep({ state, loaded }: { state: PlanSessionState; loaded: Loaded }): React.JSX.Element | null {
  const styles = useStyles();
  const bilag = loaded.outcome.result?.bilag1;
  if (!hasResults(loaded.outcome) || bilag === undefined) return null;
  return (
    <Step id="bilag" title="4. Bilag 1">
      <div className={styles.actions}>
        <Button appearance="primary" onClick={state.copyBilag}>
          Kopiér Bilag 1
        </Button>
        {loaded.session.download === undefined ? null : (
          <Button onClick={state.download} disabledFocusable={state.activity !== undefined}>
            Hent projektmappen med Bilag 1
          </Button>
        )}
      </div>
      <Status place="bilag" state={state} />
      <BilagPreview layout={bilag} />
    </Step>
  );
}
