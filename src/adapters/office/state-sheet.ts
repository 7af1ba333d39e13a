import { STATE_SHEET } from '../../core/state';

/** The very hidden state sheet, added when the workbook has none yet. */
export function stateSheet(context: Excel.RequestContext, exists: boolean): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  if (exists) return worksheets.getItem(STATE_SHEET);
  const sheet = worksheets.add(STATE_SHEET);
  sheet.visibility = 'VeryHidden';
  return sheet;
}

/** Queues the state text into A1 of the state sheet, as text. */
export function queueState(context: Excel.RequestContext, text: string, exists: boolean): void {
  const cell = stateSheet(context, exists).getRange('A1');
  cell.numberFormat = [['@']];
  cell.values = [[text]];
}

/** Excel refuses to delete a very hidden sheet (office-js #365, by design): it is made hidden first, in the same batch. */
export function queueDeleteStateSheet(context: Excel.RequestContext): void {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  sheet.visibility = 'Hidden';
  sheet.delete();
}
