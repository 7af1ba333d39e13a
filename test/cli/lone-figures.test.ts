import { Decimal } from '../../src/core/decimal';
import { formatLoneFigure } from '../../src/core/money';
import { gapLines } from '../../src/cli/report';
import { analyse, codesAt, smallScheme } from '../helpers/plan';

/**
 * A figure shown on its own (a line of the command line's output, a finding's message) shows the decimals its
 * value needs, at least the scheme's minimum; a table's column keeps one number of decimals (Bilag 1, the pane).
 */
describe('a figure shown on its own', () => {
  it.each([
    ['7.050', 1, '7,05'],
    ['7', 1, '7,0'],
    ['0.125', 1, '0,125'],
    ['-1.5', 1, '-1,5'],
    ['1100', 0, '1.100'],
    ['1234.5', 0, '1.234,5'],
    ['2.5', 2, '2,50'],
    ['0.10000004', 1, '0,1'],
    ['0.1234567', 1, '0,123457'],
  ])('shows %s with at least %i decimals as %s', (value, atLeast, shown) => {
    expect(formatLoneFigure(new Decimal(value), atLeast)).toBe(shown);
  });
});

describe('figures the command line prints', () => {
  // 7.050 in 1.000 kr. is 7,05 mio. kr.: the gap table shows what each figure needs, not a column's three decimals.
  const rows = [
    ['Beløb i 1.000 kr.'],
    ['Tema', 'Indsats', '2023', '2024', 'Realiseret 2023'],
    ['Dagtilbud', 'Åben cafe', 7050, 2000, 7125],
  ];

  it('shows a figure converted from 1.000 kr. with the decimals it needs, at least the scheme’s minimum', () => {
    // With no yearly targets in the scheme, the target is the planned sum: 7,05 in 2023, 2,0 in 2024.
    const base = smallScheme();
    const scheme = { ...base, columnGroups: [{ ...base.columnGroups[0]!, targets: new Map() }] };
    const lines = gapLines(analyse(rows, scheme), scheme);
    expect(lines.slice(2)).toEqual(['2023\t7,05\t7,125\t-0,075', '2024\t2,0\t–\t–']);
  });

  it('shows whole figures without decimals in a plan whose scheme asks for none', () => {
    const base = smallScheme({ unit: '1.000 kr.' });
    const scheme = { ...base, bilag1: { ...base.bilag1, minDecimals: 0 } };
    const lines = gapLines(analyse(rows, scheme), scheme);
    expect(lines.slice(2, 3)).toEqual(['2023\t3\t7.125\t-7.122']);
  });

  it('words a total that does not add up with each figure’s own decimals', () => {
    const result = analyse([
      ['Beløb i 1.000 kr.'],
      ['Tema', 'Indsats', '2023', '2024'],
      ['Dagtilbud', 'Åben cafe', 7050, 3000],
      ['Dagtilbud', 'Ny plan', 75, 2000],
      ['I alt', null, 7100, 5000],
    ]);
    expect(codesAt(result)).toContain('stated-total-mismatch@C5');
    expect(result.findings.find((f) => f.code === 'stated-total-mismatch')?.message).toBe(
      '»I alt« siger 7,1, men rækkerne giver 7,125 (forskel -0,025). Tjek rækkerne eller totalen.',
    );
  });

  it('words a plan that misses its target with each figure’s own decimals', () => {
    const result = analyse([
      ['Beløb i 1.000 kr.'],
      ['Tema', 'Indsats', '2023', '2024'],
      ['Dagtilbud', 'Åben cafe', 2950, 5000],
    ]);
    expect(result.findings.find((f) => f.code === 'plan-total-misses-target')?.message).toBe(
      'Indsatserne giver 2,95 i 2023, men planens mål er 3,0 (mangler 0,05).',
    );
  });
});
