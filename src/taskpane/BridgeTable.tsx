import type React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Since } from '../core/rounds/since';
import type { Scheme } from '../core/scheme';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import { FigureTable } from './FigureTable';
import { useTableStyles } from './table-styles';
import { waterfallBars } from './waterfall';

const useStyles = makeStyles({
  gap: { fontWeight: tokens.fontWeightSemibold },
  // A part's name on one line: the table scrolls in its frame rather than stand a word to a line.
  part: { whiteSpace: 'nowrap' },
  table: { width: 'max-content', minWidth: '100%' },
});

/**
 * The bridge of every year that has one as a table, part by part: the waterfall's figures exactly as the
 * chart shows them, for a screen reader and for reading the years side by side.
 */
export function BridgeTable({ since, scheme }: { since: Since; scheme: Scheme }): React.JSX.Element | null {
  const styles = useStyles();
  const table = useTableStyles();
  const years = since.bridge.flatMap((year) => (year === null ? [] : [{ label: year.label, bars: waterfallBars(year, since.round, since.priceStep, scheme.bilag1.minDecimals) }]));
  const parts = years[0]?.bars;
  if (parts === undefined) return null;
  return (
    <div className={table.frame} role="region" aria-label={SINCE_PANE_DA.bridgeTable} tabIndex={0}>
      <FigureTable
        name={SINCE_PANE_DA.bridgeTable}
        testId="bridge-table"
        className={styles.table}
        corner={scheme.plan.unit}
        headers={years.map((year) => year.label)}
        labelClassName={styles.part}
        rows={parts.map((part, p) => ({
          key: part.part,
          label: part.label,
          figures: years.map((year) => year.bars[p]?.shown ?? ''),
          ...(part.kind === 'gap' ? { className: styles.gap } : {}),
        }))}
      />
    </div>
  );
}
