import { CellPosition, CellRange } from '../../core/a1';
import { widestRow } from '../../core/grid';
import { LayoutCell, patchRange, RangePatch, SheetLayout } from '../../core/layout';
import { AddinState, serialiseState } from '../../core/state';
import { columnsWritten, PlanWrite, replacedRoundSheet } from '../../core/workbook';
import { CellArrays, cellArrays, formatOf, inputOf, RangeWrite, rangeWrite } from './cell-arrays';
import { PAYLOAD_BUDGET } from './host';

/**
 * A write made ready for Office.js: everything but the calls themselves. The layouts are turned into the
 * arrays Office.js takes, cut into parts that fit a request, and the state into its text. The Excel pane's
 * worker prepares it (prepareWrite is pure), so the page only queues the arrays and syncs. Plain data.
 */
export interface PreparedWrite {
  /** The program's columns on each sheet the write covers, the source sheet's first. */
  readonly columns: readonly PreparedColumns[];
  readonly bilag1: PreparedSheet;
  readonly gapSheet?: PreparedSheet;
  readonly sinceSheet?: PreparedSheet;
  /** What the program owns after this write, and as the text the state sheet keeps. */
  readonly state: AddinState;
  readonly stateText: string;
  readonly previous?: AddinState;
  readonly schemeSheet?: PreparedSheet;
  /** A round closed by this write, and the round sheet of its name it replaces (only one the last state lists, and only when asked to). */
  readonly roundSheet?: { readonly sheet: PreparedSheet; readonly replaced?: string };
}

/** A block of the program's cells: its arrays, and how it is written in parts (a write) or whole (undo, a small sheet). */
export interface PreparedBlock {
  readonly sheetName: string;
  readonly origin: CellPosition;
  readonly cells: CellArrays;
  readonly merges: readonly CellRange[];
  readonly columnWidths: readonly number[];
  /** Rows [from, to) written in one range each, with the request bytes they weigh; widths and merges go with the first. */
  readonly parts: readonly RowPart[];
  /** The block written as one range. */
  readonly whole: RangeWrite;
}

export interface RowPart extends RangeWrite {
  readonly from: number;
  readonly to: number;
  readonly bytes: number;
  /** The widest of its rows: a part's range is as wide as its own rows. */
  readonly width: number;
}

/** The program's columns on a user's sheet: where they stand, as a range and by the length of their first row. */
export interface PreparedColumns extends PreparedBlock {
  readonly range: CellRange;
  readonly firstRowLength: number;
}

/** A whole sheet of the program's (Bilag 1, the gap sheet, a round's), with what it has besides cells. */
export interface PreparedSheet extends PreparedBlock {
  readonly frozenRows?: number;
  readonly printTitle?: string;
}

export function prepareWrite(plan: PlanWrite): PreparedWrite {
  const replaced = replacedRoundSheet(plan);
  return {
    columns: columnsWritten(plan).map(prepareColumns),
    bilag1: prepareSheet(plan.bilag1),
    ...(plan.gapSheet === undefined ? {} : { gapSheet: prepareSheet(plan.gapSheet) }),
    ...(plan.sinceSheet === undefined ? {} : { sinceSheet: prepareSheet(plan.sinceSheet) }),
    state: plan.state,
    stateText: serialiseState(plan.state),
    ...(plan.previous === undefined ? {} : { previous: plan.previous }),
    ...(plan.schemeSheet === undefined ? {} : { schemeSheet: prepareSheet(plan.schemeSheet) }),
    ...(plan.roundSheet === undefined ? {} : { roundSheet: { sheet: prepareSheet(plan.roundSheet.layout), ...(replaced === undefined ? {} : { replaced }) } }),
  };
}

export function prepareSheet(layout: SheetLayout): PreparedSheet {
  return {
    ...prepareBlock(layout.sheetName, { row: 0, col: 0 }, layout.rows, layout.columnWidths, layout.merges),
    ...(layout.frozenRows === undefined ? {} : { frozenRows: layout.frozenRows }),
    ...(layout.printTitle === undefined ? {} : { printTitle: layout.printTitle }),
  };
}

function prepareColumns(patch: RangePatch): PreparedColumns {
  return { ...prepareBlock(patch.sheetName, patch.origin, patch.rows, patch.columnWidths), range: patchRange(patch), firstRowLength: patch.rows[0]?.length ?? 0 };
}

function prepareBlock(sheetName: string, origin: CellPosition, rows: readonly (readonly LayoutCell[])[], columnWidths: readonly number[], merges: readonly CellRange[] = []): PreparedBlock {
  return {
    sheetName,
    origin,
    cells: cellArrays(rows),
    merges,
    columnWidths,
    parts: rowParts(rows).map((part) => {
      const partRows = rows.slice(part.from, part.to);
      return { ...part, width: Math.max(1, widestRow(partRows)), ...rangeWrite(partRows) };
    }),
    whole: rangeWrite(rows),
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
