import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import {
  convertUnit,
  decimalFromNumber,
  decimalsOf,
  decimalsShownBy,
  formatDanish,
  numberFormatFor,
  parseAmountText,
  roundForDisplay,
  storedNumberText,
} from '../../src/core/money';

const value = (text: string): string | undefined => {
  const parsed = parseAmountText(text);
  return parsed.ok ? parsed.value.toString() : undefined;
};
const problem = (text: string): string | undefined => {
  const parsed = parseAmountText(text);
  return parsed.ok ? undefined : parsed.problem;
};

describe('reading amounts typed as Danish text', () => {
  it.each([
    ['2,0', '2'],
    ['8,3', '8.3'],
    ['1.234,5', '1234.5'],
    ['1.234.567,89', '1234567.89'],
    ['1 234,5', '1234.5'],
    ['-2,0', '-2'],
    ['\u22122,0', '-2'],
    ['\u20132,0', '-2'],
    ['(2,0)', '-2'],
    ['2,0-', '-2'],
    ['+2,5', '2.5'],
    ['2,0 ', '2'],
    ['\u00a02,0\u00a0', '2'],
    ['1\u00a0234,5', '1234.5'],
    ['0', '0'],
    ['-0', '0'],
    [',5', '0.5'],
    ['1234', '1234'],
  ])('reads %j as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads a scale word as the amount in that unit', () => {
    expect(parseAmountText('2,5 mio.')).toEqual({ ok: true, value: new Decimal('2.5'), unit: 'mio. kr.' });
    expect(parseAmountText('750 t.kr.')).toEqual({ ok: true, value: new Decimal('750'), unit: '1.000 kr.' });
    expect(parseAmountText('1,2 mia. kr.')).toEqual({ ok: true, value: new Decimal('1.2'), unit: 'mia. kr.' });
  });

  it.each([
    ['1,234.5', 'foreign-separators'],
    ['2.5', 'foreign-separators'],
    ['1.23,4', 'bad-grouping'],
    ['12.34.567', 'bad-grouping'],
    ['1.234', 'ambiguous'],
    ['ca. 2', 'not-a-number'],
    ['Ej opgjort', 'not-a-number'],
    ['', 'not-a-number'],
    ['-', 'not-a-number'],
    ['--2', 'not-a-number'],
    ['-(2,0)', 'not-a-number'],
    ['2,0,0', 'bad-grouping'],
  ])('refuses to guess at %j (%s)', (text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('uses the separators Excel reports when they are not Danish', () => {
    const parsed = parseAmountText('1,234.5', { decimal: '.', group: ',' });
    expect(parsed.ok && parsed.value.toString()).toBe('1234.5');
  });
});

describe('showing amounts', () => {
  it('counts the decimals a value needs as decimal.js does, for any value', () => {
    const anyValue = fc
      .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: -30, max: 30 }))
      .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));
    fc.assert(
      fc.property(anyValue, (v) => {
        expect(decimalsOf(v)).toBe(v.decimalPlaces());
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0', '2.5', '0.75', '1000000', '0.0000001', '12345678.9', '-0.5']) expect(decimalsOf(new Decimal(text))).toBe(new Decimal(text).decimalPlaces());
  });

  it('groups thousands with a point and writes decimals with a comma', () => {
    expect(formatDanish(new Decimal('1234567.891'), 2)).toBe('1.234.567,89');
    expect(formatDanish(new Decimal('-2'), 1)).toBe('-2,0');
    expect(formatDanish(new Decimal('0'), 1)).toBe('0,0');
  });

  it('rounds half away from zero, once, at display', () => {
    expect(roundForDisplay(new Decimal('0.05'), 1).toString()).toBe('0.1');
    expect(roundForDisplay(new Decimal('-0.05'), 1).toString()).toBe('-0.1');
    expect(roundForDisplay(new Decimal('2.675'), 2).toString()).toBe('2.68');
    expect(formatDanish(new Decimal('-0.04'), 1)).toBe('0,0');
  });

  it('gives US-style number formats that show the wanted decimals', () => {
    expect(numberFormatFor(0)).toBe('#,##0');
    expect(numberFormatFor(1)).toBe('#,##0.0');
    expect(numberFormatFor(2)).toBe('#,##0.00');
    expect(decimalsShownBy('#,##0.0')).toBe(1);
    expect(decimalsShownBy('#,##0.00;[Red]-#,##0.00')).toBe(2);
    expect(decimalsShownBy('0')).toBe(0);
    expect(decimalsShownBy('General')).toBeUndefined();
    expect(decimalsShownBy('@')).toBeUndefined();
  });

  it('formats then reads any amount back to the same value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (units, decimals) => {
        const amount = new Decimal(units.toString()).dividedBy(new Decimal(10).pow(decimals));
        const parsed = parseAmountText(formatDanish(amount, decimals));
        return parsed.ok && parsed.value.equals(amount);
      }),
    );
  });

  it('reads any amount back from every way a negative or a space is typed, and with another language\'s separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (units, decimals) => {
        const amount = new Decimal(units.toString()).dividedBy(new Decimal(10).pow(decimals));
        const shown = formatDanish(amount, decimals);
        const negatives = [`-${shown}`, `\u2212${shown}`, `(${shown})`, `${shown}-`, `\u00A0-${shown}\u00A0`];
        const english = formatDanish(amount.negated(), decimals, { decimal: '.', group: ',' });
        return (
          negatives.every((text) => {
            const parsed = parseAmountText(text);
            return parsed.ok && parsed.value.equals(amount.negated());
          }) && ((p) => p.ok && p.value.equals(amount.negated()))(parseAmountText(english, { decimal: '.', group: ',' }))
        );
      }),
    );
  });
});

