import { isUnitOnly, signStatedBy, unitInText, unitStatedBy } from '../../src/core/conventions';
import { Decimal } from '../../src/core/decimal';
import { parseAmountText } from '../../src/core/money';
import { amountOf } from '../../src/core/plan-table';
import { analyse, codesAt, HEADER, smallScheme } from '../helpers/plan';

describe('what a sheet says about its unit', () => {
  it('finds the unit a column header names, as its own word', () => {
    expect(unitInText('Effekt 2023 (1.000 kr.)')).toBe('1.000 kr.');
    expect(unitInText('2023, mio. kr.')).toBe('mio. kr.');
    expect(unitInText('tkr. 2024')).toBe('1.000 kr.');
    expect(unitInText('Helårseffekt (kr.)')).toBe('kr.');
    expect(unitInText('Effekt kr.')).toBe('kr.');
    expect(unitInText('Budgetbesparelse B2023')).toBeUndefined();
    expect(unitInText('Kørsel')).toBeUndefined();
  });

  it('knows a unit by the same spellings in a header, a title and a cell: (mia.) as (mio.), 1000 kr. as 1.000 kr.', () => {
    const spellings = ['mia.', 'mio.', 'mia. kr.', 'mio. kr.', '1000 kr.', '1.000 kr.', 't.kr.', 'tkr.', 'kr.'];
    const units = ['mia. kr.', 'mio. kr.', 'mia. kr.', 'mio. kr.', '1.000 kr.', '1.000 kr.', '1.000 kr.', '1.000 kr.', 'kr.'];
    expect(spellings.map((unit) => unitInText(`Effekt 2023 (${unit})`))).toEqual(units);
    expect(spellings.map((unit) => unitStatedBy(`Beløb i ${unit}`))).toEqual(units);
    expect(spellings.map((unit) => parseAmountText(`2,5 ${unit}`))).toEqual(units.map((unit) => ({ ok: true, value: new Decimal('2.5'), unit })));
  });

  it('takes a title or note as a statement of the unit only when it says so, not when a name mentions an amount', () => {
    expect(unitStatedBy('Beløb i 1.000 kr.')).toBe('1.000 kr.');
    expect(unitStatedBy('Alle beløb er i mio. kr., 2022-priser')).toBe('mio. kr.');
    expect(unitStatedBy('Budgetforslag 2024 (1.000 kr., 2024-pl)')).toBe('1.000 kr.');
    expect(unitStatedBy('Budgetforslag 2024, 1.000 kr.')).toBe('1.000 kr.');
    expect(unitStatedBy('Mio. kr.')).toBe('mio. kr.');
    expect(unitStatedBy('(i hele mio. kr.)')).toBe('mio. kr.');
    expect(unitStatedBy('1.000 kr. 2024-priser')).toBe('1.000 kr.');
    expect(unitStatedBy('Mio. kr. (løbende priser)')).toBe('mio. kr.');
    expect(unitStatedBy('Spar 2 mio. kr. på kørsel')).toBeUndefined();
    expect(unitStatedBy('Kr. 2.500 pr. borger')).toBeUndefined();
    expect(unitStatedBy('Mio. kr. er afsat til puljen i 2024')).toBeUndefined();
    expect(unitStatedBy('Kontraktforhandling')).toBeUndefined();
  });

  it('knows a header that is nothing but a unit', () => {
    expect(isUnitOnly('Mio. kr.')).toBe(true);
    expect(isUnitOnly('(1.000 kr.)')).toBe(true);
    expect(isUnitOnly('Indsats (mio. kr.)')).toBe(false);
  });
});

describe('what a sheet says about its sign', () => {
  it('reads the budget footnote and its variants', () => {
    expect(signStatedBy('(-) = mindreudgift/merindtægt')).toBe('savings-negative');
    expect(signStatedBy('(−) angiver mindreudgift/merindtægt, (+) angiver merudgift/mindreindtægt')).toBe('savings-negative');
    expect(signStatedBy('Minus angiver et mindreforbrug/overskud')).toBe('savings-negative');
    expect(signStatedBy('Negative beløb er besparelser')).toBe('savings-negative');
    expect(signStatedBy('(+) = mindreudgift')).toBe('savings-positive');
    expect(signStatedBy('Besparelser vises som positive tal')).toBe('savings-positive');
  });

  it('states nothing when a note says nothing about signs, or says both', () => {
    expect(signStatedBy('Der kan forekomme afrundingsdifferencer')).toBeUndefined();
    expect(signStatedBy('Mindreudgift på ældreområdet')).toBeUndefined();
    expect(signStatedBy('(-) = mindreudgift, (-) = merudgift')).toBeUndefined();
  });
});

