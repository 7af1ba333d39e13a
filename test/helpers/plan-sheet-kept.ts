import { CellRange, rangeContains, toA1 } from '../../src/core/a1';
import { Parts, partText, sheetEntries } from './ooxml-package';
import { sheetCells } from './plan-sheet-xml';
import { attribute, canonical, childElements, parseXml, XmlElement } from './xml-tree';

/** Parts of the plan sheet a run may rewrite: the cells (checked one by one below), the used range and column widths. */
const REWRITTEN = new Set(['sheetData', 'dimension', 'cols']);

/**
 * What the run changed on the user's plan sheet beyond its own range: every cell the input had (value,
 * formula, style) and every other element of the sheet (notes' drawing, merges, conditional formats,
 * page setup …) must be in the output as it was, in the same order.
 */
export function planSheetChanges(input: Parts, output: Parts, planPart: string, sheetName: string, owned: CellRange | undefined): string[] {
  const outputPart = sheetEntries(output).find((s) => s.name === sheetName)?.part;
  if (outputPart === undefined) return [`the output has no sheet ${sheetName}`];
  const before = parseXml(partText(input, planPart));
  const after = parseXml(partText(output, outputPart));
  const changes: string[] = [];
  const others = (root: typeof before): string[] => childElements(root).filter((e) => !REWRITTEN.has(e.local)).map(canonical);
  const kept = others(after);
  let from = 0;
  for (const element of others(before)) {
    const at = kept.indexOf(element, from);
    if (at < 0) changes.push(`plan sheet: lost or moved ${element.slice(0, 120)}`);
    else from = at + 1;
  }
  // Compared without r, which a writer may add or leave out where the place says it.
  const withoutReference = (cell: XmlElement): string => canonical({ ...cell, attributes: Object.fromEntries(Object.entries(cell.attributes).filter(([k]) => k !== 'r')) });
  const cellsAfter = new Map(sheetCells(after).map(({ row, col, cell }) => [toA1({ row, col }), withoutReference(cell)]));
  for (const { row, col, cell } of sheetCells(before)) {
    if (owned !== undefined && rangeContains(owned, { row, col })) continue;
    const ref = toA1({ row, col });
    if (cellsAfter.get(ref) !== withoutReference(cell)) changes.push(`plan sheet: cell ${ref} is not as it was`);
  }
  changes.push(...columnProblems(after));
  return changes;
}

/** Column widths Excel accepts: each range within 1..16384, in order and not overlapping. */
function columnProblems(worksheet: XmlElement): string[] {
  const cols = childElements(worksheet, 'cols').flatMap((c) => childElements(c, 'col'));
  let last = 0;
  for (const col of cols) {
    const min = Number(attribute(col, 'min'));
    const max = Number(attribute(col, 'max'));
    if (!(min > last && max >= min && max <= 16384)) return [`plan sheet: column widths overlap or are out of order at ${min}-${max}`];
    last = max;
  }
  return [];
}
