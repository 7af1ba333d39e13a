import { CellPosition, CellRange, rangeContains, rangeToA1, toA1 } from './a1';
import { ColumnRole, HeaderVocabulary, roleOfHeader, vocabularyOf } from './columns';
import { isUnitOnly } from './conventions';
import { findHeaderRow, HeaderRow, nextTableStart } from './header';
import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { cellText, columnCount, EMPTY_CELL, Grid, GridCell, isBlank } from './grid';
import { convertUnit, DANISH_SEPARATORS, decimalFromNumber, decimalsOf, decimalsShownBy, formatDanish, isNotStated, parseAmountText, parseAmountWithComment, Separators, Unit, unitShift } from './money';
import { COLUMN_NAMES_DA } from '../messages/da';
import { Scheme } from './scheme';
import { AddinSettings, chosenRole } from './settings';
import { ColumnConvention, tableConventions } from './table-conventions';
import { MappedColumn, PlanRow, PlanTable, RowKind, ValueCell } from './plan-table';

export interface ReadOptions {
  /** Cells the program wrote on an earlier run: never read as input. */
  readonly ignore?: CellRange;
  /** The separators the workbook's locale uses, for numbers typed as text; Danish when not known. */
  readonly separators?: Separators;
  /** The user's choices of what columns hold, where the header alone says it wrongly. */
  readonly settings?: AddinSettings;
}

export interface TableRead {
  readonly table?: PlanTable;
  readonly findings: readonly Finding[];
}

/** Reads the initiative table of a sheet. Never throws on data: every problem is a finding. */
export function readPlan(grid: Grid, scheme: Scheme, options: ReadOptions = {}): TableRead {
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const isIgnored = (position: CellPosition): boolean => options.ignore !== undefined && rangeContains(options.ignore, position);
  const width = columnCount(grid);

  if (!grid.rows.some((row, r) => row.some((cell, c) => cell !== undefined && !isBlank(cell) && !isIgnored({ row: r, col: c })))) {
    return { findings: [finding('sheet-empty', { sheet })] };
  }

  const vocabulary = vocabularyOf(scheme);
  const header = findHeaderRow(grid, vocabulary, isIgnored);
  if (header === undefined) return { findings: [finding('header-not-found', { sheet })] };
  const headerRow = header.row;

  const columns = mapColumns(grid.sheetName, header, width, scheme, vocabulary, findings, options.settings);
  const has = (kind: ColumnRole['kind']): MappedColumn | undefined => columns.find((c) => c.role.kind === kind);
  if (has('name') === undefined) {
    findings.push(finding('column-missing', { sheet, position: { row: headerRow, col: 0 } }, { column: COLUMN_NAMES_DA.name }));
  }
  if (has('category') === undefined) {
    findings.push(finding('column-missing', { sheet, position: { row: headerRow, col: 0 } }, { column: COLUMN_NAMES_DA.category }));
  }

  for (const column of columns) {
    if (grid.hiddenColumns.has(column.index)) findings.push(finding('hidden-column-read', { sheet, position: { row: headerRow, col: column.index } }, { header: column.header }));
  }

  // A second table further down ends this one: its rows are another plan's, not this one's.
  const amountColumns = columns.filter((c) => c.role.kind === 'amount').map((c) => c.index);
  const nextTable = nextTableStart(grid, header, vocabulary, has('name')?.index, amountColumns);
  const end = nextTable ?? grid.rows.length;
  if (nextTable !== undefined) {
    findings.push(finding('another-table-below', { sheet, position: { row: nextTable, col: 0 } }, { first: String(headerRow + 1), last: String(nextTable) }));
  }

  // By column index: the program's own columns, which never count as the user's content.
  const owned: boolean[] = [];
  for (const column of columns) if (column.role.kind === 'owned') owned[column.index] = true;
  let lastColumn = 0;
  let lastRow = headerRow;
  for (let r = headerRow; r < end; r += 1) {
    const cells = grid.rows[r] ?? [];
    // From the right: a row's last cell of the user's is usually its last cell, so one look per row.
    for (let c = cells.length - 1; c >= 0; c -= 1) {
      const cell = cells[c];
      if (cell === undefined || isBlank(cell) || owned[c] === true) continue;
      if (options.ignore !== undefined && isIgnored({ row: r, col: c })) continue;
      lastColumn = Math.max(lastColumn, c);
      lastRow = r;
      break;
    }
  }

  const shape = rowShape(columns, owned, lastColumn);
  const conventions = tableConventions(grid, headerRow, lastRow, shape.valueColumns, scheme);
  findings.push(...conventions.findings);
  const reading = valueReading(scheme.plan.unit, options.separators ?? DANISH_SEPARATORS, conventions.byColumn);
  const rows: PlanRow[] = [];
  let currentInitiative: number | undefined;
  for (let r = headerRow + 1; r <= lastRow; r += 1) {
    const row = readRow(grid, r, shape, reading, currentInitiative, findings);
    if (row.kind === 'initiative') currentInitiative = r;
    if (row.kind === 'stated-total') currentInitiative = undefined;
    rows.push(row);
  }

  for (const merge of grid.merges) {
    if (merge.to.row > headerRow && merge.from.row <= lastRow && merge.from.col <= lastColumn) {
      findings.push(finding('merged-cells-in-table', { sheet, position: merge.from }, { range: rangeToA1(merge) }));
    }
  }

  return { table: { sheet, headerRow, columns, rows, lastColumn, lastRow }, findings };
}

