import type { Decimal } from '../core/decimal';
import { decimalsToShow, formatDanish } from '../core/money';

/**
 * A column of the pane's figures shown under the core's display rule: one number of decimals for the whole
 * column, as many as its most precise figure needs, at least the scheme's minimum; "–" where there is none.
 */
export function figureColumn(values: readonly (Decimal | null)[], minDecimals: number): (value: Decimal | null) => string {
  const decimals = decimalsToShow(values, minDecimals);
  return (value) => (value === null ? '–' : formatDanish(value, decimals));
}
