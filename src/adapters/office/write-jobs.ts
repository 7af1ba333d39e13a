import { misuse } from '../../core/misuse';
import { CellArrays } from './cell-arrays';
import { CALL_BYTES, PAYLOAD_BUDGET } from './host';
import { PreparedBlock, PreparedSheet, PreparedWrite, RowPart } from './prepared-write';
import { queueCells, queueSheet, queueWidths } from './queue-layout';

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

/** A block's cells, part by part as prepared (each under the request budget); widths and merges go with the first. */
export function cellJobs(block: PreparedBlock): WriteJob[] {
  const { sheetName, origin, cells, merges, columnWidths } = block;
  return block.parts.map((part) => ({
    bytes: part.bytes + (part.from === 0 ? (columnWidths.length + merges.length) * CALL_BYTES : 0),
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      queueCells(sheet, { row: origin.row + part.from, col: origin.col }, partCells(cells, part), part, part.from === 0 ? merges : []);
      if (part.from === 0) queueWidths(sheet, origin.col, columnWidths);
    },
  }));
}

/** A part's rows of the block's arrays, cut to the part's own width where its rows are narrower than the block's widest. */
function partCells(cells: CellArrays, part: RowPart): CellArrays {
  const values = cells.values.slice(part.from, part.to);
  const numberFormat = cells.numberFormat.slice(part.from, part.to);
  if ((values[0]?.length ?? 0) <= part.width) return { values, numberFormat };
  return { values: values.map((row) => row.slice(0, part.width)), numberFormat: numberFormat.map((row) => row.slice(0, part.width)) };
}

/** A whole small sheet of the program's (the scheme sheet) in one job. */
export function sheetJob(sheet: PreparedSheet): WriteJob {
  const bytes = sheet.parts.reduce((sum, part) => sum + part.bytes, CALL_BYTES * 4);
  return {
    bytes,
    queue: (context) => {
      queueSheet(context.workbook.worksheets.add(sheet.sheetName), sheet);
    },
  };
}

/**
 * Bilag 1, the gap sheet and the sheet of what moved since a round are the program's own: made anew on each run, each over
 * the one the last run made (`replaced`, spelt as the workbook does), which this session knows (`known`) when it wrote it.
 * A sheet of the new one's name that the last run did not make is the user's: misuse.
 */
export function ownSheetsOf(
  plan: PreparedWrite,
  sheetNamed: (name: string) => string | undefined,
  written: ReadonlyMap<string, PreparedSheet>,
): { sheet: PreparedSheet | undefined; replaced: string | undefined; known: PreparedSheet | undefined }[] {
  return [
    { sheet: plan.bilag1, previous: plan.previous?.bilagSheet },
    { sheet: plan.gapSheet, previous: plan.previous?.gapSheet },
    { sheet: plan.sinceSheet, previous: plan.previous?.sinceSheet },
  ].map(({ sheet, previous }) => {
    const replaced = previous === undefined ? undefined : sheetNamed(previous);
    const taken = sheet === undefined ? undefined : sheetNamed(sheet.sheetName);
    if (taken !== undefined && taken !== replaced) throw misuse('sheet-not-ours', taken);
    return { sheet, replaced, known: replaced === undefined ? undefined : written.get(replaced) };
  });
}
