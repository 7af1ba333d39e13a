import { shareOfYearInForce } from '../../src/core/compute';
import { layoutAsText } from '../../src/core/layout';
import { analyse, HEADER, smallScheme } from '../helpers/plan';

const figures = (result: ReturnType<typeof analyse>, row: number, group: string, year: number) =>
  result.computation?.rows.find((r) => r.row === row)?.years.find((f) => f.group === group && f.year === year);
const text = (value: { toString(): string } | null | undefined): string | undefined => (value == null ? undefined : value.toString());

describe('effect and gap per row', () => {
  it('takes realised over forecast, and measures the gap as target minus effect', () => {
    const result = analyse([HEADER, ['6', 'Dagtilbud', 'Socialpædagogisk støtte', 2, 3, null, 1.6, 2.7]]);
    const y2023 = figures(result, 1, 'plan', 2023);
    const y2024 = figures(result, 1, 'plan', 2024);
    expect([text(y2023?.effect), y2023?.effectSource, text(y2023?.gap)]).toEqual(['1.6', 'realised', '0.4']);
    expect([text(y2024?.effect), y2024?.effectSource, text(y2024?.gap)]).toEqual(['2.7', 'forecast', '0.3']);
  });

  it('gives a negative gap when the effect beats the target', () => {
    const result = analyse([HEADER, ['8', 'Kontraktforhandling', 'Kontraktforhandler', 1, 2, null, null, 2.4]]);
    expect(text(figures(result, 1, 'plan', 2024)?.gap)).toBe('-0.4');
  });

  it('uses the adjusted expectation as the target when there is one', () => {
    const result = analyse([
      ['Tema', 'Indsats', '2023', 'Justeret forventning 2023', 'Realiseret 2023'],
      ['Dagtilbud', 'Cafe', 2, 1.5, 1],
    ]);
    expect(text(figures(result, 1, 'plan', 2023)?.gap)).toBe('0.5');
  });

  it('derives the effect from helårseffekt and the share of the year in force', () => {
    const result = analyse([
      ['Tema', 'Indsats', '2023', '2024', 'Helårseffekt', 'Ikrafttræden'],
      ['Dagtilbud', 'Cafe', 1, 1.2, 1.2, '01-05-2023'],
    ]);
    expect(text(figures(result, 1, 'plan', 2023)?.effect)).toBe('0.8');
    expect(figures(result, 1, 'plan', 2023)?.effectSource).toBe('full-year');
    expect(text(figures(result, 1, 'plan', 2024)?.effect)).toBe('1.2');
    expect(text(figures(result, 1, 'plan', 2023)?.gap)).toBe('0.2');
  });

  it('derives the effect from citizens times saving per citizen, converting the unit exactly', () => {
    const result = analyse([
      ['Tema', 'Indsats', '2023', '2024', 'Antal borgere', 'Besparelse pr. borger (1.000 kr.)', 'Ikrafttræden'],
      ['Dagtilbud', 'Hjemtagelse', 0.1, 0.5, 4, 150, '2023-07-01'],
    ]);
    expect(text(figures(result, 1, 'plan', 2023)?.effect)).toBe('0.3'); // 4 × 0,15 mio. × 6/12
    expect(figures(result, 1, 'plan', 2023)?.effectSource).toBe('drivers');
    expect(text(figures(result, 1, 'plan', 2024)?.effect)).toBe('0.6');
  });

  it('keeps the gap positive for missing savings when the plan shows savings as negative', () => {
    const result = analyse([HEADER, ['1', 'Kontraktforhandling', 'X', -2.6, null, null, -2.3]], smallScheme({ sign: 'savings-negative' }));
    expect(text(figures(result, 1, 'plan', 2023)?.gap)).toBe('0.3');
  });

  it('counts an effect with no planned amount as savings beyond the plan: a negative gap in either convention', () => {
    const positive = analyse([HEADER, ['1', 'Kontraktforhandling', 'X', null, 1, null, 0.4]]);
    expect(text(figures(positive, 1, 'plan', 2023)?.gap)).toBe('-0.4');
    const negative = analyse([HEADER, ['1', 'Kontraktforhandling', 'X', null, -1, null, -0.4]], smallScheme({ sign: 'savings-negative' }));
    expect(text(figures(negative, 1, 'plan', 2023)?.gap)).toBe('-0.4');
  });

  it('leaves the gap empty where there is no effect yet, and says so for the year', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 1, 2, null, 1]]);
    expect(figures(result, 1, 'plan', 2024)?.gap).toBeNull();
    expect(result.findings.find((f) => f.code === 'effect-not-available')?.message).toContain('2024');
  });

  it('warns about a row without effect in a year where others have one', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 1, null, null, 1], ['2', 'Dagtilbud', 'B', 2]]);
    expect(result.findings.filter((f) => f.code === 'effect-missing').map((f) => f.cell)).toEqual(['D3']);
  });
});

