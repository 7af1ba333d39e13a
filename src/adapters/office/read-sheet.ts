import { SheetValues } from './grid-from-values';
import { ExcelHost, isPayloadTooLarge, PAYLOAD_BUDGET } from './host';

export interface SheetRead {
  readonly values: SheetValues;
  readonly protected: boolean;
}

/** A first guess of the response bytes per cell (value, type and format); corrected after each part. */
const BYTES_PER_CELL = 40;

/**
 * Reads a sheet's used range in one sync: values, their types, number formats, hidden rows and columns
 * (ExcelApi 1.9) and merged areas (1.13). Formulas are not read: Excel always holds their results.
 * A sheet too large for one response is read in parts of rows, one sync each.
 */
export async function readSheetValues(context: Excel.RequestContext, name: string, host: ExcelHost): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat');
  const extras = queueExtras(used, host);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    return readInParts(context, name, host);
  }
  return {
    protected: sheet.protection.protected,
    values: {
      sheetName: name,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: used.values,
      valueTypes: used.valueTypes as string[][],
      numberFormat: used.numberFormat as string[][],
      ...extras.result(used.rowIndex, used.columnIndex),
    },
  };
}

async function readInParts(context: Excel.RequestContext, name: string, host: ExcelHost): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const extras = queueExtras(used, host);
  await context.sync();
  const values: unknown[][] = [];
  const valueTypes: string[][] = [];
  const numberFormat: string[][] = [];
  let rowsPerPart = Math.max(1, Math.floor(PAYLOAD_BUDGET / (used.columnCount * BYTES_PER_CELL)));
  let start = 0;
  // One sync per part: the number of parts grows with the sheet's megabytes, never per row.
  while (start < used.rowCount) {
    const count = Math.min(rowsPerPart, used.rowCount - start);
    const part = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, used.columnCount).load('values,valueTypes,numberFormat');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      rowsPerPart = Math.max(1, Math.floor(count / 2));
      continue;
    }
    values.push(...part.values);
    valueTypes.push(...(part.valueTypes as string[][]));
    numberFormat.push(...(part.numberFormat as string[][]));
    const bytes = JSON.stringify(part.values).length + JSON.stringify(part.valueTypes).length + JSON.stringify(part.numberFormat).length;
    rowsPerPart = Math.max(1, Math.floor((PAYLOAD_BUDGET / Math.max(bytes, 1)) * count));
    start += count;
  }
  return {
    protected: sheet.protection.protected,
    values: { sheetName: name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, values, valueTypes, numberFormat, ...extras.result(used.rowIndex, used.columnIndex) },
  };
}

/** Columns whose widths are read, so undo can put back the widths of the add-in's columns. */
export const WIDTHS_READ = 80;

/** Hidden rows and columns, merged areas and column widths, queued where the host has the API. */
function queueExtras(
  used: Excel.Range,
  host: ExcelHost,
): { result: (rowIndex: number, columnIndex: number) => Pick<SheetValues, 'hiddenRows' | 'hiddenColumns' | 'mergedAddress' | 'columnWidths'> } {
  const widths = Array.from({ length: WIDTHS_READ }, (_, c) => used.worksheet.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'));
  const rows = host.supports('1.9') ? used.getRowProperties({ rowHidden: true }) : undefined;
  const columns = host.supports('1.9') ? used.getColumnProperties({ columnHidden: true }) : undefined;
  const merged = host.supports('1.13') ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  return {
    result: (rowIndex, columnIndex) => ({
      hiddenRows: (rows?.value ?? []).flatMap((p, i) => (p.rowHidden === true ? [p.rowIndex ?? rowIndex + i] : [])),
      hiddenColumns: (columns?.value ?? []).flatMap((p, i) => (p.columnHidden === true ? [p.columnIndex ?? columnIndex + i] : [])),
      ...(merged === undefined || merged.isNullObject ? {} : { mergedAddress: merged.address }),
      columnWidths: widths.map((format) => format.columnWidth),
    }),
  };
}
