import { CellPosition, columnLetters, rangeFromA1, toA1 } from '../a1';
import { Finding, finding } from '../findings';
import { Grid } from '../grid';
import { ColumnStretch, PrintBuilder, stretchPrints } from '../print-builder';

/** A fingerprint of input cells of results written as values: one cell ("E12"), or a column's stretch ("E12:E940"). */
export interface InputPrint {
  readonly cells: string;
  readonly print: string;
}

/** Beyond this many cells the prints are kept per column stretch, so the state stays within one cell of Excel's. */
const MOST_SINGLE_CELLS = 1000;

/**
 * The prints of ranges of cells as they are now: every column's stretch (as printInputs makes them) in one pass
 * down the rows; any wider range cell by cell, row by row. Undefined for a range that cannot be read.
 */
function printsOf(grid: Grid, ranges: readonly string[]): (string | undefined)[] {
  const prints: (string | undefined)[] = new Array<string | undefined>(ranges.length).fill(undefined);
  const stretches: ColumnStretch[] = [];
  const stretchAt: number[] = [];
  ranges.forEach((cells, i) => {
    let range;
    try {
      range = rangeFromA1(cells);
    } catch {
      return;
    }
    const { from, to } = range;
    if (from.col === to.col) {
      stretches.push({ col: from.col, first: from.row, last: to.row });
      stretchAt.push(i);
      return;
    }
    const builder = new PrintBuilder();
    for (let row = from.row; row <= to.row; row += 1) for (let col = from.col; col <= to.col; col += 1) builder.addColumnCells(grid.rows, col, row, row);
    prints[i] = builder.print();
  });
  stretchPrints(grid.rows, stretches).forEach((print, s) => (prints[stretchAt[s] as number] = print));
  return prints;
}

/**
 * The inputs of results written as values, fingerprinted as they are now: each cell on its own, or, for
 * very many, each column's stretch from its first to its last such cell.
 */
export function printInputs(grid: Grid, inputs: readonly CellPosition[]): InputPrint[] {
  let groups: string[];
  if (inputs.length <= MOST_SINGLE_CELLS) groups = inputs.map(toA1);
  else {
    const byColumn = new Map<number, { first: number; last: number }>();
    for (const { row, col } of inputs) {
      const stretch = byColumn.get(col);
      byColumn.set(col, stretch === undefined ? { first: row, last: row } : { first: Math.min(stretch.first, row), last: Math.max(stretch.last, row) });
    }
    groups = [...byColumn].sort(([a], [b]) => a - b).map(([col, { first, last }]) => `${columnLetters(col)}${first + 1}:${columnLetters(col)}${last + 1}`);
  }
  const prints = printsOf(grid, groups);
  return groups.map((cells, i) => ({ cells, print: prints[i] as string }));
}

/** Where an input of a result written as a value has changed since it was written: the result is out of date. */
export function staleFindings(grid: Grid, prints: readonly InputPrint[]): Finding[] {
  const findings: Finding[] = [];
  const now = printsOf(grid, prints.map(({ cells }) => cells));
  prints.forEach(({ cells, print }, i) => {
    const printNow = now[i];
    // A range that cannot be read (a state edited by hand) tells nothing.
    if (printNow !== undefined && printNow !== print) findings.push(finding('results-stale', { sheet: grid.sheetName, position: rangeFromA1(cells).from }, { cells }));
  });
  return findings;
}
