import { CellPosition, rangeContains } from '../a1';
import { vocabularyOf } from '../columns';
import { finding } from '../findings';
import { Grid, isBlank } from '../grid';
import { Scheme } from '../scheme';
import { findHeaderRow } from './header-row';
import { ReadOptions, TableRead } from './read-options';
import { readRowTable } from './row-table';
import { readForms, recogniseForms } from './proposal-form';
import { readYearsDownTable, recogniseYearsDown } from './years-down-table';
import { SHAPE_DA } from '../../messages/da';

/**
 * Reads the initiative table of a sheet, whatever its shape: a recogniser picks the reader and says which
 * shape it saw (an info finding); every reader gives the same PlanTable. Never throws on data.
 */
export function readPlan(grid: Grid, scheme: Scheme, options: ReadOptions = {}): TableRead {
  const sheet = grid.sheetName;
  const isIgnored = (position: CellPosition): boolean => options.ignore !== undefined && rangeContains(options.ignore, position);
  if (!grid.rows.some((row, r) => row.some((cell, c) => cell !== undefined && !isBlank(cell) && !isIgnored({ row: r, col: c })))) {
    return { findings: [finding('sheet-empty', { sheet })] };
  }
  const vocabulary = vocabularyOf(scheme);
  const header = findHeaderRow(grid, vocabulary, isIgnored);
  if (header !== undefined) return withShape('row-table', sheet, readRowTable(grid, header, scheme, vocabulary, options, isIgnored));
  const yearsDown = recogniseYearsDown(grid);
  if (yearsDown !== undefined) {
    const read = readYearsDownTable(grid, yearsDown, scheme, options);
    return withShape((read.table?.rows.length ?? 0) > 1 ? 'years-down-groups' : 'years-down', sheet, read);
  }
  const forms = recogniseForms(grid);
  if (forms.length > 0) return withShape(forms.length === 1 ? 'proposal-form' : 'proposal-forms', sheet, readForms(grid, forms, scheme, options));
  return { findings: [finding('header-not-found', { sheet })] };
}

function withShape(shape: keyof typeof SHAPE_DA, sheet: string, read: TableRead): TableRead {
  if (read.table === undefined) return read;
  const place = { sheet, position: { row: read.table.headerRow, col: 0 } };
  return { ...read, findings: [finding('shape-recognised', place, { shape }), ...read.findings] };
}
