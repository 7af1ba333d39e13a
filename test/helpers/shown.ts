import type { Cell, Worksheet } from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import { decimalsShownBy, formatDanish } from '../../src/core/money';

/** A cell as Danish Excel shows it: its number format applied with Danish separators. */
export function shownText(cell: Cell): string {
  // A merged area shows its text once, in its top-left cell.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = resultOf(cell);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return shownNumber(value, cell.numFmt);
  if (typeof value === 'string') return value;
  throw new Error(`Unexpected cell value in ${cell.address}: ${JSON.stringify(value)}`);
}

/**
 * What a cell shows before any recalculation: its value, or a formula's cached result ("" when it has
 * none). Read through cell.result: ExcelJS's cell.value leaves out a result of 0.
 */
export function resultOf(cell: Cell): Cell['value'] {
  if (formulaOf(cell) !== undefined) return (cell.result ?? '') as Cell['value'];
  return cell.value;
}

/** A cell's formula without the "=", or undefined when it holds none. */
export function formulaOf(cell: Cell): string | undefined {
  const value = cell.value;
  return value !== null && typeof value === 'object' && 'formula' in value ? value.formula : undefined;
}

/** A sheet as tab-separated text of shown values, one line per row, trailing empty cells dropped like Calc's export. */
export function sheetAsShownText(worksheet: Worksheet): string {
  const lines: string[] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const cells: string[] = [];
    for (let c = 1; c <= worksheet.columnCount; c += 1) cells.push(shownText(worksheet.getCell(r, c)));
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** A number as Danish Excel shows it under a US-style format code. */
export function shownNumber(value: number, numberFormat: string | undefined): string {
  const decimals = decimalsShownBy(numberFormat);
  if (decimals === undefined) return String(value).replace('.', ',');
  const grouping = (numberFormat ?? '').includes(',') ? '.' : '';
  return formatDanish(new Decimal(value), decimals, { decimal: ',', group: grouping });
}
