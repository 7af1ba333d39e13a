import type React from 'react';
import { useState } from 'react';
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SINCE_DA } from '../messages/rounds-da';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import type { InitiativeFigures } from './since-view';
import { FigureTable } from './FigureTable';

/** Initiatives shown at first, and added at each "Vis flere": a price-level step moves every initiative of a long plan. */
const PAGE = 25;

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  name: { display: 'block', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', marginBottom: tokens.spacingVerticalXXS },
  measure: { width: '7em' },
  more: { alignSelf: 'flex-start' },
});

/**
 * The initiatives of a year, each under its own name with a small table of its own: effect and gap, before,
 * now and the change. At a pane's width a long name gets a line of its own instead of squeezing five columns
 * of figures, and a screen reader names the initiative with each figure (the table is named after it).
 */
export function InitiativeChanges({ initiatives, year }: { initiatives: readonly InitiativeFigures[]; year: string }): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const more = initiatives.length - shown;
  return (
    <>
      <ul className={styles.list} aria-label={SINCE_PANE_DA.initiatives(year)} data-testid="since-initiatives">
        {initiatives.slice(0, shown).map((initiative) => (
          <li key={initiative.key} data-testid="since-initiative">
            <Text className={styles.name}>
              {initiative.name}
              {initiative.kind === 'both' ? null : (
                <>
                  {' '}
                  <Badge appearance="tint" color={initiative.kind === 'new' ? 'informative' : 'subtle'}>
                    {SINCE_DA.kind[initiative.kind]}
                  </Badge>
                </>
              )}
            </Text>
            <FigureTable
              name={SINCE_PANE_DA.initiativeTable(initiative.name, year)}
              size="extra-small"
              corner={year}
              cornerClassName={styles.measure}
              labelClassName={styles.measure}
              headers={SINCE_PANE_DA.initiativeColumns}
              rows={(['effect', 'gap'] as const).map((measure) => ({ key: measure, label: SINCE_PANE_DA.initiativeRows[measure], figures: initiative[measure] }))}
            />
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Button size="small" className={styles.more} onClick={() => setShown(shown + PAGE)}>
          {SINCE_PANE_DA.more(Math.min(more, PAGE), more)}
        </Button>
      ) : null}
    </>
  );
}
