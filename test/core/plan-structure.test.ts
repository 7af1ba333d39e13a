import { Decimal } from '../../src/core/decimal';
import { gridOf, GridInput } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { structurePrint } from '../../src/core/plan-structure';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { parseState, serialiseState } from '../../src/core/state';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { analyse, HEADER, smallScheme } from '../helpers/plan';

const PLAN: GridInput['rows'] = [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5, null, 2.5], [null, null, '- Åben cafe på Fønix'], ['2', 'Kontraktforhandling', 'Aftaler', 1, 2]];

/** The structure print of an inline plan sheet. */
function printOf(rows: GridInput['rows'], scheme: Scheme = smallScheme()): string {
  const result = analyse(rows, scheme);
  if (result.table === undefined) throw new Error('The grid holds no table');
  return structurePrint(result.table, scheme, result.findings);
}

/** The plan with one cell replaced. */
function edited(row: number, col: number, value: string | number | null): GridInput['rows'] {
  return PLAN.map((cells, r) => (r === row ? cells.map((cell, c) => (c === col ? value : cell)) : cells));
}

describe('the plan’s structure print', () => {
  it('stays the same when only figures change, as the formulas follow them', () => {
    expect(printOf(edited(1, 3, 4.5))).toBe(printOf(PLAN));
    expect(printOf(edited(3, 4, null))).toBe(printOf(PLAN));
  });

  it('stays the same when a category is spelt another way that means the same scheme category', () => {
    expect(printOf(edited(1, 1, 'dagtilbud '))).toBe(printOf(PLAN));
    expect(printOf(edited(1, 1, 'SEL §104'))).toBe(printOf(PLAN));
  });

  it('changes with a new initiative row, another category on a row, a renamed initiative or activity', () => {
    const before = printOf(PLAN);
    expect(printOf([...PLAN, ['3', 'Dagtilbud', 'Ny indsats', 1]])).not.toBe(before);
    expect(printOf(edited(1, 1, 'Kontraktforhandling'))).not.toBe(before);
    expect(printOf(edited(1, 2, 'Café'))).not.toBe(before);
    expect(printOf(edited(2, 2, '- Åben cafe på Tronen'))).not.toBe(before);
  });

  it('changes when the table moves down the sheet or a column is added to it', () => {
    expect(printOf([['Handleplan 2023-2024'], ...PLAN])).not.toBe(printOf(PLAN));
    expect(printOf(PLAN.map((row, r) => [...row, ...(r === 0 ? [null, null, 'Status'] : [])]))).not.toBe(printOf(PLAN));
  });

  it('changes when the table’s amounts are stated in another unit, as the formulas convert them', () => {
    const stated = (unit: string): GridInput['rows'] => [[`Alle beløb i ${unit}`], ...PLAN];
    expect(analyse(stated('1.000 kr.')).findings.map((f) => f.code)).toContain('table-unit-converted');
    expect(printOf(stated('1.000 kr.'))).not.toBe(printOf(stated('mio. kr.')));
  });

  it('in a follow-up with the years down the rows, stays with other figures and changes where a year’s amount moves', () => {
    const base = smallScheme({ defaultCategory: 'Dagtilbud' });
    const scheme: Scheme = { ...base, columnGroups: base.columnGroups.slice(0, 1) };
    const followUp = (rows: GridInput['rows']): GridInput['rows'] => [
      ['Opfølgning: Rehabilitering (mio. kr.)'],
      [null, 'Beløb i mio. kr.'],
      ['År', 'Oprindelige forventninger', 'Justerede forventninger', 'Realiseret effekt'],
      ...rows,
    ];
    const before = printOf(followUp([[2023, 1, 0.9, 0.8], [2024, 1.5, null, 1.2]]), scheme);
    expect(printOf(followUp([[2023, 1.2, 0.9, 0.7], [2024, 1.5, null, 1.1]]), scheme)).toBe(before);
    expect(printOf(followUp([[2024, 1.5, null, 1.2], [2023, 1, 0.9, 0.8]]), scheme)).not.toBe(before);
  });

  it('of proposal forms on several sheets, stays with other figures and changes when a form moves to another sheet', () => {
    const base = smallScheme({ defaultCategory: 'Dagtilbud' });
    const scheme: Scheme = { ...base, columnGroups: base.columnGroups.slice(0, 1) };
    const form = (name: string, saving: number): GridInput['rows'] => [['Overskrift', name], ['Beløb i mio. kr.', 2023, 2024], ['Besparelse', saving, saving], ['Samlet ændring', saving, saving]];
    const printOfSheets = (sheets: Record<string, GridInput['rows']>): string => {
      const [first, ...further] = Object.entries(sheets).map(([sheetName, rows]) => gridOf({ sheetName, rows }));
      const result = analysePlan(first!, scheme, { sheetNames: Object.keys(sheets) }, further);
      return structurePrint(result.table!, scheme, result.findings);
    };
    const before = printOfSheets({ 'Forslag 1': form('A', 1), 'Forslag 2': form('B', 2) });
    expect(printOfSheets({ 'Forslag 1': form('A', 3), 'Forslag 2': form('B', 4) })).toBe(before);
    expect(printOfSheets({ 'Forslag 1': form('A', 1), 'Forslag 3': form('B', 2) })).not.toBe(before);
  });

  it('changes with a new category in the scheme, but not with another yearly target', () => {
    const scheme = smallScheme();
    const more: Scheme = { ...scheme, categories: [...scheme.categories, { code: 'BOF', label: 'Botilbud', aliases: [], allowNegative: false }] };
    const [plan, ...groups] = scheme.columnGroups;
    if (plan === undefined) throw new Error('The scheme has no plan group');
    const otherTarget: Scheme = { ...scheme, columnGroups: [{ ...plan, targets: new Map([[2023, new Decimal(9)]]) }, ...groups] };
    expect(printOf(PLAN, more)).not.toBe(printOf(PLAN, scheme));
    expect(printOf(PLAN, otherTarget)).toBe(printOf(PLAN, scheme));
  });
});

