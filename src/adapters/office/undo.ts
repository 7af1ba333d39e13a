import { CellRange } from '../../core/a1';
import { SheetLayout } from '../../core/layout';
import { STATE_SHEET } from '../../core/state';
import { queueSheet } from './queue-layout';
import { restoreInput, Snapshot } from './snapshot';
import { queueDeleteStateSheet, queueState } from './state-sheet';

/** What the last write or fix changed, enough to put it back. */
export interface UndoRecord {
  readonly cells: readonly Snapshot[];
  /**
   * Whether the cells are the program's own columns, whose every format it set (undo clears them all),
   * or the user's cells a fix changed (undo puts back value and number format, and keeps fill, font and borders).
   */
  readonly ownCells: boolean;
  /** The Bilag 1 sheet this write added, to remove on undo. */
  readonly addedSheets: readonly string[];
  /** The Bilag 1 it replaced, when this session wrote it and so can write it again. */
  readonly replacedBilag?: SheetLayout;
  /** Whether the write changed the add-in's state, which undo then puts back. */
  readonly changedState: boolean;
  /** The state text before the write; undefined when there was none. */
  readonly previousState?: string;
  /** Whether the state sheet was there before (it may hold only the user's settings). */
  readonly stateSheetExisted?: boolean;
}

/** Queues what puts the record's cells, sheets and state back; `present` says which sheets exist now. */
export function queueRestore(context: Excel.RequestContext, record: UndoRecord, present: (name: string) => boolean): void {
  const worksheets = context.workbook.worksheets;
  for (const snapshot of record.cells) {
    const sheet = worksheets.getItem(snapshot.sheet);
    const range = rangeOf(sheet, snapshot.range);
    range.clear(record.ownCells ? 'All' : 'Contents');
    range.numberFormat = snapshot.numberFormat;
    range.values = snapshot.values.map((row, r) => row.map((value, c) => (snapshot.valueTypes[r]?.[c] === 'String' ? restoreInput(String(value)) : value)));
    for (const { col, points } of snapshot.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  }
  for (const name of record.addedSheets) if (present(name)) worksheets.getItem(name).delete();
  const replaced = record.replacedBilag;
  // The replaced Bilag 1 has the name of the one just deleted, or is gone already.
  if (replaced !== undefined && (record.addedSheets.includes(replaced.sheetName) || !present(replaced.sheetName))) queueSheet(worksheets.add(replaced.sheetName), replaced);
  if (!record.changedState) return;
  if (record.previousState !== undefined || record.stateSheetExisted === true) queueState(context, record.previousState ?? '', present(STATE_SHEET));
  else if (present(STATE_SHEET)) queueDeleteStateSheet(context);
}

export function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.from.row, range.from.col, range.to.row - range.from.row + 1, range.to.col - range.from.col + 1);
}
