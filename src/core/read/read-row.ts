import { CellPosition } from '../a1';
import { BILAG1_TEXT_KINDS, ColumnRole, isValueRole, PlainKind } from '../columns';
import { Finding, finding } from '../findings';
import { cellText, EMPTY_CELL, Grid, GridCell, isBlank } from '../grid';
import { MappedColumn, PlanRow, RowKind, ValueCell } from '../plan-table';
import { readStart } from './read-date';
import { readValueCell, ValueReading } from './read-value';

// Case-insensitive patterns instead of lower-casing every row's texts: a plan has tens of thousands of rows.
const TOTAL_LABEL = /\bi alt\b|^(total|sum|samlet (ændring|besparelse|effekt))\b/i;

/** Whether a row's label says it is a stated total (»I alt«, »Total«, »Samlet ændring«). */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text);
}
const DROPPED = /udgå|bortfald/i;
/** An activity row's name starts with a bullet and a space: "- Åben cafe på Fønix". */
export const ACTIVITY_MARK = /^\s*[-–•·]\s+/;
const ACTIVITY_TYPE = /^\s*aktivitet/i;
const INITIATIVE_TYPE = /^\s*(initiativ|indsats|tiltag)/i;

type TextColumn = 'name' | 'number' | 'category' | 'row-type' | 'status';
const TEXT_COLUMNS = ['name', 'number', 'category', 'row-type', 'status'] as const satisfies readonly (TextColumn & ColumnRole['kind'])[];

/**
 * Where each kind of column sits, worked out once per table: a plan has tens of thousands of rows,
 * and looking the columns up again for each row was most of the reading time.
 */
export interface RowShape {
  /** The column of each kind of text, where the sheet has one. */
  readonly text: Readonly<Partial<Record<TextColumn, number>>>;
  readonly start?: MappedColumn;
  readonly valueColumns: readonly MappedColumn[];
  /** By column index: the program's own columns, which never make a row non-empty. */
  readonly owned: readonly boolean[];
  readonly lastColumn: number;
  /** The category of every initiative when the table has no category column (the scheme's default). */
  readonly defaultCategory: string;
  /** The columns whose text Bilag 1 shows, with their kinds. */
  readonly shown: readonly (readonly [PlainKind, number])[];
}

export function rowShape(columns: readonly MappedColumn[], owned: readonly boolean[], lastColumn: number, defaultCategory: string | undefined): RowShape {
  const text: Partial<Record<TextColumn, number>> = {};
  for (const kind of TEXT_COLUMNS) {
    const column = columns.find((c) => c.role.kind === kind);
    if (column !== undefined) text[kind] = column.index;
  }
  const start = columns.find((c) => c.role.kind === 'start');
  const shown = BILAG1_TEXT_KINDS.flatMap((kind) => columns.filter((c) => c.role.kind === kind).map((c) => [kind, c.index] as const));
  const fallback = text.category === undefined ? (defaultCategory ?? '') : '';
  return { text, valueColumns: columns.filter((c) => isValueRole(c.role)), owned, lastColumn, shown, defaultCategory: fallback, ...(start === undefined ? {} : { start }) };
}

/** Reads one row of a table with a row per initiative: its kind, texts and value cells. */
export function readRow(
  grid: Grid,
  r: number,
  shape: RowShape,
  reading: ValueReading,
  currentInitiative: number | undefined,
  findings: Finding[],
): PlanRow {
  const sheet = grid.sheetName;
  const cells = grid.rows[r] ?? NO_CELLS;
  // The texts as locals, not a record: no object per row besides the row itself.
  const number = trimmedText(cells, shape.text.number);
  const name = trimmedText(cells, shape.text.name);
  const category = trimmedText(cells, shape.text.category);
  const status = trimmedText(cells, shape.text.status);
  const hidden = grid.hiddenRows.has(r);
  if (!hasContent(cells, shape)) return planRow(sheet, r, 'blank', number, name, category, status, false, hidden, undefined, NO_VALUES, undefined, NO_TEXTS);

  const kind = kindOf(cells, shape, number, name, category, trimmedText(cells, shape.text['row-type']));
  if (kind === 'note') {
    const text = cells.map((cell) => (cell === undefined ? '' : cellText(cell).trim())).filter((t) => t !== '');
    findings.push(finding('row-read-as-note', { sheet, position: { row: r, col: 0 } }, { value: text.join(' ') }));
    return planRow(sheet, r, kind, number, name, category, status, false, hidden, undefined, NO_VALUES, undefined, NO_TEXTS);
  }

  const values = valueCells(sheet, cells, r, shape, reading, findings);
  const startColumn = shape.start;
  const start = startColumn === undefined ? undefined : readStart(sheet, cells[startColumn.index] ?? EMPTY_CELL, { row: r, col: startColumn.index }, findings);
  // "" never says udgået: most rows have no status, and a test of the empty text still costs a call.
  const dropped = (status !== '' && DROPPED.test(status)) || DROPPED.test(name);

  if (hidden && kind === 'initiative') findings.push(finding('hidden-row-counted', { sheet, position: { row: r, col: 0 } }));
  // A table with no category column: its initiatives take the scheme's default category, once their kind is known.
  const rowCategory = kind === 'initiative' && shape.defaultCategory !== '' ? shape.defaultCategory : category;
  const parent = kind === 'activity' ? currentInitiative : undefined;
  return planRow(sheet, r, kind, number, name, rowCategory, status, dropped, hidden, parent, values, start, shownTexts(cells, shape));
}

