import { toA1 } from './a1';
import { Computation } from './compute';
import { Decimal } from './decimal';
import { ColumnFormulas, formulaCell } from './formulas/live-cells';
import { cellRef, rangeRef } from './formulas/refs';
import { sumOrBlankOfRuns } from './formulas/sums';
import { amount, LayoutCell, SheetLayout, text } from './layout';
import { decimalsToShow, numberFormatFor } from './money';
import { countedRuns, effectColumn } from './output-columns';
import { isCounted, PlanTable, RowKind } from './plan-table';
import { groupYearLabel, groupYears, Scheme } from './scheme';
import { SCHEME_SHEET } from './scheme-sheet';
import { OUTPUT_DA } from '../messages/output-da';

/** The name of the sheet with the plan's gap per year. */
export const GAP_SHEET = OUTPUT_DA.gapSheetName;

/**
 * The plan's gap per group and year against the scheme's targets, as a small sheet of its own: the
 * target (the scheme sheet's cell where the workbook has that sheet, else the number; without a scheme
 * target the counted rows' targets summed), the effect (the sum of the effect column's counted cells on
 * the plan sheet) and the gap (target − effect as a saving, as compute's planGap), each a formula with
 * the core's figure cached.
 */
export function buildGapSheet(table: PlanTable, scheme: Scheme, computation: Computation, formulas?: ColumnFormulas): SheetLayout {
  const keys = groupYears(scheme);
  const shown: (Decimal | null)[] = computation.totals.flatMap((t) => [t.schemeTarget ?? t.target, t.effect, t.planGap]);
  const format = numberFormatFor(decimalsToShow(shown, scheme.bilag1.minDecimals));
  const sheet = GAP_SHEET;
  const runs = formulas === undefined ? [] : countedRuns(table, computation);
  const counted = table.rows.filter(isCounted);
  const countedRows = counted.map((row) => row.index);
  const kinds: (RowKind | undefined)[] = [];
  for (const row of table.rows) kinds[row.index] = row.kind;
  const betweenRows = (row: number): boolean => kinds[row] === 'blank' || kinds[row] === 'note';

  const title = OUTPUT_DA.gapTitle(scheme.plan.unit, scheme.plan.priceLevel);
  const rows: LayoutCell[][] = [
    [text(title, { bold: true })],
    OUTPUT_DA.gapHeadings.map((heading, c) => text(heading, { bold: true, borderBottom: 'thin', ...(c === 0 ? {} : { align: 'right' as const }) })),
  ];
  computation.totals.forEach((total, k) => {
    const key = keys[k];
    if (key === undefined) return;
    const layoutRow = rows.length;
    const label = text(groupYearLabel(scheme, key.group.key, key.year));
    const targetValue = total.schemeTarget ?? total.target;
    if (formulas === undefined) {
      rows.push([label, amount(targetValue, format), amount(total.effect, format), amount(total.planGap, format)]);
      return;
    }
    const targetCell = key.group.targetCells?.get(key.year);
    let target: LayoutCell;
    if (total.schemeTarget !== undefined) target = targetCell === undefined ? amount(total.schemeTarget, format) : formulaCell(cellRef(SCHEME_SHEET, targetCell, sheet), total.schemeTarget, format);
    else {
      const sum = formulas.rules.targetSum(counted, betweenRows, k, sheet);
      // No column of planned amounts: nothing to refer to, the sum is 0 whatever is typed.
      target = sum.formula === '0' && sum.rows.length * sum.cols.length === 0 ? amount(total.target, format) : formulas.live.cell(sum, total.target, format);
    }
    const col = effectColumn(table, k);
    const effectSum = sumOrBlankOfRuns(runs, (run) => rangeRef(table.sheet, { from: { row: run.from, col }, to: { row: run.to, col } }, sheet));
    let effect: LayoutCell;
    // No column the effect could come from, or no counted row: nothing to sum.
    if (!formulas.rules.hasEffectSource(k) || runs.length === 0) effect = amount(total.effect, format);
    else if (effectSum !== undefined) effect = formulaCell(effectSum, total.effect ?? '', format);
    else {
      effect = formulas.live.valueOver({ sheet, position: { row: layoutRow, col: 2 } }, 'too-long', countedRows, formulas.rules.effectColumns(k), total.effect, format);
    }
    const [t, e] = [toA1({ row: layoutRow, col: 1 }), toA1({ row: layoutRow, col: 2 })];
    const difference = scheme.plan.sign === 'savings-positive' ? `${t}-${e}` : `${e}-${t}`;
    rows.push([label, target, effect, formulaCell(`IF(${e}="","",${difference})`, total.planGap ?? '', format)]);
  });
  return { sheetName: sheet, rows, merges: [], columnWidths: [14, 12, 12, 12], frozenRows: 2, printTitle: title };
}
