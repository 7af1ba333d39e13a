import { fromA1 } from '../../src/core/a1';
import { BLANK, formulaText, isFormulaCell, LayoutCell, RangePatch, SheetLayout } from '../../src/core/layout';

/** The cell a patch or sheet layout writes at an address of its sheet ("I2"), blank where it writes none. */
export function cellAtAddress(layout: RangePatch | SheetLayout, address: string): LayoutCell {
  const { row, col } = fromA1(address);
  const origin = 'origin' in layout ? layout.origin : { row: 0, col: 0 };
  return layout.rows[row - origin.row]?.[col - origin.col] ?? BLANK;
}

/** A cell's formula, or undefined when it holds a value. */
export function formulaAt(layout: RangePatch | SheetLayout, address: string): string | undefined {
  const cell = cellAtAddress(layout, address);
  return isFormulaCell(cell) ? formulaText(cell) : undefined;
}

/** What a cell shows before recalculation, as text: a formula's cached result or the value ("" for blank). */
export function cachedAt(layout: RangePatch | SheetLayout, address: string): string {
  const cell = cellAtAddress(layout, address);
  if (isFormulaCell(cell)) return cell.cached.toString();
  const value = cell.value;
  switch (value.kind) {
    case 'blank':
      return '';
    case 'text':
      return value.text;
    case 'number':
      return value.value.toString();
  }
}
