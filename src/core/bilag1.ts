import { CellRange, toA1 } from './a1';
import { ColumnFormulas, formulaCell } from './formulas/live-cells';
import { rangeRef, textLiteral } from './formulas/refs';
import { rowRuns, sumOrBlankOfRuns } from './formulas/sums';
import { RuleTemplate } from './formulas/rule-template';
import { Decimal } from './decimal';
import { amount, BLANK, CellLook, DROPPED, LayoutCell, PLAIN, SheetLayout, text, wrappedText } from './layout';
import { DecimalSum } from './decimal-sum';
import { decimalsToShow, formatDanish, numberFormatFor } from './money';
import { isCounted, PlanRow, PlanTable } from './plan-table';
import { ACTIVITY_MARK } from './read/read-row';
import { AmountFinder, amountSlot } from './row-amounts';
import { ActivitiesByInitiative } from './bilag-activities';
import { GroupYear, groupYears, Scheme } from './scheme';
import { Validation } from './validate';
import { BILAG1_TEXT_KINDS, PLAIN_COLUMNS } from './columns';
import { OUTPUT_DA } from '../messages/output-da';
import { COLUMN_ROLE_DA } from '../messages/da';

/**
 * The plan's appendix table as in the seed's Bilag 1: the first column heading with unit and price
 * level; a header over each column group (the plan group's text carries its total); a row of years;
 * initiatives in scheme order with their activities as "- " rows; blank where a row has no amount and
 * 0,0 where it has zero; a bold total row of the counted rows.
 */
export function buildBilag1(table: PlanTable, scheme: Scheme, validation: Validation, formulas?: ColumnFormulas): SheetLayout {
  const columns = groupYears(scheme);
  const width = columns.length;
  const { initiatives, inSheetOrder, placeOf } = orderedInitiatives(table, scheme, validation);
  const activities = new ActivitiesByInitiative(table);

  // Each initiative's planned amounts, looked up once: they are summed, measured for decimals and shown.
  const planned = plannedAmounts(table, columns, inSheetOrder, placeOf);
  const totals = countedTotals(initiatives, planned, width);
  // The decimals every amount and total needs.
  const decimals = decimalsToShow(planned, decimalsToShow(totals, scheme.bilag1.minDecimals));
  const format = numberFormatFor(decimals);

  // The columns before the amounts: the names, then each text column Bilag 1 shows (PLAIN_COLUMNS' inBilag1).
  const textColumns: TextColumn[] = [
    { heading: scheme.bilag1.firstColumnHeading, width: 72, cell: nameCell, activity: (row) => wrappedText(asActivityText(row.name)), total: (style) => text(scheme.bilag1.totalLabel, style) },
    ...BILAG1_TEXT_KINDS.map(
      (kind): TextColumn => ({
        heading: COLUMN_ROLE_DA[kind],
        width: (PLAIN_COLUMNS[kind] as { inBilag1?: { width: number } }).inBilag1?.width ?? 20,
        cell: (row) => wrappedText(row.shown[kind] ?? ''),
        activity: () => BLANK,
        total: (style) => ({ ...BLANK, ...style }),
      }),
    ),
  ];
  const sheet = scheme.bilag1.sheetName;
  const firstAmount = textColumns.length;
  // Layout rows: two heading rows, each initiative and its activities, then the total row.
  let totalRow = 2 + initiatives.length;
  for (let i = 0; i < initiatives.length; i += 1) totalRow += activities.count((initiatives[i] as PlanRow).index);
  const headerStyle = { bold: true, wrap: true, align: 'center' as const, borderBottom: 'thin' as const };
  const groupHeaders: LayoutCell[] = [];
  const merges: CellRange[] = [];
  let col = firstAmount;
  for (const group of scheme.columnGroups) {
    const lastColumnIndex = columns.findIndex((c) => c.group === group && c.year === group.years[group.years.length - 1]);
    const groupTotal = totals[lastColumnIndex] ?? null;
    const header = group.header.replace('{total}', formatDanish(groupTotal ?? new Decimal(0), decimals));
    const totalCell = lastColumnIndex < 0 ? undefined : toA1({ row: totalRow, col: firstAmount + lastColumnIndex });
    const first = formulas === undefined || totalCell === undefined ? text(header, headerStyle) : headerWithTotal(group.header, header, totalCell, decimals, headerStyle);
    group.years.forEach((_, i) => groupHeaders.push(i === 0 ? first : { ...BLANK, ...headerStyle }));
    if (group.years.length > 1) merges.push({ from: { row: 0, col }, to: { row: 0, col: col + group.years.length - 1 } });
    col += group.years.length;
  }


  const headingStyle = { bold: true, wrap: true, borderBottom: 'thin' as const };
  const rows: LayoutCell[][] = [
    [...textColumns.map((column) => text(column.heading, headingStyle)), ...groupHeaders],
    [...textColumns.map(() => ({ ...BLANK, borderBottom: 'thin' as const })), ...columns.map(({ year }) => yearCell(year))],
  ];
  const plannedRules = columns.map((_, k) => formulas?.rules.planned(k, sheet));
  const { countedRows, dropped } = addInitiativeRows(rows, { initiatives, activities, textColumns, planned, plannedRules, width, format, formulas });
  const totalStyle = { bold: true, borderTop: 'thin' as const, borderBottom: 'double' as const };
  // The total row sums this sheet's own counted amounts: activities' blank cells are passed over, dropped rows left out.
  const runs = rowRuns(countedRows, (row) => !dropped.has(row));
  let countedIndexes: number[] | undefined;
  const totalCell = (total: Decimal | null, k: number): LayoutCell => {
    if (formulas === undefined) return amount(total, format, totalStyle);
    const c = firstAmount + k;
    const formula = sumOrBlankOfRuns(runs, (run) => rangeRef(sheet, { from: { row: run.from, col: c }, to: { row: run.to, col: c } }, sheet));
    if (formula !== undefined) return formulaCell(formula, total ?? '', format, totalStyle);
    if (runs.length === 0) return amount(total, format, totalStyle);
    // Too long for Excel: the value, watched through the counted initiatives' planned amounts on the plan's sheet.
    // The counted rows as numbers, one list for every column (no position object per row and column).
    countedIndexes ??= initiatives.filter(isCounted).map((row) => row.index);
    return formulas.live.valueOver({ sheet, position: { row: totalRow, col: c } }, 'too-long', countedIndexes, formulas.rules.targetColumns(k), total, format, totalStyle);
  };
  rows.push([...textColumns.map((column) => column.total(totalStyle)), ...totals.map(totalCell)]);

  return {
    sheetName: scheme.bilag1.sheetName,
    rows,
    merges,
    columnWidths: [...textColumns.map((column) => column.width), ...columns.map(() => 11)],
    frozenRows: 2,
    printTitle: scheme.bilag1.title,
  };
}

