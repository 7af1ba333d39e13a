import { CONTENT_TYPES, contentTypeOf, Parts, partText, relationshipsOf, sheetEntries, storedName, workbookPart } from './ooxml-package';
import { attribute, childElements, parseXml } from './xml-tree';

/**
 * What would make Excel offer to repair a package, or is left behind: a relationship to a part that is
 * not there, an Override for a missing part, a part without a content type, a part nothing leads to (such
 * as a replaced sheet's old part), two relationships with one id, two sheets with one name or one sheetId.
 * Returned as sentences, so a test can compare input and output.
 */
export function integrityProblems(parts: Parts): string[] {
  const problems: string[] = [];
  for (const name of parts.keys()) {
    if (name !== CONTENT_TYPES && contentTypeOf(parts, name) === undefined) problems.push(`${name} has no content type`);
  }
  const sources = ['', ...[...parts.keys()].filter((name) => !name.endsWith('.rels'))];
  for (const source of sources) {
    const rels = relationshipsOf(parts, source);
    const ids = rels.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push(`${source || 'the package'} has two relationships with one id`);
    for (const r of rels.filter((rel) => !rel.external && storedName(parts, rel.part) === undefined)) {
      problems.push(`${source || 'the package'} points at ${r.part}, which is not there`);
    }
  }
  const reached = new Set<string>();
  const visit = (source: string): void => {
    for (const r of relationshipsOf(parts, source)) {
      const part = r.external ? undefined : storedName(parts, r.part);
      if (part !== undefined && !reached.has(part)) {
        reached.add(part);
        visit(part);
      }
    }
  };
  visit('');
  for (const name of parts.keys()) {
    if (name !== CONTENT_TYPES && !name.endsWith('.rels') && !reached.has(name)) problems.push(`nothing leads to ${name}`);
  }
  for (const override of childElements(parseXml(partText(parts, CONTENT_TYPES)), 'Override')) {
    const part = (attribute(override, 'PartName') ?? '').replace(/^\//, '');
    if (storedName(parts, part) === undefined) problems.push(`[Content_Types].xml names ${part}, which is not there`);
  }
  const sheets = sheetEntries(parts);
  if (new Set(sheets.map((s) => s.name.toLowerCase())).size !== sheets.length) problems.push('two sheets have one name');
  const sheetsElement = childElements(parseXml(partText(parts, workbookPart(parts))), 'sheets')[0];
  const ids = sheetsElement === undefined ? [] : childElements(sheetsElement, 'sheet').map((s) => attribute(s, 'sheetId'));
  if (new Set(ids).size !== ids.length) problems.push('two sheets have one sheetId');
  return problems;
}
