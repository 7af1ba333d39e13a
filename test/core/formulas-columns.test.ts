import { Decimal } from '../../src/core/decimal';
import { GridCell } from '../../src/core/grid';
import { analyse, HEADER, smallScheme } from '../helpers/plan';
import { cachedAt, cellAtAddress, formulaAt } from '../helpers/layout-cells';

const date = (iso: string): GridCell => ({ content: { kind: 'date', value: `${iso}T00:00:00.000Z` } });

// HEADER: A Nr, B Tema, C Indsats, D 2023, E 2024, F B2023, G Realiseret 2023, H Forventet 2024; the program's columns from I:
// I Effekt 2023, J Gab 2023, K Effekt 2024, L Gab 2024, M Effekt B2023, N Gab B2023.
describe('the effect and gap columns as formulas', () => {
  it('takes the realised effect, else the forecast, and measures the gap from the planned amount beside it', () => {
    const output = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 2, 1.5, null, 1.6, 1.2]]).outputColumns!;
    expect(formulaAt(output, 'I2')).toBe('IF(ISNUMBER(G2),G2,"")');
    expect(cachedAt(output, 'I2')).toBe('1.6');
    expect(formulaAt(output, 'J2')).toBe('IF(I2="","",IF(ISNUMBER(D2),D2,0)-I2)');
    expect(cachedAt(output, 'J2')).toBe('0.4');
    expect(formulaAt(output, 'K2')).toBe('IF(ISNUMBER(H2),H2,"")');
    expect(cachedAt(output, 'L2')).toBe('0.3');
  });

  it('tries realised before forecast where a year has both, and the adjusted target before the original', () => {
    const output = analyse([
      ['Tema', 'Indsats', '2023', 'Justeret forventning 2023', 'Realiseret 2023', 'Forventet 2023'],
      ['Dagtilbud', 'Cafe', 2, 1.5, null, 1],
    ]).outputColumns!;
    expect(formulaAt(output, 'G2')).toBe('IF(ISNUMBER(E2),E2,IF(ISNUMBER(F2),F2,""))');
    expect(cachedAt(output, 'G2')).toBe('1');
    expect(formulaAt(output, 'H2')).toBe('IF(G2="","",IF(ISNUMBER(D2),D2,IF(ISNUMBER(C2),C2,0))-G2)');
    expect(cachedAt(output, 'H2')).toBe('0.5');
  });

  it('shows nothing, cached as "", where a row has no effect yet', () => {
    const output = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 2, 1.5, null, 'Ej opgjort', null]]).outputColumns!;
    expect(formulaAt(output, 'I2')).toBe('IF(ISNUMBER(G2),G2,"")');
    expect(cachedAt(output, 'I2')).toBe('');
    expect(cachedAt(output, 'J2')).toBe('');
  });

  it('writes blank cells where the table has no column the effect could come from', () => {
    const output = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 2, 1.5, 1, null, null]]).outputColumns!;
    expect(cellAtAddress(output, 'M2').value.kind).toBe('blank');
    expect(cellAtAddress(output, 'N2').value.kind).toBe('blank');
  });

  it('converts a column stated in 1.000 kr. with savings negative into the plan unit and sign with exact factors', () => {
    const output = analyse([
      ['Beløb i 1.000 kr. (-) = mindreudgift'],
      ['Tema', 'Indsats', '2023', 'Realiseret 2023'],
      ['Dagtilbud', 'Cafe', -2000, -1500],
    ]).outputColumns!;
    expect(formulaAt(output, 'E3')).toBe('IF(ISNUMBER(D3),-D3/1000,"")');
    expect(cachedAt(output, 'E3')).toBe('1.5');
    expect(formulaAt(output, 'F3')).toBe('IF(E3="","",IF(ISNUMBER(C3),-C3/1000,0)-E3)');
    expect(cachedAt(output, 'F3')).toBe('0.5');
  });

  it("converts a column in another year's prices by the scheme's index, with the indices' exact texts", () => {
    const index = { source: 'KL', date: '2026-06-15', years: new Map([[2022, new Decimal('100.0')], [2023, new Decimal('104.3')]]) };
    const output = analyse([['Alle beløb er i mio. kr., 2023-priser'], HEADER, ['1', 'Dagtilbud', 'Kørsel', 10.43, 20.86, null, 5.215, null]], smallScheme({ priceIndex: index })).outputColumns!;
    expect(formulaAt(output, 'I3')).toBe('IF(ISNUMBER(G3),G3*100/104.3,"")');
    expect(cachedAt(output, 'I3')).toBe('5');
    expect(formulaAt(output, 'J3')).toBe('IF(I3="","",IF(ISNUMBER(D3),D3*100/104.3,0)-I3)');
    expect(cachedAt(output, 'J3')).toBe('5');
  });

  it('measures the gap as effect − target where the plan shows savings as negative numbers', () => {
    const output = analyse([HEADER, ['1', 'Kontraktforhandling', 'X', -2.6, null, null, -2.3]], smallScheme({ sign: 'savings-negative' })).outputColumns!;
    expect(formulaAt(output, 'J2')).toBe('IF(I2="","",I2-IF(ISNUMBER(D2),D2,0))');
    expect(cachedAt(output, 'J2')).toBe('0.3');
  });

  it('takes helårseffekt times the share of the year from the start date cell: whole months, the first only from the 1st', () => {
    const result = analyse([
      ['Tema', 'Indsats', '2023', '2024', 'Helårseffekt', 'Ikrafttræden'],
      ['Dagtilbud', 'Cafe', 1, 1.2, 1.2, date('2023-05-01')],
      ['Dagtilbud', 'Pulje', 1, 1.2, 1.2, date('2023-05-15')],
    ]);
    const output = result.outputColumns!;
    const share = (row: number, year: number): string =>
      `IF(ISNUMBER(F${row}),IF(YEAR(F${row})>${year},0,IF(YEAR(F${row})<${year},1,(IF(DAY(F${row})=1,13,12)-MONTH(F${row}))/12)),1)`;
    expect(formulaAt(output, 'G2')).toBe(`IF(ISNUMBER(E2),E2*${share(2, 2023)},"")`);
    expect(cachedAt(output, 'G2')).toBe('0.8');
    expect(cachedAt(output, 'G3')).toBe(new Decimal(1.2).times(7).dividedBy(12).toString());
    expect(formulaAt(output, 'I2')).toBe(`IF(ISNUMBER(E2),E2*${share(2, 2024)},"")`);
    expect(cachedAt(output, 'I2')).toBe('1.2');
    expect(result.findings.filter((f) => f.code === 'formula-not-live')).toEqual([]);
  });

  it('takes citizens times the saving per citizen in its own unit, times the share, for the plan group only', () => {
    const output = analyse([
      ['Tema', 'Indsats', '2023', 'Antal borgere', 'Besparelse pr. borger (1.000 kr.)', 'Ikrafttræden'],
      ['Dagtilbud', 'Hjemtagelse', 0.1, 4, 150, date('2023-07-01')],
    ]).outputColumns!;
    expect(formulaAt(output, 'G2')).toBe(
      'IF(AND(ISNUMBER(D2),ISNUMBER(E2)),D2*E2/1000*IF(ISNUMBER(F2),IF(YEAR(F2)>2023,0,IF(YEAR(F2)<2023,1,(IF(DAY(F2)=1,13,12)-MONTH(F2))/12)),1),"")',
    );
    expect(cachedAt(output, 'G2')).toBe('0.3');
  });

  it('sums the counted rows on the stated total row, leaving out dropped rows and passing over activities', () => {
    const result = analyse([
      ['Nr', 'Tema', 'Indsats', '2023', 'Realiseret 2023', 'Status'],
      ['1', 'Dagtilbud', 'A', 1, 0.5, ''],
      ['', '', '- en aktivitet', null, null, ''],
      ['2', 'Dagtilbud', 'B', 1, 0.25, ''],
      ['3', 'Dagtilbud', 'C', 1, 9, 'Udgået'],
      ['4', 'Dagtilbud', 'D', 1, 0.125, ''],
      ['I alt', '', '', 3, null, ''],
    ]);
    const output = result.outputColumns!;
    expect(formulaAt(output, 'G7')).toBe('IF(COUNT(G2:G4,G6)=0,"",SUM(G2:G4,G6))');
    expect(cachedAt(output, 'G7')).toBe('0.875');
    expect(formulaAt(output, 'H7')).toBe('IF(COUNT(H2:H4,H6)=0,"",SUM(H2:H4,H6))');
    expect(cachedAt(output, 'H7')).toBe(result.computation!.totals[0]!.gap!.toString());
    // The dropped row is shown, in its own look, with its formula.
    expect(cellAtAddress(output, 'G5')).toMatchObject({ italic: true, value: { kind: 'formula' } });
    expect(formulaAt(output, 'G5')).toBe('IF(ISNUMBER(E5),E5,"")');
  });

  it('splits a sum of more ranges than a function takes into parts', () => {
    const rows: (string | number | null)[][] = [['Nr', 'Tema', 'Indsats', '2023', 'Realiseret 2023', 'Status']];
    // 300 counted rows each followed by a dropped one: 300 ranges.
    for (let i = 0; i < 300; i += 1) rows.push([`${2 * i}`, 'Dagtilbud', `A${i}`, 1, 1, ''], [`${2 * i + 1}`, 'Dagtilbud', `B${i}`, 1, 1, 'Udgået']);
    rows.push(['I alt', '', '', 300, null, '']);
    const output = analyse(rows).outputColumns!;
    const formula = formulaAt(output, 'G602') ?? '';
    expect(formula).toMatch(/^IF\(SUM\(COUNT\(G2,G4,.*\),COUNT\(.*\)\)=0,"",SUM\(SUM\(G2,G4,.*\),SUM\(.*\)\)\)$/);
    expect(formula.length).toBeLessThanOrEqual(8192);
    expect(cachedAt(output, 'G602')).toBe('300');
  });
});

