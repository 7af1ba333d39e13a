import { MAIN_NS, planSheetXml, PlanRows, SheetSpelling } from './plan-sheet-xml';
import { CONTENT_TYPES, Parts, partText, relationshipsOf, relsPartOf, setPartText, sheetEntries, storedName, unzipParts, workbookPart, zipParts } from './ooxml-package';
import { escapeXml } from './xml-tree';

const RELATIONSHIPS_NS = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface PlantedWorkbook {
  /** The package with the plan sheet, as parts (what a comparison starts from) and as a file. */
  readonly parts: Parts;
  readonly bytes: Uint8Array;
  /** The part that holds the plan sheet. */
  readonly planPart: string;
}

/**
 * A copy of a workbook with a plan sheet added as its last sheet. Only the workbook part, its rels and
 * [Content_Types].xml change, each by inserting one element, and one new worksheet part appears; every
 * other part is the input's, byte for byte. Strict files get a strict sheet; absolute targets stay absolute.
 */
export function withPlanSheet(input: Uint8Array | Parts, sheetName: string, rows: PlanRows, spelling: Omit<SheetSpelling, 'strict'> = {}): PlantedWorkbook {
  const parts = new Map(input instanceof Uint8Array ? unzipParts(input) : input);
  const workbook = workbookPart(parts);
  if (sheetEntries(parts).some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) throw new Error(`The workbook has a sheet ${sheetName} already`);
  const workbookXml = partText(parts, workbook);
  const strict = isStrict(workbookXml);
  const planPart = freeSheetPart(parts, workbook);
  const relationshipId = addRelationship(parts, workbook, planPart, strict);
  setPartText(parts, workbook, addSheetElement(workbookXml, sheetName, relationshipId, strict));
  setPartText(parts, CONTENT_TYPES, insertBefore(partText(parts, CONTENT_TYPES), 'Types', `<Override PartName="/${planPart}" ContentType="${WORKSHEET_TYPE}"/>`));
  setPartText(parts, planPart, planSheetXml(rows, { ...spelling, strict }));
  return { parts, bytes: zipParts(parts), planPart };
}

/** Whether the workbook element is in the strict namespace, whatever prefix it is written with. */
export function isStrict(workbookXml: string): boolean {
  const root = /<(?:([\w.-]+):)?workbook\b[^>]*>/.exec(workbookXml);
  if (root === null) throw new Error('No workbook element');
  const declaration = new RegExp(`xmlns${root[1] === undefined ? '' : `:${root[1]}`}="([^"]*)"`).exec(root[0]);
  return declaration?.[1] === MAIN_NS.strict;
}

function freeSheetPart(parts: Parts, workbook: string): string {
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  for (let n = 1; ; n += 1) {
    const candidate = `${folder}worksheets/sheet${n}.xml`;
    if (storedName(parts, candidate) === undefined) return candidate;
  }
}

function addRelationship(parts: Parts, workbook: string, planPart: string, strict: boolean): string {
  const existing = relationshipsOf(parts, workbook);
  const ids = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (ids.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  // Written the way the file writes its own sheets: absolute (/xl/worksheets/…) or relative to the workbook.
  const absolute = existing.some((r) => !r.external && r.target.startsWith('/') && r.type.endsWith('/worksheet'));
  const target = absolute ? `/${planPart}` : planPart.slice(workbook.lastIndexOf('/') + 1);
  const type = `${strict ? RELATIONSHIPS_NS.strict : RELATIONSHIPS_NS.transitional}/worksheet`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const rels = relsPartOf(workbook);
  const text =
    storedName(parts, rels) === undefined
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`
      : insertBefore(partText(parts, rels), 'Relationships', element);
  setPartText(parts, rels, text);
  return id;
}

function addSheetElement(workbookXml: string, sheetName: string, relationshipId: string, strict: boolean): string {
  const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(workbookXml);
  const prefix = root?.[1] ?? '';
  const namespace = strict ? RELATIONSHIPS_NS.strict : RELATIONSHIPS_NS.transitional;
  // Only a prefix bound on the root is in scope for the new element (openpyxl binds r on each sheet element instead).
  const bound = new RegExp(`xmlns:([\\w.-]+)="${namespace.replace(/[./]/g, '\\$&')}"`).exec(root?.[0] ?? '')?.[1];
  const idAttribute = bound === undefined ? `xmlns:hp="${namespace}" hp:id` : `${bound}:id`;
  const ids = [...workbookXml.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const element = `<${prefix}sheet name="${escapeXml(sheetName)}" sheetId="${Math.max(0, ...ids) + 1}" ${idAttribute}="${relationshipId}"/>`;
  const empty = new RegExp(`<${prefix}sheets\\s*/>`);
  if (empty.test(workbookXml)) return workbookXml.replace(empty, `<${prefix}sheets>${element}</${prefix}sheets>`);
  return insertBefore(workbookXml, `${prefix}sheets`, element);
}

/** Inserts text just before the closing tag of the (only) element with this name. */
function insertBefore(xml: string, elementName: string, text: string): string {
  const close = xml.lastIndexOf(`</${elementName}>`);
  if (close < 0) throw new Error(`No </${elementName}> to insert before`);
  return `${xml.slice(0, close)}${text}${xml.slice(close)}`;
}
