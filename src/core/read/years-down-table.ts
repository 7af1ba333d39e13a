import { toA1 } from '../a1';
import { ColumnRole, Measure } from '../columns';
import { Finding, finding } from '../findings';
import { cellText, EMPTY_CELL, Grid, GridCell } from '../grid';
import { MappedColumn, positionOf, ValueCell } from '../plan-table';
import { planGroupOf, Scheme } from '../scheme';
import { formatYears, yearInCell } from '../years';
import { HEADER_SEARCH_ROWS } from './header-row';
import { ReadOptions, TableRead } from './read-options';
import { initiativeAt, isTotalLabel } from './read-row';
import { readValueCell, tableReading } from './read-value';
import { checkedSum } from './stated-sum';
import { headerColumns, headerHasRowAbove, measureGroups, titleAbove, YearsDownColumn } from './years-down-groups';

export interface YearsDownShape {
  readonly headerRow: number;
  /** The column of the years: the table's first, wherever on the sheet it starts. */
  readonly yearCol: number;
  readonly years: readonly { readonly row: number; readonly year: number }[];
  readonly columns: readonly YearsDownColumn[];
}

/** The columns the years may stand in: a table often starts a column or two in from the sheet's edge. */
const YEAR_COLUMNS_TRIED = 4;

/**
 * A follow-up whose first column holds the years, one a row, under headers that name measures: original and
 * adjusted expectations, forecasts, realised effect (maybe in parts, with a stated sum) and notes.
 */
export function recogniseYearsDown(grid: Grid): YearsDownShape | undefined {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    for (let yearCol = 0; yearCol < YEAR_COLUMNS_TRIED; yearCol += 1) {
      const years: { row: number; year: number }[] = [];
      for (let below = r + 1; below < grid.rows.length; below += 1) {
        const year = yearInCell(grid.rows[below]?.[yearCol]);
        if (year === undefined) break;
        years.push({ row: below, year });
      }
      if (years.length < 2) continue;
      const columns = headerColumns(grid, r, yearCol);
      if (columns.some((c) => c.measure !== 'note')) return { headerRow: r, yearCol, years, columns };
    }
  }
  return undefined;
}

/**
 * Reads a follow-up with the years down the rows as one initiative per group of measures (measureGroups), or
 * one named by the table's title. Realised parts add up to the year's effect and are checked against a stated
 * sum; a part not yet stated leaves it partial.
 */
export function readYearsDownTable(grid: Grid, shape: YearsDownShape, scheme: Scheme, options: ReadOptions): TableRead {
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const group = planGroupOf(scheme.columnGroups);
  const firstYear = shape.years[0]?.year ?? scheme.plan.firstYear;
  const roleOf = (measure: Measure, year: number): ColumnRole => ({ kind: 'amount', measure, group: group?.key ?? '', year });
  const columns: MappedColumn[] = shape.columns.map((c) => ({
    index: c.col,
    header: c.header,
    role: c.measure === 'note' ? { kind: 'note' } : roleOf(c.measure === 'realised-part' ? 'realised' : c.measure, firstYear),
  }));
  const lastRow = shape.years[shape.years.length - 1]?.row ?? shape.headerRow;
  const amountColumns = columns.filter((c) => c.role.kind !== 'note');
  const reading = tableReading(grid, shape.headerRow, lastRow, amountColumns, scheme, options, findings);
  const inPlan = new Set(group?.years ?? []);

  const valuesOf = (inGroup: readonly YearsDownColumn[]): ValueCell[] => {
    const values: ValueCell[] = [];
    for (const { row, year } of shape.years) {
      if (!inPlan.has(year)) continue;
      const cellAt = (col: number): GridCell => grid.rows[row]?.[col] ?? EMPTY_CELL;
      const read = (col: number, measure: Measure): ValueCell => readValueCell(sheet, cellAt(col), roleOf(measure, year), row, col, reading, findings);
      const parts: ValueCell[] = [];
      let statedSum: ValueCell | undefined;
      for (const column of inGroup) {
        if (column.measure === 'note' || cellText(cellAt(column.col)).trim() === '') continue;
        if (column.measure === 'realised-part') parts.push(read(column.col, 'realised'));
        else if (column.measure === 'realised') statedSum = read(column.col, 'realised');
        else values.push(read(column.col, column.measure));
      }
      const effect = realisedEffect(sheet, parts, statedSum, shape, scheme.bilag1.minDecimals, findings);
      if (effect !== undefined) values.push(effect);
    }
    return values;
  };

  // A year row outside the plan's period counts nothing, and is said once.
  for (const { row, year } of shape.years) {
    if (!inPlan.has(year)) findings.push(finding('year-row-outside-period', { sheet, position: { row, col: shape.yearCol } }, { year: String(year), period: formatYears(group?.years ?? []) }));
  }
  const groups = measureGroups(grid, shape.headerRow, shape.yearCol, shape.columns);
  const title = titleAbove(grid, headerHasRowAbove(grid, shape.headerRow, shape.columns) ? shape.headerRow - 1 : shape.headerRow, shape.yearCol);
  const rows = groups.map((measured) => {
    const name = measured.name ?? title ?? { text: sheet, position: { row: shape.headerRow, col: shape.yearCol } };
    return initiativeAt(sheet, name.position, name.text, scheme.plan.defaultCategory ?? '', valuesOf(measured.columns), findings);
  });
  const readAt = (row: number, column: YearsDownColumn, into: Finding[]): ValueCell =>
    readValueCell(sheet, grid.rows[row]?.[column.col] ?? EMPTY_CELL, roleOf('target', firstYear), row, column.col, reading, into);
  findings.push(...checkYearsTotal(grid, shape, readAt, scheme.bilag1.minDecimals));
  const lastColumn = Math.max(0, ...shape.columns.map((c) => c.col));
  return { table: { sheet, headerRow: shape.headerRow, columns, rows, lastColumn, lastRow, yearsDownRows: true }, findings };
}

