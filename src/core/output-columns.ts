import { Computation, YearFigures } from './compute';
import { Decimal } from './decimal';
import { OWNED_HEADER_SUFFIX } from './columns';
import { amount, BLANK, LayoutCell, RangePatch, text } from './layout';
import { mostDecimals, numberFormatFor } from './money';
import { PlanTable } from './read';
import { groupYearLabel, Scheme } from './scheme';

const MAX_DECIMALS = 6;

/**
 * The effect and gap columns written beside the source table: for each column group and year an
 * "Effekt" and a "Gab" column, a value on every initiative row, and the counted rows' sums on the
 * stated total row. Headers end in "(beregnet)" so a re-run never reads them as data.
 */
export function buildOutputColumns(table: PlanTable, scheme: Scheme, computation: Computation): RangePatch {
  const keys = scheme.columnGroups.flatMap((group) => group.years.map((year) => ({ group: group.key, year })));
  const byRow = new Map(computation.rows.map((r) => [r.row, r]));
  const figuresOf = (row: number, group: string, year: number): YearFigures | undefined =>
    byRow.get(row)?.years.find((f) => f.group === group && f.year === year);

  const shown: Decimal[] = [
    ...computation.rows.flatMap((r) => r.years.flatMap((f) => [f.effect, f.gap])),
    ...computation.totals.flatMap((t) => [t.effect, t.gap]),
  ].filter((v): v is Decimal => v !== null);
  const format = numberFormatFor(Math.min(MAX_DECIMALS, mostDecimals(shown, scheme.bilag1.minDecimals)));

  const headerStyle = { bold: true, wrap: true, align: 'center' as const };
  const header: LayoutCell[] = keys.flatMap(({ group, year }) => {
    const label = groupYearLabel(scheme, group, year);
    return [text(`Effekt ${label} ${OWNED_HEADER_SUFFIX}`, headerStyle), text(`Gab ${label} ${OWNED_HEADER_SUFFIX}`, headerStyle)];
  });

  const rows: LayoutCell[][] = [header];
  const rowAt = new Map(table.rows.map((row) => [row.index, row]));
  for (let r = table.headerRow + 1; r <= table.lastRow; r += 1) {
    const row = rowAt.get(r);
    if (row?.kind === 'initiative') {
      const style = row.dropped ? { italic: true } : {};
      rows.push(
        keys.flatMap(({ group, year }) => {
          const figures = figuresOf(r, group, year);
          return [amount(figures?.effect ?? null, format, style), amount(figures?.gap ?? null, format, style)];
        }),
      );
    } else if (row?.kind === 'stated-total') {
      rows.push(
        keys.flatMap(({ group, year }) => {
          const total = computation.totals.find((t) => t.group === group && t.year === year);
          return [amount(total?.effect ?? null, format, { bold: true }), amount(total?.gap ?? null, format, { bold: true })];
        }),
      );
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
