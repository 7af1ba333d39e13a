import { rangeToA1, rangeUnion } from '../../core/a1';
import { misuse } from '../../core/misuse';
import { AddinState, SourceColumns, sourcesOf } from '../../core/state';
import { sameNameDanish } from '../../core/text';
import { SheetValues } from './grid-from-values';
import { PreparedColumns } from './prepared-write';
import { SheetWeight } from './read-sheet';
import { Snapshot, snapshotOf } from './snapshot';
import { WriteJob } from './write-jobs';

/** A sheet as the last read saw it: its values, and whether it is protected. */
export type SheetSeen = { readonly values: SheetValues; readonly protected: boolean };

/** The reads of the sheets the program's columns go on; misuse when one was not read or is protected. */
export function writableReads(columns: readonly PreparedColumns[], reads: ReadonlyMap<string, SheetSeen>): Map<string, SheetSeen> {
  const writable = new Map<string, SheetSeen>();
  for (const { sheetName } of columns) {
    const read = reads.get(sheetName);
    if (read === undefined) throw misuse('source-not-read', sheetName);
    if (read.protected) throw misuse('sheet-protected', sheetName);
    writable.set(sheetName, read);
  }
  return writable;
}

/**
 * Each sheet's cells a write of the program's columns covers, as they were: its columns now and those of the last run
 * there; and the columns of the last run on a sheet no longer written to, where that sheet was read. Undo puts them back.
 */
export function columnSnapshots(columns: readonly PreparedColumns[], previous: readonly SourceColumns[], writable: ReadonlyMap<string, SheetSeen>, read: ReadonlyMap<string, SheetSeen>): Snapshot[] {
  return [
    ...columns.map((patch) => {
      const outputRange = patch.range;
      const before = previous.find((source) => source.sheet === patch.sheetName)?.output;
      return snapshotOf((writable.get(patch.sheetName) as SheetSeen).values, before === undefined ? outputRange : rangeUnion(outputRange, before));
    }),
    ...previous.flatMap((source) => {
      const left = writable.has(source.sheet) ? undefined : read.get(source.sheet);
      return left === undefined ? [] : [snapshotOf(left.values, source.output)];
    }),
  ];
}

/** Whether the columns a session wrote are those the state says the last run wrote, sheet by sheet. */
export function sameOutput(columns: readonly PreparedColumns[], state: AddinState): boolean {
  const sources = sourcesOf(state);
  return (
    columns.length === sources.length &&
    columns.every((patch, i) => sameNameDanish(patch.sheetName, sources[i]?.sheet ?? '') && rangeToA1(patch.range) === rangeToA1(sources[i]?.output ?? patch.range))
  );
}

/** Response bytes of a cell's value type ("Double"), read back beside its value and format. */
const VALUE_TYPE_BYTES = 10;

/** A sheet now also holds the program's columns: the next read of it weighs that much more per row. */
export function weightWithColumns(weight: SheetWeight, columns: PreparedColumns, jobs: readonly WriteJob[]): SheetWeight {
  const rows = columns.cells.values.length;
  if (rows === 0) return weight;
  const written = jobs.reduce((sum, job) => sum + job.bytes, 0) + rows * columns.firstRowLength * VALUE_TYPE_BYTES;
  return { ...weight, rows: Math.max(weight.rows, columns.origin.row + rows), bytesPerRow: weight.bytesPerRow + written / rows };
}
