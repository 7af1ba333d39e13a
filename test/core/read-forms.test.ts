import { gridOf, GridInput } from '../../src/core/grid';
import { planFigures } from '../../src/core/figures';
import { analysePlan, PlanResult } from '../../src/core/plan';
import { smallScheme } from '../helpers/plan';

/** A plan of 2024-2025 in 1.000 kr. with savings positive and the committees of the forms below as categories. */
const BASE = smallScheme({ firstYear: 2024, lastYear: 2025, unit: '1.000 kr.' });
const SCHEME = {
  ...BASE,
  categories: [
    { code: 'SSU', label: 'Social- og Sundhedsudvalget', aliases: [], allowNegative: true },
    { code: 'KFU', label: 'Kultur- og Fritidsudvalget', aliases: [], allowNegative: true },
  ],
  columnGroups: [{ key: 'plan', header: 'Plan', years: [2024, 2025], targets: new Map() }],
};

function read(rows: GridInput['rows']): PlanResult {
  return analysePlan(gridOf({ sheetName: 'Forslag', rows }), SCHEME, { sheetNames: ['Forslag'] });
}

function initiatives(result: PlanResult): { name: string; category: string | null; cell: string; planned: (string | null)[] }[] {
  return (planFigures(result, SCHEME)?.initiatives ?? []).map(({ name, category, cell, years }) => ({
    name,
    category,
    cell,
    planned: Object.values(years).map((y) => y.planned),
  }));
}

describe('a budget proposal form as municipalities word it', () => {
  it('takes its name from »Forslagets titel:«, not from »Forslag nr.:«, and its category from »Udvalg:«', () => {
    const result = read([
      ['Budgetforslag 2024-2027'],
      ['Forslag nr.:', 'SSU-07'],
      ['Udvalg:', 'Social- og Sundhedsudvalget'],
      ['Politikområde:', 'Ældre'],
      ['Forslagets titel:', 'Lukning af dagcenter'],
      ['Beskrivelse af forslaget:', 'Dagcentret lukkes, og brugerne tilbydes plads i et andet center.'],
      [],
      ['(1.000 kr., 2024-priser)', 2024, 2025],
      ['Udgifter', -500, -1000],
      ['Indtægter', 50, 100],
      ['Netto', -450, -900],
      ['(-) = mindreudgift'],
    ]);
    expect(initiatives(result)).toEqual([{ name: 'Lukning af dagcenter', category: 'Social- og Sundhedsudvalget', cell: 'B5', planned: ['450', '900'] }]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['Overskrift', 'Færre åbningstimer'],
    ['Titel:', 'Færre åbningstimer'],
    ['Forslagets navn', 'Færre åbningstimer'],
    ['Forslag', 'Færre åbningstimer'],
  ])('takes its name from »%s«', (key, name) => {
    const result = read([
      [key, name],
      ['Fagudvalg', 'Kultur- og Fritidsudvalget'],
      ['Beløb i 1.000 kr.', 2024, 2025],
      ['Besparelse', 100, 200],
    ]);
    expect(initiatives(result).map((i) => [i.name, i.category])).toEqual([[name, 'Kultur- og Fritidsudvalget']]);
  });

  it('says when a year of the amounts lies outside the plan’s period, and counts nothing of it', () => {
    const result = read([
      ['Overskrift', 'Færre åbningstimer'],
      ['Udvalg', 'Kultur- og Fritidsudvalget'],
      ['Beløb i 1.000 kr.', 2024, 2025, 2026],
      ['Besparelse', 100, 200, 300],
    ]);
    expect(result.findings.map((f) => `${f.code}@${f.cell ?? '-'}`)).toContain('year-outside-period@D3');
    expect(initiatives(result).map((i) => i.planned)).toEqual([['100', '200']]);
  });

  it('reads a form that starts further right and down, as tables often do, the same', () => {
    const form = [
      ['Overskrift', 'Færre åbningstimer'],
      ['Udvalg', 'Kultur- og Fritidsudvalget'],
      ['Beløb i 1.000 kr.', 2024, 2025],
      ['Besparelse', 100, 200],
      ['Samlet ændring', 100, 200],
    ];
    const shifted = [[], [], ...form.map((row) => [null, null, ...row])];
    expect(initiatives(read(shifted))).toEqual([{ name: 'Færre åbningstimer', category: 'Kultur- og Fritidsudvalget', cell: 'D3', planned: ['100', '200'] }]);
    expect(initiatives(read(form))).toEqual([{ name: 'Færre åbningstimer', category: 'Kultur- og Fritidsudvalget', cell: 'B1', planned: ['100', '200'] }]);
  });

  it('points a category the scheme does not know at the cell that states it, or at the name where no cell does', () => {
    const unknownAt = (rows: GridInput['rows'], scheme = SCHEME): string[] =>
      analysePlan(gridOf({ sheetName: 'Forslag', rows }), scheme, { sheetNames: ['Forslag'] }).findings.filter((f) => f.code === 'category-unknown').map((f) => f.cell ?? '-');
    const form = (key: string): GridInput['rows'] => [
      ['Overskrift', 'Færre åbningstimer'],
      ['Forslagsstiller', 'Forvaltningen'],
      [key, 'Teknik- og Miljøudvalget'],
      ['Beløb i 1.000 kr.', 2024, 2025],
      ['Besparelse', 100, 200],
    ];
    expect(unknownAt(form('Udvalg'))).toEqual(['B3']);
    expect(unknownAt(form('Udgiftstype'))).toEqual(['B3']);
    expect(unknownAt(form('Fagudvalg'))).toEqual(['B3']);
    // No key states it: the scheme's default category is unknown to the scheme's list, and the form is named in B1.
    const noKey = form('Forslagsstiller').filter((_, r) => r !== 1);
    expect(unknownAt(noKey, { ...SCHEME, plan: { ...SCHEME.plan, defaultCategory: 'Ukendt udvalg' } })).toEqual(['B1']);
  });
});
