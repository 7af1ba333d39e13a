import { rangeToA1 } from '../../core/a1';
import { widestRow } from '../../core/grid';
import { SheetLayout } from '../../core/layout';
import { cellXml } from './cell-xml';
import { StyleAppender } from './style-appender';
import { Dialect } from './workbook-part';
import { escapeText } from './xml-text';

/**
 * Sheet protection without a password (a closed round's sheet): it guards against a slip of the hand, not a secret.
 * Excel protects objects and scenarios too when a user protects a sheet; the file says so, as Excel writes it.
 */
const PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

/** A sheet the program owns (Bilag 1, the scheme, the state, a closed round) as a new worksheet part. */
export function sheetXml(layout: SheetLayout, dialect: Dialect, styles: StyleAppender, options: { readonly protect?: boolean } = {}): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${dialect.main}" xmlns:r="${dialect.relationships}">`,
  ];
  const width = Math.max(1, widestRow(layout.rows));
  parts.push(`<dimension ref="${rangeToA1({ from: { row: 0, col: 0 }, to: { row: Math.max(layout.rows.length, 1) - 1, col: width - 1 } })}"/>`);
  const frozen = layout.frozenRows;
  parts.push(
    frozen === undefined || frozen === 0
      ? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
      : `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`,
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (layout.columnWidths.length > 0) parts.push(`<cols>${colsXml(0, layout.columnWidths)}</cols>`);
  parts.push('<sheetData>');
  layout.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const xml = cellXml('', r, c, cell, styles);
      if (xml !== undefined) cells.push(xml);
    });
    if (cells.length > 0) parts.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  // The schema's order: sheetProtection follows sheetData (and sheetCalcPr) and comes before mergeCells.
  if (options.protect === true) parts.push(PROTECTION);
  if (layout.merges.length > 0) parts.push(`<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`).join('')}</mergeCells>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (layout.printTitle !== undefined) parts.push(`<headerFooter><oddHeader>${escapeText(`&C&B${layout.printTitle.replace(/&/g, '&&')}`)}</oddHeader></headerFooter>`);
  parts.push('</worksheet>');
  return parts.join('');
}

/** Column elements for widths from column `first` (zero-based) on, each its own; Excel's character units. */
function colsXml(first: number, widths: readonly number[]): string {
  return widths.map((width, i) => `<col min="${first + i + 1}" max="${first + i + 1}" width="${width}" customWidth="1"/>`).join('');
}