/** A year's realised effect: the sum of its parts (checkedSum); a part not yet stated ("Ej opgjort") leaves it partial and says which. */
function realisedEffect(
  sheet: string,
  parts: readonly ValueCell[],
  statedSum: ValueCell | undefined,
  shape: YearsDownShape,
  minDecimals: number,
  findings: Finding[],
): ValueCell | undefined {
  if (parts.length === 0) return statedSum;
  for (const part of parts) {
    if (part.value !== null) continue;
    const header = shape.columns.find((c) => c.col === part.col)?.header ?? '';
    findings.push(finding('effect-partial', { sheet, position: positionOf(part) }, { part: header, year: String(part.role.kind === 'amount' ? part.role.year : '') }));
  }
  return checkedSum(sheet, parts, statedSum, minDecimals, findings);
}

/**
 * An »I alt« row right under the years: each column's stated total is checked against the sum of its years, as a
 * row table's »I alt« against its rows, and said where it agrees. It is no year and no initiative.
 */
function checkYearsTotal(
  grid: Grid,
  shape: YearsDownShape,
  read: (row: number, column: YearsDownColumn, findings: Finding[]) => ValueCell,
  minDecimals: number,
): Finding[] {
  const row = (shape.years[shape.years.length - 1]?.row ?? shape.headerRow) + 1;
  if (!isTotalLabel(cellText(grid.rows[row]?.[shape.yearCol] ?? EMPTY_CELL).trim())) return [];
  const findings: Finding[] = [];
  const agreeing: string[] = [];
  for (const column of shape.columns) {
    if (column.measure === 'note' || cellText(grid.rows[row]?.[column.col] ?? EMPTY_CELL).trim() === '') continue;
    const stated = read(row, column, findings);
    // The years' cells were read, and their findings given, with the initiatives.
    const years = shape.years.filter((y) => cellText(grid.rows[y.row]?.[column.col] ?? EMPTY_CELL).trim() !== '').map((y) => read(y.row, column, []));
    const before = findings.length;
    checkedSum(grid.sheetName, years, stated, minDecimals, findings);
    if (findings.length === before && stated.value !== null && years.length > 0 && years.every((y) => y.value !== null)) agreeing.push(toA1(positionOf(stated)));
  }
  if (agreeing.length > 0) findings.push(finding('stated-total-agrees', { sheet: grid.sheetName, position: { row, col: shape.yearCol } }, { columns: agreeing.join(', ') }));
  return findings;
}
