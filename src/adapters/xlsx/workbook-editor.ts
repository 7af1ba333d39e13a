import { PackageEdit, relationshipKind, relationshipsPart, relativeTarget } from './opc-package';
import { findSheet, readWorkbookModel, SheetEntry, WorkbookModel } from './workbook-part';
import { firstElement, splice, XmlElement, xmlElements } from './xml-elements';
import { escapeAttribute, withAttribute } from './xml-text';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Changes to the workbook's own parts that adding or replacing a sheet needs: the workbook part's
 * sheet list, its relationships and the content types. Each change is a splice into the part's text,
 * so everything else in those parts (defined names, views, extensions) stays as it was.
 */
export class WorkbookEditor {
  constructor(
    private readonly edit: PackageEdit,
    private model: WorkbookModel,
  ) {}

  get workbook(): WorkbookModel {
    return this.model;
  }

  sheet(name: string): SheetEntry | undefined {
    return findSheet(this.model.sheets, name);
  }

  /** Adds a worksheet part and lists it before the sheet named `before` (at the end when there is none). */
  addSheet(name: string, xml: string, state: SheetEntry['state'], before?: string): void {
    const folder = this.model.part.includes('/') ? this.model.part.slice(0, this.model.part.lastIndexOf('/') + 1) : '';
    let n = this.model.sheets.length + 1;
    while (this.edit.has(`${folder}worksheets/sheet${n}.xml`)) n += 1;
    const part = `${folder}worksheets/sheet${n}.xml`;
    this.edit.set(part, xml);
    const id = this.addRelationship('worksheet', part);
    this.addOverride(part, WORKSHEET_TYPE);
    const text = this.workbookText();
    const elements = xmlElements(text);
    const sheets = firstElement(elements, 'sheets');
    if (sheets === undefined) throw new Error('The workbook part lists no sheets');
    const entries = elements.filter((e) => e.local === 'sheet' && e.depth === sheets.depth + 1);
    const index = before === undefined ? -1 : this.model.sheets.findIndex((s) => s.name === before);
    const sheetId = Math.max(0, ...this.model.sheets.map((s) => s.sheetId)) + 1;
    const p = sheets.name.includes(':') ? sheets.name.slice(0, sheets.name.indexOf(':') + 1) : '';
    const r = this.relationshipPrefix(elements[0]);
    const element = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}"${state === 'visible' ? '' : ` state="${state}"`} ${r.prefix}:id="${id}"${r.declaration}/>`;
    const following = index < 0 ? undefined : entries[index];
    const added =
      following !== undefined
        ? [{ start: following.start, end: following.start, insert: element }, ...this.shiftSheetIndexes(text, elements, (value) => (value >= index ? value + 1 : value))]
        : [appendChild(text, sheets, element)];
    this.setWorkbookText(splice(text, added));
  }

  /** Gives one of the program's own sheets new content, and its new name when the scheme renamed it. */
  replaceSheet(entry: SheetEntry, name: string, xml: string): void {
    if (entry.part === undefined) throw new Error(`The sheet "${entry.name}" has no part`);
    this.edit.set(entry.part, xml);
    if (name === entry.name) return;
    const text = this.workbookText();
    const element = xmlElements(text).find((e) => e.local === 'sheet' && e.attributes.name === entry.name);
    if (element === undefined) throw new Error(`The workbook part does not list "${entry.name}"`);
    this.setWorkbookText(splice(text, [{ start: element.start, end: element.openEnd, insert: withAttribute(text.slice(element.start, element.openEnd), 'name', name) }]));
  }

  /**
   * Removes one of the program's own sheets that a run no longer writes: its part and relationships, its
   * content type, its place in the sheet list, and the defined names local to it (a print area set in Excel);
   * positions of later sheets kept in the workbook part move down.
   */
  removeSheet(entry: SheetEntry): void {
    if (entry.part === undefined) throw new Error(`The sheet "${entry.name}" has no part`);
    const index = this.model.sheets.findIndex((s) => s.name === entry.name);
    this.edit.remove(entry.part);
    const sheetRels = relationshipsPart(entry.part);
    if (this.edit.has(sheetRels)) this.edit.remove(sheetRels);
    this.removeOverride(entry.part);
    this.removeRelationship(entry.relationshipId);
    const text = this.workbookText();
    const elements = xmlElements(text);
    const gone = elements.filter((e) => (e.local === 'sheet' && e.attributes.name === entry.name) || (e.local === 'definedName' && Number(e.attributes.localSheetId) === index));
    // A tab that showed the removed sheet shows the one before it (the program's sheets come after the user's).
    const moved = this.shiftSheetIndexes(text, elements.filter((e) => !gone.includes(e)), (value) => (value > index ? value - 1 : value === index ? Math.max(0, index - 1) : value));
    const edits = [...gone.map((e) => ({ start: e.start, end: e.end, insert: '' })), ...moved];
    this.setWorkbookText(splice(text, edits));
  }

  /** Removes the calculation chain, which lists formula cells a patch may have replaced; Excel rebuilds it. */
  dropCalcChain(): void {
    const chain = this.model.relationships.find((r) => relationshipKind(r.type) === 'calcChain');
    if (chain?.part === undefined) return;
    this.edit.remove(chain.part);
    this.removeRelationship(chain.id);
    this.removeOverride(chain.part);
    this.model = readWorkbookModel(this.edit);
  }

  /** Adds a styles part to a workbook that has none. */
  addStylesPart(xml: string): string {
    const folder = this.model.part.slice(0, this.model.part.lastIndexOf('/') + 1);
    const part = `${folder}styles.xml`;
    this.edit.set(part, xml);
    this.addRelationship('styles', part);
    this.addOverride(part, STYLES_TYPE);
    return part;
  }

  private addRelationship(kind: string, part: string): string {
    const rels = relationshipsPart(this.model.part);
    const text = this.edit.text(rels) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const elements = xmlElements(text);
    const ids = new Set(elements.map((e) => e.attributes.Id));
    let n = elements.length;
    while (ids.has(`rId${n}`)) n += 1;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${this.model.dialect.relationshipTypes}${kind}" Target="${escapeAttribute(relativeTarget(this.model.part, part))}"/>`;
    this.edit.set(rels, splice(text, [appendChild(text, elements[0], element)]));
    this.model = readWorkbookModel(this.edit);
    return id;
  }

  /** Removes one of the workbook part's relationships. */
  private removeRelationship(id: string): void {
    const rels = relationshipsPart(this.model.part);
    const text = this.edit.text(rels) ?? '';
    const element = xmlElements(text).find((e) => e.local === 'Relationship' && e.attributes.Id === id);
    if (element !== undefined) this.edit.set(rels, splice(text, [{ start: element.start, end: element.end, insert: '' }]));
  }

  private addOverride(part: string, type: string): void {
    const text = this.edit.text(CONTENT_TYPES) ?? '';
    const elements = xmlElements(text);
    this.edit.set(CONTENT_TYPES, splice(text, [appendChild(text, elements[0], `<Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`)]));
  }

  private removeOverride(part: string): void {
    const text = this.edit.text(CONTENT_TYPES) ?? '';
    const element = xmlElements(text).find((e) => e.local === 'Override' && e.attributes.PartName?.toLowerCase() === `/${part}`.toLowerCase());
    if (element !== undefined) this.edit.set(CONTENT_TYPES, splice(text, [{ start: element.start, end: element.end, insert: '' }]));
  }

  /** Sheet positions kept in the workbook part (local defined names, the active and first tab), each moved as `shift` says. */
  private shiftSheetIndexes(text: string, elements: readonly XmlElement[], shift: (value: number, name: string) => number): { start: number; end: number; insert: string }[] {
    const edits: { start: number; end: number; insert: string }[] = [];
    for (const element of elements) {
      let tag = text.slice(element.start, element.openEnd);
      for (const name of element.local === 'definedName' ? ['localSheetId'] : element.local === 'workbookView' ? ['activeTab', 'firstSheet'] : []) {
        const value = element.attributes[name];
        if (value !== undefined && shift(Number(value), name) !== Number(value)) tag = withAttribute(tag, name, String(shift(Number(value), name)));
      }
      if (tag !== text.slice(element.start, element.openEnd)) edits.push({ start: element.start, end: element.openEnd, insert: tag });
    }
    return edits;
  }

  private relationshipPrefix(root: XmlElement | undefined): { prefix: string; declaration: string } {
    const uri = this.model.dialect.relationships;
    const declared = Object.entries(root?.attributes ?? {}).find(([name, value]) => name.startsWith('xmlns:') && value === uri);
    return declared === undefined ? { prefix: 'r', declaration: ` xmlns:r="${uri}"` } : { prefix: declared[0].slice('xmlns:'.length), declaration: '' };
  }

  private workbookText(): string {
    return this.edit.text(this.model.part) ?? '';
  }

  private setWorkbookText(text: string): void {
    this.edit.set(this.model.part, text);
    this.model = readWorkbookModel(this.edit);
  }
}

/** The edit that adds an element as the parent's last child (an empty parent is opened up). */
function appendChild(text: string, parent: XmlElement | undefined, element: string): { start: number; end: number; insert: string } {
  if (parent === undefined) throw new Error('A part without a root element');
  if (parent.closeStart === parent.end) return { start: parent.start, end: parent.end, insert: `${text.slice(parent.start, parent.end).replace(/\s*\/>$/, '>')}${element}</${parent.name}>` };
  return { start: parent.closeStart, end: parent.closeStart, insert: element };
}
