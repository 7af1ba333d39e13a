import { CellRange } from '../../core/a1';
import { STATE_SHEET } from '../../core/state';
import { PreparedColumns, PreparedSheet } from './prepared-write';
import { queueCells, queueSheet, queueWidths } from './queue-layout';
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
  /** The sheets this write added (Bilag 1, the gap sheet, the scheme), to remove on undo. */
  readonly addedSheets: readonly string[];
  /** The program's sheets it replaced or removed, where this session wrote them and so can write them again. */
  readonly replacedSheets?: readonly PreparedSheet[];
  /** Where the replaced sheets stood, the first of them; undefined to add them at the end. */
  readonly replacedAt?: number;
  /** The program's columns it replaced, on each sheet, where this session wrote them: undo writes them again whole, looks and all. */
  readonly replacedOutput?: readonly PreparedColumns[];
  /** Whether the write changed the add-in's state, which undo then puts back. */
  readonly changedState: boolean;
  /** The state text before the write; undefined when there was none. */
  readonly previousState?: string;
  /** Whether the state sheet was there before (it may hold only the user's settings). */
  readonly stateSheetExisted?: boolean;
  /**
   * A round the write closed. Undo keeps it (closing is never undone silently): its sheet stays, and the state put
   * back is the one before the write with the rounds listed as after it. Only a failed write removes the sheet.
   */
  readonly closedRound?: {
    readonly sheet: string;
    /** Whether its sheet is new (else it took the place of a round of the same name). */
    readonly added: boolean;
    readonly stateAfterUndo: string;
    /** The round of the same name it replaced, as read before the write, and where it stood: a failed write puts it back. */
    readonly replaced?: { readonly sheet: PreparedSheet; readonly position: number };
  };
}

/** What an undo left in place: the sheet of a round the undone write closed, which stays closed. */
export interface UndoOutcome {
  readonly keptRound?: string;
}

/** What undo puts back of a write: all of it but a round it closed, which stays closed and listed (its sheet named in `kept`). */
export function keepingClosedRound(record: UndoRecord): { record: UndoRecord; kept?: string } {
  const round = record.closedRound;
  return round === undefined ? { record } : { record: { ...record, previousState: round.stateAfterUndo }, kept: round.sheet };
}

/** Queues what puts the record's cells, sheets and state back; `present` says which sheets exist now. */
export function queueRestore(context: Excel.RequestContext, record: UndoRecord, present: (name: string) => boolean): void {
  const worksheets = context.workbook.worksheets;
  for (const snapshot of record.cells) {
    const sheet = worksheets.getItem(snapshot.sheet);
    const range = rangeOf(sheet, snapshot.range);
    range.clear(record.ownCells ? 'All' : 'Contents');
    range.numberFormat = snapshot.numberFormat;
    const inputs = snapshot.values.map((row, r) => row.map((value, c) => nonEmpty(snapshot.formulas?.[r]?.[c]) ?? (snapshot.valueTypes[r]?.[c] === 'String' && snapshot.numberFormat[r]?.[c] !== '@' ? restoreInput(String(value)) : value)));
    // The program's own formulas go back as formulas, so an undone re-run leaves the last run's live columns.
    if (snapshot.formulas === undefined) range.values = inputs;
    else range.formulas = inputs;
    for (const { col, points } of snapshot.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  }
  for (const output of record.replacedOutput ?? []) {
    const sheet = worksheets.getItem(output.sheetName);
    queueCells(sheet, output.origin, output.cells, output.whole);
    queueWidths(sheet, output.origin.col, output.columnWidths);
  }
  for (const name of record.addedSheets) if (present(name)) worksheets.getItem(name).delete();
  // A replaced sheet has the name of one just deleted, or is gone already, or (a write that failed before it landed) is
  // still there: it goes too, so that they all go back where they stood, in their order.
  const replacedSheets = record.replacedSheets ?? [];
  for (const { sheetName } of replacedSheets) if (!record.addedSheets.includes(sheetName) && present(sheetName)) worksheets.getItem(sheetName).delete();
  replacedSheets.forEach((replaced, i) => {
    const sheet = worksheets.add(replaced.sheetName);
    if (record.replacedAt !== undefined && record.replacedAt >= 0) sheet.position = record.replacedAt + i;
    queueSheet(sheet, replaced);
  });
  if (!record.changedState) return;
  if (record.previousState !== undefined || record.stateSheetExisted === true) queueState(context, record.previousState ?? '', present(STATE_SHEET));
  else if (present(STATE_SHEET)) queueDeleteStateSheet(context);
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === '' ? undefined : text;
}

export function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.from.row, range.from.col, range.to.row - range.from.row + 1, range.to.col - range.from.col + 1);
}