describe('numbers from the spreadsheet', () => {
  it('takes a float as the 15-digit decimal Excel means by it', () => {
    expect(decimalFromNumber(0.1 + 0.2)?.toString()).toBe('0.3');
    expect(decimalFromNumber(2.2)?.toString()).toBe('2.2');
    expect(decimalFromNumber(-0)?.toString()).toBe('0');
    expect(decimalFromNumber(1e308)?.toString()).toBe('1e+308');
    expect(decimalFromNumber(Number.NaN)).toBeNull();
  });

  it('converts between units exactly', () => {
    expect(convertUnit(new Decimal(1500), '1.000 kr.', 'mio. kr.').toString()).toBe('1.5');
    expect(convertUnit(new Decimal('0.0001'), 'mio. kr.', 'kr.').toString()).toBe('100');
  });

  it('keeps sums of large amounts exact to the øre', () => {
    const big = new Decimal('123456789012345.67');
    expect(big.plus('0.01').times(3).toString()).toBe('370370367037037.04');
  });
});

describe('the text of a number as the spreadsheet stores it', () => {
  const asDouble = (value: Decimal): string => String(value.toNumber());

  it('is the text of the double, for any value with up to 15 significant digits', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: -30, max: 30 }))
      .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));
    fc.assert(fc.property(decimal, (value) => storedNumberText(value) === asDouble(value)), { numRuns: 5000 });
  });

  it('is the text of the double, for any amount of up to eight whole digits and seven decimals', () => {
    const plain = fc
      .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 7 }))
      .map(([whole, fraction, decimals]) => new Decimal(whole).plus(new Decimal(fraction % 10 ** decimals).dividedBy(10 ** decimals).times(Math.sign(whole) || 1)));
    fc.assert(fc.property(plain, (value) => storedNumberText(value) === asDouble(value)), { numRuns: 5000 });
    for (const text of ['0.000001', '-0.000001', '0.0000015', '0.0000005', '-0.0000001', '99999999.9999999', '-99999999.9999999', '100000000', '12.5', '-0.5', '10000000', '0.1'])
      expect(storedNumberText(new Decimal(text))).toBe(asDouble(new Decimal(text)));
  });

  it('is the text of the double for values with more digits than a double holds', () => {
    for (const text of ['0.1234567890123456789', '12345678901234.1234567', '-99999999999.9999999', '-98765432109876543.21', '1234567890.1234567', '1e-7', '5e-7', '0.000001', '1e21', '999999999999999999999'])
      expect(storedNumberText(new Decimal(text))).toBe(asDouble(new Decimal(text)));
  });

  it('is "0" for zero of either sign', () => {
    expect(storedNumberText(new Decimal(0))).toBe('0');
    expect(storedNumberText(new Decimal(-0))).toBe('0');
  });
});
