import { CellRange, fromA1, rangeContains } from '../../src/core/a1';
import { Parts, partText, sheetEntries } from './ooxml-package';
import { attribute, canonical, childElements, descendants, parseXml } from './xml-tree';

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
  const cellsAfter = new Map(descendants(after, 'c').map((c) => [attribute(c, 'r') ?? '', canonical(c)]));
  for (const cell of descendants(before, 'c')) {
    const ref = attribute(cell, 'r') ?? '';
    if (owned !== undefined && ref !== '' && rangeContains(owned, fromA1(ref))) continue;
    if (cellsAfter.get(ref) !== canonical(cell)) changes.push(`plan sheet: cell ${ref} is not as it was`);
  }
  return changes;
}
