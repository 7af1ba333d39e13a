import { CONTENT_TYPES, contentTypeOf, Parts, partText, relatedParts, relationKind, relationshipsOf, storedName, workbookPart } from './ooxml-package';
import { canonical, childElements, firstChild, parseXml, XmlElement } from './xml-tree';

/**
 * What the owned parts must keep of the input, though their bytes may change: each kept part's content
 * type (a macro-enabled workbook stays one), the workbook's sheets, defined names and every part it
 * refers to (pivot caches, VBA project, external links …), and shared strings and cell formats, which the
 * foreign sheets point into by number, so they may only be appended to.
 */
export function meaningChanges(input: Parts, output: Parts, ownSheetNames: readonly string[]): string[] {
  return [...contentTypeChanges(input, output), ...workbookChanges(input, output, ownSheetNames), ...appendOnlyChanges(input, output)];
}

function contentTypeChanges(input: Parts, output: Parts): string[] {
  const changes: string[] = [];
  for (const name of input.keys()) {
    const kept = storedName(output, name);
    if (name === CONTENT_TYPES || kept === undefined) continue;
    const before = contentTypeOf(input, name);
    const after = contentTypeOf(output, kept);
    if (before !== after) changes.push(`${name}: content type ${before ?? 'none'} became ${after ?? 'none'}`);
  }
  return changes;
}

/** Each element of the workbook part that refers to a part (sheet, pivotCache, …), with the part it reaches. */
function references(parts: Parts): string[] {
  const workbook = workbookPart(parts);
  const targets = new Map(relationshipsOf(parts, workbook).map((r) => [r.id, r.external ? r.target : (storedName(parts, r.part) ?? r.part)]));
  const found: string[] = [];
  const visit = (element: XmlElement): void => {
    const id = Object.keys(element.attributes).find((k) => /^[\w.-]+:id$/.test(k) && !k.startsWith('xmlns'));
    if (id !== undefined) {
      // The id is the file's own business; state="visible" is what no state means.
      const { [id]: _, ...rest }: Record<string, string> = element.attributes;
      if (rest.state === 'visible') delete rest.state;
      found.push(`${canonical({ ...element, attributes: rest, children: [] })} → ${targets.get(element.attributes[id] ?? '') ?? 'nothing'}`);
    }
    childElements(element).forEach(visit);
  };
  visit(parseXml(partText(parts, workbook)));
  return found;
}

function workbookChanges(input: Parts, output: Parts, ownSheetNames: readonly string[]): string[] {
  const own = (reference: string): boolean => ownSheetNames.some((name) => reference.includes(` name="${name}"`));
  const before = references(input).filter((r) => !own(r));
  const after = references(output);
  const changes = before.filter((r) => !after.includes(r)).map((r) => `workbook: lost or changed ${r}`);
  const order = after.filter((r) => before.includes(r));
  if (changes.length === 0 && order.join('\n') !== before.join('\n')) changes.push('workbook: the sheets (or other references) are in another order');
  const partsReached = (parts: Parts): string[] =>
    relationshipsOf(parts, workbookPart(parts))
      .filter((r) => !['worksheet', 'calcChain', 'sharedStrings', 'styles'].includes(relationKind(r.type)))
      .map((r) => `${relationKind(r.type)} → ${r.external ? r.target : (storedName(parts, r.part) ?? r.part)}`);
  const reachedAfter = partsReached(output);
  changes.push(...partsReached(input).filter((r) => !reachedAfter.includes(r)).map((r) => `workbook rels: lost ${r}`));
  const names = (parts: Parts): string[] => {
    const definedNames = firstChild(parseXml(partText(parts, workbookPart(parts))), 'definedNames');
    return definedNames === undefined ? [] : childElements(definedNames, 'definedName').map(canonical);
  };
  const namesAfter = names(output);
  changes.push(...names(input).filter((n) => !namesAfter.includes(n)).map((n) => `workbook: lost defined name ${n}`));
  return changes;
}

const STYLE_LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

/** The numbered lists of the shared strings part (its items) or the styles part (fonts, cellXfs, …). */
function numberedLists(parts: Parts, kind: 'sharedStrings' | 'styles'): Map<string, string[]> {
  const [part] = relatedParts(parts, workbookPart(parts), kind);
  const lists = new Map<string, string[]>();
  if (part === undefined || storedName(parts, part) === undefined) return lists;
  const root = parseXml(partText(parts, part));
  if (kind === 'sharedStrings') return lists.set('si', childElements(root, 'si').map(canonical));
  for (const name of STYLE_LISTS) {
    const list = firstChild(root, name);
    if (list !== undefined) lists.set(name, childElements(list).map(canonical));
  }
  return lists;
}

function appendOnlyChanges(input: Parts, output: Parts): string[] {
  const changes: string[] = [];
  for (const kind of ['sharedStrings', 'styles'] as const) {
    const after = numberedLists(output, kind);
    for (const [name, items] of numberedLists(input, kind)) {
      const kept = after.get(name) ?? [];
      // Number formats are found by id, not place; every other list by place.
      const moved = name === 'numFmts' ? items.findIndex((f) => !kept.includes(f)) : items.findIndex((item, i) => kept[i] !== item);
      if (moved >= 0) changes.push(`${kind} ${name}: item ${moved} is not as it was (${items.length} before, ${kept.length} after)`);
    }
  }
  return changes;
}
