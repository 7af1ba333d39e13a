import type React from 'react';
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding, Fix } from '../core/findings';
import type { Severity } from '../core/codes';
import { FINDING_KIND_DA } from '../messages/da';

const LABEL: Record<Severity, string> = { error: 'Fejl', warning: 'Advarsler', info: 'Til orientering' };
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  kind: { marginTop: tokens.spacingVerticalS, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  address: { fontFamily: tokens.fontFamilyMonospace, minWidth: 'auto', padding: 0, color: tokens.colorNeutralForeground3 },
});

interface Props {
  findings: readonly Finding[];
  /** Shows a finding's cell in the workbook; absent where there is no workbook on screen. */
  onSelect?: ((finding: Finding) => void) | undefined;
  onFix: (fixes: readonly Fix[]) => void;
  busy: boolean;
}

/**
 * Findings grouped by severity and, inside it, by kind, with counts; each shows where, what, and the
 * fix on offer as a button, and a kind with several fixes offers to fix them all.
 */
export function FindingsList({ findings, onSelect, onFix, busy }: Props): React.JSX.Element {
  const styles = useStyles();
  return (
    <div>
      {(['error', 'warning', 'info'] as const).map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const codes = [...new Set(group.map((f) => f.code))];
        return (
          <section key={severity} className={styles.group} aria-label={`${LABEL[severity]}: ${group.length}`}>
            <Badge color={COLOR[severity]} appearance="tint">
              {LABEL[severity]}: {group.length}
            </Badge>
            {codes.map((code) => {
              const ofKind = group.filter((f) => f.code === code);
              const fixes = ofKind.flatMap((f) => (f.fix === undefined ? [] : [f.fix]));
              return (
                <div key={code} data-kind={code}>
                  <div className={styles.kind}>
                    <Text weight="semibold" size={200} title={code}>
                      {FINDING_KIND_DA[code]} ({ofKind.length})
                    </Text>
                    {fixes.length > 1 ? (
                      <Button size="small" disabled={busy} onClick={() => onFix(fixes)}>
                        Ret alle {fixes.length}
                      </Button>
                    ) : null}
                  </div>
                  <ul className={styles.list}>
                    {ofKind.map((f, i) => (
                      <li key={`${f.address}-${i}`} className={styles.item} data-code={f.code}>
                        {onSelect === undefined || f.cell === undefined ? (
                          <Text size={200} className={styles.address}>
                            {f.address}
                          </Text>
                        ) : (
                          <Button appearance="transparent" size="small" className={styles.address} onClick={() => onSelect(f)} aria-label={`Vis ${f.address} i regnearket`}>
                            {f.address}
                          </Button>
                        )}
                        <br />
                        <Text size={300}>{f.message}</Text>
                        {f.fix === undefined ? null : (
                          <>
                            <br />
                            <Button size="small" appearance="subtle" disabled={busy} onClick={() => onFix([f.fix as Fix])}>
                              {f.fix.label}
                            </Button>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
