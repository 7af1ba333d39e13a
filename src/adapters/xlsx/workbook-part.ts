import { sameNameDanish } from '../../core/text';
import { PartReader, readRelationships, Relationship, relationshipKind } from './opc-package';
import { childElements, firstElement, namespacedAttribute, xmlElements } from './xml-elements';

/** A sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** The sheet's part, resolved through the workbook's relationships. */
  readonly part: string | undefined;
  /** "worksheet", "chartsheet", "dialogsheet" or "xlsx:macrosheet": only worksheets hold cells. */
  readonly kind: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

/** The namespaces the workbook is written in, so new parts are written in the same ones (transitional or strict). */
export interface Dialect {
  readonly main: string;
  readonly relationships: string;
  /** The start of relationship types ("http://…/relationships/"), to which "worksheet" or "styles" is added. */
  readonly relationshipTypes: string;
}

/** What the program needs of the workbook part: where it is, its sheets, its date system and its parts for strings and styles. */
export interface WorkbookModel {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly dialect: Dialect;
  readonly relationships: readonly Relationship[];
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

/** Why a package is not a workbook the program reads, in a word the adapter turns into a line for the user. */
/** The sheet named `name`: exactly as spelled, else as Excel compares names. */
export function findSheet(sheets: readonly SheetEntry[], name: string): SheetEntry | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameNameDanish(s.name, name));
}

export class NotAWorkbookError extends Error {
  constructor(readonly reason: 'no-workbook' | 'binary' | 'damaged') {
    super(reason);
  }
}

const TRANSITIONAL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export function readWorkbookModel(pkg: PartReader): WorkbookModel {
  const main = readRelationships(pkg, '').find((r) => relationshipKind(r.type) === 'officeDocument');
  if (main?.part === undefined || !pkg.has(main.part)) throw new NotAWorkbookError('no-workbook');
  if (/\.bin$/i.test(main.part)) throw new NotAWorkbookError('binary');
  const xml = pkg.text(main.part) ?? '';
  const elements = xmlElements(xml);
  const root = elements[0];
  if (root?.local !== 'workbook') throw new NotAWorkbookError('no-workbook');
  const relationships = readRelationships(pkg, main.part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsElement = firstElement(elements, 'sheets');
  const sheets = sheetsElement === undefined ? [] : childElements(elements, sheetsElement, 'sheet').map((e): SheetEntry => {
    const relationshipId = namespacedAttribute(e, '/relationships', 'id') ?? '';
    const relationship = byId.get(relationshipId);
    const state = e.attributes.state;
    return {
      name: e.attributes.name ?? '',
      sheetId: Number(e.attributes.sheetId ?? 0),
      relationshipId,
      part: relationship?.part,
      kind: relationship === undefined ? 'missing' : relationshipKind(relationship.type),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    };
  });
  const properties = firstElement(elements, 'workbookPr')?.attributes;
  const typed = (kind: string): string | undefined => relationships.find((r) => relationshipKind(r.type) === kind)?.part;
  const sheetType = relationships.find((r) => relationshipKind(r.type) === 'worksheet')?.type;
  return {
    part: main.part,
    sheets,
    date1904: properties?.date1904 === '1' || properties?.date1904 === 'true',
    dialect: {
      main: root.uri,
      relationships: namespacesOf(root.attributes).find((uri) => uri.endsWith('/relationships')) ?? TRANSITIONAL_TYPES.slice(0, -1),
      relationshipTypes: sheetType === undefined ? TRANSITIONAL_TYPES : sheetType.slice(0, sheetType.lastIndexOf('/') + 1),
    },
    relationships,
    sharedStringsPart: typed('sharedStrings'),
    stylesPart: typed('styles'),
  };
}

function namespacesOf(attributes: Readonly<Record<string, string>>): string[] {
  return Object.entries(attributes)
    .filter(([name]) => name.startsWith('xmlns'))
    .map(([, uri]) => uri);
}
