import type React from 'react';
import { tokens } from '@fluentui/react-components';
import type { Computation } from '../core/compute';
import { Decimal } from '../core/decimal';
import { groupYearLabel, Scheme } from '../core/scheme';
import { yearColumns } from './PlanTables';

const BAR_HEIGHT = 14;
const ROW_HEIGHT = 40;
const LABEL_WIDTH = 70;
const WIDTH = 320;

/** The theme's colours of the planned outline and the effect: at least 3:1 against the pane in light and dark themes (a test holds them to it). */
export const GAP_CHART_COLOURS = { planned: 'colorNeutralForeground3', effect: 'colorBrandForeground1' } as const satisfies Record<string, keyof typeof tokens>;

/**
 * The plan per year as bars: the planned saving in outline, the effect filled over it. Where the effect
 * falls short, the outline shows what is missing. The table above it carries the exact figures. It
 * scales to the pane's width.
 */
export function GapChart({ computation, scheme }: { computation: Computation; scheme: Scheme }): React.JSX.Element {
  const totals = computation.totals;
  const largest = totals.reduce((max, t) => Decimal.max(max, (t.schemeTarget ?? t.target).abs(), (t.effect ?? new Decimal(0)).abs()), new Decimal(0));
  const scale = (value: Decimal | null | undefined): number =>
    value === null || value === undefined || largest.isZero() ? 0 : Math.max(0, value.div(largest).toNumber() * (WIDTH - LABEL_WIDTH - 10));
  const [planned, effect, missing] = yearColumns(totals, scheme.bilag1.minDecimals);
  const shown = (column: typeof planned, i: number): string => (column === undefined ? '' : column.show(column.values[i] ?? null));
  const summary = totals.map((t, i) => `${groupYearLabel(scheme, t.group, t.year)}: planlagt ${shown(planned, i)}, effekt ${shown(effect, i)}, mangler ${shown(missing, i)}`).join('; ');
  const height = totals.length * ROW_HEIGHT + 4;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      style={{ width: '100%', maxWidth: `${WIDTH}px`, height: 'auto' }}
      role="img"
      aria-label={`Planlagt, effekt og mangler pr. år (${scheme.plan.unit}): ${summary}`}
    >
      {totals.map((t, i) => {
        const y = i * ROW_HEIGHT + 4;
        return (
          <g key={`${t.group}-${t.year}`}>
            <text x={0} y={y + BAR_HEIGHT} fontSize={12} fill={tokens.colorNeutralForeground1}>
              {groupYearLabel(scheme, t.group, t.year)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={scale(t.schemeTarget ?? t.target)} height={BAR_HEIGHT} fill="none" stroke={tokens[GAP_CHART_COLOURS.planned]} />
            <rect x={LABEL_WIDTH} y={y} width={scale(t.effect)} height={BAR_HEIGHT} fill={tokens[GAP_CHART_COLOURS.effect]} />
            <text x={LABEL_WIDTH} y={y + BAR_HEIGHT + 13} fontSize={11} fill={tokens.colorNeutralForeground3}>
              mangler {shown(missing, i)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
