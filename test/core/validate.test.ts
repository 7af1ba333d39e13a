import { Decimal } from '../../src/core/decimal';
import { gridOf } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { analyse, codesAt, HEADER, smallScheme } from '../helpers/plan';
import { MemoryWorkbook } from '../helpers/memory-workbook';

describe('validating amounts', () => {
  it('offers to turn a number stored as text into the number', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', '8,3', 1]]);
    const found = result.findings.find((f) => f.code === 'amount-text-number');
    expect(found).toEqual(
      expect.objectContaining({ severity: 'warning', address: "'Plan'!D2", value: '8,3', fix: expect.objectContaining({ kind: 'set-number', cell: 'D2', value: '8.3' }) }),
    );
    expect(found?.fix?.label).toBe('Gør til tallet 8,3');
  });

  it('reports text that is no amount, foreign separators and formula errors as errors', () => {
    const result = analyse([
      HEADER,
      ['1', 'Dagtilbud', 'A', 'ca. 2', '1,234.5'],
      ['2', 'Dagtilbud', 'B', { content: { kind: 'error', value: '#REF!' }, formula: 'Ark2!A1' }, { content: { kind: 'date', value: '2023-05-01T00:00:00.000Z' } }],
      ['3', 'Dagtilbud', 'C', { content: { kind: 'empty' }, formula: 'SUM(A1:A2)' }],
    ]);
    expect(codesAt(result)).toEqual(
      expect.arrayContaining(['amount-not-a-number@D2', 'amount-foreign-separators@E2', 'amount-formula-error@D3', 'amount-is-date@E3', 'amount-formula-without-value@D4']),
    );
    expect(result.findings.filter((f) => f.code.startsWith('amount-')).every((f) => f.severity !== 'info')).toBe(true);
  });

  it('warns about an amount in an activity row and does not count it', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 1], ['1.1', 'Dagtilbud', '- Åbningstider', 5], ['', '', 'I alt', 1]]);
    expect(codesAt(result)).toContain('amount-in-activity@D3');
    expect(codesAt(result)).toContain('stated-total-agrees@A4');
  });

  it('warns about an amount that looks typed in another unit', () => {
    expect(codesAt(analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 2500000]]))).toContain('amount-suspicious-magnitude@D2');
    expect(codesAt(analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', 0.4]], smallScheme({ unit: '1.000 kr.' })))).toContain('amount-suspicious-magnitude@D2');
  });

  it('warns about a negative amount where the category allows only savings', () => {
    expect(codesAt(analyse([HEADER, ['1', 'Dagtilbud', 'Cafe', -1]]))).toContain('amount-negative-not-allowed@D2');
    expect(codesAt(analyse([HEADER, ['1', 'Kontraktforhandling', 'Investering', -1]]))).not.toContain('amount-negative-not-allowed@D2');
  });
});

describe('validating names, numbers and categories', () => {
  it('suggests the nearest scheme category for an unknown one', () => {
    const result = analyse([HEADER, ['1', 'Kontraktforhandlng', 'X', 1]]);
    const found = result.findings.find((f) => f.code === 'category-unknown');
    expect(found?.severity).toBe('error');
    expect(found?.fix).toEqual(expect.objectContaining({ kind: 'set-text', cell: 'B2', value: 'Kontraktforhandling' }));
    expect(found?.message).toContain('Mente du »Kontraktforhandling«?');
  });

  it('counts a category with stray spaces or other case, and offers the scheme spelling', () => {
    const result = analyse([HEADER, ['1', 'kontraktforhandling ', 'X', 1]]);
    expect(codesAt(result)).toContain('category-not-canonical@B2');
    expect(result.computation?.rows[0]?.categoryCode).toBe('KON');
  });

  it('accepts an alias as its category', () => {
    expect(analyse([HEADER, ['1', 'SEL §104', 'X', 1]]).computation?.rows[0]?.categoryCode).toBe('DAG');
  });

  it('reports a missing name, a missing category and a duplicate number', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', '', 1], ['2', '', 'Y', 1], ['2', 'Dagtilbud', 'Z', 1]]);
    expect(codesAt(result)).toEqual(expect.arrayContaining(['name-missing@C2', 'category-missing@B3', 'number-duplicate@A4']));
    expect(result.findings.find((f) => f.code === 'number-duplicate')?.message).toContain('A3');
  });
});

describe('validating totals', () => {
  it('reports a stated total that disagrees with its rows, with the difference', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 1], ['2', 'Dagtilbud', 'B', 2], ['', '', 'I alt', 3.5]]);
    const found = result.findings.find((f) => f.code === 'stated-total-mismatch');
    expect(found).toEqual(expect.objectContaining({ cell: 'D4', severity: 'error' }));
    expect(found?.message).toContain('»I alt« siger 3,5, men rækkerne giver 3,0 (forskel 0,5)');
  });

  it('accepts a stated total that agrees within the rounding it shows', () => {
    const rounded = { content: { kind: 'number' as const, value: 3 }, numberFormat: '#,##0.0' };
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 1.46], ['2', 'Dagtilbud', 'B', 1.55], ['', '', 'I alt', rounded]]);
    expect(codesAt(result)).toContain('stated-total-agrees@A4');
    expect(codesAt(result)).not.toContain('stated-total-mismatch@D4');
  });

  it('warns when the plan total misses the yearly target', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 2, 5]]);
    expect(result.findings.find((f) => f.code === 'plan-total-misses-target')?.message).toBe(
      'Indsatserne giver 2,0 i 2023, men planens mål er 3,0 (mangler 1,0).',
    );
  });

  it('does not count dropped rows towards totals', () => {
    const result = analyse([[...HEADER, 'Status'], ['1', 'Dagtilbud', 'A', 3, 5], ['2', 'Dagtilbud', 'B', 7, 7, null, null, null, 'udgået']]);
    expect(result.findings.map((f) => f.code)).not.toContain('plan-total-misses-target');
  });
});

