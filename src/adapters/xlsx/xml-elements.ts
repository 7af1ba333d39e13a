import { SaxesParser } from 'saxes';

/** An element of a small XML part, with where its tags sit in the text so a patch can splice there. */
export interface XmlElement {
  /** Local name, without a prefix. */
  readonly local: string;
  readonly uri: string;
  /** The qualified name as written ("x:sheet"). */
  readonly name: string;
  /** Attribute values by qualified name ("r:id"), unescaped. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Attribute values by namespace URI and local name, for attributes with a prefix. */
  readonly namespaced: readonly { readonly uri: string; readonly local: string; readonly value: string }[];
  readonly depth: number;
  /** Offsets in the text: the start tag [start, openEnd), the end tag [closeStart, end); equal for an empty element. */
  readonly start: number;
  readonly openEnd: number;
  closeStart: number;
  end: number;
  /** The element's text content (of its own text nodes). */
  text: string;
}

/**
 * Every element of a small part (workbook, relationships, content types, styles, shared strings) in
 * document order. saxes checks the XML is well formed and resolves namespaces; the large parts (sheets)
 * go through the faster scanner of sheet-scanner.ts instead.
 */
export function xmlElements(text: string): XmlElement[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  parser.on('opentag', (tag) => {
    const end = parser.position;
    const start = text.lastIndexOf('<', end - 1);
    const attributes: Record<string, string> = {};
    const namespaced: { uri: string; local: string; value: string }[] = [];
    for (const attr of Object.values(tag.attributes)) {
      attributes[attr.name] = attr.value;
      if (attr.prefix !== '' && attr.prefix !== 'xmlns') namespaced.push({ uri: attr.uri, local: attr.local, value: attr.value });
    }
    const element: XmlElement = { local: tag.local, uri: tag.uri, name: tag.name, attributes, namespaced, depth: open.length, start, openEnd: end, closeStart: end, end, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('closetag', (tag) => {
    const element = open.pop();
    if (element === undefined) return;
    element.end = parser.position;
    element.closeStart = tag.isSelfClosing ? element.end : text.lastIndexOf('<', element.end - 1);
  });
  const addText = (chunk: string): void => {
    const element = open[open.length - 1];
    if (element !== undefined) element.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  return elements;
}

/** The first element with this local name, if any. */
export function firstElement(elements: readonly XmlElement[], local: string): XmlElement | undefined {
  return elements.find((e) => e.local === local);
}

/** The children of an element with this local name. */
export function childElements(elements: readonly XmlElement[], parent: XmlElement, local: string): XmlElement[] {
  return elements.filter((e) => e.depth === parent.depth + 1 && e.start > parent.start && e.end <= parent.end && e.local === local);
}

/** The value of an attribute in some namespace whose URI ends as given (transitional and strict differ only in their start). */
export function namespacedAttribute(element: XmlElement, uriEnding: string, local: string): string | undefined {
  return element.namespaced.find((a) => a.local === local && a.uri.endsWith(uriEnding))?.value;
}

/** Text with the [start, end) span replaced; spans are applied from the last to the first so offsets hold. */
export function splice(text: string, edits: readonly { start: number; end: number; insert: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.insert + result.slice(edit.end);
  }
  return result;
}
