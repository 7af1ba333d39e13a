import type React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useTableStyles } from './table-styles';

/** One row of a table of figures: what it is, and its figures as shown, one per column. */
export interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly figures: readonly string[];
  readonly className?: string;
}

/**
 * The pane's table of figures: a column naming each row, then one right-aligned column of figures per
 * heading. The gap per year, the bridge of a round and an initiative's changes are all this table.
 */
export function FigureTable(props: {
  /** The table's name for a screen reader. */
  name: string;
  /** The heading over the rows' names. */
  corner: string;
  headers: readonly string[];
  rows: readonly FigureRow[];
  size?: 'extra-small' | 'small';
  className?: string;
  cornerClassName?: string;
  labelClassName?: string;
  testId?: string;
}): React.JSX.Element {
  const table = useTableStyles();
  const { name, corner, headers, rows, size = 'small', className, cornerClassName, labelClassName, testId } = props;
  return (
    <Table size={size} aria-label={name} data-testid={testId} className={className}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={cornerClassName}>{corner}</TableHeaderCell>
          {headers.map((header) => (
            <TableHeaderCell key={header} className={table.figureHeader}>
              {header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} className={row.className}>
            <TableCell className={labelClassName}>{row.label}</TableCell>
            {row.figures.map((figure, column) => (
              <TableCell key={headers[column] ?? column} className={table.figure}>
                {figure}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
