import { toA1 } from './a1';
import { Finding, finding } from './findings';
import { PlanRow, PlanTable } from './plan-table';

/**
 * The initiatives' numbers: the same number twice is an error; two numbers that differ only by marks such as
 * "*9" beside "9" (a footnote star, a dropped initiative's mark) are said, as they may be one initiative twice.
 */
export function numberFindings(table: PlanTable): Finding[] {
  const findings: Finding[] = [];
  const col = table.columns.find((c) => c.role.kind === 'number')?.index ?? 0;
  const firstAt = new Map<string, number>();
  const firstByDigits = new Map<string, PlanRow>();
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] as PlanRow;
    if (row.kind !== 'initiative' || row.number === '') continue;
    const first = firstAt.get(row.number);
    if (first !== undefined) {
      findings.push(finding('number-duplicate', placeOf(row, col), { value: row.number, first: toA1({ row: first, col }) }));
      continue;
    }
    firstAt.set(row.number, row.index);
    const digits = numberDigits(row.number);
    if (digits === '') continue;
    const similar = firstByDigits.get(digits);
    if (similar === undefined) firstByDigits.set(digits, row);
    else findings.push(finding('number-similar', placeOf(row, col), { value: row.number, other: similar.number, first: toA1({ row: similar.index, col }) }));
  }
  return findings;
}

function placeOf(row: PlanRow, col: number): { sheet: string; position: { row: number; col: number } } {
  return { sheet: row.sheet, position: { row: row.index, col } };
}

/**
 * A number without its marks, lower case: the digits and letters (Danish ones too) that tell numbers apart.
 * Most numbers are plain ("12", "4b") and are their own: no new text is made for them.
 */
export function numberDigits(number: string): string {
  for (let i = 0; i < number.length; i += 1) {
    const c = number.charCodeAt(i);
    // 0-9 and a-z: nothing to lower or drop.
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return number.toLowerCase().replace(/[^0-9a-zæøå]/g, '');
  }
  return number;
}
