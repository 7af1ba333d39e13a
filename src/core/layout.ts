import { CellPosition, CellRange } from './a1';
import { widestRow } from './grid';
import { Decimal } from './decimal';
import { decimalsShownBy, formatDanish, storedNumberText } from './money';

export type LayoutValue =
  | { readonly kind: 'blank' }
  /** Always written as text, even when it starts with "=", "+", "-" or "@". */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: Decimal }
  | FormulaValue;

/**
 * A formula over the workbook's cells, in English with A1 references and no leading "=" (Office.js's
 * range.formulas and the file format both take English; Danish Excel shows it in Danish), kept as the
 * pieces of its column's template: the cell's row number goes between them (FormulaCell). A column of
 * results shares one, so neither the text nor an object of its own is made for each of a plan's tens of
 * thousands of formulas. A formula of its own (a total) is one piece. Only the core's builders make
 * formulas; a user's text is never one.
 */
export interface FormulaValue {
  readonly kind: 'formula';
  readonly pieces: readonly string[];
}

/** A formula's pieces, for the cells of one column of results: made once per column. */
export function formulaTemplate(pieces: readonly string[]): FormulaValue {
  return { kind: 'formula', pieces };
}

export type BorderStyle = 'thin' | 'medium' | 'double';

/** How a cell looks, apart from its content. */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** US-style code ("#,##0.0"); Excel shows it with the user's separators. */
  readonly numberFormat?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  readonly borderTop?: BorderStyle;
  readonly borderBottom?: BorderStyle;
}

/** A cell's look apart from its number format: what a column of cells in the same look shares. */
export type CellStyle = Omit<CellLook, 'numberFormat'>;

/** A cell holding a blank, a text or a number. */
export interface ValueLayoutCell extends CellLook {
  readonly value: Exclude<LayoutValue, FormulaValue>;
}

/**
 * A cell holding a formula: its column's template, the row's number as the formula refers to it ("12"; ""
 * for a formula of one piece), and the core's exact result, written beside the formula so every reader sees
 * true figures before recalculating: a number, or a text ("" where the formula shows nothing). One object per
 * cell: a plan's columns of results are most of what a run makes.
 */
export interface FormulaCell extends CellLook {
  readonly value: FormulaValue;
  readonly row: string;
  readonly cached: Decimal | string;
}

export type LayoutCell = ValueLayoutCell | FormulaCell;

export function isFormulaCell(cell: LayoutCell): cell is FormulaCell {
  return cell.value.kind === 'formula';
}

/** A formula cell's text, without the leading "=". */
export function formulaText(cell: FormulaCell): string {
  const { pieces } = cell.value;
  return pieces.length === 1 ? (pieces[0] as string) : pieces.join(cell.row);
}

/** A formula of its own, not a column's template, with the core's result cached and the cell's look. */
export function formulaOf(formula: string, cached: Decimal | string, look: CellLook = {}): FormulaCell {
  return { value: formulaTemplate([formula]), row: '', cached, ...look };
}

/** A whole sheet the program owns, such as Bilag 1. */
export interface SheetLayout {
  readonly sheetName: string;
  readonly rows: readonly (readonly LayoutCell[])[];
  readonly merges: readonly CellRange[];
  /** In Excel's character units. */
  readonly columnWidths: readonly number[];
  readonly frozenRows?: number;
  /** Printed in the page header; not a cell, so the table starts in A1. */
  readonly printTitle?: string;
  readonly hidden?: boolean;
}

/** A block of cells on a sheet the user owns, such as the effect and gap columns. */
export interface RangePatch {
  readonly sheetName: string;
  readonly origin: CellPosition;
  readonly rows: readonly (readonly LayoutCell[])[];
  readonly columnWidths: readonly number[];
}

export const BLANK: ValueLayoutCell = { value: { kind: 'blank' } };

/** The look of a cell apart from its number format, as a short key: "" when it has none. Cells with equal keys look alike. */
export function styleKey(cell: LayoutCell): string {
  // Concatenated, not joined from a list: it runs for every written cell, and most have no look at all.
  return (
    (cell.bold ? 'b' : '') +
    (cell.italic ? 'i' : '') +
    (cell.align ?? '') +
    (cell.wrap ? 'w' : '') +
    (cell.borderTop === undefined ? '' : `t${cell.borderTop}`) +
    (cell.borderBottom === undefined ? '' : `u${cell.borderBottom}`)
  );
}

