import { lowerDanish, sameNameDanish } from '../../src/core/text';

describe('Danish lower case', () => {
  it('gives what the Danish locale gives, for every letter a Danish sheet holds', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÜÉÈÊÁÀÓÍÚabcdefghijklmnopqrstuvwxyzæøåäöüéèêáàóíú §–-./ 0123456789 SEL §§103-104 UDGÅET I ALT';
    expect(lowerDanish(letters)).toBe(letters.toLocaleLowerCase('da-DK'));
  });

  it('treats sheet names that differ only in case as the same name', () => {
    expect(sameNameDanish('Bilag 1', 'BILAG 1')).toBe(true);
    expect(sameNameDanish('Bilag 1', 'Bilag 2')).toBe(false);
  });
});