describe('the plan as a whole', () => {
  it('measures the plan gap per year against the scheme target, without dropped rows', () => {
    const result = analyse([
      [...HEADER, 'Status'],
      ['1', 'Dagtilbud', 'A', 2, 3, null, 1.6],
      ['2', 'Kontraktforhandling', 'B', 1, 2, null, 1.35],
      ['3', 'Dagtilbud', 'C', 9, 9, null, 9, null, 'Udgået'],
    ]);
    const y2023 = result.computation?.totals.find((t) => t.group === 'plan' && t.year === 2023);
    expect([text(y2023?.target), text(y2023?.effect), text(y2023?.schemeTarget), text(y2023?.planGap)]).toEqual(['3', '2.95', '3', '0.05']);
    expect(text(result.computation?.totalsByCategory.get('DAG')?.[0]?.effect)).toBe('1.6');
  });

  it('counts the share of a year from the first whole month in force', () => {
    expect(shareOfYearInForce('2023-05-01', 2023).times(12).toString()).toBe('8');
    expect(shareOfYearInForce('2023-05-15', 2023).times(12).toString()).toBe('7');
    expect(shareOfYearInForce('2023-05-01', 2022).toString()).toBe('0');
    expect(shareOfYearInForce('2023-05-01', 2024).toString()).toBe('1');
    expect(shareOfYearInForce(undefined, 2023).toString()).toBe('1');
  });
});

describe('Bilag 1', () => {
  it('shows the data’s own precision: 0,75 stays 0,75 when the total is 7,25', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 0.75, 1], ['2', 'Dagtilbud', 'B', 6.5, 4]]);
    expect(layoutAsText(result.bilag1?.rows ?? []).split('\n').slice(2)).toEqual(['A\t0,75\t1,00\t', 'B\t6,50\t4,00\t', 'I alt\t7,25\t5,00\t']);
  });

  it('orders initiatives by the scheme’s categories and puts activities under their initiative', () => {
    const result = analyse([
      HEADER,
      ['1', 'Kontraktforhandling', 'Kontrakter', 1],
      ['1.1', 'Kontraktforhandling', 'Gennemgang'],
      ['2', 'Dagtilbud', 'Cafe', 2],
    ]);
    expect(result.bilag1?.rows.slice(2).map((r) => r[0]?.value)).toEqual([
      { kind: 'text', text: 'Cafe' },
      { kind: 'text', text: 'Kontrakter' },
      { kind: 'text', text: 'Gennemgang' },
      { kind: 'text', text: 'I alt' },
    ]);
  });

  it('shows a dropped initiative marked udgået and leaves it out of the total', () => {
    const result = analyse([[...HEADER, 'Status'], ['1', 'Dagtilbud', 'A', 1], ['2', 'Dagtilbud', 'B', 5, null, null, null, null, 'udgået']]);
    expect(layoutAsText(result.bilag1?.rows ?? []).split('\n').slice(2)).toEqual(['A\t1,0\t\t', 'B (udgået)\t5,0\t\t', 'I alt\t1,0\t\t']);
  });

  it('writes text that looks like a formula as text', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', '=HYPERLINK("x")', 1], ['1.1', 'Dagtilbud', '- @kontakt']]);
    expect(result.bilag1?.rows[2]?.[0]?.value).toEqual({ kind: 'text', text: '=HYPERLINK("x")' });
  });
});
