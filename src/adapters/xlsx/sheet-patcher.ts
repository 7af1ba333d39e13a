import { CellRange, rangeFromA1, rangeToA1, rangeUnion, toA1 } from '../../core/a1';
import { cellReference, findElement, findTag, scanSheet, SheetXml, TagAttributes } from './sheet-scanner';
import { attribute, withAttribute, withoutAttribute } from './xml-text';

/** What a patch does to a worksheet part: which cells go, which come, which columns get a width. */
export interface SheetPatch {
  /** The rows it touches, zero-based, both ends included. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Whether the cell at this place goes (it is emptied, or replaced by a cell of cells()). */
  drops(row: number, col: number): boolean;
  /** The new cells of a row in column order, as XML; `styleAt` gives the style index a cell there has now (0 for none). */
  cells(row: number, styleAt: (col: number) => number): readonly { readonly col: number; readonly xml: string }[];
  /** Widths by zero-based column, in Excel's character units. */
  readonly widths: readonly (readonly [number, number])[];
  /** No cell left of this column (zero-based) is dropped or added: those cells are copied without a look. */
  readonly firstCol: number;
  /** What the new cells cover, so the sheet's dimension includes it. */
  readonly covers: CellRange | undefined;
}

interface ExistingCell {
  readonly col: number;
  readonly start: number;
  readonly end: number;
  /** Whether the cell's start tag lacks its r attribute (it then follows the cell before it). */
  readonly implicit: boolean;
  readonly style: number;
}

/**
 * The worksheet part with the patch applied. Rows the patch does not touch are copied as they are;
 * in a touched row, only the cells the patch drops or adds change. Everything outside sheetData is kept,
 * apart from the dimension and the widths of the patch's columns.
 */
export function patchSheet(text: string, patch: SheetPatch): string {
  const sheet = scanSheet(text);
  const p = sheet.prefix;
  const { sheetData } = sheet;
  const out: string[] = [patchHead(sheet, patch)];
  out.push(sheetData.openEnd === sheetData.end && sheetData.start !== sheetData.end ? text.slice(sheetData.start, sheetData.openEnd).replace(/\s*\/>$/, '>') : text.slice(sheetData.start, sheetData.openEnd));
  if (sheetData.start === sheetData.end) out.push(`<${p}sheetData>`);
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  let from = sheetData.openEnd;
  let rowIndex = -1;
  let nextNew = patch.firstRow;
  const attributes = new TagAttributes();
  const addNewRowsBefore = (limit: number): void => {
    for (; nextNew < limit && nextNew <= patch.lastRow; nextNew += 1) {
      const cells = patch.cells(nextNew, () => 0);
      if (cells.length > 0) out.push(`<${p}row r="${nextNew + 1}">${cells.map((c) => c.xml).join('')}</${p}row>`);
    }
  };
  for (;;) {
    const row = findElement(text, rowOpen, rowClose, from, sheetData.closeStart);
    if (row === undefined) break;
    out.push(text.slice(from, row.start));
    from = row.end;
    const r = attributes.read(text, row.start, row.tagEnd);
    const explicit = r.r0 >= 0;
    rowIndex = explicit ? Number(text.slice(r.r0, r.r1)) - 1 : rowIndex + 1;
    addNewRowsBefore(rowIndex);
    const tag = text.slice(row.start, row.tagEnd);
    if (rowIndex < patch.firstRow || rowIndex > patch.lastRow) {
      out.push(explicit ? text.slice(row.start, row.end) : withAttribute(tag, 'r', String(rowIndex + 1)) + text.slice(row.tagEnd, row.end));
      continue;
    }
    nextNew = rowIndex + 1;
    out.push(patchRow(text, row, tag, rowIndex, patch, p, attributes));
  }
  addNewRowsBefore(patch.lastRow + 1);
  out.push(text.slice(from, sheetData.closeStart));
  if (sheetData.openEnd === sheetData.end) out.push(`</${p}sheetData>`);
  out.push(text.slice(sheetData.closeStart));
  return out.join('');
}

function patchRow(text: string, row: { start: number; tagEnd: number; end: number }, tag: string, rowIndex: number, patch: SheetPatch, p: string, attributes: TagAttributes): string {
  const cellClose = `</${p}c>`;
  const split = untouchedCellsEnd(text, row, patch.firstCol, p, attributes);
  const existing: ExistingCell[] = [];
  let col = -1;
  let at = split;
  for (;;) {
    const cell = findElement(text, `<${p}c`, cellClose, at, row.end);
    if (cell === undefined) break;
    at = cell.end;
    attributes.read(text, cell.start, cell.tagEnd);
    const position = attributes.r0 < 0 ? undefined : cellReference(text, attributes.r0, attributes.r1);
    col = position === undefined ? col + 1 : position.col;
    const style = attributes.s0 < 0 ? 0 : Number(text.slice(attributes.s0, attributes.s1));
    existing.push({ col, start: cell.start, end: cell.end, implicit: position === undefined, style });
  }
  const styleAt = (c: number): number => existing.find((e) => e.col === c)?.style ?? 0;
  const added = patch.cells(rowIndex, styleAt);
  const kept = existing.filter((e) => !patch.drops(rowIndex, e.col));
  const cells: string[] = [text.slice(row.tagEnd, split)];
  let next = 0;
  for (const cell of kept) {
    for (; next < added.length && (added[next]?.col ?? 0) < cell.col; next += 1) cells.push(added[next]?.xml ?? '');
    const xml = text.slice(cell.start, cell.end);
    cells.push(cell.implicit ? withAttribute(xml.slice(0, xml.indexOf('>') + 1), 'r', toA1({ row: rowIndex, col: cell.col })) + xml.slice(xml.indexOf('>') + 1) : xml);
  }
  for (; next < added.length; next += 1) cells.push(added[next]?.xml ?? '');
  // The row keeps its attributes (height, hidden, style) but not spans, a hint the new cells may not fit.
  const open = withAttribute(withoutAttribute(tag, 'spans'), 'r', String(rowIndex + 1)).replace(/\s*\/>$/, '>');
  const lastCellEnd = existing.length === 0 ? split : (existing[existing.length - 1]?.end ?? split);
  const tail = row.end === row.tagEnd ? '' : text.slice(lastCellEnd, row.end - `</${p}row>`.length);
  return `${open}${cells.join('')}${tail}</${p}row>`;
}

