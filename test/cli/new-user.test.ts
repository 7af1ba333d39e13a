import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryLines } from '../../src/cli/report';
import { draftScheme } from '../../src/core/draft-scheme';
import { gridOf } from '../../src/core/grid';
import { runCli } from '../helpers/cli';
import { analyse, HEADER } from '../helpers/plan';

/** What a new user reads from init and validate, tried on the workbook shapes of test/fixtures. */
const FIXTURES = join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'handleplan-new-user-'));

/** The line of init's output about one field of the drafted scheme. */
async function guessLine(fixture: string, field: string): Promise<string | undefined> {
  const init = await runCli('init', join(FIXTURES, fixture), '-o', join(mkdtempSync(join(dir, 'init-')), 'skema.json'));
  return init.out.split('\n').find((line) => line.includes(field));
}

describe('what init and validate say to a new user', () => {
  it('counts one initiative, one activity and one total in the singular', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2], ['', '', '- Fønix'], ['I alt', '', '', 1, 2]]);
    expect(summaryLines({ sheet: 'Plan' }, result)[1]).toBe('Læst: 1 indsats, 1 aktivitet, 1 »I alt«-række, overskrift i række 1.');
  });

  it('counts several in the plural', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2], ['2', 'Dagtilbud', 'Ny plan', 1, 2]]);
    expect(summaryLines({ sheet: 'Plan' }, result)[1]).toBe('Læst: 2 indsatser, 0 aktiviteter, 0 »I alt«-rækker, overskrift i række 1.');
  });

  it('says where a form’s sign note is, not that the sheet states no sign, when the note stands under the form', async () => {
    const signLine = await guessLine('shape.proposal-form.xlsx', '(plan.sign)');
    expect(signLine).toContain('»Besparelser er positive«');
    expect(signLine).not.toContain('intet i arket siger');
    expect(signLine).toContain('»(-) = mindreudgift«');
  });

  it('says a form’s categories come from its »Udvalg« row, not from a category column it does not have', async () => {
    const categoriesLine = await guessLine('shape.proposal-forms-stacked.xlsx', '(categories)');
    expect(categoriesLine).toContain('»Kultur- og Fritidsudvalget; Økonomiudvalget«');
    expect(categoriesLine).not.toContain('kategorikolonnen');
    expect(categoriesLine).toContain('»Udvalg«');
  });

  it('drafts from, validates and runs every sheet with proposal forms as one plan, and says so at the top', async () => {
    const workbook = join(FIXTURES, 'shape.proposal-forms-sheets.xlsx');
    const scheme = join(mkdtempSync(join(dir, 'sheets-')), 'skema.json');
    const init = await runCli('init', workbook, '-o', scheme);
    const validate = await runCli('validate', workbook, '--scheme', scheme);
    const run = await runCli('run', workbook, '--scheme', scheme, '-o', join(dir, 'forslag-beregnet.xlsx'));
    expect(init.out.split('\n')[0]).toBe(`Udkast til skema for arkene »Forslag 1«, »Forslag 2« og »Forslag 3« gemt i ${scheme}. Tjek disse gæt:`);
    const top = ['Ark: Forslag 1, Forslag 2, Forslag 3', 'Læst: 4 indsatser, 0 aktiviteter, 0 »I alt«-rækker, overskrift i række 3.'];
    expect(validate.out.split('\n').slice(0, 2)).toEqual(top);
    expect(run.out.split('\n').slice(0, 2)).toEqual(top);
    expect(run.out).toContain('Skrevet: effekt- og gabkolonner i »Forslag 1«, »Forslag 2«, »Forslag 3« og arkene »Bilag 1« og »Handleplan afvigelse«');
  });

  it('names the drafted plan by the title of a table that starts further right on the sheet', () => {
    const rows = [[], [null, null, 'Opfølgning: Rehabilitering (1.000 kr.)'], [null, null, 'År', 'Måltal', 'Realiseret effekt'], [null, null, 2024, 100, 80], [null, null, 2025, 150, 120]];
    expect(draftScheme(gridOf({ sheetName: 'Ark1', rows })).scheme?.plan.name).toBe('Opfølgning: Rehabilitering (1.000 kr.)');
  });
});