describe('results that cannot be formulas', () => {
  it('writes a sum as its value where the formula would be longer than Excel takes, and says why at the total', () => {
    const rows: (string | number | null)[][] = [['Nr', 'Tema', 'Indsats', '2023', 'Realiseret 2023', 'Status']];
    // 900 counted rows each followed by a dropped one: 900 ranges, twice (COUNT and SUM), over 8,192 characters.
    for (let i = 0; i < 900; i += 1) rows.push([`${2 * i}`, 'Dagtilbud', `A${i}`, 1, 1, ''], [`${2 * i + 1}`, 'Dagtilbud', `B${i}`, 1, 1, 'Udgået']);
    rows.push(['I alt', '', '', 900, null, '']);
    const result = analyse(rows);
    expect(cellAtAddress(result.outputColumns!, 'G1802').value).toEqual({ kind: 'number', value: new Decimal(900) });
    const notLive = result.findings.filter((f) => f.code === 'formula-not-live' && f.params.reason === 'too-long');
    expect(notLive.filter((f) => f.sheet === 'Plan').map((f) => f.cell)).toEqual(['G1802', 'H1802']);
    // Bilag 1's total row and the gap sheet's effect sums meet the same limit, and say so on their own sheets.
    expect(notLive.filter((f) => f.sheet === 'Bilag 1').map((f) => f.cell)).toEqual(['B1803', 'C1803', 'D1803']);
    expect(notLive.filter((f) => f.sheet === 'Handleplan afvigelse').map((f) => f.cell)).toEqual(['C3']);
    // Those values are watched through the cells their rows read: the planned (D) and realised (E) amounts.
    expect(new Set(result.valueInputs?.map((p) => p.col))).toEqual(new Set([3, 4]));
    expect(notLive[0]?.message).toContain('længere, end Excel tillader');
  });

  it('writes the value where an amount is text Excel cannot count, and says so at that cell', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', '2,0', 1.5, null, 1.6, 1.2]]);
    const output = result.outputColumns!;
    expect(cellAtAddress(output, 'J2').value).toEqual({ kind: 'number', value: new Decimal('0.4') });
    // The effect does not read D2: it stays a formula.
    expect(formulaAt(output, 'I2')).toBe('IF(ISNUMBER(G2),G2,"")');
    const notLive = result.findings.filter((f) => f.code === 'formula-not-live');
    expect(notLive.map((f) => [f.cell, f.params.reason, f.fix])).toEqual([['D2', 'text-number', undefined]]);
    expect(notLive[0]?.message).toContain('»2,0«');
    // The fix that makes it live is reading's, once.
    expect(result.findings.filter((f) => f.fix !== undefined).map((f) => [f.code, f.cell])).toEqual([['amount-text-number', 'D2']]);
  });

  it('writes the value where a number has words after it, or a start date is text', () => {
    const result = analyse([
      ['Tema', 'Indsats', '2023', 'Realiseret 2023', 'Helårseffekt', 'Ikrafttræden'],
      ['Dagtilbud', 'A', 1, '0,5 pr 3. kvartal', null, null],
      ['Dagtilbud', 'B', 1, null, 1.2, '01-05-2023'],
    ]);
    const output = result.outputColumns!;
    expect(cellAtAddress(output, 'G2').value).toEqual({ kind: 'number', value: new Decimal('0.5') });
    expect(cellAtAddress(output, 'G3').value).toEqual({ kind: 'number', value: new Decimal('0.8') });
    expect(result.findings.filter((f) => f.code === 'formula-not-live').map((f) => [f.cell, f.params.reason])).toEqual([
      ['D2', 'comment'],
      ['F3', 'text-date'],
    ]);
  });

  it('keeps text that says an amount is not there yet as a formula: Excel and the core both see nothing', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 'Ej opgjort', 1.5, null, 1, null]]);
    expect(formulaAt(result.outputColumns!, 'J2')).toBe('IF(I2="","",IF(ISNUMBER(D2),D2,0)-I2)');
    expect(cachedAt(result.outputColumns!, 'J2')).toBe('-1');
    expect(result.findings.some((f) => f.code === 'formula-not-live')).toBe(false);
  });

  it('never makes a formula of an initiative name that starts with "="', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', '=SUM(A1:A9)', 1, 1.5, null, 1, null]]);
    const names = result.bilag1!.rows.map((row) => row[0]?.value);
    expect(names).toContainEqual({ kind: 'text', text: '=SUM(A1:A9)' });
  });
});
