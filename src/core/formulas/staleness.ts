import { CellPosition, columnLetters, rangeFromA1, toA1 } from '../a1';
import { Finding, finding } from '../findings';
import { Grid } from '../grid';
import { PrintBuilder } from '../print-builder';

/** A fingerprint of input cells of results written as values: one cell ("E12"), or a column's stretch ("E12:E940"). */
export interface InputPrint {
  readonly cells: string;
  readonly print: string;
}

/** Beyond this many cells the prints are kept per column stretch, so the state stays within one cell of Excel's. */
const MOST_SINGLE_CELLS = 1000;

function printOf(grid: Grid, cells: string): string {
  const { from, to } = rangeFromA1(cells);
  const builder = new PrintBuilder();
  // A column's stretch (as printInputs makes them) in one call; any wider range cell by cell, row by row.
  if (from.col === to.col) builder.addColumnCells(grid.rows, from.col, from.row, to.row);
  else for (let row = from.row; row <= to.row; row += 1) for (let col = from.col; col <= to.col; col += 1) builder.addColumnCells(grid.rows, col, row, row);
  return builder.print();
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
  return groups.map((cells) => ({ cells, print: printOf(grid, cells) }));
}

/** Where an input of a result written as a value has changed since it was written: the result is out of date. */
export function staleFindings(grid: Grid, prints: readonly InputPrint[]): Finding[] {
  const findings: Finding[] = [];
  for (const { cells, print } of prints) {
    let range;
    try {
      range = rangeFromA1(cells);
    } catch {
      continue;
    }
    if (printOf(grid, cells) !== print) findings.push(finding('results-stale', { sheet: grid.sheetName, position: range.from }, { cells }));
  }
  return findings;
}
