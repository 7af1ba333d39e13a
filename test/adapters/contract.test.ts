import { rangeContains, fromA1, toA1 } from '../../src/core/a1';
import { runPlan } from '../../src/core/run';
import { STATE_SHEET } from '../../src/core/state';
import { SeedCell } from '../fakes/fake-excel';
import { Harness, officeHarness, SheetView, XLSX_HARNESS } from './harnesses';
import { HEADER, smallScheme } from '../helpers/plan';

/** The same stories for every way of holding a workbook, so the CLI, the browser page and Excel behave alike. */
const HARNESSES: Harness[] = [XLSX_HARNESS, officeHarness()];

const RISKY_NAMES = ['=SUM(A1:A9)', '+45 12 34 56 78', '-Fønix', '@kontakt'];

function plan(): Record<string, SeedCell[][]> {
  return {
    Forside: [['Handleplan 2023-2024'], ['Udarbejdet af økonomi', { value: 45000, numberFormat: 'yyyy-mm-dd' }]],
    Plan: [
      ['Handleplan for det specialiserede voksenområde'],
      [],
      HEADER,
      ['1', 'Dagtilbud', RISKY_NAMES[0] as string, 1.5, 2, null, { value: 1.5, formula: 'D4' }, null],
      ['2', 'Dagtilbud', RISKY_NAMES[1] as string, '0,5', 1, null, null, 1],
      ['3', 'Kontraktforhandling', RISKY_NAMES[2] as string, 1, 2, null, null, null],
      ['4', 'Dagtilbud', RISKY_NAMES[3] as string, null, 0.5, null, null, null],
      ['', '', 'Note: beløb i mio. kr.'],
    ],
  };
}

function formulasIn(view: SheetView[], sheetNames: string[]): string[] {
  return view.filter((s) => sheetNames.includes(s.name)).flatMap((s) => Object.entries(s.cells).filter(([, c]) => c.formula !== undefined).map(([a]) => `${s.name}!${a}`));
}

describe.each(HARNESSES)('$name', (harness) => {
  it('writes initiative names that start with =, +, - or @ as text, never as formulas', async () => {
    const { workbook, view } = await harness.open(plan());
    const outcome = await runPlan(workbook, smallScheme(), { write: true });
    expect(outcome.written).toBe(true);
    const after = await view();
    expect(formulasIn(after, [STATE_SHEET])).toEqual([]);
    // Bilag 1's figures are formulas now; its names are text, and no formula holds one.
    const bilag = after.find((s) => s.name === 'Bilag 1');
    for (const name of RISKY_NAMES) {
      const cells = Object.values(bilag?.cells ?? {}).filter((c) => c.value === name);
      expect([name, cells]).toEqual([name, [{ value: name }]]);
    }
    const formulas = Object.values(bilag?.cells ?? {}).flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) for (const name of RISKY_NAMES) expect(formula).not.toContain(name.slice(1));
  });

  it('changes nothing outside its own columns and sheets', async () => {
    const { workbook, view } = await harness.open(plan());
    const before = await view();
    await runPlan(workbook, smallScheme(), { write: true });
    const after = await view();
    const state = (await workbook.facts()).state;
    expect(state).toBeDefined();
    const own = new Set(['Bilag 1', state?.gapSheet, STATE_SHEET]);
    const userSheets = (views: SheetView[]): SheetView[] =>
      views
        .filter((s) => !own.has(s.name))
        .map((s) => ({
          ...s,
          cells: Object.fromEntries(Object.entries(s.cells).filter(([a]) => !(s.name === state?.sourceSheet && state !== undefined && rangeContains(state.output, fromA1(a))))),
        }));
    expect(userSheets(after)).toEqual(userSheets(before));
    expect(state?.gapSheet).toBe('Handleplan afvigelse');
    expect(after.map((s) => s.name)).toEqual(['Forside', 'Plan', 'Bilag 1', 'Handleplan afvigelse', STATE_SHEET]);
    expect(after.find((s) => s.name === STATE_SHEET)?.hidden).toBe(true);
  });

  it('gives the same workbook when run a second time', async () => {
    const { workbook, view } = await harness.open(plan());
    await runPlan(workbook, smallScheme(), { write: true });
    const once = await view();
    const second = await runPlan(workbook, smallScheme(), { write: true });
    expect(second.written).toBe(true);
    expect(await view()).toEqual(once);
  });

  it('keeps the user’s choice of sheet and columns in the workbook, through a run', async () => {
    const { workbook } = await harness.open(plan());
    await workbook.saveSettings({ sheet: 'Plan', columns: { 'forventet 2024': 'ignore' } });
    const chosen = await runPlan(workbook, smallScheme(), { write: true });
    expect(chosen.sheet).toBe('Plan');
    expect(chosen.result.table?.columns.map((c) => c.header)).not.toContain('Forventet 2024');
    expect((await workbook.facts()).settings).toEqual({ sheet: 'Plan', columns: { 'forventet 2024': 'ignore' } });
  });

  it('applies a one-click fix to its own cell only, and the text number becomes a number', async () => {
    const { workbook, view } = await harness.open(plan());
    const validated = await runPlan(workbook, smallScheme(), { write: false });
    const fixes = validated.result.findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix]));
    expect(fixes.map((f) => `${f.cell}=${f.value}`)).toEqual(['D5=0.5']);
    const before = await view();
    await workbook.applyFixes(fixes);
    const after = await view();
    const plainBefore = before.find((s) => s.name === 'Plan')?.cells ?? {};
    const plainAfter = after.find((s) => s.name === 'Plan')?.cells ?? {};
    expect(plainAfter.D5).toEqual({ value: 0.5 });
    expect({ ...plainAfter, D5: undefined }).toEqual({ ...plainBefore, D5: undefined });
    const again = await runPlan(workbook, smallScheme(), { write: false });
    expect(again.result.findings.filter((f) => f.fix !== undefined)).toEqual([]);
  });
});

