import { toA1 } from '../../core/a1';
import { BLANK, formulaText, isFormulaCell, LayoutCell } from '../../core/layout';
import { StyleAppender } from './style-appender';
import { escapeText } from './xml-text';

/**
 * A layout cell as a cell element; undefined for a plain blank, which is no cell at all. Text is
 * always an inline string, never a formula (only the core's formula cells are), and the shared strings part is left as it was.
 */
export function cellXml(p: string, row: number, col: number, cell: LayoutCell, styles: StyleAppender): string | undefined {
  if (cell === BLANK) return undefined;
  const style = styles.styleOf(cell);
  return valueXml(p, toA1({ row, col }), style, cell);
}

/** A cell element with the given style index and the layout cell's value. */
export function valueXml(p: string, address: string, style: number, cell: LayoutCell): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (isFormulaCell(cell)) {
    // The formula with the core's result cached, so a reader that does not recalculate still shows true figures.
    const { cached } = cell;
    const f = `<${p}f>${escapeText(formulaText(cell))}</${p}f>`;
    if (typeof cached === 'string') return `<${p}c r="${address}"${s} t="str">${f}<${p}v>${escapeText(cached)}</${p}v></${p}c>`;
    return `<${p}c r="${address}"${s}>${f}<${p}v>${numberText(cached.toNumber())}</${p}v></${p}c>`;
  }
  switch (cell.value.kind) {
    case 'blank':
      return `<${p}c r="${address}"${s}/>`;
    case 'number':
      return `<${p}c r="${address}"${s}><${p}v>${numberText(cell.value.value.toNumber())}</${p}v></${p}c>`;
    case 'text':
      return `<${p}c r="${address}"${s} t="inlineStr">${inlineString(p, cell.value.text)}</${p}c>`;
  }
}

function inlineString(p: string, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is>`;
}

/** A number as a cell stores it: the shortest text that reads back as the same double. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A cell cannot hold ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}
