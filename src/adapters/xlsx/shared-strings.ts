import { findElement, findTag, rootPrefix } from './sheet-scanner';
import { unescapeXml } from './xml-text';

/**
 * The shared strings part as a list of plain texts: rich text runs joined, phonetic guides (rPh)
 * left out, as a cell shows its text. Read with the sheet scanner, as the part can be megabytes. The
 * part is never written: the program's text goes in as inline strings.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const p = rootPrefix(xml);
  const strings: string[] = [];
  const close = `</${p}si>`;
  for (let si = findElement(xml, `<${p}si`, close, 0, xml.length); si !== undefined; si = findElement(xml, `<${p}si`, close, si.end, xml.length)) {
    strings.push(si.end === si.tagEnd ? '' : richText(xml.slice(si.tagEnd, si.end - close.length), p));
  }
  return strings;
}

/** The text of a string item (shared or inline): its runs' texts joined, phonetic guides left out. */
export function richText(inner: string, p: string): string {
  const withoutGuides = inner.includes(`<${p}rPh`) ? inner.replace(new RegExp(`<${p}rPh[\\s>][\\s\\S]*?</${p}rPh>`, 'g'), '') : inner;
  let result = '';
  let at = 0;
  for (;;) {
    const tag = findTag(withoutGuides, `<${p}t`, at, withoutGuides.length);
    if (tag === undefined) return result;
    if (tag.selfClosing) {
      at = tag.tagEnd;
      continue;
    }
    const end = withoutGuides.indexOf(`</${p}t>`, tag.tagEnd);
    result += unescapeXml(cdata(withoutGuides.slice(tag.tagEnd, end)));
    at = end;
  }
}

/** Text written as CDATA is taken as it stands; escapes are undone after, so they are kept out of it. */
function cdata(text: string): string {
  return text.includes('<![CDATA[') ? text.replace(/<!\[CDATA\[([\s\S]*?)]]>/g, (_, raw: string) => raw.replace(/&/g, '&amp;').replace(/</g, '&lt;')) : text;
}
