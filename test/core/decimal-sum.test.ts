import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { DecimalSum, sum } from '../../src/core/decimal-sum';
import { MisuseError } from '../../src/core/misuse';

/** The sum as decimal.js makes it, one `plus` at a time. */
const plainSum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0));

/** Up to 15 significant digits, from 10^-12 to 10^12 times that: every exact sum of a few thousand fits in 40 digits. */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: -12, max: 12 }))
  .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));

const typicalAmount = fc.integer({ min: -99_999, max: 99_999 }).map((tenths) => new Decimal(tenths).dividedBy(10));

describe('summing amounts exactly', () => {
  it('gives the same sum as adding one amount at a time, for any amounts', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 60 }), (values) => {
        expect(sum(values).toString()).toBe(plainSum(values).toString());
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same sum for many amounts of the size plans hold', () => {
    fc.assert(
      fc.property(fc.array(typicalAmount, { minLength: 1000, maxLength: 3000 }), (values) => {
        expect(sum(values).equals(plainSum(values))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('stays exact where the running sum passes what a double holds exactly', () => {
    const large = Array.from({ length: 300 }, (_, i) => new Decimal(`99999999999999.${String(i % 10).repeat(7)}`));
    expect(sum(large).toString()).toBe(plainSum(large).toString());
    expect(sum([...large, ...large.map((v) => v.negated())]).toString()).toBe('0');
  });

  it('adds amounts too large or too precise for the quick way with decimal.js', () => {
    const odd = [new Decimal('1e20'), new Decimal(7).dividedBy(12), new Decimal('0.00000001'), new Decimal('-123456789012345.5'), new Decimal('2.5')];
    expect(sum(odd).toString()).toBe(plainSum(odd).toString());
  });

  it('tells no amounts from amounts that sum to zero', () => {
    const none = new DecimalSum();
    expect(none.total()).toBeNull();
    const zero = new DecimalSum();
    zero.add(new Decimal('-0.5'));
    zero.add(new Decimal('0.5'));
    expect(zero.total()?.toString()).toBe('0');
    expect(zero.total()?.isNegative()).toBe(false);
    expect(sum([])).toEqual(new Decimal(0));
  });

  it('refuses a value that is not a number, as that is a mistake in the program', () => {
    expect(() => new DecimalSum().add(new Decimal(Number.NaN))).toThrow(MisuseError);
    expect(() => new DecimalSum().add(new Decimal(Number.POSITIVE_INFINITY))).toThrow(MisuseError);
  });
});
