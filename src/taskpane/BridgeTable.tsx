import type React from 'react';
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { Since } from '../core/rounds/since';
import type { Scheme } from '../core/scheme';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import { useTableStyles } from './table-styles';
import { waterfallBars } from './waterfall';

const useStyles = makeStyles({
  gap: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The bridge of every year as a table, part by part: the waterfall's figures exactly as the chart shows
 * them, for a screen reader and for reading the years side by side. A year with no bridge shows dashes.
 */
export function BridgeTable({ since, scheme }: { since: Since; scheme: Scheme }): React.JSX.Element | null {
  const styles = useStyles();
  const table = useTableStyles();
  const years = since.bridge.map((year) => (year === null ? undefined : { label: year.label, bars: waterfallBars(year, since.round, since.priceStep, scheme.bilag1.minDecimals) }));
  const parts = years.find((year) => year !== undefined)?.bars;
  if (parts === undefined) return null;
  return (
    <div className={table.frame} role="region" aria-label={SINCE_PANE_DA.bridgeTable} tabIndex={0}>
      <Table size="small" aria-label={SINCE_PANE_DA.bridgeTable} data-testid="bridge-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{scheme.plan.unit}</TableHeaderCell>
            {years.map((year, k) => (
              <TableHeaderCell key={k} className={table.figureHeader}>
                {year?.label ?? since.initiatives[0]?.years[k]?.label ?? ''}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {parts.map((part, p) => (
            <TableRow key={part.part} className={part.kind === 'gap' ? styles.gap : undefined}>
              <TableCell>{part.label}</TableCell>
              {years.map((year, k) => (
                <TableCell key={k} className={table.figure}>
                  {year?.bars[p]?.shown ?? '–'}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
