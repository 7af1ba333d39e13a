import { isOwnChange } from './events';

/**
 * Excel.run as Office.js has it: a batch in a new context, or in the context an event handler was
 * added with, which is the only one that can remove it (office-js-docs-reference #730).
 */
export interface ExcelEvents {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Listens for changes of the named sheets (Worksheet.onChanged, ExcelApi 1.7), one handler per
 * sheet, in two syncs; sheets the workbook does not have are left out. `onChange` hears the sheet's
 * name for each change the user or another program made; the add-in's own writes are not told
 * (it turns events off while it writes, and Excel marks what it writes as its own from ExcelApi 1.14).
 * The returned function removes the handlers, in the context they were added with; call it once.
 */
export async function watchSheets(excel: ExcelEvents, sheets: readonly string[], onChange: (sheet: string) => void): Promise<() => Promise<void>> {
  const added = await excel.run(async (context) => {
    const found = sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name).load('name') }));
    await context.sync();
    const handlers = found
      .filter(({ sheet }) => !sheet.isNullObject)
      .map(({ name, sheet }) =>
        sheet.onChanged.add(async (event) => {
          if (!isOwnChange(event)) onChange(name);
        }),
      );
    await context.sync();
    return handlers;
  });
  let removed = false;
  return async () => {
    const context = added[0]?.context;
    if (removed || context === undefined) return;
    removed = true;
    try {
      await excel.run(context, async (same) => {
        for (const handler of added) handler.remove();
        await same.sync();
      });
    } catch {
      // The workbook is closing or gone: its handlers go with it.
    }
  };
}
