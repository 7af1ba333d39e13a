import { CellPosition, columnLetters, rangeContains } from '../a1';
import { Measure } from '../columns';
import { signStatedBy, isUnitOnly } from '../conventions';
import { cellAt, cellText, EMPTY_CELL, Grid } from '../grid';
import { normaliseLabel } from '../scheme';

/** What a column of a follow-up with the years down the rows holds. */
export type YearsDownMeasure = Measure | 'realised-part' | 'note';

/** Header words, tried in order: "Samlet effekt" is the stated sum of the realised parts, not a part. */
const MEASURE_WORDS: readonly [RegExp, YearsDownMeasure][] = [
  [/^(samlet|total) (realiseret )?effekt|^realiseret (effekt )?\W*(i alt|samlet|total)$/, 'realised'],
  [/realiseret/, 'realised-part'],
  [/justere[dt]|korrigere[dt]/, 'adjusted'],
  [/forventet effekt|prognose/, 'forecast'],
  [/oprindelig|måltal|budget|forventning|forventet besparelse/, 'target'],
  [/bemærk|note|kommentar/, 'note'],
];

/** A group's name before its measure: "Rehabilitering – Måltal", "Hjælpemidler: Realiseret effekt". */
const GROUP_PREFIX = /^(.+?)\s*(?:[–—:]|\s-\s)\s*(.+)$/;

export interface YearsDownColumn {
  readonly col: number;
  readonly header: string;
  readonly measure: YearsDownMeasure;
  /** The group's name when the header starts with it ("Rehabilitering – Måltal"). */
  readonly prefix?: string;
}

/** A group of measures read as one initiative: its columns and, where the sheet names it, its name and that cell. */
export interface MeasureGroup {
  readonly columns: readonly YearsDownColumn[];
  readonly name?: { readonly text: string; readonly position: CellPosition };
}

function measureIn(text: string): YearsDownMeasure | undefined {
  const label = normaliseLabel(text);
  return MEASURE_WORDS.find(([words]) => words.test(label))?.[1];
}

/** The measure a header names, and the group's name when the header starts with one. */
export function measureColumn(col: number, header: string): YearsDownColumn | undefined {
  const split = GROUP_PREFIX.exec(header);
  if (split !== null && measureIn(split[1] ?? '') === undefined) {
    const measure = measureIn(split[2] ?? '');
    if (measure !== undefined) return { col, header, measure, prefix: (split[1] ?? '').trim() };
  }
  const measure = measureIn(header);
  return measure === undefined ? undefined : { col, header, measure };
}

/**
 * The measure columns of a header row. A row above may name the kind of measure over several columns, merged
 * or written once (»Realiseret effekt« over »Oprindelige borgere« and »Nye borgere«): such a column is read
 * as the two together. A text under two kinds (»Rehabilitering« under »Måltal« and under »Realiseret effekt«)
 * names a group. A row above that names groups instead is for measureGroups.
 */
export function headerColumns(grid: Grid, headerRow: number, yearCol: number): YearsDownColumn[] {
  const headers: { col: number; above: string; lower: string }[] = [];
  let above = '';
  const cells = grid.rows[headerRow] ?? [];
  for (let col = yearCol + 1; col < cells.length; col += 1) {
    const upper = headerRow === 0 ? '' : textAt(grid, { row: headerRow - 1, col });
    if (upper !== '') above = upper;
    const lower = cellText(cells[col] ?? EMPTY_CELL).trim();
    const kind = above === '' ? undefined : measureIn(above);
    if (lower !== '') headers.push({ col, above: kind === undefined || kind === 'note' ? '' : above, lower });
  }
  const kindsOver = new Map<string, Set<string>>();
  for (const { above: kind, lower } of headers) if (kind !== '') kindsOver.set(lower, (kindsOver.get(lower) ?? new Set()).add(kind));
  return headers.flatMap(({ col, above: kind, lower }) => {
    const group = (kindsOver.get(lower)?.size ?? 0) > 1;
    const column = kind === '' ? undefined : measureColumn(col, group ? `${lower} – ${kind}` : `${kind} – ${lower}`);
    const read = column ?? measureColumn(col, lower);
    return read === undefined ? [] : [read];
  });
}

/** Where a cell's text is: the first cell of the merged area it lies in, else the cell itself. */
function originOf(grid: Grid, position: CellPosition): CellPosition {
  return grid.merges.find((m) => rangeContains(m, position))?.from ?? position;
}

/** A cell's text, or the text of the merged area it lies in. */
function textAt(grid: Grid, position: CellPosition): string {
  return cellText(cellAt(grid, originOf(grid, position))).trim();
}

/**
 * The table's groups of measures, each one initiative: named by the headers' prefixes, else by a row of names
 * over the columns (merged or written once over a group's first column), else split where a measure repeats.
 * One group (no name) when the table has fewer than two.
 */
export function measureGroups(grid: Grid, headerRow: number, yearCol: number, columns: readonly YearsDownColumn[]): MeasureGroup[] {
  const grouped = byPrefix(headerRow, columns) ?? byRowAbove(grid, headerRow, columns) ?? byRepeat(grid, headerRow, yearCol, columns);
  return grouped ?? [{ columns }];
}

/**
 * Whether the row above the header belongs to it: it names groups or kinds of measure over the columns. The
 * table's title is then above that row.
 */
