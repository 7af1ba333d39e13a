import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { attribute, childElements, parseXml } from './xml-tree';

/** The parts of a package by name as stored in the zip (no leading slash), decompressed, in the zip's order. */
export type Parts = Map<string, Uint8Array>;

export const CONTENT_TYPES = '[Content_Types].xml';

export function unzipParts(bytes: Uint8Array): Parts {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

export function zipParts(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** The stored name of a part; part names are case-insensitive in a package (OPC), zip names are not. */
export function storedName(parts: Parts, name: string): string | undefined {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  return [...parts.keys()].find((k) => k.toLowerCase() === lower);
}

export function partText(parts: Parts, name: string): string {
  const stored = storedName(parts, name);
  const bytes = stored === undefined ? undefined : parts.get(stored);
  if (bytes === undefined) throw new Error(`No part ${name}`);
  return strFromU8(bytes);
}

export function setPartText(parts: Parts, name: string, text: string): void {
  parts.set(storedName(parts, name) ?? name, strToU8(text));
}

/** Where the relationships of a part are kept: dir/_rels/name.rels; the package's own are _rels/.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: absolute (/xl/…) from the root, else relative to the source's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeURIComponent(target);
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The part it points at, for internal relationships. */
  readonly part: string;
}

/** The relationships of a part ('' for the package), or none when it has no rels part. */
export function relationshipsOf(parts: Parts, sourcePart: string): Relationship[] {
  const rels = sourcePart === '' ? '_rels/.rels' : relsPartOf(sourcePart);
  if (storedName(parts, rels) === undefined) return [];
  return childElements(parseXml(partText(parts, rels)), 'Relationship').map((r) => {
    const target = attribute(r, 'Target') ?? '';
    const external = attribute(r, 'TargetMode') === 'External';
    return { id: attribute(r, 'Id') ?? '', type: attribute(r, 'Type') ?? '', target, external, part: external ? '' : resolveTarget(sourcePart, target) };
  });
}

/** The last word of a relationship type, the same in transitional and strict files: worksheet, styles, … */
export const relationKind = (type: string): string => type.slice(type.lastIndexOf('/') + 1);

export function relatedParts(parts: Parts, sourcePart: string, kind: string): string[] {
  return relationshipsOf(parts, sourcePart)
    .filter((r) => !r.external && relationKind(r.type) === kind)
    .map((r) => storedName(parts, r.part) ?? r.part);
}

/** The workbook part, wherever the package puts it (xl/workbook.xml, wtf/workbook.xml, …). */
export function workbookPart(parts: Parts): string {
  const [found] = relatedParts(parts, '', 'officeDocument');
  if (found === undefined) throw new Error('The package names no workbook part');
  return found;
}

/** The content type a part has: its Override, else the Default for its extension. */
export function contentTypeOf(parts: Parts, part: string): string | undefined {
  const types = childElements(parseXml(partText(parts, CONTENT_TYPES)));
  const override = types.find((t) => t.local === 'Override' && (attribute(t, 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  if (override !== undefined) return attribute(override, 'ContentType');
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const fallback = types.find((t) => t.local === 'Default' && (attribute(t, 'Extension') ?? '').toLowerCase() === extension);
  return fallback === undefined ? undefined : attribute(fallback, 'ContentType');
}

export interface SheetEntry {
  readonly name: string;
  readonly state: string;
  readonly part: string;
}

/** The workbook's sheets in order, with the part each one is kept in. */
export function sheetEntries(parts: Parts): SheetEntry[] {
  const workbook = workbookPart(parts);
  const rels = new Map(relationshipsOf(parts, workbook).map((r) => [r.id, storedName(parts, r.part) ?? r.part]));
  const root = parseXml(partText(parts, workbook));
  const sheets = childElements(root, 'sheets')[0];
  return (sheets === undefined ? [] : childElements(sheets, 'sheet')).map((s) => ({
    name: attribute(s, 'name') ?? '',
    state: attribute(s, 'state') ?? 'visible',
    part: rels.get(attribute(s, 'id') ?? '') ?? '',
  }));
}
