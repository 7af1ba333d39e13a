import { readFileSync } from 'node:fs';
import { runPlan } from '../../src/core/run';
import { FileSession } from '../../src/taskpane/file-session';
import { bilagOutdated, canUpdateBilag, hasResults } from '../../src/taskpane/pane-state';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { HEADER, smallScheme } from '../helpers/plan';

describe('whether the results in the workbook may leave as they are', () => {
  it('has no results to judge before the first Beregn', async () => {
    const outcome = await runPlan(new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5]] }), smallScheme(), { write: false });
    expect([hasResults(outcome), bilagOutdated(outcome), canUpdateBilag(outcome)]).toEqual([false, undefined, false]);
  });

  it('keeps them after a change of figures where they are formulas, and not after a change of structure', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5]] });
    await runPlan(workbook, smallScheme(), { write: true });
    workbook.type('Plan', 'D2', 4);
    const figures = await runPlan(workbook, smallScheme(), { write: false });
    expect([hasResults(figures), bilagOutdated(figures)]).toEqual([true, undefined]);
    workbook.type('Plan', 'B2', 'Kontraktforhandling');
    const structure = await runPlan(workbook, smallScheme(), { write: false });
    expect([bilagOutdated(structure), canUpdateBilag(structure)]).toEqual(['structure', true]);
  });

  it('does not keep results written as values once the cells they were made from changed', async () => {
    // An amount typed as text is read, but its results are written as values, watched through the cell.
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'Cafe', '3,0', 5]] });
    await runPlan(workbook, smallScheme(), { write: true });
    workbook.type('Plan', 'D2', '3,5');
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    expect(outcome.result.findings.map((f) => f.code)).toContain('results-stale');
    expect([bilagOutdated(outcome), canUpdateBilag(outcome)]).toEqual(['values', true]);
    // The Beregn that updates them says nothing is out of date any more, and the next reading agrees.
    const updated = await runPlan(workbook, smallScheme(), { write: true });
    expect([updated.written, updated.result.findings.map((f) => f.code), bilagOutdated(updated)]).toEqual([true, expect.not.arrayContaining(['results-stale']), undefined]);
    await expect(runPlan(workbook, smallScheme(), { write: false }).then(bilagOutdated)).resolves.toBeUndefined();
  });

  it('offers no new Beregn while there are errors to correct first', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5]] });
    await runPlan(workbook, smallScheme(), { write: true });
    workbook.type('Plan', 'B2', 'Ukendt kategori');
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    expect([bilagOutdated(outcome), canUpdateBilag(outcome)]).toEqual(['structure', false]);
  });
});

describe('a workbook opened with its scheme as a file', () => {
  it('finds its structure unchanged after the Beregn that added the scheme sheet, read again or not', async () => {
    const session = await FileSession.open(
      { name: 'plan.xlsx', data: new Uint8Array(readFileSync(EXAMPLE_WORKBOOK)).buffer },
      { name: 'scheme.json', text: readFileSync(EXAMPLE_SCHEME, 'utf8') },
    );
    await expect(session.run(SOURCE_SHEET)).resolves.toMatchObject({ written: true });
    await expect(session.validate(SOURCE_SHEET)).resolves.toMatchObject({ earlier: { structureChanged: false } });
    await expect(session.reread(SOURCE_SHEET, [SOURCE_SHEET])).resolves.toMatchObject({ earlier: { structureChanged: false } });
    await expect(session.reread(SOURCE_SHEET)).resolves.toMatchObject({ earlier: { structureChanged: false } });
    expect(session.scheme.columnGroups.some((group) => group.targetCells !== undefined)).toBe(true);
  });
});
