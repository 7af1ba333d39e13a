import fc from 'fast-check';
import { numberDigits } from '../../src/core/numbers';

/** How numbers were told apart before plain numbers were passed through as they are. */
const lowerWithoutMarks = (number: string): string => number.toLowerCase().replace(/[^0-9a-zæøå]/g, '');

describe("an initiative's number without its marks", () => {
  it('is the number itself when it holds only digits and small letters', () => {
    const plain = '12b';
    expect(numberDigits(plain)).toBe(plain);
  });

  it('drops marks and lowers letters, Danish ones too', () => {
    expect(numberDigits('*9')).toBe('9');
    expect(numberDigits('Æ-12')).toBe('æ12');
    expect(numberDigits('4.B ')).toBe('4b');
  });

  it('is the same as lowering the text and dropping every mark, for any text', () => {
    const numberish = fc.stringMatching(/^[0-9a-zA-ZæøåÆØÅ*.\-/ ]{0,8}$/);
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ unit: 'binary', maxLength: 8 })), (number) => {
        expect(numberDigits(number)).toBe(lowerWithoutMarks(number));
      }),
      { numRuns: 1000 },
    );
  });
});
