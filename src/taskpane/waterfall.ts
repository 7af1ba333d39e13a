import { Decimal } from '../core/decimal';
import { decimalsToShow, formatDanish, roundForDisplay } from '../core/money';
import type { BridgeYear, Restatement } from '../core/rounds/since';
import { SINCE_DA } from '../messages/rounds-da';

/** The parts of a bridge between the two gaps, in the order the committee reads them. */
export const BRIDGE_STEPS = ['priceLevel', 'targets', 'changedEffects', 'newInitiatives', 'droppedInitiatives'] as const;

export type BridgeStep = (typeof BRIDGE_STEPS)[number];

/** How a bar reads: a gap standing from zero, or a step that widens or narrows it (or leaves it). */
export type BarKind = 'gap' | 'widens' | 'narrows' | 'none';

/** One bar of a waterfall: where it starts and ends on the gap's axis, and its figure as shown. */
export interface WaterfallBar {
  readonly part: 'gapThen' | BridgeStep | 'gapNow';
  readonly label: string;
  readonly kind: BarKind;
  readonly start: Decimal;
  readonly end: Decimal;
  readonly value: Decimal;
  /** The figure in Danish, with the year's one number of decimals; a step carries its sign (+2,0 / -1,0). */
  readonly shown: string;
}

/** The bridge's figures of a year in reading order, the two gaps first and last. */
export function bridgeFigures(year: BridgeYear): Decimal[] {
  return [year.gapThen, ...BRIDGE_STEPS.map((part) => year[part]), year.gapNow];
}

/**
 * One year's bridge as bars: the gap at the round from zero, each part as a step from where the last one
 * ended, and today's gap from zero, which is where the last step ends (the bridge adds up exactly). The
 * price-level step is left out where both rounds are in the same price level. Figures are shown under the
 * core's display rule, at least the scheme's minimum decimals.
 */
export function waterfallBars(year: BridgeYear, round: string, priceStep: Restatement, minDecimals: number): WaterfallBar[] {
  const decimals = decimalsToShow(bridgeFigures(year), minDecimals);
  const zero = new Decimal(0);
  const bars: WaterfallBar[] = [gapBar('gapThen', SINCE_DA.bridgeRows.gapThen(round), year.gapThen, decimals)];
  let reached = year.gapThen;
  for (const part of BRIDGE_STEPS) {
    if (part === 'priceLevel' && priceStep.kind === 'same') continue;
    const value = year[part];
    const sign = roundForDisplay(value, decimals).comparedTo(zero);
    bars.push({
      part,
      label: SINCE_DA.bridgeRows[part],
      kind: value.isZero() ? 'none' : value.isPositive() ? 'widens' : 'narrows',
      start: reached,
      end: reached.plus(value),
      value,
      shown: `${sign > 0 ? '+' : ''}${formatDanish(value, decimals)}`,
    });
    reached = reached.plus(value);
  }
  bars.push(gapBar('gapNow', SINCE_DA.bridgeRows.gapNow, year.gapNow, decimals));
  return bars;
}

function gapBar(part: 'gapThen' | 'gapNow', label: string, value: Decimal, decimals: number): WaterfallBar {
  return { part, label, kind: 'gap', start: new Decimal(0), end: value, value, shown: formatDanish(value, decimals) };
}

/** The smallest and largest point the bars reach, zero included, so every bar fits one axis. */
export function waterfallDomain(bars: readonly WaterfallBar[]): { low: Decimal; high: Decimal } {
  let low = new Decimal(0);
  let high = new Decimal(0);
  for (const bar of bars) {
    low = Decimal.min(low, bar.start, bar.end);
    high = Decimal.max(high, bar.start, bar.end);
  }
  return { low, high };
}
