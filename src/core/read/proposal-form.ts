import { CellPosition } from '../a1';
import { ColumnRole } from '../columns';
import { Finding, finding } from '../findings';
import { cellText, EMPTY_CELL, Grid, GridCell } from '../grid';
import { MappedColumn, PlanRow, ValueCell } from '../plan-table';
import { normaliseLabel, planGroupOf, Scheme } from '../scheme';
import { formatYears, yearInCell } from '../years';
import { ReadOptions, TableRead } from './read-options';
import { initiativeAt } from './read-row';
import { readValueCell, tableReading } from './read-value';
import { checkedSum } from './stated-sum';

/** What a row of a form's amounts block is. */
type FormRow = 'baseline' | 'component' | 'net' | 'staff';

/** Row labels, tried in order: the baseline is context, never summed; staff are not money. */
const ROW_WORDS: readonly [RegExp, FormRow][] = [
  [/^(nuværende|oprindeligt?|korrigeret|vedtaget) budget/, 'baseline'],
  [/personale|årsværk|fuldtidsstilling/, 'staff'],
  [/^samlet ændring|^ændring i alt|^netto|^i alt|^samlet/, 'net'],
];
/** The key–value rows above a form's amounts: which key gives the initiative its name or its category. */
const NAME_KEYS = /^((overskrift|titel|navn)( på (budget)?forslag(et)?)?|(budget)?forslag(et)?|(budget)?forslagets (overskrift|titel|navn))\s*:?$/;
const CATEGORY_KEYS = /^((fag|stående )?udvalg(et)?|udgiftstype|(politik|bevillings)?område)\b/;

export interface ProposalForm {
  /** The row whose cells right of the labels hold the years. */
  readonly headerRow: number;
  /** The column of the row labels and keys (»Effektivisering«, »Overskrift«): the form's first, wherever it starts. */
  readonly labelCol: number;
  readonly years: readonly { readonly col: number; readonly year: number }[];
  readonly rows: readonly { readonly row: number; readonly label: string; readonly kind: FormRow }[];
  readonly name?: { readonly text: string; readonly position: CellPosition };
  readonly category?: { readonly text: string; readonly position: CellPosition };
}

/**
 * Budget proposal forms, one or several stacked on a sheet: key–value rows (Overskrift, Udvalg, …) over an
 * amounts block whose first row names the years and whose rows are a baseline, the components of the change,
 * the stated net change and staff. None when the sheet holds no such block.
 */
export function recogniseForms(grid: Grid): ProposalForm[] {
  const forms: ProposalForm[] = [];
  let keysFrom = 0;
  for (let r = 0; r < grid.rows.length; r += 1) {
    const years = yearsAcross(grid.rows[r] ?? []);
    if (years.length < 2) continue;
    const labelCol = labelColumn(grid.rows[r] ?? [], years);
    const rows: { row: number; label: string; kind: FormRow }[] = [];
    let below = r + 1;
    for (; below < grid.rows.length; below += 1) {
      const cells = grid.rows[below] ?? [];
      const label = cellText(cells[labelCol] ?? EMPTY_CELL).trim();
      const hasAmounts = years.some(({ col }) => cellText(cells[col] ?? EMPTY_CELL).trim() !== '');
      if (label === '' && !hasAmounts) break;
      if (yearsAcross(cells).length >= 2) break;
      if (!hasAmounts) continue;
      rows.push({ row: below, label, kind: ROW_WORDS.find(([words]) => words.test(normaliseLabel(label)))?.[1] ?? 'component' });
    }
    if (rows.some((row) => row.kind === 'component' || row.kind === 'net')) {
      forms.push({ headerRow: r, labelCol, years, rows, ...keyValues(grid, keysFrom, r, labelCol) });
      keysFrom = below;
    }
    r = below - 1;
  }
  return forms;
}

/** Two or more years rising from left to right after the first column: the head of an amounts block. */
function yearsAcross(cells: readonly (GridCell | undefined)[]): { col: number; year: number }[] {
  const years: { col: number; year: number }[] = [];
  for (let col = 1; col < cells.length; col += 1) {
    const year = yearInCell(cells[col]);
    if (year === undefined) continue;
    if (years.length > 0 && year <= (years[years.length - 1]?.year ?? 0)) return [];
    years.push({ col, year });
  }
  return years;
}

