import { CellPosition, CellRange } from '../../core/a1';
import { LayoutCell, SheetLayout } from '../../core/layout';
import { CALL_BYTES, PAYLOAD_BUDGET } from './host';
import { formatOf, inputOf, queueCells, queueSheet, queueWidths } from './queue-layout';

/** A piece of a write, queued in some sync; its bytes are estimated before it is queued. */
export interface WriteJob {
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/** Jobs in order, packed into batches that each stay under the request budget (a job never splits). */
export function packJobs(jobs: readonly WriteJob[]): WriteJob[][] {
  const batches: WriteJob[][] = [];
  let current: WriteJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    if (current.length > 0 && bytes + job.bytes > PAYLOAD_BUDGET) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += job.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Cells written in parts of rows that each stay under the request budget; widths and merges go with the first. */
export function cellJobs(
  sheetName: string,
  origin: CellPosition,
  rows: readonly (readonly LayoutCell[])[],
  columnWidths: readonly number[],
  merges: readonly CellRange[] = [],
): WriteJob[] {
  return rowParts(rows).map(({ from, to, bytes }) => ({
    bytes: bytes + (from === 0 ? (columnWidths.length + merges.length) * CALL_BYTES : 0),
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      queueCells(sheet, { row: origin.row + from, col: origin.col }, rows.slice(from, to), from === 0 ? merges : []);
      if (from === 0) queueWidths(sheet, origin.col, columnWidths);
    },
  }));
}

/** A whole small sheet of the program's (the scheme sheet) in one job. */
export function sheetJob(layout: SheetLayout): WriteJob {
  const bytes = rowParts(layout.rows).reduce((sum, part) => sum + part.bytes, CALL_BYTES * 4);
  return {
    bytes,
    queue: (context) => {
      queueSheet(context.workbook.worksheets.add(layout.sheetName), layout);
    },
  };
}

/** A margin per row for style calls; a column of one style is one call, so this is generous. */
const BYTES_PER_ROW_OF_STYLE = 16;

/**
 * Cells go in parts of a sixteenth of the request budget, so the parts of the effect columns and of
 * Bilag 1 pack together into requests that are nearly full: the syncs follow the megabytes written.
 */
const PART_BYTES = PAYLOAD_BUDGET / 16;

/** Row ranges [from, to) whose values and formats stay under a part's bytes. */
function rowParts(rows: readonly (readonly LayoutCell[])[]): { from: number; to: number; bytes: number }[] {
  const parts: { from: number; to: number; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  rows.forEach((row, r) => {
    const rowBytes = JSON.stringify(row.map(inputOf)).length + JSON.stringify(row.map(formatOf)).length + BYTES_PER_ROW_OF_STYLE;
    if (r > from && bytes + rowBytes > PART_BYTES) {
      parts.push({ from, to: r, bytes });
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (rows.length > from) parts.push({ from, to: rows.length, bytes });
  return parts;
}
