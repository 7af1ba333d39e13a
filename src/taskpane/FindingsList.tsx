import type React from 'react';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../core/findings';
import type { Severity } from '../core/codes';

const LABEL: Record<Severity, string> = { error: 'Fejl', warning: 'Advarsler', info: 'Til orientering' };
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  item: { marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  address: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

/** Findings grouped by severity, with counts; each shows where, what, and the fix on offer. */
export function FindingsList({ findings }: { findings: readonly Finding[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div>
      {(['error', 'warning', 'info'] as const).map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={LABEL[severity]}>
            <Badge color={COLOR[severity]} appearance="tint">
              {LABEL[severity]}: {group.length}
            </Badge>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {group.map((f, i) => (
                <li key={`${f.code}-${f.address}-${i}`} className={styles.item} data-code={f.code}>
                  <Text size={200} className={styles.address}>
                    {f.address}
                  </Text>
                  <br />
                  <Text size={300}>{f.message}</Text>
                  {f.fix === undefined ? null : (
                    <>
                      <br />
                      <Text size={200} italic>
                        Forslag: {f.fix.label}
                      </Text>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