/** Whether the row holds anything of the user's up to the table's last column. */
function hasContent(cells: readonly (GridCell | undefined)[], shape: RowShape): boolean {
  const last = Math.min(shape.lastColumn, cells.length - 1);
  for (let c = 0; c <= last; c += 1) {
    const cell = cells[c];
    if (shape.owned[c] !== true && cell !== undefined && !isBlank(cell)) return true;
  }
  return false;
}

/** A non-blank row's kind, by its label, its type column, its mark and whether it holds figures. No pattern matches "". */
function kindOf(cells: readonly (GridCell | undefined)[], shape: RowShape, number: string, name: string, category: string, type: string): RowKind {
  if (TOTAL_LABEL.test(name) || (number !== '' && TOTAL_LABEL.test(number)) || (category !== '' && TOTAL_LABEL.test(category))) return 'stated-total';
  if ((type !== '' && ACTIVITY_TYPE.test(type)) || ACTIVITY_MARK.test(name)) return 'activity';
  if ((type !== '' && INITIATIVE_TYPE.test(type)) || category !== '' || (name !== '' && number !== '') || hasValues(cells, shape)) return 'initiative';
  return 'note';
}

/**
 * The row's non-empty value cells, in an array of their own size (an array grown by pushing keeps room for 16),
 * gathered in one array shared by every row: reading is synchronous and never re-entered.
 */
function valueCells(sheet: string, cells: readonly (GridCell | undefined)[], r: number, shape: RowShape, reading: ValueReading, findings: Finding[]): readonly ValueCell[] {
  const gathered = GATHERED;
  gathered.length = 0;
  for (const column of shape.valueColumns) {
    const cell = cells[column.index] ?? EMPTY_CELL;
    if (isBlank(cell) && cell.formula === undefined) continue;
    gathered.push(readValueCell(sheet, cell, column.role, r, column.index, reading, findings));
  }
  if (gathered.length === 0) return NO_VALUES;
  const values = gathered.slice();
  gathered.length = 0;
  return values;
}
const GATHERED: ValueCell[] = [];

function hasValues(cells: readonly (GridCell | undefined)[], shape: RowShape): boolean {
  for (const column of shape.valueColumns) if (!isBlank(cells[column.index] ?? EMPTY_CELL)) return true;
  return false;
}

/** The row's texts in the columns Bilag 1 shows; one shared empty record when the table has none. */
function shownTexts(cells: readonly (GridCell | undefined)[], shape: RowShape): PlanRow['shown'] {
  if (shape.shown.length === 0) return NO_TEXTS;
  const texts: Partial<Record<PlainKind, string>> = {};
  for (const [kind, col] of shape.shown) texts[kind] = trimmedText(cells, col);
  return texts;
}

/** Every row is built here, with the same fields in the same order: later steps read tens of thousands of them. */
export function planRow(
  sheet: string,
  index: number,
  kind: RowKind,
  number: string,
  name: string,
  category: string,
  status: string,
  dropped: boolean,
  hidden: boolean,
  parent: number | undefined,
  values: readonly ValueCell[],
  start: string | undefined,
  shown: PlanRow['shown'],
): PlanRow {
  return { sheet, index, kind, number, name, category, status, dropped, hidden, parent, values, start, shown };
}

/**
 * The one initiative of a sheet read as a single initiative (a proposal form, a years-down follow-up): named,
 * at the given cell, with its values and the cell that states its category, if one does; an empty category is said as missing.
 */
export function initiativeAt(
  sheet: string,
  position: CellPosition,
  name: string,
  category: string,
  values: readonly ValueCell[],
  findings: Finding[],
  categoryCell?: CellPosition,
): PlanRow {
  if (category === '') findings.push(finding('category-missing', { sheet, position }));
  const row = planRow(sheet, position.row, 'initiative', '', name, category, '', false, false, undefined, values, undefined, {});
  return { ...row, nameColumn: position.col, ...(categoryCell === undefined ? {} : { categoryCell }) };
}

const NO_CELLS: readonly (GridCell | undefined)[] = [];
const NO_VALUES: readonly ValueCell[] = [];
const NO_TEXTS: PlanRow['shown'] = {};

/** The trimmed text of a row's cell in a column, "" when the sheet has no such column. */
function trimmedText(cells: readonly (GridCell | undefined)[], col: number | undefined): string {
  if (col === undefined) return '';
  const cell = cells[col];
  return cell === undefined ? '' : cellText(cell).trim();
}
