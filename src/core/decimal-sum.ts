import { Decimal } from './decimal';
import { misuse } from './misuse';

const WORD = 1e7;
/** Below 2^52: a sum of parts this large plus one more part stays an exact integer in a double. */
const FLUSH_AT = 2 ** 52;

/**
 * A running sum of Decimals, exact, without a new Decimal per amount: a plan's totals add up
 * hundreds of thousands of amounts, and decimal.js copies both operands into a new object at every
 * `plus`. An amount below 10^14 with at most seven decimals (every amount a plan holds) is read from
 * its documented digits (`d`, base 10^7 words aligned to the decimal point), exponent (`e`) and sign
 * (`s`) as two integers, its whole part and its decimals × 10^7, each summed in a double while the sum
 * stays an exact integer. Any other amount is added with `plus`. The total is a Decimal again.
 */
export class DecimalSum {
  private wholes = 0;
  /** The sum's decimals as a count of 10^-7. */
  private fractions = 0;
  private rest: Decimal | null = null;
  private empty = true;

  add(value: Decimal): void {
    this.empty = false;
    const { d: words, e: exponent, s: sign } = value;
    if (words === null || words === undefined) throw misuse('not-finite', value.toString());
    // The power of 10^7 of the first word: 1 for 10^7 up to 10^14, 0 for 1 up to 10^7, −1 below 1.
    const place = Math.floor(exponent / 7);
    if (place > 1 || place < -1 || words.length > place + 2) {
      this.rest = this.rest === null ? value : this.rest.plus(value);
      return;
    }
    const whole = place === 1 ? (words[0] as number) * WORD + (words[1] ?? 0) : place === 0 ? (words[0] as number) : 0;
    const fraction = words[place + 1] ?? 0;
    this.wholes += sign * whole;
    this.fractions += sign * fraction;
    if (Math.abs(this.wholes) >= FLUSH_AT || Math.abs(this.fractions) >= FLUSH_AT) this.flush();
  }

  /** The sum; null when nothing was added, so "no amounts" and "amounts that sum to 0" differ. */
  total(): Decimal | null {
    if (this.empty) return null;
    const parts = this.parts();
    const total = this.rest === null ? parts : this.rest.plus(parts);
    return total.isZero() ? new Decimal(0) : total;
  }

  private flush(): void {
    const parts = this.parts();
    this.rest = this.rest === null ? parts : this.rest.plus(parts);
    this.wholes = 0;
    this.fractions = 0;
  }

  /** What the two integer sums hold, as one Decimal. */
  private parts(): Decimal {
    return new Decimal(this.wholes).plus(new Decimal(this.fractions).dividedBy(WORD));
  }
}

/** The exact sum of amounts; 0 for none. */
export function sum(values: Iterable<Decimal>): Decimal {
  const total = new DecimalSum();
  for (const value of values) total.add(value);
  return total.total() ?? new Decimal(0);
}
