import type React from 'react';
import type { Computation, YearTotal } from '../core/compute';
import type { Decimal } from '../core/decimal';
import { groupYearLabel, Scheme } from '../core/scheme';
import { figureColumn } from './figure-column';
import { FigureTable } from './FigureTable';
import { useTableStyles } from './table-styles';

/** The plan's figures per year as columns: planned saving, effect so far and what is missing, each shown with its own one number of decimals. */
export function yearColumns(totals: readonly YearTotal[], minDecimals: number): { header: string; values: (Decimal | null)[]; show: (value: Decimal | null) => string }[] {
  return [
    { header: 'Planlagt', values: totals.map((t) => t.schemeTarget ?? t.target) },
    { header: 'Effekt', values: totals.map((t) => t.effect) },
    { header: 'Mangler', values: totals.map((t) => t.planGap) },
  ].map((column) => ({ ...column, show: figureColumn(column.values, minDecimals) }));
}

/** The plan's figures per year, right-aligned with one number of decimals per column, in the plan's unit and price level. */
export function GapTable({ computation, scheme }: { computation: Computation; scheme: Scheme }): React.JSX.Element {
  const table = useTableStyles();
  const totals = computation.totals;
  const columns = yearColumns(totals, scheme.bilag1.minDecimals);
  return (
    <div className={table.frame} role="region" aria-label={`Planlagt, effekt og mangler pr. år (${scheme.plan.unit}, ${scheme.plan.priceLevel})`} tabIndex={0}>
      <FigureTable
        name="Afvigelse pr. år"
        corner="År"
        headers={columns.map((column) => column.header)}
        rows={totals.map((t, row) => ({
          key: `${t.group}-${t.year}`,
          label: groupYearLabel(scheme, t.group, t.year),
          figures: columns.map((column) => column.show(column.values[row] ?? null)),
        }))}
      />
    </div>
  );
}
