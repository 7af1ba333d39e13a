import { SaxesParser } from 'saxes';

/** An XML element as the package tests look at it: names as written (with prefix), attributes, children. */
export interface XmlElement {
  readonly name: string;
  /** The name without its prefix, so strict and transitional files compare alike. */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

const localOf = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Parses a whole part into a tree; small parts only (the tests read workbook, rels, styles, strings). */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, local: localOf(tag.name), attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack.at(-1)?.children.push(text));
  parser.on('cdata', (text) => stack.at(-1)?.children.push(text));
  parser.write(text).close();
  if (root === undefined) throw new Error('No root element');
  return root;
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local));
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0];
}

/** Every descendant (and the element itself) with this local name, in document order. */
export function descendants(element: XmlElement, local: string): XmlElement[] {
  const found = element.local === local ? [element] : [];
  for (const child of childElements(element)) found.push(...descendants(child, local));
  return found;
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The attribute by local name (r:id, id, …), whatever its prefix. */
export function attribute(element: XmlElement, local: string): string | undefined {
  const key = Object.keys(element.attributes).find((k) => localOf(k) === local && !k.startsWith('xmlns'));
  return key === undefined ? undefined : element.attributes[key];
}

/**
 * One text for an element that two writers who agree on its meaning produce alike: local names,
 * attributes sorted and without namespace declarations, whitespace between elements dropped
 * (kept inside text elements, where it is content).
 */
export function canonical(element: XmlElement): string {
  const attributes = Object.keys(element.attributes)
    .filter((k) => k !== 'xmlns' && !k.startsWith('xmlns:'))
    .sort()
    .map((k) => ` ${localOf(k)}="${element.attributes[k] ?? ''}"`)
    .join('');
  const keepsSpace = element.local === 't';
  const inner = element.children.map((c) => (typeof c !== 'string' ? canonical(c) : keepsSpace || c.trim() !== '' ? c : '')).join('');
  return `<${element.local}${attributes}>${inner}</${element.local}>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
}

/** Throws when the text is not namespace-well-formed XML, such as a prefix used where it is not bound. */
export function checkNamespaces(text: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}
