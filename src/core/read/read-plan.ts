import { CellPosition, rangeContains } from '../a1';
import { vocabularyOf } from '../columns';
import { finding } from '../findings';
import { Grid, isBlank } from '../grid';
import { Scheme } from '../scheme';
import { findHeaderRow } from './header-row';
import { ReadOptions, TableRead } from './read-options';
import { readRowTable } from './row-table';

/** Reads the initiative table of a sheet. Never throws on data: every problem is a finding. */
export function readPlan(grid: Grid, scheme: Scheme, options: ReadOptions = {}): TableRead {
  const sheet = grid.sheetName;
  const isIgnored = (position: CellPosition): boolean => options.ignore !== undefined && rangeContains(options.ignore, position);
  if (!grid.rows.some((row, r) => row.some((cell, c) => cell !== undefined && !isBlank(cell) && !isIgnored({ row: r, col: c })))) {
    return { findings: [finding('sheet-empty', { sheet })] };
  }
  const vocabulary = vocabularyOf(scheme);
  const header = findHeaderRow(grid, vocabulary, isIgnored);
  if (header === undefined) return { findings: [finding('header-not-found', { sheet })] };
  return readRowTable(grid, header, scheme, vocabulary, options, isIgnored);
}
