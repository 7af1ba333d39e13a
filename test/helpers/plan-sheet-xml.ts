import { readFileSync } from 'node:fs';
import { fromA1, toA1 } from '../../src/core/a1';
import { partText, relatedParts, sheetEntries, unzipParts, workbookPart } from './ooxml-package';
import { EXAMPLE_WORKBOOK, SOURCE_SHEET } from './paths';
import { attribute, childElements, descendants, escapeXml, firstChild, parseXml, textOf, XmlElement } from './xml-tree';

/** A plan as rows of cell values, the first row at A1; null leaves a cell out. */
export type PlanRows = readonly (readonly (string | number | null)[])[];

export const MAIN_NS = { transitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main' };

/**
 * A worksheet part holding these rows with inline strings and the default style (0), so adding it to a
 * workbook needs no change to its shared strings or styles.
 */
export function planSheetXml(rows: PlanRows, strict: boolean): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((value, c) => (value === null ? '' : cellXml(toA1({ row: r, col: c }), value))).join('');
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${strict ? MAIN_NS.strict : MAIN_NS.transitional}"><sheetData>${body}</sheetData></worksheet>`;
}

function cellXml(ref: string, value: string | number): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
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
  for (const cell of descendants(parseXml(partText(parts, entry.part)), 'c')) {
    const { row, col } = fromA1(attribute(cell, 'r') ?? '');
    const value = cellValue(cell, shared);
    if (value === null) continue;
    const cells = (rows[row] ??= []);
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }
  return Array.from(rows, (row) => row ?? []);
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