/** Each column's sum of the counted initiatives' planned amounts (null where none has one). */
function countedTotals(initiatives: readonly PlanRow[], planned: readonly (Decimal | null)[], width: number): (Decimal | null)[] {
  const sums = Array.from({ length: width }, () => new DecimalSum());
  for (let i = 0; i < initiatives.length; i += 1) {
    if (!isCounted(initiatives[i] as PlanRow)) continue;
    for (let k = 0; k < width; k += 1) {
      const value = planned[i * width + k];
      if (value !== null && value !== undefined) sums[k]?.add(value);
    }
  }
  return sums.map((s) => s.total());
}

/** What the rows of initiatives and their activities are made from. */
interface InitiativeRows {
  readonly initiatives: readonly PlanRow[];
  readonly activities: ActivitiesByInitiative;
  readonly textColumns: readonly TextColumn[];
  /** plannedAmounts, in Bilag 1's order. */
  readonly planned: readonly (Decimal | null)[];
  readonly plannedRules: readonly (RuleTemplate | undefined)[];
  readonly width: number;
  readonly format: string;
  readonly formulas: ColumnFormulas | undefined;
}

/**
 * Adds a row for each initiative, each followed by its activities, and says which rows are counted and which
 * dropped. A function of its own: the loop over tens of thousands of rows is compiled as a whole, apart from
 * the set-up around it.
 */
function addInitiativeRows(rows: LayoutCell[][], parts: InitiativeRows): { countedRows: number[]; dropped: Set<number> } {
  const { initiatives, activities, textColumns, planned, plannedRules, width, format, formulas } = parts;
  const firstAmount = textColumns.length;
  // Each row is a copy of a row of blanks, filled in: one array a row, sized once. Style objects and the
  // blank cells of activity rows are shared, not made again for every row.
  const blankRow: LayoutCell[] = Array.from({ length: firstAmount + width }, () => BLANK);
  const countedRows: number[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < initiatives.length; i += 1) {
    const row = initiatives[i] as PlanRow;
    const style = row.dropped ? DROPPED : PLAIN;
    const cells = blankRow.slice();
    for (let j = 0; j < firstAmount; j += 1) cells[j] = (textColumns[j] as TextColumn).cell(row);
    for (let k = 0; k < width; k += 1) {
      const value = planned[i * width + k] ?? null;
      const rule = plannedRules[k];
      cells[firstAmount + k] = formulas === undefined || rule === undefined ? amount(value, format, style) : formulas.live.cellOn(rule, row, value, format, style);
    }
    if (isCounted(row)) countedRows.push(rows.length);
    else dropped.add(rows.length);
    rows.push(cells);
    const activityCount = activities.count(row.index);
    for (let a = 0; a < activityCount; a += 1) {
      const activity = activities.at(row.index, a);
      const activityCells = blankRow.slice();
      for (let j = 0; j < firstAmount; j += 1) activityCells[j] = (textColumns[j] as TextColumn).activity(activity);
      rows.push(activityCells);
    }
  }
  return { countedRows, dropped };
}

