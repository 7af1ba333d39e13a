import { fromA1 } from '../../core/a1';
import { Fix } from '../../core/findings';
import { fixedCell } from '../../core/fixes';
import { resumeEvents, suspendEvents } from './events';
import { storedValue } from '../../core/layout';
import { ExcelCellValue, restoreInput, Snapshot } from './snapshot';

/**
 * Writes one-click fixes into the user's cells: one sync reads each cell as it is (for undo), one
 * writes the new values. Only the value and, where the fix needs it, the number format change; the
 * cell's fill, font and borders stay. Returns the cells as they were.
 */
export async function applyFixesIn(context: Excel.RequestContext, fixes: readonly Fix[]): Promise<Snapshot[]> {
  const ranges = fixes.map((fix) => context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).load('values,valueTypes,numberFormat'));
  await context.sync();
  const before = fixes.map((fix, i): Snapshot => {
    const range = ranges[i] as Excel.Range;
    const position = fromA1(fix.cell);
    return {
      sheet: fix.sheet,
      range: { from: position, to: position },
      values: range.values as ExcelCellValue[][],
      valueTypes: range.valueTypes as string[][],
      numberFormat: range.numberFormat as string[][],
      columnWidths: [],
    };
  });
  suspendEvents(context);
  fixes.forEach((fix, i) => {
    const format = before[i]?.numberFormat[0]?.[0];
    const cell = fixedCell(fix, format);
    const range = ranges[i] as Excel.Range;
    if (cell.numberFormat !== undefined || cell.value.kind === 'text') range.numberFormat = [[cell.numberFormat ?? format ?? 'General']];
    range.values = [[cell.value.kind === 'text' ? restoreInput(cell.value.text) : storedValue(cell)]];
  });
  resumeEvents(context);
  await context.sync();
  return before;
}
