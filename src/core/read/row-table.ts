import { CellPosition, rangeToA1 } from '../a1';
import { ColumnRole, HeaderVocabulary } from '../columns';
import { Finding, finding } from '../findings';
import { Grid, isBlank } from '../grid';
import { MappedColumn, PlanRow } from '../plan-table';
import { Scheme } from '../scheme';
import { COLUMN_NAMES_DA } from '../../messages/da';
import { HeaderRow, startsNextTable } from './header-row';
import { mapColumns } from './map-columns';
import { ReadOptions, TableRead } from './read-options';
import { readRow, RowShape, rowShape } from './read-row';
import { tableReading, ValueReading } from './read-value';

/**
 * Reads a table with a row per initiative under its header row: the columns, where the table ends,
 * the unit and sign it states, and each row.
 */
export function readRowTable(
  grid: Grid,
  header: HeaderRow,
  scheme: Scheme,
  vocabulary: HeaderVocabulary,
  options: ReadOptions,
  isIgnored: (position: CellPosition) => boolean,
): TableRead {
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const headerRow = header.row;
  const columns = mapColumns(grid.sheetName, header, header.width, scheme, vocabulary, findings, options.settings);
  const has = (kind: ColumnRole['kind']): MappedColumn | undefined => columns.find((c) => c.role.kind === kind);
  if (has('name') === undefined) {
    findings.push(finding('column-missing', { sheet, position: { row: headerRow, col: 0 } }, { column: COLUMN_NAMES_DA.name }));
  }
  if (has('category') === undefined && scheme.plan.defaultCategory === undefined) {
    findings.push(finding('column-missing', { sheet, position: { row: headerRow, col: 0 } }, { column: COLUMN_NAMES_DA.category }));
  }

  for (const column of columns) {
    if (grid.hiddenColumns.has(column.index)) findings.push(finding('hidden-column-read', { sheet, position: { row: headerRow, col: column.index } }, { header: column.header }));
  }

  // By column index: the program's own columns, which never count as the user's content.
  const owned: boolean[] = [];
  for (const column of columns) if (column.role.kind === 'owned') owned[column.index] = true;
  // A second table further down ends this one: its rows are another plan's, not this one's.
  const amountColumns = columns.filter((c) => c.role.kind === 'amount').map((c) => c.index);
  const startsTable = startsNextTable(grid, header, vocabulary, has('name')?.index, amountColumns);
  const { nextTable, lastColumn, lastRow } = tableBounds(grid, headerRow, startsTable, owned, isIgnored);
  if (nextTable !== undefined) {
    findings.push(finding('another-table-below', { sheet, position: { row: nextTable, col: 0 } }, { first: String(headerRow + 1), last: String(nextTable) }));
  }

  const shape = rowShape(columns, owned, lastColumn, scheme.plan.defaultCategory);
  const reading = tableReading(grid, headerRow, lastRow, shape.valueColumns, scheme, options, findings);
  const rows = readRows(grid, headerRow + 1, lastRow, shape, reading, findings);

  for (const merge of grid.merges) {
    if (merge.to.row > headerRow && merge.from.row <= lastRow && merge.from.col <= lastColumn) {
      findings.push(finding('merged-cells-in-table', { sheet, position: merge.from }, { range: rangeToA1(merge) }));
    }
  }

  return { table: { sheet, headerRow, columns, rows, lastColumn, lastRow, conventions: reading.conventions }, findings };
}

/**
 * Each row from `first` to `last`, an activity under the initiative above it. A function of its own, so that V8
 * optimises the loop once rather than the whole of readRowTable, whose code after the loop it had seen too rarely.
 */
function readRows(grid: Grid, first: number, last: number, shape: RowShape, reading: ValueReading, findings: Finding[]): PlanRow[] {
  const rows: PlanRow[] = [];
  let currentInitiative: number | undefined;
  for (let r = first; r <= last; r += 1) {
    const row = readRow(grid, r, shape, reading, currentInitiative, findings);
    if (row.kind === 'initiative') currentInitiative = r;
    if (row.kind === 'stated-total') currentInitiative = undefined;
    rows.push(row);
  }
  return rows;
}

/**
 * Where the table ends: the row a second table starts at, if one does, and the last row and column holding
 * anything of the user's above it, in the header or the data (the program's own columns excluded). One pass
 * down the rows for both: each pass over a large sheet's rows costs its time in memory reads alone.
 */
function tableBounds(
  grid: Grid,
  headerRow: number,
  startsTable: (r: number) => boolean,
  owned: readonly boolean[],
  isIgnored: (position: CellPosition) => boolean,
): { nextTable: number | undefined; lastColumn: number; lastRow: number } {
  let lastColumn = 0;
  let lastRow = headerRow;
  for (let r = headerRow; r < grid.rows.length; r += 1) {
    if (r > headerRow && startsTable(r)) return { nextTable: r, lastColumn, lastRow };
    const cells = grid.rows[r] ?? [];
    // From the right: a row's last cell of the user's is usually its last cell, so one look per row.
    for (let c = cells.length - 1; c >= 0; c -= 1) {
      const cell = cells[c];
      if (cell === undefined || isBlank(cell) || owned[c] === true) continue;
      if (isIgnored({ row: r, col: c })) continue;
      lastColumn = Math.max(lastColumn, c);
      lastRow = r;
      break;
    }
  }
  return { nextTable: undefined, lastColumn, lastRow };
}
