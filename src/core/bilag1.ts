import { CellRange } from './a1';
import { Decimal } from './decimal';
import { amount, BLANK, DROPPED, LayoutCell, PLAIN, SheetLayout, text } from './layout';
import { decimalsToShow, formatDanish, numberFormatFor, sum } from './money';
import { ACTIVITY_MARK, amountOf, PlanRow, PlanTable } from './read';
import { groupYears, Scheme } from './scheme';
import { Validation } from './validate';

/**
 * The plan's appendix table as in the seed's Bilag 1: the first column heading with unit and price
 * level; a header over each column group (the plan group's text carries its total); a row of years;
 * initiatives in scheme order with their activities as "- " rows; blank where a row has no amount and
 * 0,0 where it has zero; a bold total row of the counted rows.
 */
export function buildBilag1(table: PlanTable, scheme: Scheme, validation: Validation): SheetLayout {
  const columns = groupYears(scheme);
  const initiatives = orderedInitiatives(table, scheme, validation);
  const activities = new Map<number, PlanRow[]>();
  for (const row of table.rows) {
    if (row.kind !== 'activity' || row.parent === undefined) continue;
    const list = activities.get(row.parent);
    if (list === undefined) activities.set(row.parent, [row]);
    else list.push(row);
  }
  const activitiesOf = (row: PlanRow): readonly PlanRow[] => activities.get(row.index) ?? [];

  // Each initiative's planned amounts, looked up once: they are summed, measured for decimals and shown.
  const planned = new Map(
    initiatives.map((row) => [row, columns.map(({ group, year }) => amountOf(row, group.key, year, 'target') ?? amountOf(row, group.key, year, 'adjusted'))]),
  );
  const plannedOf = (row: PlanRow): readonly (Decimal | null)[] => planned.get(row) ?? [];
  const counted = initiatives.filter((row) => !row.dropped);
  const totals = columns.map((_, k) => {
    const values = counted.map((row) => plannedOf(row)[k] ?? null).filter((v): v is Decimal => v !== null);
    return values.length === 0 ? null : sum(values);
  });

  const shown = [...initiatives.flatMap(plannedOf), ...totals].filter((v): v is Decimal => v !== null);
  const decimals = decimalsToShow(shown, scheme.bilag1.minDecimals);
  const format = numberFormatFor(decimals);

  const headerStyle = { bold: true, wrap: true, align: 'center' as const, borderBottom: 'thin' as const };
  const groupHeaders: LayoutCell[] = [];
  const merges: CellRange[] = [];
  let col = 1;
  for (const group of scheme.columnGroups) {
    const lastColumnIndex = columns.findIndex((c) => c.group === group && c.year === group.years[group.years.length - 1]);
    const groupTotal = totals[lastColumnIndex] ?? null;
    const header = group.header.replace('{total}', formatDanish(groupTotal ?? new Decimal(0), decimals));
    group.years.forEach((_, i) => groupHeaders.push(i === 0 ? text(header, headerStyle) : { ...BLANK, ...headerStyle }));
    if (group.years.length > 1) merges.push({ from: { row: 0, col }, to: { row: 0, col: col + group.years.length - 1 } });
    col += group.years.length;
  }

  const rows: LayoutCell[][] = [
    [text(scheme.bilag1.firstColumnHeading, { bold: true, wrap: true, borderBottom: 'thin' }), ...groupHeaders],
    [{ ...BLANK, borderBottom: 'thin' }, ...columns.map(({ year }) => yearCell(year))],
  ];
  // Style objects and the blank cells of activity rows are shared, not made again for every row.
  const activityBlanks = columns.map(() => BLANK);
  for (const row of initiatives) {
    const style = row.dropped ? DROPPED : PLAIN;
    const name = row.dropped ? `${row.name} (udgået)` : row.name;
    rows.push([text(name, row.dropped ? DROPPED_NAME : NAME), ...plannedOf(row).map((value) => amount(value, format, style))]);
    for (const activity of activitiesOf(row)) {
      rows.push([text(asActivityText(activity.name), NAME), ...activityBlanks]);
    }
  }
  const totalStyle = { bold: true, borderTop: 'thin' as const, borderBottom: 'double' as const };
  rows.push([text(scheme.bilag1.totalLabel, totalStyle), ...totals.map((total) => amount(total, format, totalStyle))]);

  return {
    sheetName: scheme.bilag1.sheetName,
    rows,
    merges,
    columnWidths: [72, ...columns.map(() => 11)],
    frozenRows: 2,
    printTitle: scheme.bilag1.title,
  };
}

const NAME = { wrap: true };
const DROPPED_NAME = { ...NAME, ...DROPPED };

function yearCell(year: number): LayoutCell {
  return { value: { kind: 'number', value: new Decimal(year) }, numberFormat: '0', bold: true, align: 'center', borderBottom: 'thin' };
}

/** Initiatives in the scheme's category order, each category in the order of the sheet. */
function orderedInitiatives(table: PlanTable, scheme: Scheme, validation: Validation): PlanRow[] {
  const rank = new Map(scheme.categories.map((category, i) => [category.code, i]));
  const rankOf = (row: PlanRow): number => {
    const category = validation.categoryByRow.get(row.index);
    return category === undefined ? scheme.categories.length : (rank.get(category.code) ?? scheme.categories.length);
  };
  // Each row's rank is worked out once, not at every comparison of the sort.
  const ranked = table.rows.filter((row) => row.kind === 'initiative').map((row) => ({ row, rank: rankOf(row) }));
  return ranked.sort((a, b) => a.rank - b.rank || a.row.index - b.row.index).map(({ row }) => row);
}

/** Activities show as "- " rows, whatever bullet the sheet used. */
function asActivityText(name: string): string {
  return ACTIVITY_MARK.test(name) ? name.replace(ACTIVITY_MARK, '- ') : `- ${name}`;
}
