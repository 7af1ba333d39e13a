import { readFileSync } from 'node:fs';
import { fromA1, toA1 } from '../../src/core/a1';
import { partText, relatedParts, sheetEntries, unzipParts, workbookPart } from './ooxml-package';
import { EXAMPLE_WORKBOOK, SOURCE_SHEET } from './paths';
import { attribute, childElements, descendants, escapeXml, firstChild, parseXml, textOf, XmlElement } from './xml-tree';

/** A plan as rows of cell values, the first row at A1; null leaves a cell out. */
export type PlanRows = readonly (readonly (string | number | null)[])[];

export const MAIN_NS = { transitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main' };

/** How a writer spells a sheet: with a namespace prefix (x:row), and with or without cell references. */
export interface SheetSpelling {
  readonly strict: boolean;
  readonly prefix?: string;
  /** Leave out the r of rows and cells where position says it, as some writers do. */
  readonly implicitReferences?: boolean;
  /** Add what a kept sheet has around its cells: a view, widths for every column, a merge, a conditional format, margins. */
  readonly decorated?: boolean;
}

/** The elements of a kept sheet before and after its cells, in the order the schema asks for. */
function decorations(p: string): { before: string; after: string } {
  return {
    before: `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews><${p}cols><${p}col min="1" max="3" width="30" customWidth="1"/><${p}col min="4" max="16384" width="12" customWidth="1"/></${p}cols>`,
    after:
      `<${p}mergeCells count="1"><${p}mergeCell ref="J60:K60"/></${p}mergeCells>` +
      `<${p}conditionalFormatting sqref="N1:Z40"><${p}cfRule type="cellIs" priority="1" operator="lessThan"><${p}formula>0</${p}formula></${p}cfRule></${p}conditionalFormatting>` +
      `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  };
}

/**
 * A worksheet part holding these rows with inline strings and the default style (0), so adding it to a
 * workbook needs no change to its shared strings or styles.
 */
export function planSheetXml(rows: PlanRows, spelling: SheetSpelling): string {
  const p = spelling.prefix === undefined ? '' : `${spelling.prefix}:`;
  const implicit = spelling.implicitReferences === true;
  let previousRow = -1;
  const body = rows
    .map((row, r) => {
      if (row.every((value) => value === null)) return '';
      let previousCol = -1;
      const cells = row
        .map((value, c) => {
          if (value === null) return '';
          const ref = implicit && c === previousCol + 1 ? '' : ` r="${toA1({ row: r, col: c })}"`;
          previousCol = c;
          return cellXml(p, ref, value);
        })
        .join('');
      const rowRef = implicit && r === previousRow + 1 ? '' : ` r="${r + 1}"`;
      previousRow = r;
      return `<${p}row${rowRef}>${cells}</${p}row>`;
    })
    .join('');
  const namespace = spelling.strict ? MAIN_NS.strict : MAIN_NS.transitional;
  const declaration = p === '' ? `xmlns="${namespace}"` : `xmlns:${spelling.prefix}="${namespace}"`;
  const { before, after } = spelling.decorated === true ? decorations(p) : { before: '', after: '' };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${declaration}>${before}<${p}sheetData>${body}</${p}sheetData>${after}</${p}worksheet>`;
}

function cellXml(p: string, ref: string, value: string | number): string {
  if (typeof value === 'number') return `<${p}c${ref}><${p}v>${value}</${p}v></${p}c>`;
  return `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

let hedensted: PlanRows | undefined;

/** The Hedensted plan sheet of examples/hedensted as values: run with its scheme it gives the golden Bilag 1. */
export function hedenstedPlanRows(): PlanRows {
  hedensted ??= readPlanRows(new Uint8Array(readFileSync(EXAMPLE_WORKBOOK)), SOURCE_SHEET);
  return hedensted;
}

/** The values of one sheet of a simple workbook: shared and inline strings, numbers, cached results. */
export function readPlanRows(bytes: Uint8Array, sheetName: string): PlanRows {
  const parts = unzipParts(bytes);
  const entry = sheetEntries(parts).find((s) => s.name === sheetName);
  if (entry === undefined) throw new Error(`No sheet named ${sheetName}`);
  const [stringsPart] = relatedParts(parts, workbookPart(parts), 'sharedStrings');
  const shared = stringsPart === undefined ? [] : childElements(parseXml(partText(parts, stringsPart)), 'si').map(stringItemText);
  const rows: (string | number | null)[][] = [];
  for (const { row, col, cell } of sheetCells(parseXml(partText(parts, entry.part)))) {
    const value = cellValue(cell, shared);
    if (value === null) continue;
    const cells = (rows[row] ??= []);
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }
  return Array.from(rows, (row) => row ?? []);
}

/** Every cell of a worksheet with its position, from its r or, where a writer left r out, from its place. */
export function sheetCells(worksheet: XmlElement): { row: number; col: number; cell: XmlElement }[] {
  const found: { row: number; col: number; cell: XmlElement }[] = [];
  let row = -1;
  for (const rowElement of descendants(worksheet, 'row')) {
    const r = attribute(rowElement, 'r');
    row = r === undefined ? row + 1 : Number(r) - 1;
    let col = -1;
    for (const cell of childElements(rowElement, 'c')) {
      const ref = attribute(cell, 'r');
      col = ref === undefined ? col + 1 : fromA1(ref).col;
      found.push({ row, col, cell });
    }
  }
  return found;
}

/** The text of a shared or inline string: its runs, without phonetic guides. */
function stringItemText(item: XmlElement): string {
  return childElements(item)
    .filter((c) => c.local === 't' || c.local === 'r')
    .map((c) => (c.local === 't' ? textOf(c) : textOf(firstChild(c, 't') ?? c)))
    .join('');
}

function cellValue(cell: XmlElement, shared: readonly string[]): string | number | null {
  const type = attribute(cell, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = firstChild(cell, 'is');
    return inline === undefined ? null : stringItemText(inline);
  }
  const v = firstChild(cell, 'v');
  if (v === undefined) return null;
  const raw = textOf(v);
  if (type === 's') return shared[Number(raw)] ?? null;
  if (type === 'str') return raw;
  return type === 'n' ? Number(raw) : null;
}
