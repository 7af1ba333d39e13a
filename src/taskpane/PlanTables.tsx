import type React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Computation } from '../core/compute';
import { displayText, SheetLayout } from '../core/layout';
import { formatFigure } from '../core/money';
import { groupYearLabel, Scheme } from '../core/scheme';

/** The plan's gap per year against its targets. */
export function GapTable({ computation, scheme }: { computation: Computation; scheme: Scheme }): React.JSX.Element {
  return (
    <Table size="small" aria-label="Gab pr. år">
      <TableHeader>
        <TableRow>
          {['År', 'Mål', 'Effekt', 'Gab'].map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {computation.totals.map((t) => (
          <TableRow key={`${t.group}-${t.year}`}>
            <TableCell>{groupYearLabel(scheme, t.group, t.year)}</TableCell>
            <TableCell>{formatFigure(t.schemeTarget ?? t.target)}</TableCell>
            <TableCell>{formatFigure(t.effect)}</TableCell>
            <TableCell>{formatFigure(t.planGap)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Bilag 1 as it will show in Excel. */
export function BilagPreview({ layout }: { layout: SheetLayout }): React.JSX.Element {
  return (
    <Table size="extra-small" aria-label={layout.sheetName} data-testid="bilag-preview" style={{ tableLayout: 'auto' }}>
      <TableBody>
        {layout.rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, c) => (
              <TableCell
                key={c}
                style={{
                  fontWeight: cell.bold ? 600 : 400,
                  textAlign: cell.value.kind === 'number' ? 'right' : 'left',
                  minWidth: c === 0 ? '24em' : undefined,
                }}
              >
                {displayText(cell)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
