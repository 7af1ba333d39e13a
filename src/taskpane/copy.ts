import { toA1 } from '../core/a1';
import { widestRow } from '../core/grid';
import type { SheetLayout } from '../core/layout';

/** What happened when the user asked to copy Bilag 1; the pane says it next to the button. */
export type CopyOutcome =
  /** Bilag 1 is on the clipboard as an HTML table and as text. */
  | 'copied'
  /** The pane could not copy; Bilag 1 is selected in the workbook for the user to copy with Ctrl+C. */
  | 'selected-in-workbook'
  /** Neither worked. */
  | 'not-copied';

/**
 * Copies Bilag 1 from a click; call it directly in the click handler, as browsers allow copying only
 * there. First from a selected, off-screen copy of the table: the copy event gets the HTML and the
 * text, and where a web view fires no copy event for a copy without a selection (older WebKit on Mac)
 * the selected table is copied all the same. Then through the asynchronous Clipboard API, which Excel
 * on the web blocks by its permissions policy (office-js #1991, #3480) but desktop web views allow.
 * Where both fail, `selectInWorkbook` (in Excel) selects Bilag 1's cells, so the user can copy them with
 * Ctrl+C: Excel's own copy pastes into Word as a formatted table.
 */
export async function copyBilag1(content: { html: string; text: string }, selectInWorkbook?: () => Promise<void>): Promise<CopyOutcome> {
  // Synchronous up to here: still inside the click.
  if (copyFromSelection(content)) return 'copied';
  if (await copyWithClipboardApi(content)) return 'copied';
  if (selectInWorkbook === undefined) return 'not-copied';
  try {
    await selectInWorkbook();
    return 'selected-in-workbook';
  } catch {
    return 'not-copied';
  }
}

/** The Danish sentence the pane shows next to the Kopiér button, with how it should look. */
export function copyOutcomeText(outcome: CopyOutcome): { intent: 'success' | 'info' | 'warning'; text: string } {
  switch (outcome) {
    case 'copied':
      return { intent: 'success', text: 'Bilag 1 er kopieret. Indsæt det i Word med Ctrl+V (Cmd+V på Mac).' };
    case 'selected-in-workbook':
      return {
        intent: 'info',
        text: 'Excel lader ikke tilføjelsesprogrammet kopiere her, så Bilag 1 er markeret i arket. Tryk Ctrl+C (Cmd+C på Mac), og indsæt i Word med Ctrl+V.',
      };
    case 'not-copied':
      return { intent: 'warning', text: 'Bilag 1 kunne ikke kopieres herfra. Markér tabellen på arket »Bilag 1« eller herunder, kopiér den med Ctrl+C, og indsæt i Word.' };
  }
}

/** Bilag 1's cells on its sheet, from A1 to its last row and widest column, e.g. "A1:F14". */
export function bilagAddress(layout: SheetLayout): string {
  const rows = Math.max(1, layout.rows.length);
  const columns = Math.max(1, widestRow(layout.rows));
  return `A1:${toA1({ row: rows - 1, col: columns - 1 })}`;
}

/** Copies with execCommand from an off-screen element holding the table, selected; puts back the user's selection and focus. */
function copyFromSelection(content: { html: string; text: string }): boolean {
  const selection = window.getSelection();
  if (selection === null || typeof document.execCommand !== 'function') return false;
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'fixed', left: '-10000px', top: '0', whiteSpace: 'pre' });
  holder.innerHTML = content.html;
  const focused = document.activeElement;
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the page's own Selection, not an Office object
  const kept = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  document.body.append(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  selection.removeAllRanges();
  selection.addRange(range);
  const onCopy = (event: ClipboardEvent): void => {
    if (event.clipboardData === null) return;
    event.clipboardData.setData('text/html', content.html);
    event.clipboardData.setData('text/plain', content.text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
    selection.removeAllRanges();
    for (const r of kept) selection.addRange(r);
    holder.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}

/** The asynchronous Clipboard API with both forms; false where it is missing or refused. */
async function copyWithClipboardApi(content: { html: string; text: string }): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([content.html], { type: 'text/html' }), 'text/plain': new Blob([content.text], { type: 'text/plain' }) }),
    ]);
    return true;
  } catch {
    return false;
  }
}
