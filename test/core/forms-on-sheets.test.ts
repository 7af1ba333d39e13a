import { GridInput, isBlank } from '../../src/core/grid';
import { planFigures } from '../../src/core/figures';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { HEADER, smallScheme } from '../helpers/plan';

const BASE = smallScheme({ firstYear: 2024, lastYear: 2025, unit: '1.000 kr.' });
const SCHEME: Scheme = { ...BASE, columnGroups: [{ key: 'plan', header: 'Plan', years: [2024, 2025], targets: new Map() }] };

function form(name: string, saving: readonly number[]): GridInput['rows'] {
  return [['Overskrift', name], ['Udvalg', 'Dagtilbud'], ['Beløb i 1.000 kr.', 2024, 2025], ['Besparelse', ...saving], ['Samlet ændring (Netto)', ...saving]];
}

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    'Forslag 1': form('Færre åbningstimer', [300, 600]),
    Handleplan: [HEADER, ['1', 'Dagtilbud', 'Cafe', 3, 5]],
    'Forslag 2': [['Budgetforslag'], [], ...form('Fælles indkøb', [150, 200]), [], ...form('Digital post', [100, 100])],
  });
}

const placeOf = (f: { code: string; sheet: string; cell?: string }): string => `${f.code}@${f.sheet}!${f.cell ?? '-'}`;

describe('proposal forms kept on several sheets', () => {
  it('are one plan whichever sheet of forms is named, each initiative on its own sheet, a sheet of another shape no part of it', async () => {
    for (const sheet of [undefined, 'Forslag 1', 'Forslag 2']) {
      const outcome = await runPlan(workbook(), SCHEME, { write: false, ...(sheet === undefined ? {} : { sheet }) });
      expect(outcome.sheets).toEqual(['Forslag 1', 'Forslag 2']);
      const figures = planFigures(outcome.result, SCHEME);
      expect(figures?.initiatives.map((i) => `${i.name}@${i.sheet}!${i.cell}`)).toEqual(['Færre åbningstimer@Forslag 1!B1', 'Fælles indkøb@Forslag 2!B3', 'Digital post@Forslag 2!B9']);
      // By hand: 300 + 150 + 100 = 550 in 2024, 600 + 200 + 100 = 900 in 2025.
      expect(figures?.plan.years).toEqual({ '2024': { target: '550', effect: null, gap: null }, '2025': { target: '900', effect: null, gap: null } });
    }
    expect((await runPlan(workbook(), SCHEME, { write: false, sheet: 'Handleplan' })).sheets).toBeUndefined();
  });

  it('say where a cell of the user’s stands in the way of the columns, on the sheet where it stands', async () => {
    const book = workbook();
    book.type('Forslag 2', 'E9', 'min note');
    const { result, written } = await runPlan(book, SCHEME, { write: true });
    expect(written).toBe(false);
    expect(result.findings.filter((f) => f.severity === 'error').map(placeOf)).toEqual(['output-blocked@Forslag 2!E9']);
  });

  it('notice a column of the program’s typed over on a further sheet, and empty the columns on a sheet that no longer holds a form', async () => {
    const book = workbook();
    expect((await runPlan(book, SCHEME, { write: true })).written).toBe(true);
    book.type('Forslag 2', 'D6', 99);
    const edited = await runPlan(book, SCHEME, { write: false });
    expect(edited.result.findings.filter((f) => f.code === 'output-edited').map(placeOf)).toEqual(['output-edited@Forslag 2!D5']);
    book.type('Forslag 2', 'D6', null);
    book.type('Forslag 2', 'B5', 'ikke et årstal');
    book.type('Forslag 2', 'B11', 'ikke et årstal');
    const alone = await runPlan(book, SCHEME, { write: true });
    expect([alone.written, alone.sheets]).toEqual([true, undefined]);
    const left = await book.readSheet('Forslag 2');
    expect(left.rows.flatMap((row) => row.slice(3)).filter((cell) => cell !== undefined && !isBlank(cell))).toEqual([]);
  });
});
