import { Computation, withRows, YearFigures } from './compute';
import { Decimal } from './decimal';
import { amount, BLANK, DROPPED, LayoutCell, PLAIN, RangePatch } from './layout';
import { decimalsToShow, numberFormatFor } from './money';
import { effectAndGapHeaders, groupYearHeaders } from './output-headers';
import { PlanRow, PlanTable, SheetPart } from './plan-table';
import { groupYears, Scheme } from './scheme';

/**
 * The effect and gap columns of a table whose columns hold more than one year (a follow-up with the years down
 * the rows, budget forms stacked on a sheet): each figure stands on the row where the initiative's amounts for its
 * year stand. Where an initiative's years stand on rows of their own (years down), each initiative has a pair of
 * columns of its own; where they stand on one row (a form's net change), the pairs are per year, as for a row table.
 * Values, not formulas: such tables are written as values (results-as-values).
 */
export function buildPlacedColumns(table: PlanTable, scheme: Scheme, computation: Computation, part: SheetPart = table): RangePatch {
  const keys = groupYears(scheme);
  const shown: (Decimal | null)[] = [];
  for (const row of computation.rows) for (const figures of row.years) shown.push(figures.effect, figures.gap);
  const format = numberFormatFor(decimalsToShow(shown, scheme.bilag1.minDecimals));
  // The figures' decimals are the plan's, on every sheet; the figures placed are those of the part's own rows.
  const pairs = withRows(table, computation).flatMap(({ result, row }) => (row === undefined || row.sheet !== part.sheet ? [] : [{ row, years: result.years }]));
  const rowsOf = pairs.map(({ row }) => keys.map(({ group, year }) => amountRow(row, group.key, year)));
  const yearsDown = rowsOf.some((rows) => new Set(rows.filter((r) => r !== undefined)).size > 1);

  const header = yearsDown ? pairs.flatMap(({ row }) => effectAndGapHeaders(row.name)) : groupYearHeaders(scheme);
  const height = part.lastRow - part.headerRow + 1;
  const rows: LayoutCell[][] = [header, ...Array.from({ length: height - 1 }, () => header.map(() => BLANK))];
  const put = (sheetRow: number | undefined, pair: number, figures: YearFigures | undefined, style: typeof PLAIN): void => {
    const cells = sheetRow === undefined ? undefined : rows[sheetRow - part.headerRow];
    // The first figure for a cell wins: a plan group and a group of its own may share a year's row.
    if (cells === undefined || sheetRow === part.headerRow || figures === undefined || cells[2 * pair] !== BLANK) return;
    cells[2 * pair] = amount(figures.effect, format, style);
    cells[2 * pair + 1] = amount(figures.gap, format, style);
  };
  pairs.forEach(({ row, years }, i) => {
    const style = row.dropped ? DROPPED : PLAIN;
    keys.forEach((_, k) => put(rowsOf[i]?.[k] ?? (yearsDown ? undefined : row.index), yearsDown ? i : k, years[k], style));
  });
  return { sheetName: part.sheet, origin: { row: part.headerRow, col: part.lastColumn + 1 }, rows, columnWidths: header.map(() => 13) };
}

/** The row where an initiative's amount for a group and year stands, if it has one. */
function amountRow(row: PlanRow, group: string, year: number): number | undefined {
  for (const cell of row.values) {
    const role = cell.role;
    if (role.kind === 'amount' && role.group === group && role.year === year) return cell.row;
  }
  return undefined;
}
