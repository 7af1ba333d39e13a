import { priceYearStatedBy } from '../../src/core/conventions';
import { Decimal } from '../../src/core/decimal';
import { gridOf } from '../../src/core/grid';
import { storedText } from '../../src/core/layout';
import { amountOf } from '../../src/core/plan-table';
import { PriceIndex } from '../../src/core/scheme';
import { schemeFromJson, schemeToJson } from '../../src/core/scheme-json';
import { schemeFromGrid, schemeToLayout } from '../../src/core/scheme-sheet';
import { analyse, codesAt, HEADER, smallScheme } from '../helpers/plan';
import { hedenstedScheme } from '../helpers/scheme';

const KL_INDEX: PriceIndex = {
  source: 'KL, juni 2026',
  date: '2026-06-15',
  years: new Map([
    [2022, new Decimal('100.0')],
    [2023, new Decimal('104.3')],
  ]),
};

const ROW = ['1', 'Dagtilbud', 'Kørsel', 10.43, 20.86, null, null, null];

describe('what a sheet says about its price level', () => {
  it('finds the year of the prices a title, header or note states, in the ways budget documents write it', () => {
    expect(['2023-priser', 'Beløb i 1.000 kr. 2023-priser', 'i 2023 priser', '2023-pl', '(1.000 kr., 2023-P/L)', 'P/L 2023', 'i 2023-prisniveau'].map(priceYearStatedBy)).toEqual([
      2023, 2023, 2023, 2023, 2023, 2023, 2023,
    ]);
  });

  it('finds none where no year of prices is stated', () => {
    expect(['Mio. kr. (løbende priser)', 'Faste priser', 'Budget 2023', 'Priserne stiger i 2024', 'Kontraktforhandling'].map(priceYearStatedBy)).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });
});

describe('a table in another year’s prices than the plan’s', () => {
  it('is converted exactly by the scheme’s index, said once at the cell that states it', () => {
    const result = analyse([['Alle beløb er i mio. kr., 2023-priser'], HEADER, ROW], smallScheme({ priceIndex: KL_INDEX }));
    const row = result.table?.rows.find((r) => r.kind === 'initiative');
    // 10,43 × 100,0 ÷ 104,3 = 10 and 20,86 × 100,0 ÷ 104,3 = 20: in 2022-priser, to the øre.
    expect(amountOf(row!, 'plan', 2023, 'target')?.toString()).toBe('10');
    expect(amountOf(row!, 'plan', 2024, 'target')?.toString()).toBe('20');
    expect(codesAt(result).filter((c) => c.startsWith('table-price'))).toEqual(['table-price-converted@A1']);
    const said = result.findings.find((f) => f.code === 'table-price-converted');
    expect(said?.message).toBe(
      'Beløbene i kolonne D, E, F, G, H er i 2023-priser (»Alle beløb er i mio. kr., 2023-priser«). De er omregnet til planens prisniveau, 2022-priser: ' +
        'ganget med 100 og divideret med 104,3 (skemaets prisindeks, KL, juni 2026).',
    );
  });

  it('converts a column whose own header states its prices, and leaves the others as they are', () => {
    const header = ['Nr', 'Tema', 'Indsats', '2023', '2024 (2023-pl)'];
    const result = analyse([header, ['1', 'Dagtilbud', 'Kørsel', 10.43, 10.43]], smallScheme({ priceIndex: KL_INDEX }));
    const row = result.table?.rows.find((r) => r.kind === 'initiative');
    expect(amountOf(row!, 'plan', 2023, 'target')?.toString()).toBe('10.43');
    expect(amountOf(row!, 'plan', 2024, 'target')?.toString()).toBe('10');
    expect(codesAt(result)).toContain('table-price-converted@E1');
  });

  it('converts nothing and warns when the scheme has no index for the years', () => {
    const result = analyse([['Alle beløb er i mio. kr., 2023-priser'], HEADER, ROW], smallScheme());
    const row = result.table?.rows.find((r) => r.kind === 'initiative');
    expect(amountOf(row!, 'plan', 2023, 'target')?.toString()).toBe('10.43');
    const warning = result.findings.find((f) => f.code === 'price-index-missing');
    expect(warning).toEqual(expect.objectContaining({ severity: 'warning', address: "'Plan'!A1" }));
    expect(warning?.message).toContain('skemaets prisindeks mangler 2023 og 2022');
  });

  it('converts nothing and warns when the plan’s own price level names no year', () => {
    const result = analyse([['Alle beløb er i mio. kr., 2023-priser'], HEADER, ROW], smallScheme({ priceLevel: 'løbende priser', priceIndex: KL_INDEX }));
    expect(codesAt(result)).toContain('price-level-plan-unknown@A1');
    expect(amountOf(result.table!.rows.find((r) => r.kind === 'initiative')!, 'plan', 2023, 'target')?.toString()).toBe('10.43');
  });

  it('says nothing when the table is in the plan’s prices, and converts nothing when the sheet states two levels', () => {
    const same = analyse([['Alle beløb er i mio. kr., 2022-priser'], HEADER, ROW], smallScheme({ priceIndex: KL_INDEX }));
    expect(codesAt(same).filter((c) => c.includes('price'))).toEqual([]);
    const two = analyse([['Beløb i 2023-priser'], HEADER, ROW, ['Note: tidligere tal i 2024-priser']], smallScheme({ priceIndex: KL_INDEX }));
    expect(codesAt(two).filter((c) => c.includes('price'))).toEqual(['price-level-unclear@A1']);
  });

  it('converts a budget proposal form in 2023-priser into a plan in 2022-priser', () => {
    const scheme = smallScheme({ unit: '1.000 kr.', priceIndex: KL_INDEX, defaultCategory: 'DAG' });
    const result = analyse(
      [
        ['Overskrift', 'Færre åbningstimer på biblioteket'],
        ['Udvalg', 'Kultur- og Fritidsudvalget'],
        ['Beløb i 1.000 kr. 2023-priser', 2023, 2024],
        ['Nuværende budget', 12500, 12500],
        ['Effektivisering', -208.6, -417.2],
        ['Samlet ændring (Netto)', -208.6, -417.2],
        ['(-) = mindreudgift'],
      ],
      scheme,
    );
    const row = result.table?.rows.find((r) => r.kind === 'initiative');
    // −208,6 × 100 ÷ 104,3 = −200, shown as a saving of 200 in the plan's sign; −417,2 → 400.
    expect(amountOf(row!, 'plan', 2023, 'target')?.toString()).toBe('200');
    expect(amountOf(row!, 'plan', 2024, 'target')?.toString()).toBe('400');
    expect(codesAt(result)).toContain('table-price-converted@A3');
  });
});