export function headerHasRowAbove(grid: Grid, headerRow: number, columns: readonly YearsDownColumn[]): boolean {
  if (headerRow === 0) return false;
  return columns.some(({ col }) => {
    const text = textAt(grid, { row: headerRow - 1, col });
    return text !== '' && !isNote(text);
  });
}

/** Consecutive columns with the same key in one group; a column without a key joins the group before it. */
function split(columns: readonly YearsDownColumn[], keyOf: (column: YearsDownColumn) => string | undefined): { key: string; columns: YearsDownColumn[] }[] {
  const groups: { key: string; columns: YearsDownColumn[] }[] = [];
  for (const column of columns) {
    const key = keyOf(column);
    const last = groups[groups.length - 1];
    if (last !== undefined && (key === undefined || key === last.key)) last.columns.push(column);
    else groups.push({ key: key ?? '', columns: [column] });
  }
  return groups;
}

/** Columns whose headers start with the same group's name, side by side or not; a column without one joins the one before it. */
function byPrefix(headerRow: number, columns: readonly YearsDownColumn[]): MeasureGroup[] | undefined {
  const byKey = new Map<string, YearsDownColumn[]>();
  let last = '';
  for (const column of columns) {
    last = column.prefix ?? last;
    byKey.set(last, [...(byKey.get(last) ?? []), column]);
  }
  if ([...byKey.keys()].filter((key) => key !== '').length < 2) return undefined;
  return [...byKey].map(([key, inGroup]) => {
    const first = inGroup.find((c) => c.prefix === key);
    return key === '' || first === undefined ? { columns: inGroup } : { columns: inGroup, name: { text: key, position: { row: headerRow, col: first.col } } };
  });
}

function byRowAbove(grid: Grid, headerRow: number, columns: readonly YearsDownColumn[]): MeasureGroup[] | undefined {
  const row = headerRow - 1;
  if (row < 0) return undefined;
  const nameAt = (col: number): { text: string; position: CellPosition } | undefined => {
    const origin = originOf(grid, { row, col });
    const text = textAt(grid, origin);
    // A kind of measure over the columns (»Realiseret effekt«) is part of their headers, not a group's name.
    return text === '' || isNote(text) || measureIn(text) !== undefined ? undefined : { text, position: origin };
  };
  // A name merged over its group, written once over the group's first column or repeated over each: the columns
  // up to the next name are the group's, named at the first cell that says it.
  const names = new Map(columns.filter((c) => c.measure !== 'note').flatMap((c) => {
    const name = nameAt(c.col);
    return name === undefined ? [] : [[c.col, name] as const];
  }));
  const groups = split(columns, (column) => names.get(column.col)?.text);
  if (groups.filter((g) => g.key !== '').length < 2) return undefined;
  return groups.map(({ key, columns: inGroup }) => {
    const name = inGroup.map((c) => names.get(c.col)).find((n) => n !== undefined && n.text === key);
    return name === undefined ? { columns: inGroup } : { columns: inGroup, name };
  });
}

function byRepeat(grid: Grid, headerRow: number, yearCol: number, columns: readonly YearsDownColumn[]): MeasureGroup[] | undefined {
  let seen = new Set<string>();
  let group = 0;
  const groups = split(columns, (column) => {
    if (column.measure === 'note') return undefined;
    const key = column.measure === 'realised-part' ? normaliseLabel(column.header) : column.measure;
    if (seen.has(key)) {
      seen = new Set();
      group += 1;
    }
    seen.add(key);
    return String(group);
  });
  // Two groups side by side each hold an expectation and an effect; a second expectation alone (»Budget« beside
  // »Oprindelige forventninger«) is no second group.
  if (groups.length < 2 || !groups.every(({ columns: inGroup }) => inGroup.some(isExpectation) && inGroup.some(isEffect))) return undefined;
  const title = titleAbove(grid, headerRow, yearCol);
  return groups.map(({ columns: inGroup }) => {
    const measured = inGroup.filter((c) => c.measure !== 'note');
    const first = measured[0]?.col ?? 0;
    const last = measured[measured.length - 1]?.col ?? first;
    const span = first === last ? columnLetters(first) : `${columnLetters(first)}-${columnLetters(last)}`;
    return { columns: inGroup, name: { text: `${title?.text ?? grid.sheetName} (kolonne ${span})`, position: { row: headerRow, col: first } } };
  });
}

function isExpectation(column: YearsDownColumn): boolean {
  return column.measure === 'target' || column.measure === 'adjusted';
}

function isEffect(column: YearsDownColumn): boolean {
  return column.measure === 'realised' || column.measure === 'realised-part' || column.measure === 'forecast';
}

/**
 * The table's title: the nearest text above the given row, in the columns up to two right of the years'; a row
 * that only states the unit ("Beløb i 1.000 kr.") or the sign ("(-) = mindreudgift") is a note, not a title.
 */
export function titleAbove(grid: Grid, below: number, yearCol: number): { text: string; position: CellPosition } | undefined {
  for (let r = below - 1; r >= 0; r -= 1) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, yearCol + 3); c += 1) {
      const text = cellText(cells[c] ?? EMPTY_CELL).trim();
      if (text === '' || isNote(text)) continue;
      return { text, position: { row: r, col: c } };
    }
  }
  return undefined;
}

function isNote(text: string): boolean {
  return isUnitOnly(text) || /^\(?(alle )?(beløb|tal)(ene)? (er )?i\b/i.test(text) || signStatedBy(text) !== undefined;
}
