import { displayText, isFigure, LayoutCell, SheetLayout } from '../core/layout';

/**
 * Bilag 1 for the clipboard: an HTML table Word pastes as the plan's appendix (column widths in the
 * sheet's proportions over the page's width, the caption bold and on the left above it, cells aligned at the top
 * with room around the text, the header rows repeated on every page, bold rows, rules and right-aligned
 * figures), and tab-separated text for everything else. The caption is the plan's Bilag 1 title.
 * Word and LibreOffice read some of this from HTML attributes only, so each look is given both ways.
 */
export function bilagForClipboard(layout: SheetLayout, caption: string): { html: string; text: string } {
  const covered = new Set<string>();
  const spans = new Map<string, number>();
  for (const merge of layout.merges) {
    spans.set(`${merge.from.row},${merge.from.col}`, merge.to.col - merge.from.col + 1);
    for (let c = merge.from.col + 1; c <= merge.to.col; c += 1) covered.add(`${merge.from.row},${c}`);
  }
  const shares = columnShares(layout.columnWidths);
  const rows = layout.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      if (covered.has(`${r},${c}`)) return '';
      const span = spans.get(`${r},${c}`);
      // The first row's cells carry the widths: the one place both Word and LibreOffice take them from.
      const share = r === 0 ? shares.slice(c, c + (span ?? 1)).reduce((sum, part) => sum + part, 0) : undefined;
      const width = share === undefined ? '' : ` width="${share}%"`;
      const style = styleOf(cell) + (share === undefined ? '' : `;width:${share}%`);
      return `<td${span === undefined ? '' : ` colspan="${span}"`}${width} valign="top" style="${style}">${escapeHtml(displayText(cell))}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const headerRows = layout.frozenRows ?? 0;
  const html =
    // A paragraph, not a <caption>: word processors centre a caption whatever its style says.
    `<p style="text-align:left;font-weight:bold;font-family:Calibri,Arial,sans-serif;font-size:11pt"><b>${escapeHtml(caption)}</b></p>` +
    `<table width="100%" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt">` +
    `<colgroup>${layout.columnWidths.map((width) => `<col width="${width}*">`).join('')}</colgroup>` +
    (headerRows > 0 ? `<thead style="display:table-header-group">${rows.slice(0, headerRows).join('')}</thead>` : '') +
    `<tbody>${rows.slice(headerRows).join('')}</tbody>` +
    `</table>`;
  const text = [caption, ...layout.rows.map((row) => row.map(displayText).join('\t'))].join('\r\n');
  return { html, text };
}

/** Each column's share of the table's width in whole percent, as its share of the sheet's widths (the first column takes what rounding leaves). */
function columnShares(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const shares = widths.map((width) => Math.round((width / total) * 100));
  const rest = 100 - shares.slice(1).reduce((sum, share) => sum + share, 0);
  return shares.length === 0 ? [] : [rest, ...shares.slice(1)];
}

const BORDER = { thin: '1px solid #000', medium: '2px solid #000', double: '3px double #000' } as const;

function styleOf(cell: LayoutCell): string {
  const parts = ['padding:2pt 5pt', 'vertical-align:top'];
  if (cell.bold) parts.push('font-weight:bold');
  if (cell.italic) parts.push('font-style:italic');
  parts.push(`text-align:${cell.align ?? (isFigure(cell) ? 'right' : 'left')}`);
  if (cell.borderTop !== undefined) parts.push(`border-top:${BORDER[cell.borderTop]}`);
  if (cell.borderBottom !== undefined) parts.push(`border-bottom:${BORDER[cell.borderBottom]}`);
  return parts.join(';');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