function mapColumns(
  sheet: string,
  headerRow: HeaderRow,
  width: number,
  scheme: Scheme,
  vocabulary: HeaderVocabulary,
  findings: Finding[],
  settings: AddinSettings | undefined,
): MappedColumn[] {
  const columns: MappedColumn[] = [];
  const seen = new Map<string, number>();
  // A unit over the row labels ("Mio. kr.") names them only where no header says "Indsats" or the like.
  const namedByWords = headerRow.texts.some((header) => !isUnitOnly(header) && roleOfHeader(header, vocabulary)?.kind === 'name');
  for (let c = 0; c < width; c += 1) {
    const position = { row: headerRow.row, col: c };
    const header = headerRow.texts[c] ?? '';
    if (header === '') continue;
    const chosen = chosenRole(settings, header);
    if (chosen === 'ignore' || (chosen === undefined && namedByWords && isUnitOnly(header))) continue;
    const role = chosen ?? roleOfHeader(header, vocabulary);
    if (role === undefined) {
      findings.push(finding('column-ignored', { sheet, position }, { header }));
      continue;
    }
    if (role.kind === 'amount') {
      const group = scheme.columnGroups.find((g) => g.key === role.group);
      if (group !== undefined && !group.years.includes(role.year)) {
        findings.push(
          finding('year-outside-period', { sheet, position }, { year: String(role.year), period: describeYears(group.years) }),
        );
        continue;
      }
    }
    const key = role.kind === 'owned' ? `owned:${c}` : JSON.stringify(role);
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(finding('column-duplicate', { sheet, position }, { header, first: toA1({ row: headerRow.row, col: first }) }));
      continue;
    }
    seen.set(key, c);
    columns.push({ index: c, header, role });
  }
  return columns;
}

function describeYears(years: readonly number[]): string {
  return years.length === 0 ? '' : `${years[0]}-${years[years.length - 1]}`;
}

// Case-insensitive patterns instead of lower-casing every row's texts: a plan has tens of thousands of rows.
const TOTAL_LABEL = /\bi alt\b|^(total|sum|samlet (ændring|besparelse|effekt))\b/i;
const DROPPED = /udgå|bortfald/i;
/** An activity row's name starts with a bullet and a space: "- Åben cafe på Fønix". */
export const ACTIVITY_MARK = /^\s*[-–•·]\s+/;

/**
 * Where each kind of column sits, worked out once per table: a plan has tens of thousands of rows,
 * and looking the columns up again for each row was most of the reading time.
 */
type TextColumn = 'name' | 'number' | 'category' | 'row-type' | 'status';

