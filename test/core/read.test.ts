import { roleOfHeader } from '../../src/core/columns';
import { analyse, codesAt, HEADER, smallScheme } from '../helpers/plan';
import { rawText } from '../../src/core/plan-table';

describe('finding the table', () => {
  it('skips title and note rows and finds the header below them', () => {
    const result = analyse([['Handleplan 2023-2024'], ['Beløb i mio. kr.'], [], HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2]]);
    expect(result.table?.headerRow).toBe(3);
    expect(result.table?.rows.map((r) => r.kind)).toEqual(['initiative']);
  });

  it('maps Danish header synonyms to what the columns hold', () => {
    const vocabulary = { groups: smallScheme().columnGroups };
    expect(roleOfHeader('Initiativ', vocabulary)).toEqual({ kind: 'name' });
    expect(roleOfHeader('Tiltag', vocabulary)).toEqual({ kind: 'name' });
    expect(roleOfHeader('Kategori', vocabulary)).toEqual({ kind: 'category' });
    expect(roleOfHeader('Område', vocabulary)).toEqual({ kind: 'category' });
    expect(roleOfHeader('2023', vocabulary)).toEqual({ kind: 'amount', measure: 'target', group: 'plan', year: 2023 });
    expect(roleOfHeader('Justeret forventning 2024', vocabulary)).toEqual({ kind: 'amount', measure: 'adjusted', group: 'plan', year: 2024 });
    expect(roleOfHeader('Realiseret 2023', vocabulary)).toEqual({ kind: 'amount', measure: 'realised', group: 'plan', year: 2023 });
    expect(roleOfHeader('Forventet realiseret 2024', vocabulary)).toEqual({ kind: 'amount', measure: 'forecast', group: 'plan', year: 2024 });
    expect(roleOfHeader('Budgetbesparelse B2023', vocabulary)).toEqual({ kind: 'amount', measure: 'target', group: 'B2023', year: 2023 });
    expect(roleOfHeader('Realiseret B2023', vocabulary)).toEqual({ kind: 'amount', measure: 'realised', group: 'B2023', year: 2023 });
    expect(roleOfHeader('Helårseffekt', vocabulary)).toEqual({ kind: 'full-year', group: 'plan' });
    expect(roleOfHeader('Ikrafttræden', vocabulary)).toEqual({ kind: 'start' });
    expect(roleOfHeader('Antal borgere', vocabulary)).toEqual({ kind: 'citizens' });
    expect(roleOfHeader('Besparelse pr. borger (1.000 kr.)', vocabulary)).toEqual({ kind: 'unit-saving', unit: '1.000 kr.' });
    expect(roleOfHeader('Gab 2023 (beregnet)', vocabulary)).toEqual({ kind: 'owned' });
    expect(roleOfHeader('Ansvarlig', vocabulary)).toBeUndefined();
  });

  it('reports an empty sheet and a sheet without a table instead of failing', () => {
    expect(codesAt(analyse([]))).toEqual(['sheet-empty@-']);
    expect(codesAt(analyse([['Noter'], ['Intet her']]))).toEqual(['header-not-found@-']);
  });

  it('says which column is missing', () => {
    const result = analyse([['Nr', 'Indsats', '2023'], ['1', 'Åben cafe', 1]]);
    expect(result.findings.map((f) => f.code)).toContain('column-missing');
    expect(result.findings.find((f) => f.code === 'column-missing')?.message).toContain('kategori');
  });

  it('reports a year column outside the plan period and does not count it', () => {
    const result = analyse([['Tema', 'Indsats', '2023', '2027'], ['Dagtilbud', 'Åben cafe', 1, 9]]);
    expect(codesAt(result)).toContain('year-outside-period@D1');
    expect(result.table?.rows[0]?.values.map(rawText)).toEqual(['1']);
  });
});

