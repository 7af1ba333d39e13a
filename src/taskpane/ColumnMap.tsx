import type React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, Field, makeStyles, Option, OptionGroup, Text, tokens } from '@fluentui/react-components';
import { columnIndex, columnLetters } from '../core/a1';
import { roleChoices, type ColumnRole } from '../core/columns';
import type { Finding } from '../core/findings';
import type { PlanTable } from '../core/plan-table';
import { groupYearLabel, normaliseLabel, Scheme } from '../core/scheme';
import type { AddinSettings, ColumnChoice } from '../core/settings';
import { describeColumnRole } from '../messages/da';
import { useFocusRing } from './focus-ring';

interface Props {
  table: PlanTable;
  scheme: Scheme;
  /** Columns the reader left out (an unknown header, a second column of one meaning), from their findings. */
  findings: readonly Finding[];
  settings: AddinSettings;
  onChoose: (header: string, choice: ColumnChoice | undefined, said: string, place: string) => void;
  /** The result of a change, shown under the column changed. */
  status: (place: string) => React.ReactNode;
}

/** Findings at the header of a column the reader left out. */
const LEFT_OUT = new Set(['column-ignored', 'column-duplicate']);
const GUESS = 'guess';
const IGNORE = 'ignore';

const useStyles = makeStyles({
  // As wide as the pane, and no wider than a readable line where the page is wide.
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32em' },
  // A long reading is cut with an ellipsis inside the control instead of widening the pane.
  dropdown: { minWidth: 0, width: '100%' },
});

interface ColumnRow {
  /** -1 for a column the user left out that the sheet no longer has under that header. */
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole | undefined;
}

/**
 * How each column of the sheet is read, folded away until asked for: a column's reading changes only
 * when an option is picked from its opened list (an arrow key on the closed control just opens it),
 * and the pane offers to undo each change. Choices are kept in the workbook.
 */
export function ColumnMap({ table, scheme, findings, settings, onChoose, status }: Props): React.JSX.Element {
  const styles = useStyles();
  const focusRing = useFocusRing();
  const label = (role: ColumnRole): string => describeColumnRole(role, (group, year) => groupYearLabel(scheme, group, year));
  const groups = groupedChoices(scheme);
  const ignored = findings
    .filter((f) => LEFT_OUT.has(f.code) && f.cell !== undefined && f.params.header !== undefined)
    .map((f) => ({ index: columnIndex(f.cell?.replace(/\d+$/, '') ?? 'A'), header: f.params.header ?? '', role: undefined }));
  const rows: ColumnRow[] = [...table.columns.map((c) => ({ index: c.index, header: c.header, role: c.role as ColumnRole | undefined })), ...ignored].sort((a, b) => a.index - b.index);
  const shown = new Set(rows.map((row) => normaliseLabel(row.header)));
  // Columns the user left out are no longer read, so neither the table nor a finding lists them.
  for (const header of Object.keys(settings.columns)) if (!shown.has(header)) rows.push({ index: -1, header, role: undefined });
  const read = rows.filter((row) => row.role !== undefined).length;

  return (
    <Accordion collapsible>
      <AccordionItem value="columns">
        <AccordionHeader>
          Kolonner: {read} læses, {rows.length - read} bruges ikke
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.list} role="group" aria-label="Kolonner, som de er læst">
            {rows.map((row) => {
              const name = row.index < 0 ? `»${row.header}«` : `Kolonne ${columnLetters(row.index)} »${row.header}«`;
              if (row.role?.kind === 'owned')
                return (
                  <Field key={row.index} label={name}>
                    <Text>{label(row.role)}</Text>
                  </Field>
                );
              const chosen = settings.columns[normaliseLabel(row.header)];
              const value = chosen === undefined ? GUESS : chosen === IGNORE ? IGNORE : JSON.stringify(chosen);
              const guess = row.role === undefined || chosen !== undefined ? 'Ud fra overskriften' : `${label(row.role)} (ud fra overskriften)`;
              const place = `kolonne-${normaliseLabel(row.header)}`;
              const text = (option: string): string => (option === GUESS ? guess : option === IGNORE ? 'Bruges ikke' : label(JSON.parse(option) as ColumnRole));
              return (
                <div key={`${row.index}-${row.header}`}>
                <Field label={name}>
                  <Dropdown
                    className={`${styles.dropdown} ${focusRing.ring}`}
                    size="small"
                    value={chosen === undefined && row.role === undefined ? 'Bruges ikke' : text(value)}
                    selectedOptions={[value]}
                    onOptionSelect={(_, data) => {
                      const picked = data.optionValue;
                      if (picked === undefined || picked === value) return;
                      const choice = picked === GUESS ? undefined : picked === IGNORE ? IGNORE : (JSON.parse(picked) as ColumnRole);
                      onChoose(row.header, choice, `${name} er nu sat til »${text(picked)}«. Valget er gemt i projektmappen.`, place);
                    }}
                  >
                    <Option value={GUESS}>{guess}</Option>
                    <Option value={IGNORE}>Bruges ikke</Option>
                    {groups.map((group) => (
                      <OptionGroup key={group.label} label={group.label}>
                        {group.roles.map((role) => (
                          <Option key={JSON.stringify(role)} value={JSON.stringify(role)}>
                            {label(role)}
                          </Option>
                        ))}
                      </OptionGroup>
                    ))}
                  </Dropdown>
                </Field>
                {status(place)}
                </div>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** Every role a column can be given under this scheme, the plan's amounts grouped by column group. */
function groupedChoices(scheme: Scheme): { label: string; roles: ColumnRole[] }[] {
  const roles = roleChoices(scheme);
  const groupOf = (role: ColumnRole): string | undefined => ('group' in role ? role.group : undefined);
  return [
    { label: 'Tekst og oplysninger', roles: roles.filter((role) => groupOf(role) === undefined) },
    ...scheme.columnGroups.map((group) => ({
      label: group.marker === undefined ? 'Beløb pr. år' : `Beløb: ${group.marker}`,
      roles: roles.filter((role) => groupOf(role) === group.key),
    })),
  ];
}
