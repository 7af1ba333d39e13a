import { Computation } from './compute';
import { Decimal } from './decimal';
import { OWNED_HEADER_SUFFIX } from './columns';
import { amount, BLANK, LayoutCell, RangePatch, text } from './layout';
import { decimalsToShow, numberFormatFor } from './money';
import { PlanTable } from './read';
import { groupYearLabel, groupYears, Scheme } from './scheme';

/**
 * The effect and gap columns written beside the source table: for each column group and year an
 * "Effekt" and a "Gab" column, a value on every initiative row, and the counted rows' sums on the
 * stated total row. Headers end in "(beregnet)" so a re-run never reads them as data.
 */
export function buildOutputColumns(table: PlanTable, scheme: Scheme, computation: Computation): RangePatch {
  const keys = groupYears(scheme);
  const byRow = new Map(computation.rows.map((r) => [r.row, r]));

  const shown: Decimal[] = [];
  for (const figures of [...computation.rows.flatMap((r) => r.years), ...computation.totals]) {
    if (figures.effect !== null) shown.push(figures.effect);
    if (figures.gap !== null) shown.push(figures.gap);
  }
  const format = numberFormatFor(decimalsToShow(shown, scheme.bilag1.minDecimals));

  const headerStyle = { bold: true, wrap: true, align: 'center' as const };
  const header: LayoutCell[] = keys.flatMap(({ group, year }) => {
    const label = groupYearLabel(scheme, group.key, year);
    return [text(`Effekt ${label} ${OWNED_HEADER_SUFFIX}`, headerStyle), text(`Gab ${label} ${OWNED_HEADER_SUFFIX}`, headerStyle)];
  });

  const rows: LayoutCell[][] = [header];
  const rowAt = new Map(table.rows.map((row) => [row.index, row]));
  for (let r = table.headerRow + 1; r <= table.lastRow; r += 1) {
    const row = rowAt.get(r);
    if (row?.kind === 'initiative') {
      const style = row.dropped ? { italic: true } : {};
      // A row's figures and the totals come in the order of groupYears(scheme), as the columns.
      const figures = byRow.get(r)?.years ?? [];
      rows.push(keys.flatMap((_, k) => [amount(figures[k]?.effect ?? null, format, style), amount(figures[k]?.gap ?? null, format, style)]));
    } else if (row?.kind === 'stated-total') {
      const totals = computation.totals;
      rows.push(keys.flatMap((_, k) => [amount(totals[k]?.effect ?? null, format, { bold: true }), amount(totals[k]?.gap ?? null, format, { bold: true })]));
    } else {
      rows.push(keys.flatMap(() => [BLANK, BLANK]));
    }
  }
  return {
    sheetName: table.sheet,
    origin: { row: table.headerRow, col: table.lastColumn + 1 },
    rows,
    columnWidths: header.map(() => 13),
  };
}
