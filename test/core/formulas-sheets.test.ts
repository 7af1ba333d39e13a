import { readFileSync } from 'node:fs';
import { Decimal } from '../../src/core/decimal';
import { runPlan } from '../../src/core/run';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { layoutAsText } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { schemeFromGrid, schemeToLayout, SCHEME_SHEET, withLayoutTargetCells } from '../../src/core/scheme-sheet';
import { gridOf } from '../../src/core/grid';
import { storedText } from '../../src/core/layout';
import { EXAMPLE_WORKBOOK, GOLDEN_BILAG1, SOURCE_SHEET } from '../helpers/paths';
import { analyse, HEADER, smallScheme } from '../helpers/plan';
import { hedenstedScheme } from '../helpers/scheme';
import { cachedAt, cellAtAddress, formulaAt } from '../helpers/layout-cells';

describe('Bilag 1 as formulas', () => {
  // Bilag 1: A names, B 2023, C 2024, D B2023; rows 1-2 headings, initiatives from row 3.
  const rows = [
    HEADER,
    ['1', 'Dagtilbud', 'A', 1, 0, 0.5, null, null],
    ['', '', '- en aktivitet', null, null, null, null, null],
    ['2', 'Kontraktforhandling', 'B', 2, 'Udgået', null, null, null],
    ['3', 'Dagtilbud', "C's", null, 1.5, null, null, null],
  ];

  it("refers each amount to its source cell on the plan's sheet: blank where none, 0 where zero", () => {
    const bilag = analyse(rows).bilag1!;
    expect(formulaAt(bilag, 'B3')).toBe(`IF(ISNUMBER(Plan!D2),Plan!D2,"")`.replace(/Plan!/g, "'Plan'!"));
    expect(cachedAt(bilag, 'C3')).toBe('0');
    expect(cachedAt(bilag, 'B5')).toBe('');
    expect(cachedAt(bilag, 'C5')).toBe('1.5');
    expect(cellAtAddress(bilag, 'B4').value.kind).toBe('blank');
  });

  it('sums its own counted cells on the total row, and shows the plan total in the group heading with FIXED', () => {
    const result = analyse([...rows, ['4', 'Kontraktforhandling', 'D', 2, 1, null, null, null, 'x']].map((row, i) => (i === 0 ? [...HEADER, 'Status'] : row)));
    const bilag = result.bilag1!;
    const last = bilag.rows.length;
    // Scheme order: Dagtilbud (A with its activity, C) then Kontraktforhandling (B, D).
    expect(bilag.rows.map((row) => (row[0]?.value.kind === 'text' ? row[0].value.text : '')).slice(2)).toEqual(['A', '- en aktivitet', "C's", 'B', 'D', 'I alt']);
    expect(formulaAt(bilag, `B${last}`)).toBe(`IF(COUNT(B3:B7)=0,"",SUM(B3:B7))`);
    expect(cachedAt(bilag, `B${last}`)).toBe('5');
    expect(formulaAt(bilag, 'B1')).toBe(`"Handleplan ("&FIXED(N(C${last}),1)&" mio. kr.)"`);
    expect(cachedAt(bilag, 'B1')).toBe('Handleplan (2,5 mio. kr.)');
    expect(cellAtAddress(bilag, 'D1').value).toEqual({ kind: 'text', text: 'B2023' });
  });

  it("quotes the plan sheet's name in its references, an apostrophe doubled", () => {
    const result = analysePlan(gridOf({ sheetName: "Kim's plan 2023", rows: [HEADER, ['1', 'Dagtilbud', 'A', 1, 2, null, null, null]] }), smallScheme(), { sheetNames: ["Kim's plan 2023"] });
    expect(formulaAt(result.bilag1!, 'B3')).toBe(`IF(ISNUMBER('Kim''s plan 2023'!D2),'Kim''s plan 2023'!D2,"")`);
  });

  it('leaves dropped initiatives out of the total row', () => {
    const bilag = analyse([
      [...HEADER, 'Status'],
      ['1', 'Dagtilbud', 'A', 1, null, null, null, null, ''],
      ['2', 'Dagtilbud', 'B', 5, null, null, null, null, 'Udgået'],
      ['3', 'Dagtilbud', 'C', 2, null, null, null, null, ''],
    ]).bilag1!;
    expect(formulaAt(bilag, 'B6')).toBe('IF(COUNT(B3,B5)=0,"",SUM(B3,B5))');
    expect(cachedAt(bilag, 'B6')).toBe('3');
  });

  it('still shows the golden Bilag 1 of the Hedensted plan before any recalculation', async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
    const result = analysePlan(await workbook.readSheet(SOURCE_SHEET), hedenstedScheme(), await workbook.facts());
    expect(layoutAsText(result.bilag1!.rows)).toBe(readFileSync(GOLDEN_BILAG1, 'utf8').replace(/\n$/, ''));
    const kinds = result.bilag1!.rows.slice(2).flatMap((row) => row.slice(1).map((cell) => cell.value.kind));
    expect(kinds.filter((k) => k === 'formula').length).toBeGreaterThan(40);
    // The three amounts typed as text are values; each says why.
    expect(kinds.filter((k) => k === 'number').length).toBe(3);
  });
});