const b2023 = (rows: ReturnType<typeof analyse>, row: number): Decimal | null =>
  amountOf(rows.table!.rows.find((r) => r.index === row)!, 'plan', 2023, 'target');

describe('converting a table to the plan unit and sign', () => {
  it('converts a table stated in 1.000 kr. to the plan in mio. kr. exactly, and says so once at the statement', () => {
    const result = analyse([['Beløb i 1.000 kr.'], HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1500, 250.5], ['2', 'Dagtilbud', 'Bofællesskab', '1.500,0', 0]]);
    expect(b2023(result, 2)?.toString()).toBe('1.5');
    expect(amountOf(result.table!.rows[0]!, 'plan', 2024, 'target')?.toString()).toBe('0.2505');
    expect(b2023(result, 3)?.toString()).toBe('1.5');
    const converted = result.findings.filter((f) => f.code === 'table-unit-converted');
    expect(converted.map((f) => [f.cell, f.params.from, f.params.to, f.params.columns])).toEqual([['A1', '1.000 kr.', 'mio. kr.', 'D, E, F, G, H']]);
    // The text number is fixed in the column's own unit: 1.500,0 thousand stays 1500.0 in the cell.
    expect(result.findings.find((f) => f.code === 'amount-text-number')?.fix?.value).toBe('1500.0');
  });

  it('lets a column header name its own unit beside columns in the plan unit', () => {
    const header = ['Nr', 'Tema', 'Indsats', '2023', '2024 (1.000 kr.)'];
    const result = analyse([header, ['1', 'Dagtilbud', 'Åben cafe', 1.5, 750]]);
    const row = result.table!.rows[0]!;
    expect(amountOf(row, 'plan', 2023, 'target')?.toString()).toBe('1.5');
    expect(amountOf(row, 'plan', 2024, 'target')?.toString()).toBe('0.75');
    expect(codesAt(result)).toContain('table-unit-converted@E1');
  });

  it('takes the unit from a header cell that holds only the unit, and reads that column as the names', () => {
    const result = analyse([['Nr', 'Tema', 'Mio. kr.', '2023', '2024'], ['1', 'Dagtilbud', 'Åben cafe', 1.5, 2]]);
    expect(result.table?.rows[0]?.name).toBe('Åben cafe');
    expect(result.findings.filter((f) => f.severity !== 'info' && f.code !== 'plan-total-misses-target')).toEqual([]);
  });

  it('turns negative savings positive when a footnote states (-) = mindreudgift, and keeps zero as zero', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Åben cafe', -1.5, 0], [], ['(-) = mindreudgift/merindtægt']]);
    const row = result.table!.rows[0]!;
    expect(amountOf(row, 'plan', 2023, 'target')?.toString()).toBe('1.5');
    expect(amountOf(row, 'plan', 2024, 'target')?.isNegative()).toBe(false);
    expect(codesAt(result)).toContain('table-sign-converted@A4');
    expect(codesAt(result)).not.toContain('amount-negative-not-allowed@D2');
  });

  it('keeps the sign of a plan whose own convention is negative savings', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Åben cafe', -1.5], ['(-) = mindreudgift']], smallScheme({ sign: 'savings-negative' }));
    expect(amountOf(result.table!.rows[0]!, 'plan', 2023, 'target')?.toString()).toBe('-1.5');
    expect(codesAt(result).some((c) => c.startsWith('table-sign'))).toBe(false);
  });

  it('converts nothing and warns when the sheet states two units or two signs', () => {
    const result = analyse([['Beløb i 1.000 kr.'], ['Alle beløb er i mio. kr.'], HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1.5], ['(-) = mindreudgift'], ['(-) = merudgift']]);
    expect(amountOf(result.table!.rows[0]!, 'plan', 2023, 'target')?.toString()).toBe('1.5');
    expect(codesAt(result)).toEqual(expect.arrayContaining(['unit-unclear@A1', 'sign-unclear@A5']));
  });

  it('checks a stated total in 1.000 kr. shown without decimals within its own rounding', () => {
    const total = { content: { kind: 'number' as const, value: 2251 }, numberFormat: '#,##0' };
    const result = analyse([['(1.000 kr.)'], HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1250.6], ['2', 'Dagtilbud', 'Bo', 1000.4], ['', '', 'I alt', total]]);
    expect(codesAt(result)).toContain('stated-total-agrees@A5');
  });
});
