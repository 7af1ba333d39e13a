import { CONTENT_TYPES, Parts, relatedParts, relsPartOf, sheetEntries, storedName, workbookPart } from './ooxml-package';

/**
 * The parts a run may change, add or drop: the workbook part, its rels, the content types, styles,
 * shared strings, docProps/app.xml, the plan sheet, the sheets the program owns (and their rels) and a
 * stale calcChain. Found in the input and the output alike, since a run may add them. Lower case.
 */
export function ownedParts(input: Parts, output: Parts, planPart: string, ownSheetNames: readonly string[]): Set<string> {
  const owned = new Set<string>([CONTENT_TYPES, planPart, 'docProps/app.xml']);
  for (const parts of [input, output]) {
    const workbook = workbookPart(parts);
    owned.add(workbook).add(relsPartOf(workbook));
    for (const kind of ['styles', 'sharedStrings', 'calcChain']) relatedParts(parts, workbook, kind).forEach((p) => owned.add(p));
    relatedParts(parts, '', 'extended-properties').forEach((p) => owned.add(p));
    for (const sheet of sheetEntries(parts).filter((s) => ownSheetNames.includes(s.name))) owned.add(sheet.part).add(relsPartOf(sheet.part));
  }
  return new Set([...owned].map((p) => p.toLowerCase()));
}

/** Each part outside the owned set that is gone, changed (decompressed bytes differ) or new in the output. */
export function foreignPartChanges(input: Parts, output: Parts, owned: ReadonlySet<string>): string[] {
  const changes: string[] = [];
  for (const [name, bytes] of input) {
    if (owned.has(name.toLowerCase())) continue;
    const kept = storedName(output, name);
    if (kept === undefined) changes.push(`${name}: gone`);
    else if (!sameBytes(bytes, output.get(kept))) changes.push(`${name}: changed`);
  }
  for (const name of output.keys()) {
    if (!owned.has(name.toLowerCase()) && storedName(input, name) === undefined) changes.push(`${name}: added`);
  }
  return changes;
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