interface RowShape {
  /** The column of each kind of text, where the sheet has one. */
  readonly text: Readonly<Partial<Record<TextColumn, number>>>;
  readonly start?: MappedColumn;
  readonly valueColumns: readonly MappedColumn[];
  /** By column index: the program's own columns, which never make a row non-empty. */
  readonly owned: readonly boolean[];
  readonly lastColumn: number;
}

function rowShape(columns: readonly MappedColumn[], owned: readonly boolean[], lastColumn: number): RowShape {
  const text: Partial<Record<TextColumn, number>> = {};
  for (const kind of ['name', 'number', 'category', 'row-type', 'status'] as const satisfies readonly TextColumn[]) {
    const column = columns.find((c) => c.role.kind === kind);
    if (column !== undefined) text[kind] = column.index;
  }
  const start = columns.find((c) => c.role.kind === 'start');
  return { text, valueColumns: columns.filter((c) => isValueRole(c.role)), owned, lastColumn, ...(start === undefined ? {} : { start }) };
}

function readRow(
  grid: Grid,
  r: number,
  shape: RowShape,
  reading: ValueReading,
  currentInitiative: number | undefined,
  findings: Finding[],
): PlanRow {
  const sheet = grid.sheetName;
  const cells = grid.rows[r] ?? NO_CELLS;
  const name = trimmedText(cells, shape.text.name);
  const number = trimmedText(cells, shape.text.number);
  const category = trimmedText(cells, shape.text.category);
  const type = trimmedText(cells, shape.text['row-type']);
  const status = trimmedText(cells, shape.text.status);
  const hidden = grid.hiddenRows.has(r);
  // No closures on the common path: this runs for every row, and each closure is one more object to collect.
  let anyContent = false;
  const last = Math.min(shape.lastColumn, cells.length - 1);
  for (let c = 0; c <= last && !anyContent; c += 1) {
    const cell = cells[c];
    if (shape.owned[c] !== true && cell !== undefined && !isBlank(cell)) anyContent = true;
  }
  if (!anyContent) return planRow(r, 'blank', number, name, category, status, false, hidden, undefined, NO_VALUES, undefined);

  let kind: RowKind;
  if (TOTAL_LABEL.test(name) || TOTAL_LABEL.test(number) || TOTAL_LABEL.test(category)) kind = 'stated-total';
  else if (ACTIVITY_TYPE.test(type) || ACTIVITY_MARK.test(name)) kind = 'activity';
  else if (INITIATIVE_TYPE.test(type) || category !== '' || (name !== '' && number !== '') || hasValues(cells, shape)) kind = 'initiative';
  else kind = 'note';

  if (kind === 'note') {
    const text = cells.map((cell) => (cell === undefined ? '' : cellText(cell).trim())).filter((t) => t !== '');
    findings.push(finding('row-read-as-note', { sheet, position: { row: r, col: 0 } }, { value: text.join(' ') }));
    return planRow(r, kind, number, name, category, status, false, hidden, undefined, NO_VALUES, undefined);
  }

  let values: ValueCell[] | undefined;
  for (const column of shape.valueColumns) {
    const cell = cells[column.index] ?? EMPTY_CELL;
    if (isBlank(cell) && cell.formula === undefined) continue;
    (values ??= []).push(readValueCell(sheet, cell, column.role, { row: r, col: column.index }, reading, findings));
  }

  const startColumn = shape.start;
  const start = startColumn === undefined ? undefined : readStart(sheet, cells[startColumn.index] ?? EMPTY_CELL, { row: r, col: startColumn.index }, findings);
  const dropped = DROPPED.test(status) || DROPPED.test(name);

  if (hidden && kind === 'initiative') findings.push(finding('hidden-row-counted', { sheet, position: { row: r, col: 0 } }));

  return planRow(r, kind, number, name, category, status, dropped, hidden, kind === 'activity' ? currentInitiative : undefined, values ?? NO_VALUES, start);
}

function hasValues(cells: readonly (GridCell | undefined)[], shape: RowShape): boolean {
  for (const column of shape.valueColumns) if (!isBlank(cells[column.index] ?? EMPTY_CELL)) return true;
  return false;
}

