import { CellPosition } from '../a1';
import { ColumnRole, Measure } from '../columns';
import { Finding, finding } from '../findings';
import { cellText, EMPTY_CELL, Grid, GridCell } from '../grid';
import { MappedColumn, ValueCell } from '../plan-table';
import { normaliseLabel, planGroupOf, Scheme } from '../scheme';
import { yearInCell } from '../years';
import { HEADER_SEARCH_ROWS } from './header-row';
import { ReadOptions, TableRead } from './read-options';
import { initiativeAt } from './read-row';
import { readValueCell, tableReading } from './read-value';
import { checkedSum } from './stated-sum';

/** What a column of a follow-up with the years down the rows holds. */
type YearsDownMeasure = Measure | 'realised-part' | 'note';

/** Header words, tried in order: "Samlet effekt" is the stated sum of the realised parts, not a part. */
const MEASURE_WORDS: readonly [RegExp, YearsDownMeasure][] = [
  [/^(samlet|total) (realiseret )?effekt|^realiseret (effekt )?i alt/, 'realised'],
  [/realiseret/, 'realised-part'],
  [/justere[dt]|korrigere[dt]/, 'adjusted'],
  [/forventet effekt|prognose/, 'forecast'],
  [/oprindelig|måltal|budget|forventning|forventet besparelse/, 'target'],
  [/bemærk|note|kommentar/, 'note'],
];

export interface YearsDownShape {
  readonly headerRow: number;
  readonly years: readonly { readonly row: number; readonly year: number }[];
  readonly columns: readonly { readonly col: number; readonly header: string; readonly measure: YearsDownMeasure }[];
}

/**
 * A follow-up whose first column holds the years, one a row, under headers that name measures: original and
 * adjusted expectations, forecasts, realised effect (maybe in parts, with a stated sum) and notes.
 */
export function recogniseYearsDown(grid: Grid): YearsDownShape | undefined {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const years: { row: number; year: number }[] = [];
    for (let below = r + 1; below < grid.rows.length; below += 1) {
      const year = yearInCell(grid.rows[below]?.[0]);
      if (year === undefined) break;
      years.push({ row: below, year });
    }
    if (years.length < 2) continue;
    const columns = (grid.rows[r] ?? []).flatMap((cell, col) => {
      const header = col === 0 || cell === undefined ? '' : cellText(cell).trim();
      const measure = header === '' ? undefined : MEASURE_WORDS.find(([words]) => words.test(normaliseLabel(header)))?.[1];
      return measure === undefined ? [] : [{ col, header, measure }];
    });
    if (columns.some((c) => c.measure !== 'note')) return { headerRow: r, years, columns };
  }
  return undefined;
}

/**
 * Reads a follow-up with the years down the rows as one initiative named by the table's title. Realised parts
 * add up to the year's effect and are checked against a stated sum; a part not yet stated leaves it partial.
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

  const values: ValueCell[] = [];
  for (const { row, year } of shape.years) {
    if (!inPlan.has(year)) continue;
    const cellAt = (col: number): GridCell => grid.rows[row]?.[col] ?? EMPTY_CELL;
    const read = (col: number, measure: Measure): ValueCell => readValueCell(sheet, cellAt(col), roleOf(measure, year), { row, col }, reading, findings);
    const parts: ValueCell[] = [];
    let statedSum: ValueCell | undefined;
    for (const column of shape.columns) {
      if (column.measure === 'note' || cellText(cellAt(column.col)).trim() === '') continue;
      if (column.measure === 'realised-part') parts.push(read(column.col, 'realised'));
      else if (column.measure === 'realised') statedSum = read(column.col, 'realised');
      else values.push(read(column.col, column.measure));
    }
    const effect = realisedEffect(sheet, parts, statedSum, shape, findings);
    if (effect !== undefined) values.push(effect);
  }

  const title = titleAbove(grid, shape.headerRow);
  const position: CellPosition = title?.position ?? { row: shape.headerRow, col: 0 };
  const initiative = initiativeAt(sheet, position, title?.text ?? sheet, scheme.plan.defaultCategory ?? '', values, findings);
  const lastColumn = Math.max(0, ...shape.columns.map((c) => c.col));
  return { table: { sheet, headerRow: shape.headerRow, columns, rows: [initiative], lastColumn, lastRow, yearsDownRows: true }, findings };
}

/** A year's realised effect: the sum of its parts (checkedSum); a part not yet stated ("Ej opgjort") leaves it partial and says which. */
function realisedEffect(sheet: string, parts: readonly ValueCell[], statedSum: ValueCell | undefined, shape: YearsDownShape, findings: Finding[]): ValueCell | undefined {
  if (parts.length === 0) return statedSum;
  for (const part of parts) {
    if (part.value !== null) continue;
    const header = shape.columns.find((c) => c.col === part.position.col)?.header ?? '';
    findings.push(finding('effect-partial', { sheet, position: part.position }, { part: header, year: String(part.role.kind === 'amount' ? part.role.year : '') }));
  }
  return checkedSum(sheet, parts, statedSum, findings);
}

/** The table's title: the nearest text above its header row, in the first columns. */
function titleAbove(grid: Grid, headerRow: number): { text: string; position: CellPosition } | undefined {
  for (let r = headerRow - 1; r >= 0; r -= 1) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, 3); c += 1) {
      const text = cellText(cells[c] ?? EMPTY_CELL).trim();
      if (text !== '') return { text, position: { row: r, col: c } };
    }
  }
  return undefined;
}
