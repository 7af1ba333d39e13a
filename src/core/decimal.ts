import DecimalJs from 'decimal.js';

/**
 * The core's own Decimal constructor. decimal.js rounds results to 20 significant digits by default,
 * which would cut øre off sums of large amounts; 40 digits is far beyond any municipal budget, and a
 * private clone leaves other users of decimal.js in the same process untouched.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;