describe('guarding what belongs to the user', () => {
  it('refuses to write when a cell of its own columns was typed over since the last run, and says which column', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', 3, 5, null, 2.5]] });
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
    workbook.type('Plan', 'I2', 'min egen note'); // I is "Effekt 2023 (beregnet)"
    const again = await runPlan(workbook, smallScheme(), { write: true });
    expect(again.written).toBe(false);
    const errors = again.result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}@${f.cell ?? '-'}`)).toEqual(['output-edited@I1']);
    expect(errors[0]?.message).toContain('»Effekt 2023 (beregnet)«');
  });

  it('runs again when the user cleared its columns instead', async () => {
    const workbook = new MemoryWorkbook({ Plan: [HEADER, ['1', 'Dagtilbud', 'A', 3, 5, null, 2.5]] });
    await runPlan(workbook, smallScheme(), { write: true });
    for (const cell of ['I1', 'I2']) workbook.type('Plan', cell, null);
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
  });

  it('refuses to replace a Bilag 1 sheet it did not make', () => {
    const result = analysePlan(gridOf({ sheetName: 'Plan', rows: [HEADER, ['1', 'Dagtilbud', 'A', 3, 5]] }), smallScheme(), { sheetNames: ['Plan', 'bilag 1'] });
    expect(codesAt(result)).toContain('bilag-sheet-taken@-');
  });

  it('never throws on a grid of odd values', () => {
    const odd = [HEADER, [true, 42, new Decimal(1).toNumber(), 'Udgået', '(2,0)', '−1,5', '=SUM(A1)', '@x', '+1']];
    expect(() => analyse(odd)).not.toThrow();
  });
});

describe('messages in the plan’s own words', () => {
  it('shows a number from a cell with a decimal comma, and calls a cost in a savings-negative plan positive, not negative', () => {
    const scheme = smallScheme({ sign: 'savings-negative' });
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 250, -1.5]], scheme);
    const found = result.findings.find((f) => f.code === 'amount-negative-not-allowed');
    expect(found?.message).toContain('Beløbet »250« er positivt og dermed en merudgift');
    const plainPlan = analyse([HEADER, ['1', 'Dagtilbud', 'A', -1.5, 1]]);
    expect(plainPlan.findings.find((f) => f.code === 'amount-negative-not-allowed')?.message).toContain('Beløbet »-1,5« er negativt');
  });

  it('says an initiative total over the target exceeds it, and one under it misses it', () => {
    // Targets 3 (2023) and 5 (2024): 7 is 4 over, 4 is 1 short.
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 7, 4]]);
    const messages = result.findings.filter((f) => f.code === 'plan-total-misses-target').map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('(overstiger målet med 4,0)'), expect.stringContaining('(mangler 1,0)')]);
  });
});

describe('what a first reading of a plan should say once, and plainly', () => {
  it('says each dropped initiative is shown but not counted', () => {
    const result = analyse([[...HEADER, 'Status'], ['1', 'Dagtilbud', 'A', 1, 1, null, 1, 1, ''], ['2', 'Dagtilbud', 'B', 1, 1, null, 1, 1, 'Udgået']]);
    expect(result.findings.filter((f) => f.code === 'initiative-dropped').map((f) => [f.cell, f.message])).toEqual([['C3', 'Indsatsen »B« er udgået. Den vises, men tælles ikke med i summerne.']]);
  });

  it('points out a number that differs from another only by a mark, as *9 beside 9', () => {
    const result = analyse([HEADER, ['9', 'Dagtilbud', 'A', 1, 1], ['*9', 'Dagtilbud', 'B', 1, 1], ['10', 'Dagtilbud', 'C', 1, 1]]);
    expect(codesAt(result).filter((c) => c.startsWith('number-'))).toEqual(['number-similar@A3']);
    expect(result.findings.find((f) => f.code === 'number-similar')?.severity).toBe('info');
  });

  it('says once that a plan has no follow-up yet, instead of a finding for every year', () => {
    const result = analyse([['Nr', 'Tema', 'Indsats', '2023', '2024'], ['1', 'Dagtilbud', 'A', 1, 2]]);
    expect(codesAt(result).filter((c) => c.startsWith('effect-') || c.startsWith('follow-up'))).toEqual(['follow-up-missing@A1']);
  });

  it('is an error when no sheet of the workbook holds a table', async () => {
    const workbook = new MemoryWorkbook({ Noter: [['Referat fra mødet'], ['Intet at bemærke']], Tomt: [] });
    const outcome = await runPlan(workbook, smallScheme(), { write: false });
    expect(outcome.result.findings.map((f) => [f.code, f.severity])).toEqual(expect.arrayContaining([['workbook-without-table', 'error']]));
    expect(outcome.result.findings.find((f) => f.code === 'workbook-without-table')?.message).toContain('arkene: Noter, Tomt');
  });
});
