/** Escaping and unescaping of XML text and attribute values, and the attributes of one start tag. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text as it reads after the XML escapes (&amp;, &#229;) and the spreadsheet's own _xHHHH_ escapes are undone. */
export function unescapeXml(text: string): string {
  let result = text;
  if (result.includes('&')) {
    result = result.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    });
  }
  return result.includes('_x') ? unescapeSpreadsheet(result) : result;
}

/** Undoes the _xHHHH_ escapes a spreadsheet uses for characters XML cannot hold (_x000D_ for a carriage return). */
function unescapeSpreadsheet(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for an element's content: XML escapes, and _xHHHH_ for characters XML 1.0 cannot hold or would change. */
export function escapeText(text: string): string {
  let result = text;
  // A literal "_x0041_" would read back as "A": its underscore is escaped first.
  if (result.includes('_x')) result = result.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  result = escapeControls(result);
  return /[&<>]/.test(result) ? result.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : result;
}

/** Control characters (other than tab and line feed) and the two non-characters as _xHHHH_; a carriage return too, which XML would turn into a line feed. */
function escapeControls(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10) || code === 0xfffe || code === 0xffff) {
      out += `${text.slice(last, i)}_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** The value of one attribute in a start tag's text, unescaped; matched by its local name when no prefix is given. */
export function attribute(tag: string, name: string): string | undefined {
  const at = findAttribute(tag, name);
  if (at === undefined) return undefined;
  const value = tag.slice(at.valueStart, at.valueEnd);
  return value.includes('&') ? unescapeXml(value) : value;
}

/** Where an attribute's value sits in a start tag's text (between its quotes), if the tag has it. */
export function findAttribute(tag: string, name: string): { start: number; valueStart: number; valueEnd: number } | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // Preceded by white space (or a prefix's colon), followed by optional space and "=".
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || before === 58)) continue;
    let p = from;
    while (tag.charCodeAt(p) === 32) p += 1;
    if (tag[p] !== '=') continue;
    p += 1;
    while (tag.charCodeAt(p) === 32) p += 1;
    const quote = tag[p];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, p + 1);
    if (end < 0) return undefined;
    let start = at;
    if (before === 58) while (start > 0 && !/\s/.test(tag[start - 1] ?? ' ')) start -= 1;
    return { start, valueStart: p + 1, valueEnd: end };
  }
}

/** A start tag with one attribute set (replaced, or added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const at = findAttribute(tag, name);
  if (at !== undefined) return `${tag.slice(0, at.valueStart)}${escapeAttribute(value)}${tag.slice(at.valueEnd)}`;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttribute(value)}"${tag.slice(end)}`;
}

/** A start tag without one attribute. */
export function withoutAttribute(tag: string, name: string): string {
  const at = findAttribute(tag, name);
  if (at === undefined) return tag;
  let start = at.start;
  while (start > 0 && /\s/.test(tag[start - 1] ?? '')) start -= 1;
  return tag.slice(0, start) + tag.slice(at.valueEnd + 1);
}