describe('the scheme’s price index', () => {
  const withIndex = { ...hedenstedScheme(), plan: { ...hedenstedScheme().plan, priceIndex: KL_INDEX } };

  it('is read from the JSON form as plan.priceIndex, and written back the same', () => {
    const json = JSON.parse(JSON.stringify(schemeToJson(withIndex))) as { plan: { priceIndex: unknown } };
    expect(json.plan.priceIndex).toEqual({ source: 'KL, juni 2026', date: '2026-06-15', years: { '2022': '100', '2023': '104.3' } });
    const read = schemeFromJson(json, 'skema.json');
    expect(read.findings).toEqual([]);
    expect(schemeToJson(read.scheme!)).toEqual(schemeToJson(withIndex));
  });

  it('is a table on the scheme sheet, with its source and date as fields, that users can edit', () => {
    const layout = schemeToLayout(withIndex);
    const rows = layout.rows.map((row) => row.map((cell) => (cell.value.kind === 'number' ? cell.value.value.toNumber() : storedText(cell))));
    const heading = rows.findIndex((row) => row[0] === 'Prisindeks');
    expect(rows.slice(heading, heading + 4)).toEqual([['Prisindeks'], ['År', 'Indeks'], [2022, 100], [2023, 104.3]]);
    rows.splice(heading + 4, 0, [2024, 107.9]);
    const read = schemeFromGrid(gridOf({ sheetName: layout.sheetName, rows }));
    expect(read.findings).toEqual([]);
    expect(read.scheme?.plan.priceIndex?.source).toBe('KL, juni 2026');
    expect([...(read.scheme?.plan.priceIndex?.years ?? [])].map(([year, level]) => `${year}:${level.toString()}`)).toEqual(['2022:100', '2023:104.3', '2024:107.9']);
  });

  it('refuses an index that is not a positive number, naming the year', () => {
    const json = schemeToJson(withIndex) as unknown as { plan: { priceIndex: { years: Record<string, string> } } };
    json.plan.priceIndex.years['2024'] = 'ukendt';
    json.plan.priceIndex.years['2025'] = '0';
    const read = schemeFromJson(json, 'skema.json');
    expect(read.scheme).toBeUndefined();
    expect(read.findings.map((f) => f.params.field)).toEqual(['plan.priceIndex.years.2024', 'plan.priceIndex.years.2025']);
  });
});
