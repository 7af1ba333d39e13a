import { GridCell } from '../../src/core/grid';
import { amountOf } from '../../src/core/plan-table';
import { analyse, HEADER } from '../helpers/plan';

type Input = string | number | GridCell;

/** Reads one amount cell (2023 of an initiative in Dagtilbud) and tells what it became and what was said. */
function readAmount(cell: Input): { value: string | null; codes: string[] } {
  const result = analyse([HEADER, ['1', 'Dagtilbud', 'Åben cafe', cell]]);
  const row = result.table!.rows[0]!;
  const codes = result.findings.filter((f) => f.cell === 'D2').map((f) => f.code);
  return { value: amountOf(row, 'plan', 2023, 'target')?.toString() ?? null, codes };
}

const cases: [string, Input, string | null, string[]][] = [
  ['a number', 2.5, '2.5', []],
  ['minus zero as zero', -0, '0', []],
  ['a float sum as the amount Excel shows', 0.1 + 0.2, '0.3', []],
  ['a Danish text number', '2,0', '2', ['amount-text-number', 'formula-not-live']],
  ['a non-breaking space and thousands separators', '1.234,5\u00A0', '1234.5', ['amount-text-number', 'amount-suspicious-magnitude', 'formula-not-live']],
  ['a Unicode minus', '−2,0', '-2', ['amount-text-number', 'amount-negative-not-allowed', 'formula-not-live']],
  ['parentheses for a negative', '(2,0)', '-2', ['amount-text-number', 'amount-negative-not-allowed', 'formula-not-live']],
  ['a scale word in the cell', '750 t.kr.', '0.75', ['amount-unit-converted', 'amount-text-number', 'formula-not-live']],
  ['"Ej opgjort"', 'Ej opgjort', null, ['amount-not-stated']],
  ['a dash', '-', null, ['amount-not-stated']],
  ['a number with a comment', '3,8 pr 3. kvartal 2016', '3.8', ['amount-with-comment', 'formula-not-live']],
  ['words that are no amount', 'ca. to', null, ['amount-not-a-number']],
  ['English separators', '1,234.5', null, ['amount-foreign-separators']],
  ['a thousands point that may be a decimal point', '1.234', null, ['amount-ambiguous']],
  ['a formula with its cached value', { content: { kind: 'number', value: 1.5 }, formula: 'B2+C2' }, '1.5', []],
  ['a formula without a cached value', { content: { kind: 'empty' }, formula: 'B2+C2' }, null, ['amount-formula-without-value', 'formula-not-live']],
  ['#REF!', { content: { kind: 'error', value: '#REF!' }, formula: 'Ark2!A1' }, null, ['amount-formula-error']],
  ['#DIV/0!', { content: { kind: 'error', value: '#DIV/0!' } }, null, ['amount-formula-error']],
  ['a date', { content: { kind: 'date', value: '2023-05-01T00:00:00.000Z' } }, null, ['amount-is-date']],
  ['1e308', 1e308, null, ['amount-too-large']],
  ['a huge text number', '9.999.999.999.999.999', null, ['amount-too-large']],
];

describe('an amount cell', () => {
  it.each(cases)('reads %s', (_, cell, value, codes) => {
    const read = readAmount(cell);
    expect(read.value).toBe(value);
    expect(read.codes.sort()).toEqual([...codes].sort());
  });

  it('never writes a layout number Excel cannot hold, however large the input', () => {
    const result = analyse([HEADER, ['1', 'Dagtilbud', 'A', 1e308], ['2', 'Dagtilbud', 'B', 1e308]]);
    const numbers = (result.bilag1?.rows ?? []).flat().flatMap((c) => (c.value.kind === 'number' ? [c.value.value.toNumber()] : []));
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});

describe('texts in the table', () => {
  it('keeps very long names and text that starts like a formula as text', () => {
    const long = 'Ombygning af botilbud '.repeat(400);
    const result = analyse([HEADER, ['1', 'Dagtilbud', long, 1], ['=2', 'Dagtilbud', '=SUM(A1:A9)', 1], ['@3', 'Dagtilbud', '+45 dage', 1], ['-4', 'Dagtilbud', '@henvisning', 1]]);
    expect(result.table?.rows.map((r) => r.name)).toEqual([long.trim(), '=SUM(A1:A9)', '+45 dage', '@henvisning']);
    const texts = (result.bilag1?.rows ?? []).flat().flatMap((c) => (c.value.kind === 'text' ? [c.value.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['=SUM(A1:A9)', '+45 dage', '@henvisning']));
  });
});