describe("the plan's gap per year as a sheet", () => {
  it('refers to the scheme sheet’s target, sums the effect column, and measures the gap from them', () => {
    const scheme = withLayoutTargetCells(smallScheme());
    const result = analysePlan(gridOf({ sheetName: 'Plan', rows: [HEADER, ['1', 'Dagtilbud', 'A', 2, 3, null, 1.5, 2.5], ['2', 'Dagtilbud', 'B', 1, 1, null, 1, null]] }), scheme, { sheetNames: ['Plan'] });
    const gap = result.gapSheet!;
    expect(gap.sheetName).toBe('Handleplan afvigelse');
    expect(gap.rows.map((row) => row.map((cell) => (cell.value.kind === 'text' ? cell.value.text : ''))[0])).toEqual([
      'Planens mangler pr. år i forhold til målet (mio. kr., 2022-priser)',
      'År',
      '2023',
      '2024',
      'B2023',
    ]);
    const target = formulaAt(gap, 'B3') ?? '';
    expect(target).toMatch(/^'Handleplan-skema'!C\d+$/);
    // The cell it refers to holds that target in the scheme sheet as written.
    const layout = schemeToLayout(scheme);
    expect(cachedAt(layout, target.split('!')[1] as string)).toBe('3');
    expect(formulaAt(gap, 'C3')).toBe(`IF(COUNT('Plan'!I2:I3)=0,"",SUM('Plan'!I2:I3))`);
    expect(cachedAt(gap, 'C3')).toBe('2.5');
    expect(formulaAt(gap, 'D3')).toBe('IF(C3="","",B3-C3)');
    expect(cachedAt(gap, 'D3')).toBe('0.5');
    // Without a scheme target, the rows' planned amounts summed (B2023 here: none planned, no effect).
    expect(cachedAt(gap, 'D5')).toBe('');
  });

  it("sums the rows' planned amounts in the plan unit where the scheme sets no target", () => {
    const scheme = smallScheme();
    const noTargets = { ...scheme, columnGroups: scheme.columnGroups.map((g) => ({ ...g, targets: new Map() })) };
    const result = analyse([['Beløb i 1.000 kr.'], HEADER, ['1', 'Dagtilbud', 'A', 2000, 3000, null, 1500, null], ['2', 'Dagtilbud', 'B', 1000, 1000, null, null, null]], noTargets);
    expect(formulaAt(result.gapSheet!, 'B3')).toBe(`SUM('Plan'!D3:D4)/1000`);
    expect(cachedAt(result.gapSheet!, 'B3')).toBe('3');
    expect(cachedAt(result.gapSheet!, 'D3')).toBe('1.5');
  });

  it('is left out, with a warning, where a sheet of the user’s has its name', () => {
    const result = analysePlan(gridOf({ sheetName: 'Plan', rows: [HEADER, ['1', 'Dagtilbud', 'A', 2, 3, null, 1.5, 2.5]] }), smallScheme(), {
      sheetNames: ['Plan', 'Handleplan afvigelse'],
    });
    expect(result.gapSheet).toBeUndefined();
    expect(result.findings.find((f) => f.code === 'gap-sheet-taken')?.severity).toBe('warning');
  });
});

describe("the scheme sheet's target cells", () => {
  it('are referred to on every run with the scheme from a file, not only on the run that adds the sheet', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', 2, 3, null, 1.5, 2.5]] });
    const scheme = smallScheme();
    const targetOf = async (): Promise<string | undefined> => {
      const outcome = await runPlan(workbook, scheme, { write: true, schemeSheet: schemeToLayout(scheme) });
      return formulaAt(outcome.result.gapSheet!, 'B3');
    };
    const first = await targetOf();
    expect(first).toMatch(/^'Handleplan-skema'!C\d+$/);
    expect(await targetOf()).toBe(first);
  });

  it('are not referred to where the sheet holds another target than the scheme in use', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', 2, 3, null, 1.5, 2.5]] });
    await runPlan(workbook, smallScheme(), { write: true, schemeSheet: schemeToLayout(smallScheme()) });
    const other = smallScheme();
    const changed = { ...other, columnGroups: other.columnGroups.map((g, i) => (i === 0 ? { ...g, targets: new Map([[2023, new Decimal(4)], [2024, new Decimal(5)]]) } : g)) };
    const outcome = await runPlan(workbook, changed, { write: true, schemeSheet: schemeToLayout(changed) });
    expect(formulaAt(outcome.result.gapSheet!, 'B3')).toBeUndefined();
    expect(formulaAt(outcome.result.gapSheet!, 'B4')).toMatch(/^'Handleplan-skema'!C\d+$/);
  });

  it('are known after reading the sheet back, where it holds each target as that number', () => {
    const layout = schemeToLayout(smallScheme());
    const grid = gridOf({ sheetName: SCHEME_SHEET, rows: layout.rows.map((row) => row.map((cell) => (cell.value.kind === 'number' ? cell.value.value.toNumber() : storedText(cell)))) });
    const read = schemeFromGrid(grid);
    const cells = read.scheme!.columnGroups[0]!.targetCells!;
    expect([...cells.keys()]).toEqual([2023, 2024]);
    expect(cells).toEqual(withLayoutTargetCells(smallScheme()).columnGroups[0]!.targetCells);
    // A target typed as text is read, but no formula may refer to it: Excel would not count it.
    const position = cells.get(2024)!;
    const rows = grid.rows.map((row) => [...row]);
    (rows[position.row] as unknown[])[position.col] = { content: { kind: 'text', value: '5' } };
    const edited = schemeFromGrid({ ...grid, rows });
    expect([...edited.scheme!.columnGroups[0]!.targetCells!.keys()]).toEqual([2023]);
  });
});