describe('Bilag 1 after an earlier Beregn', () => {
  it('is up to date right after Beregn and after edits of figures, and needs a new Beregn after a new row', async () => {
    const workbook = new MemoryWorkbook({ Plan: PLAN });
    const written = await runPlan(workbook, smallScheme(), { write: true });
    expect([written.written, written.earlier]).toEqual([true, { structureChanged: false }]);
    await expect(runPlan(workbook, smallScheme(), { write: false })).resolves.toMatchObject({ earlier: { structureChanged: false } });
    workbook.type('Plan', 'D2', 4);
    await expect(runPlan(workbook, smallScheme(), { write: false })).resolves.toMatchObject({ earlier: { structureChanged: false } });
    workbook.type('Plan', 'A5', '3');
    workbook.type('Plan', 'B5', 'Dagtilbud');
    workbook.type('Plan', 'C5', 'Ny indsats');
    await expect(runPlan(workbook, smallScheme(), { write: false })).resolves.toMatchObject({ earlier: { structureChanged: true } });
    await runPlan(workbook, smallScheme(), { write: true });
    await expect(runPlan(workbook, smallScheme(), { write: false })).resolves.toMatchObject({ earlier: { structureChanged: false } });
  });

  it('says nothing of a workbook without results, and claims nothing where an older state kept no print', async () => {
    await expect(runPlan(new MemoryWorkbook({ Plan: PLAN }), smallScheme(), { write: false })).resolves.not.toHaveProperty('earlier');
    const workbook = new MemoryWorkbook({ Plan: PLAN });
    await runPlan(workbook, smallScheme(), { write: true });
    const state = (await workbook.facts()).state;
    if (state === undefined) throw new Error('Beregn kept no state');
    const { structurePrint: _kept, ...older } = state;
    Object.assign(workbook, { state: older });
    workbook.type('Plan', 'C5', 'Ny indsats');
    await expect(runPlan(workbook, smallScheme(), { write: false })).resolves.toMatchObject({ earlier: { structureChanged: false } });
  });

  it('keeps the print in the state sheet’s text, so it survives closing the pane', async () => {
    const workbook = new MemoryWorkbook({ Plan: PLAN });
    await runPlan(workbook, smallScheme(), { write: true });
    const state = (await workbook.facts()).state;
    expect(state?.structurePrint).toMatch(/^[0-9a-f]{8}$/);
    expect(state === undefined ? undefined : parseState(serialiseState(state))).toEqual(state);
  });
});
