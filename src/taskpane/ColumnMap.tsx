import type React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { columnLetters } from '../core/a1';
import type { PlanTable } from '../core/read';
import { groupYearLabel, Scheme } from '../core/scheme';
import { describeColumnRole } from '../messages/da';

/** How each column of the sheet was read: the column, its header and what it holds. */
export function ColumnMap({ table, scheme }: { table: PlanTable; scheme: Scheme }): React.JSX.Element {
  return (
    <Table size="extra-small" aria-label="Kolonner, som de er læst">
      <TableHeader>
        <TableRow>
          {['Kolonne', 'Overskrift', 'Læst som'].map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.columns.map((column) => (
          <TableRow key={column.index}>
            <TableCell>{columnLetters(column.index)}</TableCell>
            <TableCell>{column.header}</TableCell>
            <TableCell>{describeColumnRole(column.role, (group, year) => groupYearLabel(scheme, group, year))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
