import type React from 'react';
import { useState } from 'react';
import { Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Switch, Text, tokens } from '@fluentui/react-components';
import type { Since } from '../core/rounds/since';
import type { Scheme } from '../core/scheme';
import { formatLoneFigure } from '../core/money';
import { SINCE_DA } from '../messages/rounds-da';
import { SINCE_PANE_DA } from '../messages/since-pane-da';
import { BridgeTable } from './BridgeTable';
import { InitiativeChanges } from './InitiativeChanges';
import { bridgedYears, danishDate, initiativeFigures, openingYear } from './since-view';
import { WaterfallChart } from './WaterfallChart';
import { waterfallBars } from './waterfall';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: 'block', marginTop: tokens.spacingVerticalS },
  // The section's gap spaces its lines; a paragraph's own margins would double it.
  text: { margin: 0 },
});

/**
 * What moved since the last closed round: the round's name and date, a year's bridge as a waterfall with
 * the bridge of every year as a table beside it (the chart's exact alternative), and the initiatives'
 * effect and gap then and now for that year, the moved ones first of all.
 */
export function SinceView({ since, scheme }: { since: Since; scheme: Scheme }): React.JSX.Element {
  const styles = useStyles();
  const years = bridgedYears(since);
  const [chosen, setChosen] = useState<number | undefined>(() => openingYear(since));
  const [showAll, setShowAll] = useState(false);
  const year = chosen !== undefined && since.bridge[chosen] !== null ? chosen : openingYear(since);
  const { unit, priceLevel } = scheme.plan;
  const minDecimals = scheme.bilag1.minDecimals;
  const bridge = year === undefined ? null : (since.bridge[year] ?? null);
  const label = year === undefined ? '' : (bridge?.label ?? '');
  const rows = year === undefined ? undefined : initiativeFigures(since, year, minDecimals);
  const shown = rows === undefined ? [] : showAll ? rows.all : rows.moved;
  const step = since.priceStep;
  return (
    <section className={styles.view} aria-labelledby="aendringer">
      <Subtitle2 as="h3" id="aendringer" className={styles.heading}>
        {SINCE_DA.sheetName(since.round)}
      </Subtitle2>
      <Text as="p" className={styles.text}>{SINCE_PANE_DA.lastRound(since.round, danishDate(since.closed))}</Text>
      {step.kind === 'not-converted' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{SINCE_DA.priceNotConverted(step.from, step.to)}</MessageBarBody>
        </MessageBar>
      ) : step.kind === 'converted' ? (
        <Text as="p" className={styles.text}>{SINCE_PANE_DA.converted(step.fromYear, step.toYear, formatLoneFigure(step.fromIndex, 1), formatLoneFigure(step.toIndex, 1))}</Text>
      ) : null}
      {years.length > 1 && year !== undefined ? (
        <Field label={SINCE_PANE_DA.year}>
          <Select value={String(year)} onChange={(_, data) => setChosen(Number(data.value))}>
            {years.map((k) => (
              <option key={k} value={String(k)}>
                {since.bridge[k]?.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {bridge === null ? (
        <Text as="p" className={styles.text}>{SINCE_PANE_DA.noBridge}</Text>
      ) : (
        <>
          <WaterfallChart bars={waterfallBars(bridge, since.round, step, minDecimals)} title={SINCE_PANE_DA.chartTitle(since.round, label, unit, priceLevel)} />
          <Text size={200}>{SINCE_DA.bridgeNote}</Text>
        </>
      )}
      <BridgeTable since={since} scheme={scheme} />
      {rows === undefined ? null : (
        <>
          <Switch checked={showAll} onChange={(_, data) => setShowAll(data.checked)} label={SINCE_PANE_DA.showAll(rows.all.length)} />
          {shown.length === 0 ? <Text as="p" className={styles.text}>{SINCE_PANE_DA.noneMoved(label)}</Text> : <InitiativeChanges initiatives={shown} year={label} />}
        </>
      )}
    </section>
  );
}