describe('classifying rows', () => {
  it('tells initiatives, activities, blanks, stated totals and notes apart', () => {
    const result = analyse([
      HEADER,
      ['1', 'Dagtilbud', 'Reduktion i dagtilbud', 1, 2],
      ['1.1', 'Dagtilbud', '- Åben cafe'],
      [],
      ['', '', 'I alt', 1, 2],
      ['Kilde: Handleplan 2022'],
    ]);
    expect(result.table?.rows.map((r) => r.kind)).toEqual(['initiative', 'activity', 'blank', 'stated-total', 'note']);
    expect(result.table?.rows[1]?.parent).toBe(1);
    expect(codesAt(result)).toContain('row-read-as-note@A6');
  });

  it('marks a row whose status says udgået as dropped', () => {
    const result = analyse([[...HEADER, 'Status'], ['1', 'Dagtilbud', 'Lukning af cafe', 1, 1, null, null, null, 'Udgået']]);
    expect(result.table?.rows[0]?.dropped).toBe(true);
  });

  it('knows UDGÅET, Bortfaldet and I ALT in any case', () => {
    const result = analyse([
      [...HEADER, 'Status'],
      ['1', 'Dagtilbud', 'Lukning af cafe', 1, 1, null, null, null, 'UDGÅET'],
      ['2', 'Dagtilbud', 'Kørsel (bortfaldet)', 1, 1],
      [null, null, 'I ALT', 0, 0],
    ]);
    expect(result.table?.rows.map((r) => [r.kind, r.dropped])).toEqual([
      ['initiative', true],
      ['initiative', true],
      ['stated-total', false],
    ]);
  });

  it('keeps the source cell and raw text of every value', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', '8,3']]);
    const cell = result.table?.rows[0]?.values[0];
    expect([cell?.row, cell?.col]).toEqual([1, 3]);
    expect(cell === undefined ? undefined : rawText(cell)).toBe('8,3');
    expect(result.table?.rows[0]?.values[0]?.value?.toString()).toBe('8.3');
  });
});

describe('activity rows', () => {
  it('reads a name starting with a dash and no space as an initiative, not an activity', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', '-Fønix', 1], ['1.1', 'Dagtilbud', '- Åben cafe'], ['1.2', 'Dagtilbud', '• Nye åbningstider']]);
    expect(result.table?.rows.map((r) => r.kind)).toEqual(['initiative', 'activity', 'activity']);
  });
});

describe('tables with other name headers and no category column', () => {
  it.each(['Post', 'Overskrift', 'Forslag', 'Beskrivelse'])('reads »%s« as the column of the initiatives’ names', (heading) => {
    const result = analyse([['Tema', heading, '2023', '2024'], ['Dagtilbud', 'Færre vikarer', 1, 2]]);
    expect(result.table?.rows[0]).toEqual(expect.objectContaining({ kind: 'initiative', name: 'Færre vikarer' }));
  });

  it('gives every initiative the scheme’s default category when the table has no category column', () => {
    const rows = [['Post', '2023', '2024'], ['Færre vikarer', 1, 2], ['Ny indkøbsaftale', 2, 3]];
    const base = smallScheme();
    const withDefault = analyse(rows, { ...base, plan: { ...base.plan, defaultCategory: 'Dagtilbud' } });
    expect(withDefault.table?.rows.map((row) => row.category)).toEqual(['Dagtilbud', 'Dagtilbud']);
    expect(withDefault.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(withDefault.computation?.totals[0]?.target.toString()).toBe('3');
    expect(codesAt(analyse(rows))).toContain('column-missing@A1');
  });
});

describe('adjusted expectations', () => {
  it('reads »Justerede forventninger 2024« as the adjusted expectation, as »Justeret 2024«', () => {
    const result = analyse([['Tema', 'Indsats', '2024', 'Justerede forventninger 2024', 'Justeret 2023'], ['Dagtilbud', 'A', 2, 1.5, 1]]);
    expect(result.table?.columns.slice(2).map((c) => c.role)).toEqual([
      { kind: 'amount', measure: 'target', group: 'plan', year: 2024 },
      { kind: 'amount', measure: 'adjusted', group: 'plan', year: 2024 },
      { kind: 'amount', measure: 'adjusted', group: 'plan', year: 2023 },
    ]);
  });
});
