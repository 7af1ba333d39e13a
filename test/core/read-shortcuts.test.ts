import fc from 'fast-check';
import { mayStateConvention, priceYearStatedBy, signStatedBy, unitStatedBy } from '../../src/core/conventions';
import { isBlank } from '../../src/core/grid';

/** Texts made of the words that state units, price levels and signs, white space of every kind, and anything else. */
const FRAGMENTS = ['Beløb i ', 'mio. kr.', '1.000 kr.', 'tkr.', 'Mia.', 'KR', '2022-priser', 'P/L 2023', 'pl', 'PRIS', '(-) = mindreudgift', '( + )', 'minus', 'Plus', 'negative beløb er besparelser', 'positiv', '\u2212', ' ', '\u00A0', '\t', '\n', '\u2003', '\uFEFF', 'Indsats', 'æøå', '§', '-'];
const text = fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

describe('the shortcuts reading takes', () => {
  it('says a text is blank exactly when trimming leaves nothing', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(isBlank({ content: { kind: 'text', value } })).toBe(value.trim() === '');
      }),
      { numRuns: 5000 },
    );
  });

  it('passes over a note only when it can state no unit, price level or sign', () => {
    fc.assert(
      fc.property(text, (value) => {
        if (mayStateConvention(value)) return;
        for (const candidate of [value, value.trim()]) {
          expect([unitStatedBy(candidate), priceYearStatedBy(candidate), signStatedBy(candidate)]).toEqual([undefined, undefined, undefined]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reads on every note that states one', () => {
    for (const note of ['Beløb i mio. kr.', 'Alle tal i 2022-priser', '(-) = mindreudgift']) expect(mayStateConvention(note)).toBe(true);
  });
});
