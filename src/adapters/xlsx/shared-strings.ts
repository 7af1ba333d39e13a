import { SaxesParser } from 'saxes';
import { unescapeSpreadsheet } from './xml-text';

/**
 * The shared strings part as a list of plain texts: rich text runs joined, phonetic guides (rPh)
 * left out, as a cell shows its text. The part is never written: the program's text goes in as inline strings.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    if (local === 'si') current = '';
    else if (local === 'rPh') phonetic += 1;
    else if (local === 't' && phonetic === 0 && current !== undefined) inText = !tag.isSelfClosing;
  });
  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    if (local === 'si') {
      strings.push(current !== undefined && current.includes('_x') ? unescapeSpreadsheet(current) : (current ?? ''));
      current = undefined;
    } else if (local === 'rPh') phonetic -= 1;
    else if (local === 't') inText = false;
  });
  const addText = (text: string): void => {
    if (inText && current !== undefined) current += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  return strings;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
