import { fromA1, rangeContains } from '../../src/core/a1';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { sourcesOf, STATE_SHEET } from '../../src/core/state';
import { SeedCell } from '../fakes/fake-excel';
import { smallScheme } from '../helpers/plan';
import { Harness, officeHarness, SheetView, XLSX_HARNESS } from './harnesses';

/** The contract's stories for proposal forms kept one per sheet (and two stacked on one): one plan for every adapter. */
const HARNESSES: Harness[] = [XLSX_HARNESS, officeHarness()];

const BASE = smallScheme({ firstYear: 2024, lastYear: 2025, unit: '1.000 kr.' });
const SCHEME: Scheme = {
  ...BASE,
  categories: [
    { code: 'KFU', label: 'Kultur- og Fritidsudvalget', aliases: [], allowNegative: false },
    { code: 'ØU', label: 'Økonomiudvalget', aliases: [], allowNegative: false },
  ],
  columnGroups: [{ key: 'plan', header: 'Plan', years: [2024, 2025], targets: new Map() }],
};

function form(name: string, committee: string, saving: readonly number[]): SeedCell[][] {
  return [['Overskrift', name], ['Udvalg', committee], ['Beløb i 1.000 kr.', 2024, 2025], ['Nuværende budget', 9000, 9000], ['Besparelse', ...saving], ['Samlet ændring (Netto)', ...saving]];
}

function forms(): Record<string, SeedCell[][]> {
  return {
    'Forslag 1': form('Færre åbningstimer', 'Kultur- og Fritidsudvalget', [300, 600]),
    Noter: [['Forslagene behandles i marts.']],
    'Forslag 2': [...form('Fælles indkøb', 'Økonomiudvalget', [150, 200]), [], ...form('Digital post', 'Økonomiudvalget', [100, 100])],
    'Forslag 3': [['Budgetforslag'], [], ...form('Faste ruter', 'Ukendt udvalg', [400, 800])],
  };
}

/** The user's sheets as they are, the program's own cells on them left out. */
function usersCells(views: SheetView[], owned: (sheet: string, address: string) => boolean): SheetView[] {
  return views
    .filter((s) => !['Bilag 1', 'Handleplan afvigelse', STATE_SHEET].includes(s.name))
    .map((s) => ({ ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([a]) => !owned(s.name, a))) }));
}