export function text(value: string, style: CellLook = {}): LayoutCell {
  return { value: { kind: 'text', text: value }, ...style };
}

/** Text that wraps in its cell, as the names of Bilag 1: a literal, as there is one for every row. */
export function wrappedText(value: string): LayoutCell {
  return { value: { kind: 'text', text: value }, wrap: true };
}

/** No style at all; amount() shares one blank cell for it, as a plan's columns are mostly blanks. */
export const PLAIN: CellStyle = {};
/** How dropped (udgået) initiatives look, in Bilag 1 and in the effect columns. */
export const DROPPED: CellStyle = { italic: true };
/** A blank in the dropped look, shared as BLANK is. */
const DROPPED_BLANK: ValueLayoutCell = { value: BLANK.value, italic: true };

export function amount(value: Decimal | null, numberFormat: string, style: CellStyle = PLAIN): LayoutCell {
  // Plain cells are most of a plan's columns; a literal is several times quicker to make than a spread.
  if (style === PLAIN) return value === null ? BLANK : { value: { kind: 'number', value }, numberFormat };
  if (style === DROPPED) return value === null ? DROPPED_BLANK : { value: { kind: 'number', value }, numberFormat, italic: true };
  if (value === null) return { value: BLANK.value, ...style };
  return { value: { kind: 'number', value }, numberFormat, ...style };
}

export function patchRange(patch: RangePatch): CellRange {
  const width = Math.max(1, widestRow(patch.rows));
  return {
    from: patch.origin,
    to: { row: patch.origin.row + Math.max(patch.rows.length, 1) - 1, col: patch.origin.col + width - 1 },
  };
}

/** Whether a cell shows a figure (a number, or a formula whose result is one): figures align right. */
export function isFigure(cell: LayoutCell): boolean {
  return cell.value.kind === 'number' || (isFormulaCell(cell) && typeof cell.cached !== 'string');
}

/** A cell as Excel would show it with Danish separators: the text a user sees. */
export function displayText(cell: LayoutCell): string {
  if (isFormulaCell(cell)) return typeof cell.cached === 'string' ? cell.cached : numberShown(cell.cached, cell.numberFormat);
  switch (cell.value.kind) {
    case 'blank':
      return '';
    case 'text':
      return cell.value.text;
    case 'number':
      return numberShown(cell.value.value, cell.numberFormat);
  }
}

function numberShown(value: Decimal, numberFormat: string | undefined): string {
  const decimals = decimalsShownBy(numberFormat);
  if (decimals === undefined) return value.toString().replace('.', ',');
  const grouped = (numberFormat ?? '').includes(',');
  return grouped ? formatDanish(value, decimals) : formatDanish(value, decimals, { decimal: ',', group: '' });
}

/** Tab-separated text of a layout as shown, for the terminal and for comparisons. */
export function layoutAsText(rows: readonly (readonly LayoutCell[])[]): string {
  return rows.map((row) => row.map(displayText).join('\t')).join('\n');
}

/** A cell's content as the spreadsheet stores it: numbers as doubles, blanks as ""; a formula's cached result. */
export function storedValue(cell: LayoutCell): string | number {
  if (isFormulaCell(cell)) return typeof cell.cached === 'string' ? cell.cached : cell.cached.toNumber();
  switch (cell.value.kind) {
    case 'blank':
      return '';
    case 'text':
      return cell.value.text;
    case 'number':
      return cell.value.value.toNumber();
  }
}

/**
 * A cell's content as text for fingerprints: a formula as "=" and its text (its result changes with
 * every edit of its inputs, the formula only when someone types over it), a number as stored.
 */
export function storedText(cell: LayoutCell): string {
  if (isFormulaCell(cell)) return `=${formulaText(cell)}`;
  return cell.value.kind === 'number' ? storedNumberText(cell.value.value) : String(storedValue(cell));
}

/** Each column of a patch as the texts the spreadsheet will store, top to bottom: what a column's fingerprint is made from. */
export function patchColumnTexts(patch: RangePatch): string[][] {
  const width = widestRow(patch.rows);
  return Array.from({ length: width }, (_, c) => patch.rows.map((row) => storedText(row[c] ?? BLANK)));
}
