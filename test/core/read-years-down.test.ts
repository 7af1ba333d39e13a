import fc from 'fast-check';
import { gridOf, GridInput } from '../../src/core/grid';
import { analysePlan, PlanResult } from '../../src/core/plan';
import { planFigures } from '../../src/core/figures';
import { roundOf } from '../../src/core/rounds/round';
import { codesAt, smallScheme } from '../helpers/plan';

/** The small scheme (2023-2024, mio. kr.) with a default category, as init drafts it for a table without one, and its plan group only. */
const BASE = smallScheme({ defaultCategory: 'Dagtilbud' });
const SCHEME = { ...BASE, columnGroups: BASE.columnGroups.slice(0, 1) };

function read(rows: GridInput['rows'], merges: GridInput['merges'] = []): PlanResult {
  return analysePlan(gridOf({ sheetName: 'Opfølgning', rows, merges }), SCHEME, { sheetNames: ['Opfølgning'] });
}

function figures(result: PlanResult): { name: string; cell: string; years: Record<string, { target: string | null; effect: string | null }> }[] {
  return (planFigures(result, SCHEME)?.initiatives ?? []).map(({ name, cell, years }) => ({
    name,
    cell,
    years: Object.fromEntries(Object.entries(years).map(([year, f]) => [year, { target: f.target, effect: f.effect }])),
  }));
}

