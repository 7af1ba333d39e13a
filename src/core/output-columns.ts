import { Computation, RowResult } from './compute';
import { Decimal } from './decimal';
import { buildPlacedColumns } from './placed-columns';
import { ColumnFormulas, formulaCell } from './formulas/live-cells';
import { rangeRef } from './formulas/refs';
import { rowRuns, sumOrBlankOfRuns } from './formulas/sums';
import { amount, BLANK, DROPPED, LayoutCell, PLAIN, RangePatch } from './layout';
import { decimalsToShow, numberFormatFor } from './money';
import { groupYearHeaders } from './output-headers';
import { PlanRow, PlanTable, RowKind, sheetParts } from './plan-table';
import { groupYears, Scheme } from './scheme';

const TOTAL = { bold: true };

/** The effect column of a group-year (in the order of groupYears(scheme)); its gap column is the next. */
export function effectColumn(table: PlanTable, k: number): number {
  return table.lastColumn + 1 + 2 * k;
}

/**
 * The rows an effect or gap column's sum covers, as ranges: the counted initiatives, joined over rows
 * where the column is blank (activities, notes), broken at dropped initiatives and stated totals.
 */
export function countedRuns(table: PlanTable, computation: Computation): { from: number; to: number }[] {
  const kinds: (RowKind | undefined)[] = [];
  for (const row of table.rows) kinds[row.index] = row.kind;
  const counted = computation.rows.filter((r) => r.counted).map((r) => r.row);
  return rowRuns(counted, (row) => kinds[row] !== 'initiative' && kinds[row] !== 'stated-total');
}

/** The program's columns on each sheet the table stands on, its own sheet's first: one patch for most tables. */
export function buildSheetColumns(table: PlanTable, scheme: Scheme, computation: Computation, formulas?: ColumnFormulas): RangePatch[] {
  const [own, ...more] = sheetParts(table);
  if (more.length === 0) return [buildOutputColumns(table, scheme, computation, formulas)];
  // Only tables whose columns hold more than one year stand on several sheets (forms one per sheet): their figures are placed.
  return [own ?? table, ...more].map((part) => buildPlacedColumns(table, scheme, computation, part));
}

/**
 * The effect and gap columns written beside the source table: for each column group and year an
 * "Effekt" and a "Gab" column, a formula on every initiative row (the core's figure cached; a value
 * where an input is one Excel sees differently), and on the stated total row the sum of the counted
 * rows. Headers end in "(beregnet)" so a re-run never reads them as data.
 */
export function buildOutputColumns(table: PlanTable, scheme: Scheme, computation: Computation, formulas?: ColumnFormulas): RangePatch {
  // A column holds more than one year: each figure goes where its amounts stand, not on the initiative's row.
  if (table.yearsDownRows === true) return buildPlacedColumns(table, scheme, computation);
  const keys = groupYears(scheme);
  // The decimals every figure needs, taken row by row (no list of them all made).
  let decimals = scheme.bilag1.minDecimals;
  const pair: (Decimal | null)[] = [null, null];
  const take = (figures: { readonly effect: Decimal | null; readonly gap: Decimal | null }): void => {
    pair[0] = figures.effect;
    pair[1] = figures.gap;
    decimals = decimalsToShow(pair, decimals);
  };
  // One pair reused, index loops: this runs for every figure of the plan.
  for (let r = 0; r < computation.rows.length; r += 1) {
    const years = (computation.rows[r] as RowResult).years;
    for (let k = 0; k < years.length; k += 1) take(years[k] as RowResult['years'][number]);
  }
  computation.totals.forEach(take);
  const format = numberFormatFor(decimalsToShow([], decimals));
  const sheet = table.sheet;

  const header = groupYearHeaders(scheme);

  // Each group-year's rules, looked up once for the whole column.
  const effects = keys.map((_, k) => formulas?.rules.effect(k, sheet));
  const gaps = keys.map((_, k) => (effects[k]?.hasFormula === true ? formulas?.rules.gap(k, effectColumn(table, k), sheet) : undefined));
  const rowCells = (row: PlanRow, result: RowResult, style: typeof PLAIN): LayoutCell[] => {
    const cells: LayoutCell[] = [];
    const years = result.years;
    for (let k = 0; k < years.length; k += 1) {
      const figures = years[k] as RowResult['years'][number];
      const effect = effects[k];
      if (formulas === undefined || effect === undefined) {
        cells.push(amount(figures.effect, format, style), amount(figures.gap, format, style));
        continue;
      }
      const gap = gaps[k];
      cells.push(formulas.live.cellOn(effect, row, figures.effect, format, style));
      // A gap written as a value depends on the effect's inputs too: the effect beside it follows them, the value does not.
      cells.push(gap === undefined ? amount(figures.gap, format, style) : formulas.live.cellOn(gap, row, figures.gap, format, style, effect));
    }
    return cells;
  };

  const runs = formulas === undefined ? [] : countedRuns(table, computation);
  const countedRows = computation.rows.filter((r) => r.counted).map((r) => r.row);
  const totalCells = (totalRow: number): LayoutCell[] =>
    computation.totals.flatMap((total, k) =>
      (['effect', 'gap'] as const).map((measure, m) => {
        const value = total[measure];
        // No column the effect could come from: blank on every row, and so its sum.
        if (formulas === undefined || !formulas.rules.hasEffectSource(k)) return amount(value, format, TOTAL);
        const col = effectColumn(table, k) + m;
        const formula = sumOrBlankOfRuns(runs, (run) => rangeRef(sheet, { from: { row: run.from, col }, to: { row: run.to, col } }, sheet));
        if (formula !== undefined) return formulaCell(formula, value ?? '', format, TOTAL);
        if (runs.length === 0) return amount(value, format, TOTAL);
        // Too long for Excel: the value, watched through every counted row's cells the column's figures read.
        const reads = m === 0 ? formulas.rules.effectColumns(k) : [...formulas.rules.effectColumns(k), ...formulas.rules.targetColumns(k)];
        return formulas.live.valueOver({ sheet, position: { row: totalRow, col } }, 'too-long', countedRows, reads, value, format, TOTAL);
      }),
    );

  const rows: LayoutCell[][] = [header];
  const blankRow = keys.flatMap(() => [BLANK, BLANK]);
  // The table's rows and the computed rows are both in sheet order: walked side by side, no look-ups.
  let computed = 0;
  for (const row of table.rows) {
    while (rows.length < row.index - table.headerRow) rows.push(blankRow);
    const result = computation.rows[computed];
    if (row.kind === 'initiative' && result?.row === row.index) {
      rows.push(rowCells(row, result, row.dropped ? DROPPED : PLAIN));
      computed += 1;
    } else if (row.kind === 'stated-total') rows.push(totalCells(row.index));
    else rows.push(blankRow);
  }
  while (rows.length < table.lastRow - table.headerRow + 1) rows.push(blankRow);
  return {
    sheetName: sheet,
    origin: { row: table.headerRow, col: table.lastColumn + 1 },
    rows,
    columnWidths: header.map(() => 13),
  };
}
