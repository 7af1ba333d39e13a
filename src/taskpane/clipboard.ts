import { displayText, LayoutCell, SheetLayout } from '../core/layout';

/**
 * Bilag 1 for the clipboard: an HTML table Word pastes with its bold rows, borders and right-aligned
 * figures, and tab-separated text for everything else. The caption is the plan's Bilag 1 title.
 */
export function bilagForClipboard(layout: SheetLayout, caption: string): { html: string; text: string } {
  const covered = new Set<string>();
  const spans = new Map<string, number>();
  for (const merge of layout.merges) {
    spans.set(`${merge.from.row},${merge.from.col}`, merge.to.col - merge.from.col + 1);
    for (let c = merge.from.col + 1; c <= merge.to.col; c += 1) covered.add(`${merge.from.row},${c}`);
  }
  const rows = layout.rows.map((row, r) =>
    row
      .map((cell, c) => {
        if (covered.has(`${r},${c}`)) return '';
        const span = spans.get(`${r},${c}`);
        return `<td${span === undefined ? '' : ` colspan="${span}"`} style="${styleOf(cell)}">${escapeHtml(displayText(cell))}</td>`;
      })
      .join(''),
  );
  const html =
    `<table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt">` +
    `<caption style="text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>` +
    rows.map((cells) => `<tr>${cells}</tr>`).join('') +
    `</table>`;
  const text = [caption, ...layout.rows.map((row) => row.map(displayText).join('\t'))].join('\r\n');
  return { html, text };
}

const BORDER = { thin: '1px solid #000', medium: '2px solid #000', double: '3px double #000' } as const;

function styleOf(cell: LayoutCell): string {
  const parts = ['padding:1px 6px', 'vertical-align:top'];
  if (cell.bold) parts.push('font-weight:bold');
  if (cell.italic) parts.push('font-style:italic');
  parts.push(`text-align:${cell.align ?? (cell.value.kind === 'number' ? 'right' : 'left')}`);
  if (cell.borderTop !== undefined) parts.push(`border-top:${BORDER[cell.borderTop]}`);
  if (cell.borderBottom !== undefined) parts.push(`border-bottom:${BORDER[cell.borderBottom]}`);
  return parts.join(';');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
