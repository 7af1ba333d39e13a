import { LayoutCell, styleKey } from '../../core/layout';
import { builtInId } from './number-formats';
import { StyleList, StylesPart } from './styles-part';
import { escapeAttribute, withAttribute } from './xml-text';
import { splice } from './xml-elements';

type ListName = 'numFmts' | 'fonts' | 'borders' | 'cellXfs';

/** Where each list goes among the styles part's children, in the order the schema gives them. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A styles part for a workbook that has none: one font, the two fills every workbook has, one border, one style. */
export const MINIMAL_STYLES = (main: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Finds or appends the styles the program's cells need. Existing entries keep their index; an entry
 * the program appended on an earlier run is found again by its text, so a re-run appends nothing.
 */
export class StyleAppender {
  private readonly added: Record<ListName, string[]> = { numFmts: [], fonts: [], borders: [], cellXfs: [] };
  private readonly found: Record<ListName, Map<string, number>>;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  /** Style index by the layout cell's look, so a plan's million cells find theirs in one lookup. */
  private readonly byLook = new Map<string, number>();

  constructor(private readonly styles: StylesPart) {
    const indexOf = (list: StyleList): Map<string, number> => {
      const map = new Map<string, number>();
      list.entries.forEach((text, i) => map.has(text) || map.set(text, i));
      return map;
    };
    this.found = { numFmts: indexOf(styles.lists.numFmts), fonts: indexOf(styles.lists.fonts), borders: indexOf(styles.lists.borders), cellXfs: indexOf(styles.lists.cellXfs) };
    for (const [id, code] of styles.customFormats) if (!this.formatIds.has(code)) this.formatIds.set(code, id);
    this.nextFormatId = Math.max(163, ...styles.customFormats.keys()) + 1;
  }

  /** The style index of a layout cell's look; 0 (the default) for a cell with none. */
  styleOf(cell: LayoutCell): number {
    const look = `${styleKey(cell)}|${cell.numberFormat ?? ''}`;
    let index = this.byLook.get(look);
    if (index === undefined) {
      index = look === '|' ? 0 : this.xfOf(cell);
      this.byLook.set(look, index);
    }
    return index;
  }

  /** A copy of an existing cell style with another number format: cells that shared the style keep theirs. */
  withNumberFormat(xf: number, code: string): number {
    const base = this.styles.lists.cellXfs.entries[xf] ?? `<${this.styles.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tagEnd = base.indexOf('>') + 1;
    const tag = withAttribute(withAttribute(base.slice(0, tagEnd), 'numFmtId', String(this.formatId(code))), 'applyNumberFormat', '1');
    return this.entry('cellXfs', tag + base.slice(tagEnd));
  }

  /** Whether anything was appended, so the styles part must be written. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /** The styles part with the appended entries and the lists' counts brought up to date. */
  render(): string {
    const { text, lists, root, prefix } = this.styles;
    if (root === undefined) throw new Error('The styles part has no root element');
    const edits: { start: number; end: number; insert: string }[] = [];
    for (const name of Object.keys(this.added) as ListName[]) {
      const added = this.added[name];
      if (added.length === 0) continue;
      const list = lists[name];
      const count = list.entries.length + added.length;
      const element = list.element;
      if (element === undefined) {
        const at = this.insertionPoint(name, root.closeStart);
        edits.push({ start: at, end: at, insert: `<${prefix}${name} count="${count}">${added.join('')}</${prefix}${name}>` });
      } else if (element.closeStart === element.end) {
        const open = withAttribute(text.slice(element.start, element.openEnd), 'count', String(count)).replace(/\s*\/>$/, '>');
        edits.push({ start: element.start, end: element.end, insert: `${open}${added.join('')}</${element.name}>` });
      } else {
        edits.push({ start: element.start, end: element.openEnd, insert: withAttribute(text.slice(element.start, element.openEnd), 'count', String(count)) });
        edits.push({ start: element.closeStart, end: element.closeStart, insert: added.join('') });
      }
    }
    return splice(text, edits);
  }

  /** Where a list the part lacks goes: before the first list that follows it in the schema's order, else at the end. */
  private insertionPoint(name: ListName, rootEnd: number): number {
    const after = ORDER.slice(ORDER.indexOf(name) + 1);
    const match = new RegExp(`<(?:[\\w.-]+:)?(${after.join('|')})[\\s/>]`).exec(this.styles.text.slice(0, rootEnd));
    return match?.index ?? rootEnd;
  }

  private xfOf(cell: LayoutCell): number {
    const p = this.styles.prefix;
    const numFmtId = cell.numberFormat === undefined ? 0 : this.formatId(cell.numberFormat);
    const fontId = cell.bold || cell.italic ? this.fontId(cell) : 0;
    const sides = [cell.borderTop === undefined ? '' : `<${p}top style="${cell.borderTop}"/>`, cell.borderBottom === undefined ? '' : `<${p}bottom style="${cell.borderBottom}"/>`].join('');
    const borderId = sides === '' ? 0 : this.entry('borders', `<${p}border>${sides}</${p}border>`);
    const alignment = `<${p}alignment${cell.align === undefined ? '' : ` horizontal="${cell.align}"`} vertical="top"${cell.wrap ? ' wrapText="1"' : ''}/>`;
    return this.entry(
      'cellXfs',
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">${alignment}</${p}xf>`,
    );
  }

  /** The workbook's own default font, made bold or italic: the program's headings look like the rest of the workbook. */
  private fontId(cell: LayoutCell): number {
    const p = this.styles.prefix;
    const base = this.styles.lists.fonts.entries[0] ?? `<${p}font/>`;
    const marks = `${cell.bold ? `<${p}b/>` : ''}${cell.italic ? `<${p}i/>` : ''}`;
    const tagEnd = base.indexOf('>') + 1;
    const font = base.endsWith('/>') && tagEnd === base.length ? `${base.slice(0, -2).trimEnd()}>${marks}</${p}font>` : `${base.slice(0, tagEnd)}${marks}${base.slice(tagEnd)}`;
    return this.entry('fonts', font);
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code) ?? builtInId(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId;
    this.nextFormatId += 1;
    this.formatIds.set(code, id);
    this.added.numFmts.push(`<${this.styles.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  private entry(list: ListName, text: string): number {
    let index = this.found[list].get(text);
    if (index === undefined) {
      index = this.styles.lists[list].entries.length + this.added[list].length;
      this.added[list].push(text);
      this.found[list].set(text, index);
    }
    return index;
  }
}
