import { toA1 } from './a1';
import { Finding, finding } from './findings';
import { PlanTable } from './plan-table';

/**
 * The initiatives' numbers: the same number twice is an error; two numbers that differ only by marks such as
 * "*9" beside "9" (a footnote star, a dropped initiative's mark) are said, as they may be one initiative twice.
 */
export function numberFindings(table: PlanTable): Finding[] {
  const findings: Finding[] = [];
  const col = table.columns.find((c) => c.role.kind === 'number')?.index ?? 0;
  const firstAt = new Map<string, number>();
  const firstByDigits = new Map<string, { number: string; row: number }>();
  for (const row of table.rows) {
    if (row.kind !== 'initiative' || row.number === '') continue;
    const place = { sheet: row.sheet, position: { row: row.index, col } };
    const first = firstAt.get(row.number);
    if (first !== undefined) {
      findings.push(finding('number-duplicate', place, { value: row.number, first: toA1({ row: first, col }) }));
      continue;
    }
    firstAt.set(row.number, row.index);
    const digits = row.number.toLowerCase().replace(/[^0-9a-zæøå]/g, '');
    const similar = firstByDigits.get(digits);
    if (digits === '') continue;
    if (similar === undefined) firstByDigits.set(digits, { number: row.number, row: row.index });
    else findings.push(finding('number-similar', place, { value: row.number, other: similar.number, first: toA1({ row: similar.row, col }) }));
  }
  return findings;
}
