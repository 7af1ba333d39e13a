import { Grid } from '../../core/grid';
import { misuse } from '../../core/misuse';
import { initiativeKeys } from '../../core/rounds/round';
import { roundFromGrid, roundToLayout } from '../../core/rounds/round-sheet';
import { AddinState, parseState, serialiseState, STATE_SHEET } from '../../core/state';
import { CALL_BYTES } from './host';
import { PreparedSheet, prepareSheet, PreparedWrite } from './prepared-write';
import { queueSheet, queueSheetSettings } from './queue-layout';
import { queueRestore, UndoRecord } from './undo';
import { cellJobs, WriteJob } from './write-jobs';

/** A round to close in the open workbook: its sheet, the round sheet it replaces, and the position its sheet takes. */
export interface RoundToClose {
  readonly sheet: PreparedSheet;
  readonly replaced?: string;
  /** The sheet's index once the program's other replaced sheets are gone; -1 to add it at the end. */
  readonly position: number;
  /** Whether the sheet is new in the workbook (not in the place of the round it replaces). */
  readonly added: boolean;
}

/**
 * The round a write closes, and where its sheet goes: where the round it replaces stood, else just before the state
 * sheet (so before Bilag 1, which is added after it). `remaining` are the sheets once the program's replaced sheets are
 * gone; `sheetNamed` spells a name as the workbook does. A sheet of the round's name that is not the replaced round is
 * the user's: misuse, as for the program's other sheets (the core reports it as round-sheet-taken before).
 */
export function roundToClose(plan: PreparedWrite, remaining: readonly string[], sheetNamed: (name: string) => string | undefined): RoundToClose | undefined {
  const round = plan.roundSheet;
  if (round === undefined) return undefined;
  const replaced = round.replaced === undefined ? undefined : sheetNamed(round.replaced);
  const taken = sheetNamed(round.sheet.sheetName);
  if (taken !== undefined && taken !== replaced) throw misuse('sheet-not-ours', taken);
  const position = remaining.indexOf(replaced ?? STATE_SHEET);
  return { sheet: round.sheet, ...(replaced === undefined ? {} : { replaced }), position, added: replaced === undefined };
}

/** Queues the round's sheet in: the round it replaces is unprotected and goes first, and the new sheet takes its place. */
export function queueRoundSheet(context: Excel.RequestContext, round: RoundToClose): void {
  const worksheets = context.workbook.worksheets;
  if (round.replaced !== undefined) {
    const old = worksheets.getItem(round.replaced);
    old.protection.unprotect();
    old.delete();
  }
  const sheet = worksheets.add(round.sheet.sheetName);
  if (round.position >= 0) sheet.position = round.position;
  queueSheetSettings(sheet, round.sheet);
}

/** The round's cells, then its protection: after the last cell, in the same write, so no one sees it open. */
export function roundCellJobs(sheet: PreparedSheet): WriteJob[] {
  return [...cellJobs(sheet), { bytes: CALL_BYTES, queue: (context) => context.workbook.worksheets.getItem(sheet.sheetName).protection.protect() }];
}

/** A round's sheet as the program wrote it, from what the sheet holds; undefined when it no longer reads as a round. */
export function roundSheetFrom(grid: Grid): PreparedSheet | undefined {
  const round = roundFromGrid(grid, initiativeKeys());
  return round === undefined ? undefined : prepareSheet(roundToLayout(round));
}

/** What undo and a roll back need to know of the round a write closes: undo keeps it, a failed write takes it away. */
export function closedRoundRecord(round: RoundToClose, replaced: PreparedSheet | undefined, stateBefore: string | undefined, stateAfter: AddinState): NonNullable<UndoRecord['closedRound']> {
  return {
    sheet: round.sheet.sheetName,
    added: round.added,
    stateAfterUndo: stateKeepingRounds(stateBefore, stateAfter),
    ...(replaced === undefined ? {} : { replaced: { sheet: replaced, position: round.position } }),
  };
}

/**
 * Queues what puts the workbook back after a failed write: what undo puts back, and no round closed. A new round's
 * sheet goes (the program's sheets after it then stand one place earlier); a round the write was closing again goes
 * back as it was read before the write, where it stood, protected. First, so that the positions after it hold.
 */
export function queueRollBack(context: Excel.RequestContext, record: UndoRecord, present: (name: string) => boolean): void {
  const round = record.closedRound;
  if (round === undefined) return queueRestore(context, record, present);
  const worksheets = context.workbook.worksheets;
  if (round.added || round.replaced !== undefined) {
    if (present(round.sheet)) worksheets.getItem(round.sheet).delete();
  }
  if (round.replaced !== undefined) {
    const sheet = worksheets.add(round.replaced.sheet.sheetName);
    if (round.replaced.position >= 0) sheet.position = round.replaced.position;
    queueSheet(sheet, round.replaced.sheet);
    sheet.protection.protect();
  }
  const at = record.replacedAt;
  queueRestore(context, round.added && at !== undefined && at > 0 ? { ...record, replacedAt: at - 1 } : record, present);
}

/** The state undo puts back after a write that closed a round: the one before it, listing the rounds as after it. */
function stateKeepingRounds(before: string | undefined, after: AddinState): string {
  const state = parseState(before);
  if (state === undefined) return serialiseState(after);
  const { rounds } = after;
  return serialiseState({ ...state, ...(rounds === undefined ? {} : { rounds }) });
}
