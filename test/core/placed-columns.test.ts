import { layoutAsText } from '../../src/core/layout';
import { analyse, smallScheme } from '../helpers/plan';

describe('the effect and gap columns of a table whose columns hold more than one year', () => {
  it('puts each year’s figures on that year’s row of a follow-up with the years down the rows, a pair of columns per initiative', () => {
    const result = analyse(
      [
        ['Opfølgning: Rehabilitering (mio. kr.)'],
        ['År', 'Oprindelige forventninger', 'Realiseret effekt'],
        [2023, 2, 1],
        [2024, 3, 2.5],
      ],
      smallScheme({ defaultCategory: 'DAG' }),
    );
    const columns = result.outputColumns!;
    expect(columns.origin).toEqual({ row: 1, col: 3 });
    // By hand: 2023 delivers 1 of 2 (1 missing), 2024 2,5 of 3 (0,5 missing); the B2023 group has no row of its own.
    expect(layoutAsText(columns.rows).split('\n')).toEqual([
      'Effekt Opfølgning: Rehabilitering (mio. kr.) (beregnet)\tGab Opfølgning: Rehabilitering (mio. kr.) (beregnet)',
      '1,0\t1,0',
      '2,5\t0,5',
    ]);
  });

  it('puts a budget form’s figures on its net change row, a pair of columns per year', () => {
    const result = analyse(
      [
        ['Overskrift', 'Færre åbningstimer'],
        ['Beløb i mio. kr.', 2023, 2024],
        ['Effektivisering', 1, 2],
        ['Samlet ændring (Netto)', 1, 2],
      ],
      smallScheme({ defaultCategory: 'DAG' }),
    );
    const columns = result.outputColumns!;
    const lines = layoutAsText(columns.rows).split('\n');
    expect(lines[0]).toBe('Effekt 2023 (beregnet)\tGab 2023 (beregnet)\tEffekt 2024 (beregnet)\tGab 2024 (beregnet)\tEffekt B2023 (beregnet)\tGab B2023 (beregnet)');
    // No follow-up yet: the net change row is where the figures go, and they are blank.
    expect(lines.slice(1).every((line) => line.replace(/\t/g, '') === '')).toBe(true);
    expect(columns.rows).toHaveLength(4 - columns.origin.row);
  });
});
