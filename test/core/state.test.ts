import { columnPrint } from '../../src/core/state';

describe('a written column’s fingerprint', () => {
  it('stays the same from version to version, so workbooks written earlier are still recognised', () => {
    // The value written by the first version (FNV-1a over code points, each cell ended by 0).
    expect(columnPrint(['Effekt 2023 (beregnet)', '1.5', '😀 æøå', ''])).toBe('37f50927');
  });

  it('changes when one cell changes', () => {
    expect(columnPrint(['Gab 2023 (beregnet)', '0.4'])).not.toBe(columnPrint(['Gab 2023 (beregnet)', '0.5']));
  });
});
