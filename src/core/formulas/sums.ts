import { LONGEST_FORMULA } from './refs';

/** A run of rows summed as one range: first and last row, both included. */
export interface RowRun {
  readonly from: number;
  readonly to: number;
}

/**
 * The rows to sum as few ranges as possible: rows in ascending order, joined into one range where every
 * row between two of them may be bridged (its cell shows nothing a SUM would count, as the program's own
 * blank cells beside an activity). A row that must not be summed, such as a dropped initiative, ends a run.
 */
export function rowRuns(rows: readonly number[], bridgeable: (row: number) => boolean): RowRun[] {
  const runs: RowRun[] = [];
  let from: number | undefined;
  let to = -1;
  for (const row of rows) {
    if (from !== undefined && canBridge(to, row, bridgeable)) {
      to = row;
      continue;
    }
    if (from !== undefined) runs.push({ from, to });
    from = row;
    to = row;
  }
  if (from !== undefined) runs.push({ from, to });
  return runs;
}

function canBridge(last: number, next: number, bridgeable: (row: number) => boolean): boolean {
  for (let row = last + 1; row < next; row += 1) if (!bridgeable(row)) return false;
  return true;
}

/** Excel's limit on a function's arguments. */
const MOST_ARGUMENTS = 255;

/** fn over the arguments; with more than Excel takes, fn over each part and SUM over the parts (again in parts where needed). */
function inParts(fn: 'SUM' | 'COUNT', args: readonly string[]): string {
  if (args.length <= MOST_ARGUMENTS) return `${fn}(${args.join(',')})`;
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += MOST_ARGUMENTS) parts.push(`${fn}(${args.slice(i, i + MOST_ARGUMENTS).join(',')})`);
  return inParts('SUM', parts);
}

/**
 * The sum of the referenced cells, shown blank ("") when none of them holds a number, as the core's
 * sum of no figures is none; undefined when there is nothing to sum or the formula would be longer
 * than Excel takes.
 */
export function sumOrBlank(refs: readonly string[]): string | undefined {
  if (refs.length === 0) return undefined;
  const formula = `IF(${inParts('COUNT', refs)}=0,"",${inParts('SUM', refs)})`;
  return formula.length <= LONGEST_FORMULA ? formula : undefined;
}

/** The plain sum of the argument expressions; undefined when there are none or it would be longer than Excel takes. */
export function sumOf(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  const formula = inParts('SUM', args);
  return formula.length <= LONGEST_FORMULA ? formula : undefined;
}

/**
 * The texts of the items (a sum's arguments), made one by one only while they and the commas between them fit in a
 * formula: undefined once they surely do not. A total over thousands of rows has thousands of runs or terms, and
 * making all their texts only to find them too long was most of what such a total cost.
 */
export function textsWithin<T>(items: readonly T[], textOf: (item: T) => string): string[] | undefined {
  const texts: string[] = [];
  // The commas between the texts.
  let length = items.length - 1;
  for (let i = 0; i < items.length; i += 1) {
    const text = textOf(items[i] as T);
    length += text.length;
    if (length > LONGEST_FORMULA) return undefined;
    texts.push(text);
  }
  return texts;
}

/** sumOrBlank over the runs' references; undefined as soon as they are surely too long. */
export function sumOrBlankOfRuns(runs: readonly RowRun[], refOf: (run: RowRun) => string): string | undefined {
  const refs = textsWithin(runs, refOf);
  return refs === undefined ? undefined : sumOrBlank(refs);
}

/** sumOf over the runs' references; undefined as soon as they are surely too long. */
export function sumOfRuns(runs: readonly RowRun[], refOf: (run: RowRun) => string): string | undefined {
  const refs = textsWithin(runs, refOf);
  return refs === undefined ? undefined : sumOf(refs);
}