/** The labels' column: the heading's left of the first year (»Beløb i 1.000 kr.«), else the column right before it. */
function labelColumn(cells: readonly (GridCell | undefined)[], years: readonly { col: number }[]): number {
  const first = years[0]?.col ?? 1;
  for (let col = 0; col < first; col += 1) if (cellText(cells[col] ?? EMPTY_CELL).trim() !== '') return col;
  return first - 1;
}

/** The form's name and category from its key–value rows; its name from the text right above the block otherwise. */
function keyValues(grid: Grid, from: number, headerRow: number, keyCol: number): Pick<ProposalForm, 'name' | 'category'> {
  let name: ProposalForm['name'];
  let category: ProposalForm['category'];
  let above: ProposalForm['name'];
  for (let r = from; r < headerRow; r += 1) {
    const cells = grid.rows[r] ?? [];
    const key = normaliseLabel(cellText(cells[keyCol] ?? EMPTY_CELL));
    const value = cellText(cells[keyCol + 1] ?? EMPTY_CELL).trim();
    if (NAME_KEYS.test(key) && value !== '') name ??= { text: value, position: { row: r, col: keyCol + 1 } };
    else if (CATEGORY_KEYS.test(key) && value !== '') category ??= { text: value, position: { row: r, col: keyCol + 1 } };
    else if (key !== '' && value === '') above = { text: cellText(cells[keyCol] ?? EMPTY_CELL).trim(), position: { row: r, col: keyCol } };
  }
  const named = name ?? above;
  return { ...(named === undefined ? {} : { name: named }), ...(category === undefined ? {} : { category }) };
}

/**
 * Reads the forms of a sheet as one initiative each: its planned amounts are the net change, the sum of its
 * components in the plan's unit and sign, checked cell by cell against the stated net change.
 */
export function readForms(grid: Grid, forms: readonly ProposalForm[], scheme: Scheme, options: ReadOptions): TableRead {
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const group = planGroupOf(scheme.columnGroups);
  const roleOf = (year: number): ColumnRole => ({ kind: 'amount', measure: 'target', group: group?.key ?? '', year });
  const first = forms[0] as ProposalForm;
  const columns: MappedColumn[] = first.years.map(({ col, year }) => ({ index: col, header: String(year), role: roleOf(year) }));
  const lastRow = Math.max(...forms.map((form) => form.rows[form.rows.length - 1]?.row ?? form.headerRow));
  // The sign note (»(-) = mindreudgift«) often stands under the last form, after a blank row: the whole sheet is looked at.
  const reading = tableReading(grid, first.headerRow, grid.rows.length - 1, columns, scheme, options, findings);
  const inPlan = new Set(group?.years ?? []);
  // A year outside the plan's period counts nothing, and is said at each form's heading.
  for (const form of forms) {
    for (const { col, year } of form.years) {
      if (!inPlan.has(year)) findings.push(finding('year-outside-period', { sheet, position: { row: form.headerRow, col } }, { year: String(year), period: formatYears(group?.years ?? []) }));
    }
  }

  const rows: PlanRow[] = forms.map((form) => {
    const values: ValueCell[] = [];
    for (const { col, year } of form.years) {
      if (!inPlan.has(year)) continue;
      const read = (row: number): ValueCell => readValueCell(sheet, grid.rows[row]?.[col] ?? EMPTY_CELL, roleOf(year), row, col, reading, findings);
      const filled = (row: number): boolean => cellText(grid.rows[row]?.[col] ?? EMPTY_CELL).trim() !== '';
      const components = form.rows.filter((row) => row.kind === 'component' && filled(row.row)).map((row) => read(row.row));
      const netRow = form.rows.find((row) => row.kind === 'net' && filled(row.row));
      const net = netRow === undefined ? undefined : read(netRow.row);
      const change = checkedSum(sheet, components, net, scheme.bilag1.minDecimals, findings);
      if (change !== undefined) values.push(change);
    }
    const position = form.name?.position ?? { row: form.headerRow, col: form.labelCol };
    const category = form.category?.text ?? scheme.plan.defaultCategory ?? '';
    return initiativeAt(sheet, position, form.name?.text ?? sheet, category, values, findings, form.category?.position);
  });
  const lastColumn = Math.max(...forms.flatMap((form) => form.years.map(({ col }) => col)));
  return { table: { sheet, headerRow: first.headerRow, columns, rows, lastColumn, lastRow, yearsDownRows: true }, findings };
}
