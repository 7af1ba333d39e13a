import { CellRange, rangeFromA1 } from '../../core/a1';
import { Cell, EMPTY_CELL, Grid, GridCell } from '../../core/grid';
import { serialToIso } from './number-formats';
import { richText } from './shared-strings';
import { shiftFormula } from './shared-formula';
import { cellReference, contentOf, findElement, findTag, scanSheet, TagAttributes } from './sheet-scanner';
import { StylesPart } from './styles-part';
import { attribute, unescapeXml } from './xml-text';

/** What reading a sheet needs besides its part: the shared strings, the styles and the date system. */
export interface SheetContext {
  readonly sharedStrings: () => readonly string[];
  readonly styles: StylesPart;
  readonly date1904: boolean;
}

const EMPTY: Cell = { kind: 'empty' };

/** The tags a cell's content is found by, built once per sheet for its namespace prefix. */
interface CellTags {
  readonly prefix: string;
  readonly cellClose: string;
  readonly valueOpen: string;
  readonly valueClose: string;
  readonly formulaOpen: string;
  readonly formulaClose: string;
}

function cellTags(p: string): CellTags {
  return { prefix: p, cellClose: `</${p}c>`, valueOpen: `<${p}v`, valueClose: `</${p}v>`, formulaOpen: `<${p}f`, formulaClose: `</${p}f>` };
}

/** A worksheet part as the core's grid: cached results of formulas, errors, dates, merges, hidden rows and columns. */
export function readSheetXml(sheetName: string, text: string, context: SheetContext): Grid {
  const sheet = scanSheet(text);
  const p = sheet.prefix;
  const rows: GridCell[][] = [];
  const hiddenRows = new Set<number>();
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const cellOpen = `<${p}c`;
  const tags = cellTags(p);
  const cellClose = tags.cellClose;
  let rowIndex = -1;
  let from = sheet.sheetData.openEnd;
  const rowAttributes = new TagAttributes();
  const attributes = new TagAttributes();
  for (;;) {
    const row = findElement(text, rowOpen, rowClose, from, sheet.sheetData.closeStart);
    if (row === undefined) break;
    from = row.end;
    const a = rowAttributes.read(text, row.start, row.tagEnd);
    rowIndex = a.r0 < 0 ? rowIndex + 1 : Number(text.slice(a.r0, a.r1)) - 1;
    if (a.hidden0 >= 0 && isTrue(text.slice(a.hidden0, a.hidden1))) hiddenRows.add(rowIndex);
    const cells: GridCell[] = (rows[rowIndex] ??= []);
    let col = -1;
    let at = row.tagEnd;
    for (;;) {
      const cell = findElement(text, cellOpen, cellClose, at, row.end);
      if (cell === undefined) break;
      at = cell.end;
      attributes.read(text, cell.start, cell.tagEnd);
      const position = attributes.r0 < 0 ? undefined : cellReference(text, attributes.r0, attributes.r1);
      col = position === undefined ? col + 1 : position.col;
      cells[col] = readCell(text, cell, attributes, tags, { row: rowIndex, col }, context, shared);
    }
  }
  const merges = readMerges(text, sheet.sheetData.end, p);
  for (const merge of merges) emptyCovered(rows, merge);
  return { sheetName, rows: Array.from(rows, (row) => row ?? []), hiddenRows, hiddenColumns: readHiddenColumns(text, sheet.sheetData.start, p), merges };
}