describe('a follow-up with the years down the rows', () => {
  it('is one initiative named by the title when its columns are one group of measures', () => {
    const result = read([
      ['Opfølgning: Rehabilitering (mio. kr.)'],
      [null, 'Beløb i mio. kr.'],
      ['År', 'Oprindelige forventninger', 'Justerede forventninger', 'Realiseret effekt'],
      [2023, 1, 0.9, 0.8],
      [2024, 1.5, null, 1.2],
    ]);
    expect(figures(result)).toEqual([
      { name: 'Opfølgning: Rehabilitering (mio. kr.)', cell: 'A1', years: { '2023': { target: '0.9', effect: '0.8' }, '2024': { target: '1.5', effect: '1.2' } } },
    ]);
  });

  it('makes one initiative of each group of measures named in the row above, merged, written once or over each column', () => {
    const rows = [
      ['Opfølgning på handleplanen (mio. kr.)'],
      [null, 'Rehabilitering', null, 'Hjælpemidler', null],
      ['År', 'Oprindelige forventninger', 'Realiseret effekt', 'Oprindelige forventninger', 'Realiseret effekt'],
      [2023, 1, 0.8, 2, 2.1],
      [2024, 1.5, 1.2, 2.5, null],
    ];
    const expected = [
      { name: 'Rehabilitering', cell: 'B2', years: { '2023': { target: '1', effect: '0.8' }, '2024': { target: '1.5', effect: '1.2' } } },
      { name: 'Hjælpemidler', cell: 'D2', years: { '2023': { target: '2', effect: '2.1' }, '2024': { target: '2.5', effect: null } } },
    ];
    const merged = [
      { from: { row: 1, col: 1 }, to: { row: 1, col: 2 } },
      { from: { row: 1, col: 3 }, to: { row: 1, col: 4 } },
    ];
    expect(figures(read(rows))).toEqual(expected);
    expect(figures(read(rows, merged))).toEqual(expected);
    const repeated = rows.map((row, r) => (r === 1 ? [null, 'Rehabilitering', 'Rehabilitering', 'Hjælpemidler', 'Hjælpemidler'] : row));
    expect(figures(read(repeated))).toEqual(expected);
    expect(read(rows).computation?.totals.map((t) => [t.target.toString(), t.effect?.toString()])).toEqual([['3', '2.9'], ['4', '1.2']]);
    expect(roundOf(read(rows), SCHEME, 'Runde 1', '')?.initiatives.map((i) => [i.name, i.years[0]?.effect?.toString()])).toEqual([
      ['Rehabilitering', '0.8'],
      ['Hjælpemidler', '2.1'],
    ]);
    expect(codesAt(read(rows))).toContain('shape-recognised@A3');
    expect(read(rows).findings.find((f) => f.code === 'shape-recognised')?.message).toContain('én indsats pr. gruppe');
  });

  it('makes one initiative of each group of columns prefixed by the group’s name, with the realised parts of each checked against its own stated sum', () => {
    const result = read([
      ['Opfølgning (mio. kr.)'],
      [],
      [
        'År',
        'Rehabilitering – Oprindelige forventninger',
        'Rehabilitering – Realiseret effekt – oprindelige borgere',
        'Rehabilitering – Realiseret effekt – nye borgere',
        'Rehabilitering – Samlet effekt',
        'Hjælpemidler: Måltal',
        'Hjælpemidler: Realiseret effekt',
        'Bemærkning',
      ],
      [2023, 1, 0.5, 0.25, 0.75, 2, 1.5, null],
      [2024, 1.5, 0.6, 'Ej opgjort', 0.6, 2.5, 2, 'Nye borgere opgøres senere'],
    ]);
    expect(figures(result)).toEqual([
      { name: 'Rehabilitering', cell: 'B3', years: { '2023': { target: '1', effect: '0.75' }, '2024': { target: '1.5', effect: '0.6' } } },
      { name: 'Hjælpemidler', cell: 'F3', years: { '2023': { target: '2', effect: '1.5' }, '2024': { target: '2.5', effect: '2' } } },
    ]);
    const codes = codesAt(result);
    expect(codes).toEqual(expect.arrayContaining(['effect-partial@D5', 'amount-not-stated@D5']));
    expect(codes.filter((c) => c.startsWith('stated-total-mismatch'))).toEqual([]);
    expect(result.findings.find((f) => f.code === 'effect-partial')?.message).toContain('»Rehabilitering – Realiseret effekt – nye borgere«');
  });

  it('says when a group’s realised parts do not add up to the sum it states, at the stated sum’s cell', () => {
    const result = read([
      ['Opfølgning (mio. kr.)'],
      ['År', 'A – Måltal', 'A – Realiseret effekt – del 1', 'A – Realiseret effekt – del 2', 'A – Samlet effekt', 'B – Måltal', 'B – Realiseret effekt'],
      [2023, 1, 0.5, 0.25, 0.8, 2, 1.5],
      [2024, 1, 0.5, 0.5, 1, 2, 2],
    ]);
    expect(codesAt(result).filter((c) => c.startsWith('stated-total-mismatch'))).toEqual(['stated-total-mismatch@E3']);
    expect(figures(result).map((i) => i.years['2023']?.effect)).toEqual(['0.75', '1.5']);
  });

  it('starts a new group where a measure repeats with no group named, and names each by the title and its columns', () => {
    const result = read([
      ['Opfølgning (mio. kr.)'],
      ['År', 'Måltal', 'Realiseret effekt', 'Måltal', 'Realiseret effekt'],
      [2023, 1, 0.8, 2, 2.1],
      [2024, 1.5, 1.2, 2.5, 2.5],
    ]);
    expect(figures(result).map((i) => [i.name, i.cell])).toEqual([
      ['Opfølgning (mio. kr.) (kolonne B-C)', 'B2'],
      ['Opfølgning (mio. kr.) (kolonne D-E)', 'D2'],
    ]);
  });

  it('keeps one initiative where a measure repeats but the columns are no two groups of expectation and effect', () => {
    const result = read([
      ['Opfølgning (mio. kr.)'],
      ['År', 'Oprindelige forventninger', 'Budget', 'Realiseret effekt'],
      [2023, 1, 1, 0.8],
      [2024, 1.5, 1.5, 1.2],
    ]);
    expect(figures(result).map((i) => i.name)).toEqual(['Opfølgning (mio. kr.)']);
  });

  it('reads a row over the headers that names kinds of measure, merged or written once, as part of the headers: one initiative', () => {
    const rows = [
      ['Opfølgning (mio. kr.)'],
      [null, 'Forventninger', null, 'Realiseret effekt', null],
      ['År', 'Oprindelige', 'Justerede', 'Oprindelige borgere', 'Nye borgere'],
      [2023, 1, 0.9, 0.5, 0.25],
      [2024, 1.5, null, 0.75, 0.5],
    ];
    const merged = [
      { from: { row: 1, col: 1 }, to: { row: 1, col: 2 } },
      { from: { row: 1, col: 3 }, to: { row: 1, col: 4 } },
    ];
    expect(figures(read(rows))).toEqual(figures(read(rows, merged)));
    const result = read(rows, merged);
    expect(figures(result)).toEqual([
      { name: 'Opfølgning (mio. kr.)', cell: 'A1', years: { '2023': { target: '0.9', effect: '0.75' }, '2024': { target: '1.5', effect: '1.25' } } },
    ]);
    expect(result.table?.columns.map((c) => c.header)).toEqual([
      'Forventninger – Oprindelige',
      'Forventninger – Justerede',
      'Realiseret effekt – Oprindelige borgere',
      'Realiseret effekt – Nye borgere',
    ]);
  });

  it('makes one initiative of each group named under two kinds of measure (»Rehabilitering« under »Måltal« and under »Realiseret effekt«)', () => {
    const result = read(
      [
        ['Opfølgning (mio. kr.)'],
        [null, 'Måltal', null, 'Realiseret effekt', null],
        ['År', 'Rehabilitering', 'Hjælpemidler', 'Rehabilitering', 'Hjælpemidler'],
        [2023, 1, 2, 0.8, 2.1],
        [2024, 1.5, 2.5, 1.2, null],
      ],
      [
        { from: { row: 1, col: 1 }, to: { row: 1, col: 2 } },
        { from: { row: 1, col: 3 }, to: { row: 1, col: 4 } },
      ],
    );
    expect(figures(result)).toEqual([
      { name: 'Rehabilitering', cell: 'B3', years: { '2023': { target: '1', effect: '0.8' }, '2024': { target: '1.5', effect: '1.2' } } },
      { name: 'Hjælpemidler', cell: 'C3', years: { '2023': { target: '2', effect: '2.1' }, '2024': { target: '2.5', effect: null } } },
    ]);
  });

  it('checks an »I alt« row under the years against each column’s sum, and counts it as no year', () => {
    const rows = (realised: number): GridInput['rows'] => [
      ['Opfølgning (mio. kr.)'],
      ['År', 'Måltal', 'Realiseret effekt', 'Bemærkning'],
      [2023, 1, 0.8, null],
      [2024, 1.5, 1.2, 'Foreløbigt'],
      ['I alt', 2.5, realised, null],
    ];
    expect(codesAt(read(rows(2)))).toContain('stated-total-agrees@A5');
    expect(read(rows(2)).findings.find((f) => f.code === 'stated-total-agrees')?.message).toContain('(B5, C5)');
    const off = read(rows(2.1));
    expect(codesAt(off)).toContain('stated-total-mismatch@C5');
    expect(off.findings.find((f) => f.code === 'stated-total-mismatch')?.message).toBe('»I alt« siger 2,1, men rækkerne giver 2,0 (forskel 0,1). Tjek rækkerne eller totalen.');
    expect(figures(off)).toEqual([
      { name: 'Opfølgning (mio. kr.)', cell: 'A1', years: { '2023': { target: '1', effect: '0.8' }, '2024': { target: '1.5', effect: '1.2' } } },
    ]);
  });

  it('says when a year row lies outside the plan’s period, and counts nothing of it', () => {
    const result = read([
      ['Opfølgning (mio. kr.)'],
      ['År', 'Måltal', 'Realiseret effekt'],
      [2022, 9, 9],
      [2023, 1, 0.8],
      [2024, 1.5, 1.2],
    ]);
    expect(codesAt(result)).toContain('year-row-outside-period@A3');
    expect(result.findings.find((f) => f.code === 'year-row-outside-period')?.message).toBe(
      'Året 2022 ligger uden for planens periode 2023-2024. Beløbene i rækken tælles ikke med.',
    );
    expect(result.computation?.totals.map((t) => t.target.toString())).toEqual(['1', '1.5']);
  });

  it('reads a follow-up that starts further right and down, as tables often do, the same', () => {
    const table = [
      ['Opfølgning: Rehabilitering (mio. kr.)'],
      ['År', 'Måltal', 'Realiseret effekt – del 1', 'Realiseret effekt – del 2', 'Samlet effekt'],
      [2023, 1, 0.5, 0.25, 0.8],
      [2024, 1.5, 1, 'Ej opgjort', null],
      ['I alt', 2.5, 1.5, null, null],
    ];
    const shifted = read([['Bilag 3'], [], ...table.map((row) => [null, ...row])]);
    expect(figures(shifted)).toEqual([
      { name: 'Opfølgning: Rehabilitering (mio. kr.)', cell: 'B3', years: { '2023': { target: '1', effect: '0.75' }, '2024': { target: '1.5', effect: '1' } } },
    ]);
    expect(codesAt(shifted)).toEqual(expect.arrayContaining(['shape-recognised@B4', 'stated-total-mismatch@F5', 'effect-partial@E6', 'stated-total-agrees@B7']));
  });

  it('reads a row of units under the headers as the columns’ units', () => {
    const result = read([
      ['Opfølgning: Rehabilitering'],
      ['År', 'Måltal', 'Realiseret effekt'],
      [null, '1.000 kr.', '1.000 kr.'],
      [2023, 1000, 800],
      [2024, 1500, 1200],
    ]);
    expect(figures(result)).toEqual([
      { name: 'Opfølgning: Rehabilitering', cell: 'A1', years: { '2023': { target: '1', effect: '0.8' }, '2024': { target: '1.5', effect: '1.2' } } },
    ]);
    expect(codesAt(result)).toEqual(expect.arrayContaining(['table-unit-converted@B3', 'table-unit-converted@C3']));
  });

  it('reads any follow-up of this shape without throwing, each value cell in one initiative only, each initiative named', () => {
    const measure = fc.constantFrom('Måltal', 'Oprindelige forventninger', 'Justerede forventninger', 'Forventet effekt', 'Realiseret effekt', 'Realiseret effekt – del 1', 'Samlet effekt', 'Bemærkning', 'Andet');
    const header = fc.tuple(fc.constantFrom('', 'A – ', 'B: ', 'Budget - '), measure).map(([prefix, words]) => prefix + words);
    const value = fc.oneof(fc.constant(null), fc.integer({ min: -500, max: 500 }), fc.constantFrom('Ej opgjort', '1,5', '-'));
    fc.assert(
      fc.property(
        fc.array(header, { minLength: 1, maxLength: 7 }),
        fc.array(fc.constantFrom(null, 'Rehabilitering', 'Hjælpemidler', 'Beløb i mio. kr.', 'Forventninger'), { maxLength: 7 }),
        fc.array(fc.array(value, { minLength: 7, maxLength: 7 }), { minLength: 2, maxLength: 3 }),
        (headers, above, rows) => {
          const grid = [['Opfølgning (mio. kr.)'], [null, ...above], ['År', ...headers], ...rows.map((cells, k) => [2023 + k, ...cells])];
          const result = read(grid);
          const initiatives = result.table?.rows ?? [];
          expect(initiatives.every((row) => row.name !== '')).toBe(true);
          const cells = initiatives.flatMap((row) => row.values.map((v) => `${v.row}:${v.col}`));
          expect(new Set(cells).size).toBe(cells.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
