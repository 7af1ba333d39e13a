import { formatYears, isYear, parseYears, parseYearSpan, yearOf } from '../../src/core/years';

describe('years, as plans write them', () => {
  it('knows a year from 1900 to 2099 and nothing else', () => {
    expect([1899, 1900, 2026, 2099, 2100, 2023.5].map(isYear)).toEqual([false, true, true, true, false, false]);
  });

  it('finds a year standing as a number of its own in a header', () => {
    expect(['Realiseret 2023', 'B2024', '12023', 'Effekt'].map(yearOf)).toEqual([2023, 2024, undefined, undefined]);
  });

  it('reads a span, a list and a JSON list of years, and writes them back the same way', () => {
    expect(parseYearSpan('2023-2026')).toEqual([2023, 2026]);
    expect(parseYearSpan('2026-2023')).toBeUndefined();
    expect(parseYears('2023, 2025')).toEqual([2023, 2025]);
    expect(parseYears([2023, 2024])).toEqual([2023, 2024]);
    expect(parseYears([2023, 2200])).toBeUndefined();
    expect([formatYears([2023, 2024, 2025]), formatYears([2023]), formatYears([2023, 2025])]).toEqual(['2023-2025', '2023', '2023, 2025']);
  });
});
