import type React from 'react';
import { tokens } from '@fluentui/react-components';
import { Decimal } from '../core/decimal';
import { BarKind, WaterfallBar, waterfallDomain } from './waterfall';

const WIDTH = 320;
/** Each bar has its own row: its name on a line of its own above it, so long names never squeeze the bars at a pane's width. */
const NAME_HEIGHT = 14;
const BAR_HEIGHT = 16;
const ROW_HEIGHT = NAME_HEIGHT + BAR_HEIGHT + 10;
const FONT = 12;
/** A generous width of one character of a figure at that size, to keep room right of the bars for the longest. */
const CHAR_WIDTH = 7.5;

/**
 * The theme's colours of each kind of bar. Fluent's foreground colours, made to stand out against the pane's
 * background in Office's light and dark themes alike (at least 3:1, WCAG's contrast for graphics; a test holds
 * them to it); the figure's sign says the same, so colour is never the only carrier.
 */
export const BAR_COLOURS = {
  gap: 'colorBrandForeground1',
  widens: 'colorPaletteRedForeground1',
  narrows: 'colorPaletteGreenForeground1',
  none: 'colorNeutralForeground3',
} as const satisfies Record<BarKind, keyof typeof tokens>;

interface Props {
  bars: readonly WaterfallBar[];
  /** What the chart shows, as a screen reader says it before the bars: "Fra afvigelsen ved BO1 til i dag, 2024 (mio. kr.)". */
  title: string;
}

/**
 * A year's bridge as a waterfall lying down: the gap at the last round, each part a step to the right
 * (widens the gap) or to the left (narrows it), and today's gap, every bar with its exact figure. The
 * steps are joined by thin lines, so the eye follows the gap from one bar to the next.
 */
export function WaterfallChart({ bars, title }: Props): React.JSX.Element {
  const { low, high } = waterfallDomain(bars);
  const span = high.minus(low);
  // Every figure stands right of its bar: the bars keep the room the longest figure needs.
  const left = 2;
  const right = WIDTH - 6 - Math.max(...bars.map((bar) => bar.shown.length)) * CHAR_WIDTH;
  const x = (value: Decimal): number => (span.isZero() ? left : left + value.minus(low).div(span).toNumber() * (right - left));
  const height = bars.length * ROW_HEIGHT + 4;
  const summary = bars.map((bar) => `${bar.label}: ${bar.shown}`).join('; ');
  const zero = x(new Decimal(0));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} style={{ width: '100%', maxWidth: `${WIDTH}px`, height: 'auto' }} role="img" aria-label={`${title}. ${summary}`} data-testid="waterfall">
      <line x1={zero} x2={zero} y1={NAME_HEIGHT} y2={height} stroke={tokens.colorNeutralStroke2} />
      {bars.map((bar, i) => {
        const top = i * ROW_HEIGHT + NAME_HEIGHT + 2;
        const from = Math.min(x(bar.start), x(bar.end));
        const to = Math.max(x(bar.start), x(bar.end));
        // A step of nothing still shows as a mark, so every part of the bridge has its place.
        const width = Math.max(to - from, 2);
        const next = bars[i + 1];
        return (
          <g key={bar.part} data-part={bar.part}>
            <text x={0} y={i * ROW_HEIGHT + NAME_HEIGHT - 2} fontSize={FONT} fill={tokens.colorNeutralForeground1}>
              {bar.label}
            </text>
            <rect x={from} y={top} width={width} height={BAR_HEIGHT} fill={tokens[BAR_COLOURS[bar.kind]]} />
            <text x={from + width + 4} y={top + BAR_HEIGHT - 4} fontSize={FONT} fill={tokens.colorNeutralForeground1} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {bar.shown}
            </text>
            {next === undefined ? null : (
              <line x1={x(bar.end)} x2={x(bar.end)} y1={top + BAR_HEIGHT} y2={top + ROW_HEIGHT} stroke={tokens.colorNeutralStroke1} strokeDasharray="2 2" />
            )}
          </g>
        );
      })}
    </svg>
  );
}
