import { CellPosition, rangeContains } from '../a1';
import { ColumnRole, HeaderVocabulary, NAME_WORDS, roleOfHeader } from '../columns';
import { isYear, yearOf } from '../years';
import { cellAt, cellText, columnCount, EMPTY_CELL, Grid, GridCell } from '../grid';
import { isUnitOnly } from '../conventions';

/** The row of column headers, and each column's header text as read. */
export interface HeaderRow {
  readonly row: number;
  /** By column: the header text, with the text of the row above put in front when the header spans two rows. */
  readonly texts: readonly string[];
  /** Whether the headers span this row and the one above ("Realiseret" over "2023 2024"). */
  readonly twoRows: boolean;
  /** The sheet's width (its widest row), counted once: a sheet has tens of thousands of rows. */
  readonly width: number;
}

/** How far down a sheet its header row is looked for: title rows and notes above a table are seldom more. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The row among the first rows whose headers name the most different columns, with a name and an amount
 * column. A header may span two rows: a group title over years ("Realiseret" over 2023 and 2024, merged or
 * not) or titles merged down over both rows. It is read as two rows when that names more columns apart.
 */
export function findHeaderRow(grid: Grid, vocabulary: HeaderVocabulary, isIgnored: (p: CellPosition) => boolean): HeaderRow | undefined {
  let best: { header: HeaderRow; score: number } | undefined;
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const width = columnCount(grid);
  const roleOf = rolesOfHeaders(vocabulary);
  for (let r = 0; r < last; r += 1) {
    for (const twoRows of r > 0 ? [false, true] : [false]) {
      const texts = headerTexts(grid, r, width, twoRows, isIgnored);
      const score = distinctRoles(texts, roleOf);
      if (score === undefined) continue;
      if (best === undefined || score > best.score) best = { header: { row: r, texts, twoRows, width }, score };
    }
  }
  return best?.header;
}

/** Each header text's role, worked out once: the rows tried as headers, one and two at a time, repeat their texts. */
function rolesOfHeaders(vocabulary: HeaderVocabulary): (text: string) => ColumnRole | undefined {
  const roles = new Map<string, ColumnRole | undefined>();
  return (text) => {
    if (!roles.has(text)) roles.set(text, roleOfHeader(text, vocabulary));
    return roles.get(text);
  };
}

/** How many different columns the headers name, or undefined without a name and an amount column. */
function distinctRoles(texts: readonly string[], roleOf: (text: string) => ColumnRole | undefined): number | undefined {
  const roles = new Set<string>();
  let hasName = false;
  let hasAmount = false;
  for (const text of texts) {
    const role = roleOf(text);
    if (role === undefined) continue;
    hasName ||= role.kind === 'name';
    hasAmount ||= role.kind === 'amount';
    roles.add(JSON.stringify(role));
  }
  return hasName && hasAmount ? roles.size : undefined;
}

function headerTexts(grid: Grid, r: number, width: number, twoRows: boolean, isIgnored: (p: CellPosition) => boolean): string[] {
  const texts: string[] = [];
  let carried = '';
  for (let c = 0; c < width; c += 1) {
    const position = { row: r, col: c };
    const lower = isIgnored(position) ? '' : cellText(cellAt(grid, position)).trim();
    if (!twoRows) {
      texts.push(lower);
      continue;
    }
    const above = { row: r - 1, col: c };
    let upper = isIgnored(above) ? '' : cellText(cellAt(grid, above)).trim();
    const merge = upper === '' ? grid.merges.find((m) => rangeContains(m, above)) : undefined;
    if (merge !== undefined) upper = cellText(cellAt(grid, merge.from)).trim();
    // A group title written once over the years it covers, without merging: carried right over year headers.
    const overYear = yearOf(lower) !== undefined;
    if (upper === '' && overYear) upper = carried;
    carried = upper !== '' && overYear ? upper : '';
    // A title merged down over both rows leaves the lower cell blank; a cell that repeats the upper text says it once.
    texts.push(lower === '' || lower === upper ? upper : upper === '' ? lower : `${upper} ${lower}`);
  }
  return texts;
}

/**
 * Whether a row starts a second table below the first: it repeats the header rather than holding figures.
 * Several plans on one sheet are common in follow-up notes. A row is looked at closely only when it repeats
 * the name column's header, or holds years rising from left to right in the amount columns with nothing but
 * a header word, a unit or nothing over the names (a plan in kr. may well have an initiative of 2.000 and
 * 2.050 kr.). Made once per table, asked for each row below its header.
 */
export function startsNextTable(
  grid: Grid,
  header: HeaderRow,
  vocabulary: HeaderVocabulary,
  nameColumn: number | undefined,
  amountColumns: readonly number[],
): (r: number) => boolean {
  const nameHeader = nameColumn === undefined ? undefined : header.texts[nameColumn]?.toLowerCase();
  return (r) => {
    const cells = grid.rows[r] ?? [];
    const name = nameColumn === undefined ? '' : cellText(cells[nameColumn] ?? EMPTY_CELL).trim();
    const repeatsName = name !== '' && name.length === nameHeader?.length && name.toLowerCase() === nameHeader;
    if (!repeatsName && !(risingYears(cells, amountColumns) && (name === '' || isUnitOnly(name) || NAME_HEADER.test(name)))) return false;
    return distinctRoles(headerTexts(grid, r, header.width, false, () => false), (text) => roleOfHeader(text, vocabulary)) !== undefined;
  };
}

/** A cell over the names that is a header word and nothing else. */
const NAME_HEADER = new RegExp(`^(${NAME_WORDS})(er|erne)?$`, 'i');

/** Two or more years, each later than the one before, in the amount columns of a row. */
function risingYears(cells: readonly (GridCell | undefined)[], amountColumns: readonly number[]): boolean {
  let last = 0;
  let count = 0;
  for (const col of amountColumns) {
    const content = cells[col]?.content;
    if (content === undefined || content.kind === 'empty') continue;
    const year = content.kind === 'number' ? content.value : content.kind === 'text' ? (yearOf(content.value) ?? Number.NaN) : Number.NaN;
    if (!isYear(year) || year <= last) return false;
    last = year;
    count += 1;
  }
  return count >= 2;
}
