import { columnLetters, fromA1 } from '../../src/core/a1';
import { misuse, MisuseError } from '../../src/core/misuse';
import { numberFormatFor } from '../../src/core/money';
import { MISUSE_DA } from '../../src/messages/misuse-da';

describe('refusals, the one kind of error the program throws', () => {
  it('carries its reason and a Danish message', () => {
    const error = misuse('sheet-missing', 'Budget', ['Ark1', 'Ark2']);
    expect(error).toBeInstanceOf(MisuseError);
    expect(error.reason).toBe('sheet-missing');
    expect(error.message).toBe('Arket »Budget« findes ikke. Arkene er: »Ark1«, »Ark2«.');
  });

  it('is what the core throws when called with an argument out of range', () => {
    expect(() => columnLetters(-1)).toThrow(MisuseError);
    expect(() => fromA1('12E')).toThrow(/»12E« er ikke en celleadresse/);
    expect(() => numberFormatFor(1.5)).toThrow(MisuseError);
  });

  it('has a Danish sentence for every reason', () => {
    for (const describe of Object.values(MISUSE_DA) as ((first: string, second: string[]) => string)[]) {
      expect(describe('x', ['y'])).toMatch(/\p{L}{3}/u);
    }
  });
});
