import { builtInFormat, isDateFormat } from './number-formats';
import { childElements, firstElement, XmlElement, xmlElements } from './xml-elements';

/** A list in the styles part (fonts, borders, cellXfs, numFmts): its entries' texts and where new ones go. */
export interface StyleList {
  readonly element: XmlElement | undefined;
  /** Each entry's XML text, in order: an entry's index is its place here. */
  readonly entries: readonly string[];
}

/**
 * The styles part as the reader and the writer need it: each cell style's number format (a date or
 * not), and the lists the writer appends to. Nothing in it is ever renumbered.
 */
export class StylesPart {
  private readonly formatOfXf: (string | undefined)[];
  private readonly dateOfXf: boolean[];

  private constructor(
    readonly text: string,
    readonly prefix: string,
    readonly root: XmlElement | undefined,
    readonly lists: Readonly<Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs', StyleList>>,
    readonly customFormats: ReadonlyMap<number, string>,
    xfFormats: readonly number[],
  ) {
    this.formatOfXf = xfFormats.map((id) => (id === 0 ? undefined : (customFormats.get(id) ?? builtInFormat(id))));
    this.dateOfXf = this.formatOfXf.map((code) => code !== undefined && isDateFormat(code));
  }

  static parse(text: string | undefined): StylesPart {
    const xml = text ?? '';
    const elements = xml === '' ? [] : xmlElements(xml);
    const root = elements[0];
    const list = (local: 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs', entry: string): StyleList => {
      const element = elements.find((e) => e.local === local && e.depth === 1);
      return { element, entries: element === undefined ? [] : childElements(elements, element, entry).map((e) => xml.slice(e.start, e.end)) };
    };
    const lists = { numFmts: list('numFmts', 'numFmt'), fonts: list('fonts', 'font'), fills: list('fills', 'fill'), borders: list('borders', 'border'), cellXfs: list('cellXfs', 'xf') };
    const numFmts = firstElement(elements, 'numFmts');
    const customFormats = new Map<number, string>();
    for (const e of numFmts === undefined ? [] : childElements(elements, numFmts, 'numFmt')) customFormats.set(Number(e.attributes.numFmtId), e.attributes.formatCode ?? '');
    const cellXfs = lists.cellXfs.element;
    const xfFormats = cellXfs === undefined ? [] : childElements(elements, cellXfs, 'xf').map((e) => Number(e.attributes.numFmtId ?? 0));
    const prefix = root !== undefined && root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    return new StylesPart(xml, prefix, root, lists, customFormats, xfFormats);
  }

  /** The number format of a cell style, undefined for General (as the grid leaves it out). */
  numberFormat(xf: number): string | undefined {
    return this.formatOfXf[xf];
  }

  isDate(xf: number): boolean {
    return this.dateOfXf[xf] === true;
  }
}
