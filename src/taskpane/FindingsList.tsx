import type React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Severity } from '../core/codes';
import type { Finding, Fix } from '../core/findings';
import { FINDING_KIND_DA } from '../messages/finding-kinds-da';

const LABEL: Record<Severity, string> = { error: 'Fejl', warning: 'Advarsler', info: 'Til orientering' };
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
/** Findings shown at first in a kind, and added at each "Vis flere": a long plan's 2,000 alike findings stay one short list. */
const PAGE = 10;

const useStyles = makeStyles({
  severity: { marginTop: tokens.spacingVerticalS },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    marginBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  address: { fontFamily: tokens.fontFamilyMonospace, minWidth: 'auto', padding: 0, color: tokens.colorNeutralForeground2, textAlign: 'left' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalS },
});

interface Props {
  findings: readonly Finding[];
  /** Shows a finding's cell in the workbook; absent where there is no workbook on screen. */
  onSelect?: ((finding: Finding) => void) | undefined;
  onFix: (fixes: readonly Fix[]) => void;
  busy: boolean;
}

/**
 * Findings by severity and, inside it, by kind: one folding group per kind with its count, errors
 * open, the others closed so they cost one tab stop each. A group shows its first findings and more on
 * request, and offers to fix all of its kind at once.
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
          <section key={severity} className={styles.severity} aria-label={`${LABEL[severity]}: ${group.length}`}>
            <Badge color={COLOR[severity]} appearance="tint">
              {LABEL[severity]}: {group.length}
            </Badge>
            <Accordion multiple collapsible defaultOpenItems={severity === 'error' ? codes : []}>
              {codes.map((code) => (
                <AccordionItem key={code} value={code} data-kind={code}>
                  <AccordionHeader size="small">
                    {FINDING_KIND_DA[code]} ({group.filter((f) => f.code === code).length})
                  </AccordionHeader>
                  <AccordionPanel>
                    <KindFindings findings={group.filter((f) => f.code === code)} onSelect={onSelect} onFix={onFix} busy={busy} />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        );
      })}
    </div>
  );
}

function KindFindings({ findings, onSelect, onFix, busy }: Props): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const fixes = findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix]));
  const more = findings.length - shown;
  return (
    <>
      {fixes.length > 1 ? (
        <div className={styles.actions}>
          <Button size="small" disabledFocusable={busy} onClick={() => onFix(fixes)}>
            Ret alle {fixes.length}
          </Button>
        </div>
      ) : null}
      <ul className={styles.list} ref={list}>
        {findings.slice(0, shown).map((f, i) => (
          <li key={`${f.address}-${i}`} className={styles.item} data-code={f.code} tabIndex={-1}>
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
                <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onFix([f.fix as Fix])}>
                  {f.fix.label}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Button
          size="small"
          onClick={() => {
            setShown(shown + PAGE * 5);
            // The first finding just added takes focus, so the list goes on where the user was.
            requestAnimationFrame(() => (list.current?.children[shown] as HTMLElement | undefined)?.focus());
          }}
        >
          Vis {Math.min(more, PAGE * 5)} flere (af {more})
        </Button>
      ) : null}
    </>
  );
}
