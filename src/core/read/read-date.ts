import { CellPosition } from '../a1';
import { Finding, finding } from '../findings';
import { cellText, GridCell } from '../grid';

/** Ikrafttræden: a date cell, or text as 01-05-2023, 1.5.2023 or 2023-05-01. */
export function readStart(sheet: string, cell: GridCell, position: CellPosition, findings: Finding[]): string | undefined {
  const content = cell.content;
  if (content.kind === 'empty') return undefined;
  if (content.kind === 'date') return content.value.slice(0, 10);
  const text = cellText(cell).trim();
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = danish ? [danish[3], danish[2], danish[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year !== undefined && month !== undefined && day !== undefined && isCalendarDate(+year, +month, +day)) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  findings.push(finding('start-date-invalid', { sheet, position }, { value: text }));
  return undefined;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
