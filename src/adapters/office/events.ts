/**
 * Events off while the add-in writes (ExcelApi 1.8), so the workbook's and other add-ins' change
 * handlers, and the pane's own, do not react to its own changes; on again before the same sync ends.
 */
export function suspendEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = false;
}

export function resumeEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = true;
}

/** A change this add-in made itself: Excel says so from ExcelApi 1.14; older hosts say nothing, and events are off while it writes. */
export function isOwnChange(event: Pick<Excel.WorksheetChangedEventArgs, 'triggerSource'>): boolean {
  return event.triggerSource === 'ThisLocalAddin';
}