describe('every adapter', () => {
  it('writes the same effect and gap columns and the same Bilag 1', async () => {
    const views = await Promise.all(
      HARNESSES.map(async (harness) => {
        const { workbook, view } = await harness.open(plan());
        await runPlan(workbook, smallScheme(), { write: true });
        return (await view()).filter((s) => s.name === 'Plan' || s.name === 'Bilag 1');
      }),
    );
    // The total is a live sum, with the core's figure cached in the file and calculated by Excel.
    expect(views[0]?.find((s) => s.name === 'Bilag 1')?.cells.B7).toEqual({ value: 3, formula: 'IF(COUNT(B3:B6)=0,"",SUM(B3:B6))' });
    for (const other of views.slice(1)) expect(other).toEqual(views[0]);
  });
});

describe.each(HARNESSES)('$name, with live formulas', (harness) => {
  it('writes every figure as a formula, except one that reads an amount typed as text, which is a value with a finding saying why', async () => {
    const { workbook, view } = await harness.open(plan());
    const outcome = await runPlan(workbook, smallScheme(), { write: true });
    const patch = outcome.result.outputColumns;
    const cells = (await view()).find((s) => s.name === 'Plan')?.cells ?? {};
    // What the core asked for and what the workbook holds, cell by cell: formula, value (a figure or blank) or text.
    const asked: string[] = [];
    const held: string[] = [];
    patch?.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = toA1({ row: patch.origin.row + r, col: patch.origin.col + c });
        const kind = cell.value.kind;
        asked.push(`${address}:${kind === 'formula' ? 'formula' : kind === 'text' ? 'text' : 'value'}`);
        const there = cells[address];
        held.push(`${address}:${there?.formula !== undefined ? 'formula' : typeof there?.value === 'string' ? 'text' : 'value'}`);
      }),
    );
    expect(held).toEqual(asked);
    expect(asked.filter((k) => k.endsWith(':formula')).length).toBeGreaterThan(8);
    // D5 holds "0,5" as text: Excel's ISNUMBER would not see it, so the gap that reads it (J5) is the core's figure as a value.
    expect(outcome.result.findings.filter((f) => f.code === 'formula-not-live').map((f) => f.cell)).toEqual(['D5']);
    expect(asked).toContain('J5:value');
    expect(asked).toContain('J4:formula');
  });
});