/**
 * Where the cells a patch leaves alone end in a row: cells sit in column order, so those left of the
 * patch's first column are found from the row's end and copied as one piece. A row whose cells lack
 * their r attribute is read whole (the row's start is returned).
 */
function untouchedCellsEnd(text: string, row: { start: number; tagEnd: number; end: number }, firstCol: number, p: string, attributes: TagAttributes): number {
  const open = `<${p}c`;
  let before = row.end;
  for (;;) {
    const at = text.lastIndexOf(open, before - 1);
    if (at < row.tagEnd) return row.tagEnd;
    before = at;
    const next = text.charCodeAt(at + open.length);
    if (!(next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)) continue;
    const tagEnd = text.indexOf('>', at) + 1;
    attributes.read(text, at, tagEnd);
    const position = attributes.r0 < 0 ? undefined : cellReference(text, attributes.r0, attributes.r1);
    if (position === undefined) return row.tagEnd;
    if (position.col < firstCol) return findElement(text, open, `</${p}c>`, at, row.end)?.end ?? row.tagEnd;
  }
}

/** The part before sheetData with the dimension grown to cover the patch and the patch's column widths set. */
function patchHead(sheet: SheetXml, patch: SheetPatch): string {
  const { text, prefix: p } = sheet;
  let head = text.slice(0, sheet.sheetData.start);
  const dimension = findTag(head, `<${p}dimension`, 0, head.length);
  if (dimension !== undefined && patch.covers !== undefined) {
    const tag = head.slice(dimension.start, dimension.tagEnd);
    const ref = attribute(tag, 'ref');
    const grown = ref === undefined || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(ref) ? patch.covers : rangeUnion(rangeFromA1(ref), patch.covers);
    head = head.slice(0, dimension.start) + withAttribute(tag, 'ref', rangeToA1(grown)) + head.slice(dimension.tagEnd);
  }
  if (patch.widths.length === 0) return head;
  const cols = findElement(head, `<${p}cols`, `</${p}cols>`, 0, head.length);
  const columns = cols === undefined ? [] : columnElements(head.slice(cols.tagEnd, cols.end - `</${p}cols>`.length), p);
  const widened = withWidths(columns, patch.widths, p);
  const xml = `<${p}cols>${widened.map((c) => c.tag).join('')}</${p}cols>`;
  return cols === undefined ? head + xml : head.slice(0, cols.start) + xml + head.slice(cols.end);
}

interface ColumnElement {
  readonly min: number;
  readonly max: number;
  readonly tag: string;
}

function columnElements(inner: string, p: string): ColumnElement[] {
  const columns: ColumnElement[] = [];
  for (let tag = findTag(inner, `<${p}col`, 0, inner.length); tag !== undefined; tag = findTag(inner, `<${p}col`, tag.tagEnd, inner.length)) {
    const element = inner.slice(tag.start, tag.tagEnd);
    const min = Number(attribute(element, 'min') ?? 1);
    columns.push({ min, max: Number(attribute(element, 'max') ?? min), tag: element });
  }
  return columns;
}

/** Column elements with each given column split out (its other attributes kept) and its width set. */
function withWidths(columns: readonly ColumnElement[], widths: readonly (readonly [number, number])[], p: string): ColumnElement[] {
  let result = [...columns];
  for (const [col, width] of widths) {
    const n = col + 1;
    const at = result.findIndex((c) => c.min <= n && n <= c.max);
    const set = (tag: string): string => withAttribute(withAttribute(tag, 'width', String(width)), 'customWidth', '1');
    if (at < 0) {
      result.push({ min: n, max: n, tag: set(`<${p}col min="${n}" max="${n}"/>`) });
      continue;
    }
    const old = result[at] as ColumnElement;
    const piece = (min: number, max: number, tag: string): ColumnElement => ({ min, max, tag: withAttribute(withAttribute(tag, 'min', String(min)), 'max', String(max)) });
    const pieces = [
      ...(old.min < n ? [piece(old.min, n - 1, old.tag)] : []),
      piece(n, n, set(old.tag)),
      ...(n < old.max ? [piece(n + 1, old.max, old.tag)] : []),
    ];
    result = [...result.slice(0, at), ...pieces, ...result.slice(at + 1)];
  }
  return result.sort((a, b) => a.min - b.min);
}
