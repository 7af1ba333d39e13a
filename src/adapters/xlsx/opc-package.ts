import { entryBytes, entryBytesNatively, readZip, writeZip, ZipEntry, ZipItem } from './zip';
import { xmlElements } from './xml-elements';

/** A relationship from one part to another, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The resolved part name; undefined for an external target (a web address). */
  readonly part: string | undefined;
}

/** Reads parts by name: the package as read, or an edit under way. */
export interface PartReader {
  text(part: string): string | undefined;
  has(part: string): boolean;
}

/** The relationships of a part (of the package itself for ""), targets resolved to part names. */
export function readRelationships(parts: PartReader, source: string): Relationship[] {
  const xml = parts.text(relationshipsPart(source));
  if (xml === undefined) return [];
  return xmlElements(xml)
    .filter((e) => e.local === 'Relationship')
    .map((e) => {
      const target = e.attributes.Target ?? '';
      return { id: e.attributes.Id ?? '', type: e.attributes.Type ?? '', part: e.attributes.TargetMode === 'External' ? undefined : resolvePart(source, target) };
    });
}

/** What a part holds after an edit: new text, or nothing (the part is removed). */
type PartChange = { readonly name: string; readonly text: string } | null;

/**
 * An Office Open XML package: the zip's entries as read, and the parts a write changed on top of
 * them. Changes go to a copy (edit()), which replaces this one only when a whole write has been made,
 * so a write that fails halfway leaves the package as it was. Part names compare without case, as OPC says.
 */
export class OpcPackage implements PartReader {
  private constructor(
    private readonly entries: readonly ZipEntry[],
    private readonly byName: ReadonlyMap<string, ZipEntry>,
    private readonly changes: ReadonlyMap<string, PartChange>,
    /** The text of each part as read, kept: a run reads the plan sheet and then patches it. Shared by every edit of the package. */
    private readonly decoded: Map<string, string>,
  ) {}

  static open(bytes: Uint8Array): OpcPackage {
    const entries = readZip(bytes);
    return new OpcPackage(entries, new Map(entries.map((e) => [e.name.toLowerCase(), e])), new Map(), new Map());
  }

  /** Decompresses parts ahead of reading them, with the platform's own inflate where there is one (several times as fast). */
  async load(parts: readonly (string | undefined)[]): Promise<void> {
    await Promise.all(
      parts.map(async (part) => {
        const key = part?.toLowerCase();
        const entry = key === undefined || this.changes.has(key) || this.decoded.has(key) ? undefined : this.byName.get(key);
        if (entry !== undefined && key !== undefined) this.decoded.set(key, new TextDecoder().decode(await entryBytesNatively(entry)));
      }),
    );
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    const change = this.changes.get(key);
    return change === undefined ? this.byName.has(key) : change !== null;
  }

  /** A part's text, or undefined when there is no such part. */
  text(part: string): string | undefined {
    const key = part.toLowerCase();
    const change = this.changes.get(key);
    if (change !== undefined) return change === null ? undefined : change.text;
    const cached = this.decoded.get(key);
    if (cached !== undefined) return cached;
    const entry = this.byName.get(key);
    if (entry === undefined) return undefined;
    const text = new TextDecoder().decode(entryBytes(entry));
    this.decoded.set(key, text);
    return text;
  }

  /** A copy to make changes to; this package stays as it is. */
  edit(): PackageEdit {
    return new PackageEdit(new Map(this.changes), (changes) => new OpcPackage(this.entries, this.byName, changes, this.decoded), this);
  }

  /** The package as zip bytes: untouched parts keep their compressed bytes, in their order; new parts follow. */
  toBytes(): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    const items: ZipItem[] = [];
    for (const entry of this.entries) {
      const change = this.changes.get(entry.name.toLowerCase());
      if (change === undefined) items.push({ copy: entry });
      else if (change !== null) items.push({ name: entry.name, data: encoder.encode(change.text) });
    }
    for (const [key, change] of this.changes) if (change !== null && !this.byName.has(key)) items.push({ name: change.name, data: encoder.encode(change.text) });
    return writeZip(items);
  }
}

/** Changes to a package under way; done() gives the changed package. */
export class PackageEdit implements PartReader {
  constructor(
    private readonly changes: Map<string, PartChange>,
    private readonly make: (changes: ReadonlyMap<string, PartChange>) => OpcPackage,
    readonly base: OpcPackage,
  ) {}

  text(part: string): string | undefined {
    const change = this.changes.get(part.toLowerCase());
    return change === undefined ? this.base.text(part) : (change?.text ?? undefined);
  }

  has(part: string): boolean {
    const change = this.changes.get(part.toLowerCase());
    return change === undefined ? this.base.has(part) : change !== null;
  }

  set(part: string, text: string): void {
    this.changes.set(part.toLowerCase(), { name: part, text });
  }

  remove(part: string): void {
    this.changes.set(part.toLowerCase(), null);
  }

  done(): OpcPackage {
    return this.make(this.changes);
  }
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPart(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: absolute ("/xl/styles.xml") from the package root, else relative to the source's folder. */
function resolvePart(source: string, target: string): string {
  const path = decodeURIComponent(target.replace(/\\/g, '/').split('#')[0] ?? '');
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** A target for a relationship from `source` to `part`, relative to the source's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A relationship type's last word ("…/relationships/worksheet" → "worksheet"): transitional and strict types end alike. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}
