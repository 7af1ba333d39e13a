import type React from 'react';
import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { BilagStep } from './BilagStep';
import { ComputeStep } from './ComputeStep';
import { RoundStep } from './RoundStep';
import { SourceStep } from './SourceStep';
import { Announcer } from './Step';
import type { PaneSource } from './pane-state';
import { usePlanSession } from './usePlanSession';
import { ValidationStep } from './ValidationStep';

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // The browser's own margins around a heading would push the first step down in a short pane.
  title: { margin: 0 },
});

/** The steps in one flow: Kilde, Validering, Beregn, Bilag 1, Opfølgning; in Excel on the open workbook, in the browser on an .xlsx file. */
export function App(source: PaneSource): React.JSX.Element {
  const styles = useStyles();
  const state = usePlanSession(source);
  const { loaded } = state;
  return (
    <main className={styles.page} aria-busy={state.activity !== undefined}>
      <Title2 as="h1" className={styles.title}>
        Handleplan
      </Title2>
      <SourceStep state={state} />
      {loaded === undefined ? null : (
        <>
          <ValidationStep state={state} loaded={loaded} />
          <ComputeStep state={state} loaded={loaded} />
          <BilagStep state={state} loaded={loaded} />
          <RoundStep state={state} loaded={loaded} />
        </>
      )}
      <Announcer state={state} />
    </main>
  );
}