/** Every row is built here, with the same fields in the same order: later steps read tens of thousands of them. */
function planRow(
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
): PlanRow {
  return { index, kind, number, name, category, status, dropped, hidden, parent, values, start };
}

const NO_CELLS: readonly (GridCell | undefined)[] = [];
const NO_VALUES: readonly ValueCell[] = [];
const ACTIVITY_TYPE = /^\s*aktivitet/i;
const INITIATIVE_TYPE = /^\s*(initiativ|indsats|tiltag)/i;

/** The trimmed text of a row's cell in a column, "" when the sheet has no such column. */
function trimmedText(cells: readonly (GridCell | undefined)[], col: number | undefined): string {
  if (col === undefined) return '';
  const cell = cells[col];
  return cell === undefined ? '' : cellText(cell).trim();
}

/** How value cells are read: into the plan's unit, with the workbook's separators. */
interface ValueReading {
  readonly unit: Unit;
  readonly separators: Separators;
  /** By column: the unit and sign the sheet states for its amounts, where it states one. */
  readonly conventions: ReadonlyMap<number, ColumnConvention>;
  /** Decimals a number format shows, worked out once per format: a sheet has few formats and many cells. */
  shownDecimals(format: string | undefined): number | undefined;
  /** A stored number as a Decimal, made once per distinct number: amounts repeat (0,5; 1,0; 2,5) and Decimals never change. */
  decimalOf(value: number): Decimal | null;
}

function valueReading(unit: Unit, separators: Separators, conventions: ReadonlyMap<number, ColumnConvention>): ValueReading {
  const shown = new Map<string | undefined, number | undefined>();
  const decimals = new Map<number, Decimal | null>();
  return {
    unit,
    separators,
    conventions,
    shownDecimals(format) {
      if (!shown.has(format)) shown.set(format, decimalsShownBy(format));
      return shown.get(format);
    },
    decimalOf(value) {
      let decimal = decimals.get(value);
      if (decimal === undefined) {
        decimal = decimalFromNumber(value);
        decimals.set(value, decimal);
      }
      return decimal;
    },
  };
}

function isValueRole(role: ColumnRole): boolean {
  return role.kind === 'amount' || role.kind === 'full-year' || role.kind === 'citizens' || role.kind === 'unit-saving';
}

/** Excel keeps 15 significant digits: a figure this large cannot be an amount it holds exactly, and sums of such would overflow. */
const TOO_LARGE = 1e15;

/** A value read in a column's own unit and sign, in the plan's. */
function inPlanUnitAndSign(value: Decimal, convention: ColumnConvention | undefined, unit: Unit): Decimal {
  if (convention === undefined || (convention.unit === unit && !convention.negate)) return value;
  const converted = convertUnit(value, convention.unit, unit);
  return convention.negate && !converted.isZero() ? converted.negated() : converted;
}

/** Reads one value cell; what cannot be read becomes a finding and a null value. */
function readValueCell(
  sheet: string,
  cell: GridCell,
  role: ColumnRole,
  position: CellPosition,
  reading: ValueReading,
  findings: Finding[],
): ValueCell {
  // Only amount columns have a convention: counts of citizens and unit prices carry their own units.
  const convention = reading.conventions.get(position.col);
  const formatDecimals = reading.shownDecimals(cell.numberFormat);
  // What the format shows in the column's unit, said in the plan's: 0 decimals of 1.000 kr. are 3 of mio. kr.
  const shownDecimals = formatDecimals === undefined ? undefined : formatDecimals + unitShift(convention?.unit ?? reading.unit, reading.unit);
  const content = cell.content;
  // Most value cells are plain numbers: read here, with nothing else set up; the rest below.
  const number = content.kind === 'number' && Math.abs(content.value) < TOO_LARGE ? reading.decimalOf(content.value) : null;
  const value = number !== null ? inPlanUnitAndSign(number, convention, reading.unit) : readOtherValue(sheet, cell, position, convention, reading, findings);
  return { role, position, source: cell, value, shownDecimals };
}