function readCell(
  text: string,
  cell: { start: number; tagEnd: number; end: number },
  attributes: TagAttributes,
  tags: CellTags,
  position: { row: number; col: number },
  context: SheetContext,
  shared: Map<string, { formula: string; row: number; col: number }>,
): GridCell {
  const style = attributes.s0 < 0 ? 0 : Number(text.slice(attributes.s0, attributes.s1));
  const numberFormat = style === 0 ? undefined : context.styles.numberFormat(style);
  if (cell.end === cell.tagEnd) return numberFormat === undefined ? EMPTY_CELL : { content: EMPTY, numberFormat };
  const type = attributes.t0 < 0 ? 'n' : text.slice(attributes.t0, attributes.t1);
  const inner = contentOf(text, cell, tags.cellClose);
  const value = elementText(inner, tags.valueOpen, tags.valueClose);
  let content: Cell;
  switch (type) {
    case 'n': {
      const number = value === undefined || value === '' ? undefined : Number(value);
      if (number === undefined || Number.isNaN(number)) content = EMPTY;
      else if (style !== 0 && context.styles.isDate(style)) {
        const iso = serialToIso(number, context.date1904);
        content = iso === undefined ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: iso };
      } else content = { kind: 'number', value: number };
      break;
    }
    case 's': {
      const string = value === undefined ? undefined : context.sharedStrings()[Number(value)];
      content = string === undefined || string === '' ? EMPTY : { kind: 'text', value: string };
      break;
    }
    case 'inlineStr':
      content = textContent(richText(inner, tags.prefix));
      break;
    case 'str':
      content = textContent(value === undefined ? '' : unescapeXml(value));
      break;
    case 'b':
      content = value === undefined ? EMPTY : { kind: 'boolean', value: isTrue(value) };
      break;
    case 'e':
      content = value === undefined ? EMPTY : { kind: 'error', value: unescapeXml(value) };
      break;
    case 'd': {
      const date = value === undefined ? undefined : new Date(value);
      content = date === undefined ? EMPTY : Number.isNaN(date.getTime()) ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: date.toISOString() };
      break;
    }
    default:
      content = EMPTY;
  }
  const formula = formulaOf(inner, tags, position, shared);
  if (formula !== undefined) return numberFormat === undefined ? { content, formula } : { content, formula, numberFormat };
  return numberFormat === undefined ? { content } : { content, numberFormat };
}

function textContent(value: string): Cell {
  return value === '' ? EMPTY : { kind: 'text', value };
}

/** The text of a cell's formula; a cell sharing another's formula gets that formula moved to where it is. */
function formulaOf(inner: string, tags: CellTags, position: { row: number; col: number }, shared: Map<string, { formula: string; row: number; col: number }>): string | undefined {
  const tag = findTag(inner, tags.formulaOpen, 0, inner.length);
  if (tag === undefined) return undefined;
  const own = tag.selfClosing ? '' : unescapeXml(inner.slice(tag.tagEnd, inner.indexOf(tags.formulaClose, tag.tagEnd)));
  const startTag = inner.slice(tag.start, tag.tagEnd);
  if (attribute(startTag, 't') !== 'shared') return own;
  const index = attribute(startTag, 'si') ?? '';
  const master = shared.get(index);
  if (own !== '' || master === undefined) {
    shared.set(index, { formula: own, ...position });
    return own;
  }
  return shiftFormula(master.formula, position.row - master.row, position.col - master.col);
}

/** The raw text of the first element opened by `open` in `inner`, undefined when there is none. */
function elementText(inner: string, open: string, close: string): string | undefined {
  const tag = findTag(inner, open, 0, inner.length);
  if (tag === undefined) return undefined;
  if (tag.selfClosing) return '';
  const end = inner.indexOf(close, tag.tagEnd);
  return inner.slice(tag.tagEnd, end < 0 ? inner.length : end);
}

function readMerges(text: string, from: number, p: string): CellRange[] {
  const merges: CellRange[] = [];
  for (let tag = findTag(text, `<${p}mergeCell`, from, text.length); tag !== undefined; tag = findTag(text, `<${p}mergeCell`, tag.tagEnd, text.length)) {
    const ref = attribute(text.slice(tag.start, tag.tagEnd), 'ref');
    if (ref !== undefined) merges.push(rangeFromA1(ref));
  }
  return merges;
}

/** Cells of a merged range after its first, which Excel keeps empty (some writers store a copy there). */
function emptyCovered(rows: GridCell[][], merge: CellRange): void {
  for (let r = merge.from.row; r <= merge.to.row; r += 1) {
    const row = rows[r];
    if (row === undefined) continue;
    for (let c = merge.from.col; c <= merge.to.col; c += 1) {
      if ((r !== merge.from.row || c !== merge.from.col) && row[c] !== undefined) row[c] = EMPTY_CELL;
    }
  }
}

function readHiddenColumns(text: string, limit: number, p: string): Set<number> {
  const hidden = new Set<number>();
  for (let tag = findTag(text, `<${p}col`, 0, limit); tag !== undefined; tag = findTag(text, `<${p}col`, tag.tagEnd, limit)) {
    const element = text.slice(tag.start, tag.tagEnd);
    if (!isTrue(attribute(element, 'hidden') ?? '0')) continue;
    const min = Number(attribute(element, 'min') ?? 0);
    const max = Math.min(Number(attribute(element, 'max') ?? min), 16384);
    for (let c = min; c <= max; c += 1) hidden.add(c - 1);
  }
  return hidden;
}

function isTrue(value: string): boolean {
  return value === '1' || value === 'true';
}