/**
 * A group header carrying the group's total as a text formula over the total row's cell: FIXED shows the
 * number with the user's own separators (TEXT's format codes depend on the language), and the cached
 * text is the header as the core writes it.
 */
function headerWithTotal(template: string, shown: string, totalCell: string, decimals: number, style: CellLook): LayoutCell {
  const at = template.indexOf('{total}');
  if (at < 0) return text(shown, style);
  const before = template.slice(0, at);
  const after = template.slice(at + '{total}'.length);
  const parts = [...(before === '' ? [] : [textLiteral(before)]), `FIXED(N(${totalCell}),${decimals})`, ...(after === '' ? [] : [textLiteral(after)])];
  return formulaCell(parts.join('&'), shown, undefined, style);
}

/** One of Bilag 1's columns before the amounts: its heading and width, and its cell in each kind of row. */
interface TextColumn {
  readonly heading: string;
  readonly width: number;
  cell(row: PlanRow): LayoutCell;
  activity(row: PlanRow): LayoutCell;
  total(style: CellLook): LayoutCell;
}

/** An initiative's name, marked and in the dropped look when it is udgået. */
function nameCell(row: PlanRow): LayoutCell {
  return row.dropped ? text(OUTPUT_DA.droppedName(row.name), DROPPED_NAME) : wrappedText(row.name);
}

const DROPPED_NAME = { wrap: true, ...DROPPED };

function yearCell(year: number): LayoutCell {
  return { value: { kind: 'number', value: new Decimal(year) }, numberFormat: '0', bold: true, align: 'center', borderBottom: 'thin' };
}

/**
 * The initiatives' planned amounts (the original expectation, else the adjusted), in one list: the amounts of
 * the initiative at place i of Bilag 1 in column k at i × columns + k, null where it has none. One array for all,
 * none per row; the rows are read in the sheet's order, as they lie in memory.
 */
function plannedAmounts(table: PlanTable, columns: readonly GroupYear[], inSheetOrder: readonly PlanRow[], placeOf: readonly number[]): (Decimal | null)[] {
  const finder = new AmountFinder(table, columns);
  const slots = finder.slots();
  const width = columns.length;
  const planned = new Array<Decimal | null>(inSheetOrder.length * width);
  for (let j = 0; j < inSheetOrder.length; j += 1) {
    finder.fill(inSheetOrder[j] as PlanRow, slots);
    const at = (placeOf[j] as number) * width;
    for (let k = 0; k < width; k += 1) planned[at + k] = slots[amountSlot(k, 'target')] ?? slots[amountSlot(k, 'adjusted')] ?? null;
  }
  return planned;
}

/**
 * Initiatives in the scheme's category order, each category in the order of the sheet; with the initiatives
 * in the sheet's order, and the place in Bilag 1 of each of those.
 */
function orderedInitiatives(table: PlanTable, scheme: Scheme, validation: Validation): { initiatives: PlanRow[]; inSheetOrder: PlanRow[]; placeOf: number[] } {
  const rank = new Map(scheme.categories.map((category, i) => [category.code, i]));
  // One list per category (and one for rows without), filled in sheet order: no sort needed.
  const byRank: number[][] = [...scheme.categories, undefined].map(() => []);
  const inSheetOrder: PlanRow[] = [];
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] as PlanRow;
    if (row.kind !== 'initiative') continue;
    const category = validation.categoryOf(row);
    byRank[(category === undefined ? undefined : rank.get(category.code)) ?? scheme.categories.length]?.push(inSheetOrder.length);
    inSheetOrder.push(row);
  }
  const initiatives: PlanRow[] = [];
  const placeOf = new Array<number>(inSheetOrder.length);
  for (const list of byRank) {
    for (const j of list) {
      placeOf[j] = initiatives.length;
      initiatives.push(inSheetOrder[j] as PlanRow);
    }
  }
  return { initiatives, inSheetOrder, placeOf };
}

/** Activities show as "- " rows, whatever bullet the sheet used. */
function asActivityText(name: string): string {
  return ACTIVITY_MARK.test(name) ? name.replace(ACTIVITY_MARK, '- ') : `- ${name}`;
}
