/**
 * A scanner for worksheet parts, which can hold millions of cells: it finds the rows and cells by
 * their tags with indexOf and reads only the attributes asked for. saxes took about 20 times as long
 * on the sheet of a plan of 50,000 initiatives. Worksheets hold no comments or CDATA between cells in
 * practice; prefixed element names (x:row) are followed, with the prefix of the root element.
 */
export interface SheetXml {
  readonly text: string;
  /** "" or "x:", the prefix of the main namespace. */
  readonly prefix: string;
  /** The sheetData element: its start tag [start, openEnd), its content up to closeStart, its end. */
  readonly sheetData: { readonly start: number; readonly openEnd: number; readonly closeStart: number; readonly end: number };
}

/** A row or cell element found in the text. */
export interface Found {
  readonly start: number;
  /** The end of the start tag (after its ">"). */
  readonly tagEnd: number;
  /** The end of the element (after its end tag, or equal to tagEnd when it is empty). */
  readonly end: number;
}

export function scanSheet(text: string): SheetXml {
  const prefix = rootPrefix(text);
  const open = findTag(text, `<${prefix}sheetData`, 0, text.length);
  if (open === undefined) {
    // A sheet without sheetData is read as empty; a patch adds one before the end.
    const end = text.lastIndexOf(`</${prefix}worksheet`);
    const at = end < 0 ? text.length : end;
    return { text, prefix, sheetData: { start: at, openEnd: at, closeStart: at, end: at } };
  }
  // Searched from the end: sheetData's end is near the end of the part, and the part can be tens of megabytes.
  const closeStart = open.selfClosing ? open.tagEnd : text.lastIndexOf(`</${prefix}sheetData>`);
  if (closeStart < open.tagEnd) throw new Error('A worksheet part without the end of its sheetData');
  const end = open.selfClosing ? open.tagEnd : closeStart + `</${prefix}sheetData>`.length;
  return { text, prefix, sheetData: { start: open.start, openEnd: open.tagEnd, closeStart, end } };
}

/** The prefix of the root element's name ("x:" for <x:worksheet>), "" when it has none. */
export function rootPrefix(text: string): string {
  let at = text.indexOf('<');
  while (at >= 0 && (text[at + 1] === '?' || text[at + 1] === '!')) at = text.indexOf('<', at + 1);
  const name = /^<([\w.-]+:)?[\w.-]+/.exec(text.slice(at, at + 200));
  return name?.[1] ?? '';
}

/** The next element named by `open` ("<row", "<c") in [from, limit): its start tag and its end. */
export function findElement(text: string, open: string, close: string, from: number, limit: number): Found | undefined {
  const tag = findTag(text, open, from, limit);
  if (tag === undefined) return undefined;
  if (tag.selfClosing) return { start: tag.start, tagEnd: tag.tagEnd, end: tag.tagEnd };
  const closeAt = text.indexOf(close, tag.tagEnd);
  if (closeAt < 0 || closeAt >= limit) throw new Error(`A worksheet element ${open} without its end`);
  return { start: tag.start, tagEnd: tag.tagEnd, end: closeAt + close.length };
}

/** A start tag whose name is exactly the one in `open` (so "<c" does not find "<cols"). */
export function findTag(text: string, open: string, from: number, limit: number): { start: number; tagEnd: number; selfClosing: boolean } | undefined {
  let at = text.indexOf(open, from);
  while (at >= 0 && at < limit) {
    const next = text.charCodeAt(at + open.length);
    // Space, tab, newline, carriage return, ">" or "/".
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      const close = text.indexOf('>', at + open.length);
      if (close < 0) return undefined;
      return { start: at, tagEnd: close + 1, selfClosing: text.charCodeAt(close - 1) === 47 };
    }
    at = text.indexOf(open, at + open.length);
  }
  return undefined;
}

/** The text between an element's start tag and end tag: "" for an empty element. */
export function contentOf(text: string, found: Found, close: string): string {
  return found.end === found.tagEnd ? '' : text.slice(found.tagEnd, found.end - close.length);
}

/**
 * Row and column (zero-based) of an A1 reference such as "AB12", read from the text without
 * making a string; undefined when the text there is not one.
 */
export function cellReference(text: string, start: number, end: number): { row: number; col: number } | undefined {
  let col = 0;
  let p = start;
  for (; p < end; p += 1) {
    const code = text.charCodeAt(p);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  let row = 0;
  for (; p < end; p += 1) {
    const code = text.charCodeAt(p);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  return col === 0 || row === 0 ? undefined : { row: row - 1, col: col - 1 };
}

/**
 * The attributes the reader and the patcher need of a row or cell tag (r, s, t, hidden), found in one
 * walk over the tag. One object is reused for every tag: a large sheet has millions of them.
 * Each pair is the value's [from, to) in the text, -1 when the tag lacks the attribute.
 */
export class TagAttributes {
  r0 = -1;
  r1 = -1;
  s0 = -1;
  s1 = -1;
  t0 = -1;
  t1 = -1;
  hidden0 = -1;
  hidden1 = -1;

  /** Records the value of r (114), s (115) or t (116). */
  private set(name: number, from: number, to: number): void {
    if (name === 114) {
      this.r0 = from;
      this.r1 = to;
    } else if (name === 115) {
      this.s0 = from;
      this.s1 = to;
    } else if (name === 116) {
      this.t0 = from;
      this.t1 = to;
    }
  }

  read(text: string, start: number, tagEnd: number): this {
    this.r0 = this.s0 = this.t0 = this.hidden0 = -1;
    let p = start + 1;
    while (p < tagEnd && !isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 62 && text.charCodeAt(p) !== 47) p += 1;
    for (;;) {
      while (p < tagEnd && isSpace(text.charCodeAt(p))) p += 1;
      const nameStart = p;
      while (p < tagEnd && text.charCodeAt(p) !== 61 && !isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 62 && text.charCodeAt(p) !== 47) p += 1;
      const nameEnd = p;
      while (p < tagEnd && isSpace(text.charCodeAt(p))) p += 1;
      if (nameEnd === nameStart || text.charCodeAt(p) !== 61) return this;
      p += 1;
      while (p < tagEnd && isSpace(text.charCodeAt(p))) p += 1;
      const quote = text.charCodeAt(p);
      const from = p + 1;
      const to = text.indexOf(quote === 39 ? "'" : '"', from);
      if (to < 0 || to >= tagEnd) return this;
      p = to + 1;
      if (nameEnd - nameStart === 1) this.set(text.charCodeAt(nameStart), from, to);
      else if (nameEnd - nameStart === 6 && text.startsWith('hidden', nameStart)) {
        this.hidden0 = from;
        this.hidden1 = to;
      }
    }
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
