import { Computation } from './compute';
import { Decimal } from './decimal';
import { OWNED_HEADER_SUFFIX } from './columns';
import { amount, BLANK, DROPPED, LayoutCell, PLAIN, RangePatch, text } from './layout';
import { decimalsToShow, numberFormatFor } from './money';
import { PlanTable } from './plan-table';
import { groupYearLabel, groupYears, Scheme } from './scheme';
import { OUTPUT_DA } from '../messages/output-da';

const TOTAL = { bold: true };

/**
 * The effect and gap columns written beside the source table: for each column group and year an
 * "Effekt" and a "Gab" column, a value on every initiative row, and the counted rows' sums on the
 * stated total row. Headers end in "(beregnet)" so a re-run never reads them as data.
 */
export function buildOutputColumns(table: PlanTable, scheme: Scheme, computation: Computation): RangePatch {
  const keys = groupYears(scheme);
  const shown: (Decimal | null)[] = [];
  for (const row of computation.rows) for (const figures of row.years) shown.push(figures.effect, figures.gap);
  for (const figures of computation.totals) shown.push(figures.effect, figures.gap);
  const format = numberFormatFor(decimalsToShow(shown, scheme.bilag1.minDecimals));

  const headerStyle = { bold: true, wrap: true, align: 'center' as const };
  const header: LayoutCell[] = keys.flatMap(({ group, year }) => {
    const label = groupYearLabel(scheme, group.key, year);
    return [text(`${OUTPUT_DA.effectHeader(label)} ${OWNED_HEADER_SUFFIX}`, headerStyle), text(`${OUTPUT_DA.gapHeader(label)} ${OWNED_HEADER_SUFFIX}`, headerStyle)];
  });

  const rows: LayoutCell[][] = [header];
  // A row's figures and the totals come in the order of groupYears(scheme), as the columns: effect, gap, effect, gap …
  const figureCells = (figures: readonly { effect: Decimal | null; gap: Decimal | null }[], style: typeof PLAIN): LayoutCell[] => {
    const cells: LayoutCell[] = [];
    for (let k = 0; k < keys.length; k += 1) {
      cells.push(amount(figures[k]?.effect ?? null, format, style), amount(figures[k]?.gap ?? null, format, style));
    }
    return cells;
  };
  const blankRow = keys.flatMap(() => [BLANK, BLANK]);
  // The table's rows and the computed rows are both in sheet order: walked side by side, no look-ups.
  let computed = 0;
  for (const row of table.rows) {
    while (rows.length < row.index - table.headerRow) rows.push(blankRow);
    const result = computation.rows[computed];
    if (row.kind === 'initiative' && result?.row === row.index) {
      rows.push(figureCells(result.years, row.dropped ? DROPPED : PLAIN));
      computed += 1;
    } else if (row.kind === 'stated-total') rows.push(figureCells(computation.totals, TOTAL));
    else rows.push(blankRow);
  }
  while (rows.length < table.lastRow - table.headerRow + 1) rows.push(blankRow);
  return {
    sheetName: table.sheet,
    origin: { row: table.headerRow, col: table.lastColumn + 1 },
    rows,
    columnWidths: header.map(() => 13),
  };
}
