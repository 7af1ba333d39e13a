import { readFileSync } from 'node:fs';
import { gridOf } from '../../src/core/grid';
import { draftScheme } from '../../src/core/draft-scheme';
import { schemeFromJson, schemeToJson } from '../../src/core/scheme-json';
import { schemeFromGrid, schemeToLayout } from '../../src/core/scheme-sheet';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { storedText } from '../../src/core/layout';

describe('the scheme', () => {
  it('reads the shipped Hedensted scheme with its targets and groups', () => {
    const scheme = hedenstedScheme();
    expect(scheme.plan).toEqual(expect.objectContaining({ firstYear: 2023, lastYear: 2026, unit: 'mio. kr.', sign: 'savings-positive' }));
    expect(scheme.categories.map((c) => c.code)).toEqual(['B2023', 'DAG', 'SPS', 'AFR', 'KON']);
    expect([...(scheme.columnGroups[0]?.targets ?? new Map())].map(([y, t]) => `${y}:${t.toString()}`)).toEqual(['2023:5', '2024:8', '2025:15', '2026:30.3']);
    expect(scheme.columnGroups[1]).toEqual(expect.objectContaining({ key: 'B2023', marker: 'B2023', years: [2023] }));
  });

  it('survives being written as a sheet and read back', () => {
    const scheme = hedenstedScheme();
    const layout = schemeToLayout(scheme);
    const grid = gridOf({ sheetName: layout.sheetName, rows: layout.rows.map((row) => row.map((cell) => (cell.value.kind === 'number' ? cell.value.value.toNumber() : storedText(cell)))) });
    const read = schemeFromGrid(grid);
    expect(read.findings).toEqual([]);
    expect(schemeToJson(read.scheme ?? scheme)).toEqual(schemeToJson(scheme));
  });

  it('reports every problem of an edited scheme sheet at once', () => {
    const layout = schemeToLayout(hedenstedScheme());
    const rows = layout.rows.map((row) => row.map(storedText));
    rows[4] = ['Periode', '2026-2023'];
    rows[5] = ['Enhed', 'kroner'];
    const read = schemeFromGrid(gridOf({ sheetName: 'Handleplan-skema', rows }));
    expect(read.scheme).toBeUndefined();
    expect(read.findings.map((f) => f.params.field)).toEqual(['plan.period', 'plan.unit']);
    expect(read.findings[1]?.message).toContain('»kroner« er ikke gyldig som Enhed (plan.unit)');
  });

  it('survives JSON both ways', () => {
    const scheme = hedenstedScheme();
    const again = schemeFromJson(JSON.parse(JSON.stringify(schemeToJson(scheme))), 'x.json');
    expect(schemeToJson(again.scheme ?? scheme)).toEqual(schemeToJson(scheme));
  });
});

describe('drafting a scheme for a workbook that has none', () => {
  it('finds categories, years, the B2023 group, unit, price level and targets, and flags each guess', async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
    const draft = draftScheme(await workbook.readSheet((await workbook.facts()).sheetNames[0] ?? ''));
    const scheme = draft.scheme;
    expect(scheme?.plan).toEqual(expect.objectContaining({ firstYear: 2023, lastYear: 2026, unit: 'mio. kr.', priceLevel: '2022-priser', sign: 'savings-positive' }));
    expect(scheme?.categories.map((c) => c.label)).toEqual([
      'Budget 2023',
      'Dagtilbud (SEL §§103-104)',
      'Socialpædagogisk støtte (SEL §§82, 85)',
      'Afregningsmodel',
      'Kontraktforhandling',
    ]);
    expect(scheme?.columnGroups.map((g) => [g.key, g.marker, g.years])).toEqual([
      ['handleplan', undefined, [2023, 2024, 2025, 2026]],
      ['B2023', 'B2023', [2023]],
    ]);
    expect([...(scheme?.columnGroups[0]?.targets.values() ?? [])].map(String)).toEqual(['5', '8', '15', '30.3']);
    expect(draft.findings.every((f) => f.code === 'scheme-guess')).toBe(true);
    expect(draft.findings.length).toBeGreaterThanOrEqual(5);
  });

  it('words the group heading as a finance colleague would: 7,1 mio. kr., but 1.650 i 1.000 kr. (not 1.650 1.000 kr.)', () => {
    const headingFor = (unit: string): string | undefined =>
      draftScheme(gridOf({ rows: [[`Beløb i ${unit}`], ['Nr.', 'Indsats', 'Kategori', '2024'], [1, 'Kørsel', 'Drift', 100]] })).scheme?.columnGroups[0]?.header;
    expect(headingFor('mio. kr.')).toBe('Handleplan ({total} mio. kr.)');
    expect(headingFor('1.000 kr.')).toBe('Handleplan ({total} i 1.000 kr.)');
  });

  it('says so when there is no table to draft from', () => {
    expect(draftScheme(gridOf({ rows: [['Noter']] })).findings.map((f) => f.code)).toEqual(['header-not-found']);
  });
});