/** A value cell that is not a plain number: text, an error, a date… */
function readOtherValue(
  sheet: string,
  cell: GridCell,
  position: CellPosition,
  convention: ColumnConvention | undefined,
  reading: ValueReading,
  findings: Finding[],
): Decimal | null {
  const { unit, separators } = reading;
  const place = { sheet, position };
  const columnUnit = convention?.unit ?? unit;
  const content = cell.content;
  const raw = cellText(cell);
  const inPlanTerms = (value: Decimal): Decimal => inPlanUnitAndSign(value, convention, unit);
  const tooLarge = (): null => {
    findings.push(finding('amount-too-large', place, { value: raw }));
    return null;
  };

  switch (content.kind) {
    case 'number': {
      if (Math.abs(content.value) >= TOO_LARGE) return tooLarge();
      const value = reading.decimalOf(content.value);
      if (value === null) findings.push(finding('amount-not-a-number', place, { value: raw }));
      return value === null ? null : inPlanTerms(value);
    }
    case 'text': {
      const parsed = parseAmountText(content.value, separators);
      if (!parsed.ok && isNotStated(content.value)) {
        findings.push(finding('amount-not-stated', place, { value: raw }));
        return null;
      }
      const commented = parsed.ok ? undefined : parseAmountWithComment(content.value, separators);
      if (commented !== undefined) {
        if (commented.value.abs().greaterThanOrEqualTo(TOO_LARGE)) return tooLarge();
        findings.push(finding('amount-with-comment', place, { value: raw, number: formatDanish(commented.value, decimalsOf(commented.value)), comment: commented.comment }));
        return inPlanTerms(commented.value);
      }
      if (!parsed.ok) {
        const code =
          parsed.problem === 'foreign-separators'
            ? 'amount-foreign-separators'
            : parsed.problem === 'bad-grouping'
              ? 'amount-bad-grouping'
              : parsed.problem === 'ambiguous'
                ? 'amount-ambiguous'
                : 'amount-not-a-number';
        findings.push(finding(code, place, { value: raw }));
        return null;
      }
      if (parsed.value.abs().greaterThanOrEqualTo(TOO_LARGE)) return tooLarge();
      // A unit typed in the cell ("750 t.kr.") wins over the column's; the fix writes the number in the column's unit.
      let value = parsed.value;
      if (parsed.unit !== undefined && convention !== undefined && parsed.unit !== columnUnit) {
        value = convertUnit(parsed.value, parsed.unit, columnUnit);
        findings.push(
          finding('amount-unit-converted', place, { value: raw, from: parsed.unit, to: columnUnit, number: formatDanish(value, decimalsOf(value)) }),
        );
      }
      // Keep the decimals the user typed: "10,0" is offered as 10,0, not 10.
      const typedDecimals = Math.max(decimalsOf(value), /[,.](\d+)\D*$/.exec(content.value)?.[1]?.length ?? 0);
      findings.push(
        finding(
          'amount-text-number',
          place,
          { value: raw, number: formatDanish(value, typedDecimals) },
          { kind: 'set-number', value: value.toFixed(typedDecimals) },
        ),
      );
      return inPlanTerms(value);
    }
    case 'error':
      findings.push(finding('amount-formula-error', place, { value: raw }));
      return null;
    case 'date':
      findings.push(finding('amount-is-date', place, { value: content.value.slice(0, 10) }));
      return null;
    case 'boolean':
      findings.push(finding('amount-not-a-number', place, { value: raw }));
      return null;
    case 'empty':
      findings.push(finding('amount-formula-without-value', place, { value: `=${cell.formula ?? ''}` }));
      return null;
  }
}

/** Ikrafttræden: a date cell, or text as 01-05-2023, 1.5.2023 or 2023-05-01. */
function readStart(sheet: string, cell: GridCell, position: CellPosition, findings: Finding[]): string | undefined {
  const content = cell.content;
  if (content.kind === 'empty') return undefined;
  if (content.kind === 'date') return content.value.slice(0, 10);
  const text = cellText(cell).trim();
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = danish ? [danish[3], danish[2], danish[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year !== undefined && month !== undefined && day !== undefined && isCalendarDate(+year, +month, +day)) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  findings.push(finding('start-date-invalid', { sheet, position }, { value: text }));
  return undefined;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
