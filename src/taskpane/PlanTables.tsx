import { memo } from 'react';
import type React from 'react';
import { Field, makeStyles, ProgressBar, Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import type { Computation, YearTotal } from '../core/compute';
import type { Decimal } from '../core/decimal';
import { displayText, isFigure, SheetLayout } from '../core/layout';
import { groupYearLabel, Scheme } from '../core/scheme';
import { figureColumn } from './figure-column';
import { FigureTable } from './FigureTable';
import { useTableStyles } from './table-styles';
import { useRowsInSlices } from './rows-in-slices';

const useStyles = makeStyles({
  bilag: { width: 'max-content', minWidth: '100%' },
});

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

/** Bilag 1 as it will show in Excel, in a frame of its own that scrolls sideways; a long one fills in a slice at a time. */
export function BilagPreview({ layout }: { layout: SheetLayout }): React.JSX.Element {
  const styles = useStyles();
  const table = useTableStyles();
  const slices = useRowsInSlices(layout.rows);
  const shown = slices.reduce((sum, slice) => sum + slice.length, 0);
  return (
    <>
      {shown < layout.rows.length ? (
        <Field label={`Viser ${shown.toLocaleString('da-DK')} af ${layout.rows.length.toLocaleString('da-DK')} rækker …`}>
          <ProgressBar value={shown / layout.rows.length} />
        </Field>
      ) : null}
      <div className={table.frame} role="region" aria-label={`${layout.sheetName}, vist som i arket (rul vandret for alle kolonner)`} tabIndex={0}>
        <Table size="extra-small" aria-label={layout.sheetName} data-testid="bilag-preview" className={styles.bilag}>
          <TableBody>
            {slices.map((rows, s) => (
              <BilagRows key={s} rows={rows} />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** One slice of Bilag 1's rows; a slice on screen is not rendered again when the next one is added. */
const BilagRows = memo(function BilagRows({ rows }: { rows: SheetLayout['rows'] }): React.JSX.Element {
  const table = useTableStyles();
  return (
    <>
      {rows.map((row, r) => (
        <TableRow key={r}>
          {row.map((cell, c) => (
            <TableCell
              key={c}
              className={isFigure(cell) ? table.figure : undefined}
              style={{ fontWeight: cell.bold ? 600 : 400, minWidth: c === 0 ? '16em' : undefined, verticalAlign: 'top' }}
            >
              {displayText(cell)}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </>
  );
});