describe.each(HARNESSES)('$name, proposal forms on several sheets', (harness) => {
  it('finds an unknown committee on the form’s own sheet, at the cell that states it', async () => {
    const { workbook } = await harness.open(forms());
    const { result, sheets } = await runPlan(workbook, SCHEME, { write: false });
    expect(sheets).toEqual(['Forslag 1', 'Forslag 2', 'Forslag 3']);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.sheet}!${f.cell ?? '-'}`)).toEqual(['category-unknown@Forslag 3!B4']);
  });

  it('writes the columns beside each sheet’s forms and Bilag 1 with every form, and changes nothing else of the user’s', async () => {
    const seeds = forms();
    (seeds['Forslag 3'] as SeedCell[][])[3] = ['Udvalg', 'Økonomiudvalget'];
    const { workbook, view } = await harness.open(seeds);
    const before = await view();
    const outcome = await runPlan(workbook, SCHEME, { write: true });
    expect(outcome.written).toBe(true);
    const after = await view();
    const state = (await workbook.facts()).state;
    const sources = state === undefined ? [] : sourcesOf(state);
    expect(sources.map((s) => s.sheet)).toEqual(['Forslag 1', 'Forslag 2', 'Forslag 3']);
    const owned = (sheet: string, address: string): boolean => sources.some((s) => s.sheet === sheet && rangeContains(s.output, fromA1(address)));
    expect(usersCells(after, owned)).toEqual(usersCells(before, owned));
    // By hand: each form's net change is its saving; the effect is blank (no follow-up yet) and the gap with it.
    const cellsOf = (name: string): Record<string, unknown> => after.find((s) => s.name === name)?.cells ?? {};
    expect(cellsOf('Forslag 1').D3).toEqual({ value: 'Effekt 2024 (beregnet)' });
    expect(cellsOf('Forslag 2').D3).toEqual({ value: 'Effekt 2024 (beregnet)' });
    expect(cellsOf('Forslag 3').D5).toEqual({ value: 'Effekt 2024 (beregnet)' });
    const bilag = Object.values(cellsOf('Bilag 1')).map((c) => (c as { value: unknown }).value);
    expect(bilag).toEqual(expect.arrayContaining(['Færre åbningstimer', 'Fælles indkøb', 'Digital post', 'Faste ruter', 950, 1700]));
  });

  it('gives the same workbook when run a second time', async () => {
    const seeds = forms();
    (seeds['Forslag 3'] as SeedCell[][])[3] = ['Udvalg', 'Økonomiudvalget'];
    const { workbook, view } = await harness.open(seeds);
    await runPlan(workbook, SCHEME, { write: true });
    const once = await view();
    expect((await runPlan(workbook, SCHEME, { write: true })).written).toBe(true);
    expect(await view()).toEqual(once);
  });

  it('empties its columns on a sheet that no longer holds a form', async () => {
    const seeds = forms();
    (seeds['Forslag 3'] as SeedCell[][])[3] = ['Udvalg', 'Økonomiudvalget'];
    const { workbook, view } = await harness.open(seeds);
    await runPlan(workbook, SCHEME, { write: true });
    // The years over both forms of »Forslag 2« typed over: the sheet holds no form now.
    await workbook.applyFixes(['B3', 'B10'].map((cell) => ({ kind: 'set-text' as const, sheet: 'Forslag 2', cell, value: 'Beløb', label: '' })));
    const outcome = await runPlan(workbook, SCHEME, { write: true });
    expect([outcome.written, outcome.sheets]).toEqual([true, ['Forslag 1', 'Forslag 3']]);
    const cells = (await view()).find((s) => s.name === 'Forslag 2')?.cells ?? {};
    expect(Object.keys(cells).filter((address) => fromA1(address).col >= 3)).toEqual([]);
  });
});

describe('the Office.js adapter, proposal forms on several sheets', () => {
  /** Syncs of a first and a second full run on a workbook of `sheets` sheets of forms, beside a sheet of notes. */
  async function syncsForRuns(sheets: number): Promise<number[]> {
    const harness = officeHarness();
    const seeds: Record<string, SeedCell[][]> = { Noter: [['Forslagene behandles i marts.']] };
    for (let n = 1; n <= sheets; n += 1) seeds[`Forslag ${n}`] = form(`Forslag nummer ${n}`, 'Økonomiudvalget', [n, 2 * n]);
    const { workbook } = await harness.open(seeds);
    const excel = harness.lastExcel!;
    const counts: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      const before = excel.syncs;
      expect((await runPlan(workbook, SCHEME, { write: true })).written).toBe(true);
      counts.push(excel.syncs - before);
    }
    return counts;
  }

  it('reads the other sheets together, so a run costs as many syncs with six sheets of forms as with two', async () => {
    // The first run: facts, the notes (no table), »Forslag 1«, the others in one sync, the write. The second: facts and
    // the state, »Forslag 1« (the sheet used last), the others in one sync, the write.
    expect(await syncsForRuns(2)).toEqual([5, 5]);
    expect(await syncsForRuns(6)).toEqual([5, 5]);
  });

  it('puts back every sheet’s cells with undo', async () => {
    const harness = officeHarness();
    const seeds = forms();
    (seeds['Forslag 3'] as SeedCell[][])[3] = ['Udvalg', 'Økonomiudvalget'];
    const { workbook, view } = await harness.open(seeds);
    const before = await view();
    await runPlan(workbook, SCHEME, { write: true });
    await (workbook as unknown as { undo(): Promise<void> }).undo();
    expect(await view()).toEqual(before);
  });

  it('leaves every sheet as it was when the write of a second run fails', async () => {
    const harness = officeHarness();
    const seeds = forms();
    (seeds['Forslag 3'] as SeedCell[][])[3] = ['Udvalg', 'Økonomiudvalget'];
    const { workbook, view } = await harness.open(seeds);
    await runPlan(workbook, SCHEME, { write: true });
    const before = await view();
    // The second run: facts and the state, »Forslag 1«, the others, then the write, which fails; the roll back puts each sheet's cells back.
    const excel = harness.lastExcel!;
    const start = excel.syncs;
    excel.failOnSync(5);
    await expect(runPlan(workbook, SCHEME, { write: true })).rejects.toThrow(/Simulated failure/);
    // The roll back asked for the facts again (two syncs, with the state sheet) and put the cells back: three after the failed one.
    expect(excel.syncs - start).toBe(8);
    expect(await view()).toEqual(before);
  });
});
