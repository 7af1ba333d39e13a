/**
 * Events off while the add-in writes (ExcelApi 1.8), so the workbook's and other add-ins' change
 * handlers do not react to its own changes; on again before the same sync ends.
 */
export function suspendEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = false;
}

export function resumeEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = true;
}
