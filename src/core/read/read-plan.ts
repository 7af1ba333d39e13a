import { CellPosition, rangeContains } from '../a1';
import { HeaderVocabulary, vocabularyOf } from '../columns';
import { finding } from '../findings';
import { Grid, isBlank } from '../grid';
import { Scheme } from '../scheme';
import { findHeaderRow, HeaderRow } from './header-row';
import { ReadOptions, TableRead } from './read-options';
import { readRowTable } from './row-table';
import { ProposalForm, readForms, recogniseForms } from './proposal-form';
import { readYearsDownTable, recogniseYearsDown, YearsDownShape } from './years-down-table';
import { SHAPE_DA } from '../../messages/da';

/** The shape a sheet's table has, as the recogniser saw it, with what its reader starts from. */
export type RecognisedShape =
  | { readonly shape: 'row-table'; readonly header: HeaderRow }
  | { readonly shape: 'years-down'; readonly yearsDown: YearsDownShape }
  | { readonly shape: 'proposal-forms'; readonly forms: readonly ProposalForm[] };

/** Which shape a sheet's table has, tried in order: a row per initiative, years down the rows, proposal forms. */
export function recogniseShape(grid: Grid, vocabulary: HeaderVocabulary, isIgnored: (position: CellPosition) => boolean): RecognisedShape | undefined {
  const header = findHeaderRow(grid, vocabulary, isIgnored);
  if (header !== undefined) return { shape: 'row-table', header };
  const yearsDown = recogniseYearsDown(grid);
  if (yearsDown !== undefined) return { shape: 'years-down', yearsDown };
  const forms = recogniseForms(grid);
  return forms.length > 0 ? { shape: 'proposal-forms', forms } : undefined;
}

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
  const seen = recogniseShape(grid, vocabulary, isIgnored);
  switch (seen?.shape) {
    case 'row-table':
      return withShape('row-table', sheet, 0, readRowTable(grid, seen.header, scheme, vocabulary, options, isIgnored));
    case 'years-down': {
      const read = readYearsDownTable(grid, seen.yearsDown, scheme, options);
      return withShape((read.table?.rows.length ?? 0) > 1 ? 'years-down-groups' : 'years-down', sheet, seen.yearsDown.yearCol, read);
    }
    case 'proposal-forms': {
      const first = seen.forms[0]?.labelCol ?? 0;
      return withShape(seen.forms.length === 1 ? 'proposal-form' : 'proposal-forms', sheet, first, readForms(grid, seen.forms, scheme, options));
    }
    case undefined:
      return { findings: [finding('header-not-found', { sheet })] };
  }
}

/** Says which shape the sheet was read as, at the start of the table's header row. */
function withShape(shape: keyof typeof SHAPE_DA, sheet: string, col: number, read: TableRead): TableRead {
  if (read.table === undefined) return read;
  const place = { sheet, position: { row: read.table.headerRow, col } };
  return { ...read, findings: [finding('shape-recognised', place, { shape }), ...read.findings] };
}
