import type React from 'react';
import { Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { columnIndex, columnLetters } from '../core/a1';
import { roleChoices, type ColumnRole } from '../core/columns';
import type { Finding } from '../core/findings';
import type { PlanTable } from '../core/plan-table';
import { groupYearLabel, normaliseLabel, Scheme } from '../core/scheme';
import type { AddinSettings, ColumnChoice } from '../core/settings';
import { describeColumnRole } from '../messages/da';

interface Props {
  table: PlanTable;
  scheme: Scheme;
  /** Columns the reader left out, from their column-ignored findings. */
  findings: readonly Finding[];
  settings: AddinSettings;
  onChoose: (header: string, choice: ColumnChoice | undefined) => void;
  disabled: boolean;
}

const GUESS = '';
const IGNORE = 'ignore';

/**
 * How each column of the sheet was read: the column, its header and what it holds, with a choice to
 * read it as something else or leave it out. Choices are kept in the workbook.
 */
export function ColumnMap({ table, scheme, findings, settings, onChoose, disabled }: Props): React.JSX.Element {
  const label = (role: ColumnRole): string => describeColumnRole(role, (group, year) => groupYearLabel(scheme, group, year));
  const choices = roleChoices(scheme);
  const ignored = findings.filter((f) => f.code === 'column-ignored' && f.cell !== undefined).map((f) => ({ index: columnIndex(f.cell?.replace(/\d+$/, '') ?? 'A'), header: f.params.header ?? '' }));
  const chosenIgnored = Object.entries(settings.columns).filter(([, choice]) => choice === IGNORE).map(([header]) => header);
  const rows = [...table.columns.map((c) => ({ index: c.index, header: c.header, role: c.role as ColumnRole | undefined })), ...ignored.map((c) => ({ ...c, role: undefined }))].sort(
    (a, b) => a.index - b.index,
  );
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
        {rows.map((row) => {
          const chosen = settings.columns[normaliseLabel(row.header)];
          const value = chosen === undefined ? GUESS : chosen === IGNORE ? IGNORE : JSON.stringify(chosen);
          return (
            <TableRow key={row.index}>
              <TableCell>{columnLetters(row.index)}</TableCell>
              <TableCell>{row.header}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={`Kolonne ${columnLetters(row.index)} »${row.header}« læses som`}
                  value={value}
                  disabled={disabled || row.role?.kind === 'owned'}
                  onChange={(_, data) => onChoose(row.header, data.value === GUESS ? undefined : data.value === IGNORE ? IGNORE : (JSON.parse(data.value) as ColumnRole))}
                >
                  <option value={GUESS}>{row.role === undefined ? 'Bruges ikke (ukendt overskrift)' : `${label(row.role)} (ud fra overskriften)`}</option>
                  {choices.map((role) => (
                    <option key={JSON.stringify(role)} value={JSON.stringify(role)}>
                      {label(role)}
                    </option>
                  ))}
                  <option value={IGNORE}>Bruges ikke</option>
                </Select>
              </TableCell>
            </TableRow>
          );
        })}
        {chosenIgnored.map((header) => (
          <TableRow key={`ignored-${header}`}>
            <TableCell>–</TableCell>
            <TableCell>{header}</TableCell>
            <TableCell>
              <Select size="small" aria-label={`»${header}« læses som`} value={IGNORE} disabled={disabled} onChange={() => onChoose(header, undefined)}>
                <option value={IGNORE}>Bruges ikke (dit valg)</option>
                <option value={GUESS}>Læs ud fra overskriften</option>
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
