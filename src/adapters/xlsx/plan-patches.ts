import { CellRange, fromA1, rangeContains, toA1 } from '../../core/a1';
import { Fix } from '../../core/findings';
import { fixedCell } from '../../core/fixes';
import { patchRange, RangePatch } from '../../core/layout';
import { cellXml, valueXml } from './cell-xml';
import { SheetPatch } from './sheet-patcher';
import { StyleAppender } from './style-appender';
import { StylesPart } from './styles-part';

/** The program's columns on the plan sheet: what it wrote before is emptied, the new cells go in. */
export function outputPatch(prefix: string, patch: RangePatch, clear: CellRange | undefined, styles: StyleAppender): SheetPatch {
  const covers = patchRange(patch);
  const { origin, rows } = patch;
  return {
    firstRow: Math.min(covers.from.row, clear?.from.row ?? Infinity),
    lastRow: Math.max(covers.to.row, clear?.to.row ?? -1),
    drops: (row, col) => {
      if (clear !== undefined && rangeContains(clear, { row, col })) return true;
      const cells = rows[row - origin.row];
      return cells !== undefined && col >= origin.col && col < origin.col + cells.length;
    },
    cells: (row) => {
      const cells = rows[row - origin.row];
      if (cells === undefined) return [];
      const result: { col: number; xml: string }[] = [];
      for (let c = 0; c < cells.length; c += 1) {
        const xml = cellXml(prefix, row, origin.col + c, cells[c] as (typeof cells)[number], styles);
        if (xml !== undefined) result.push({ col: origin.col + c, xml });
      }
      return result;
    },
    widths: patch.columnWidths.map((width, c) => [origin.col + c, width] as const),
    firstCol: Math.min(origin.col, clear?.from.col ?? Infinity),
    covers,
  };
}

/** Empties what the program wrote before on a sheet it no longer writes to. */
export function clearPatch(clear: CellRange): SheetPatch {
  return { firstRow: clear.from.row, lastRow: clear.to.row, drops: (row, col) => rangeContains(clear, { row, col }), cells: () => [], widths: [], firstCol: clear.from.col, covers: undefined };
}

/** One-click fixes on one sheet: each cell gets its value, and its number format when the fix gives one; the rest of its style stays. */
export function fixesPatch(prefix: string, fixes: readonly Fix[], styles: StylesPart, appender: StyleAppender): SheetPatch {
  const byRow = new Map<number, { col: number; fix: Fix }[]>();
  for (const fix of fixes) {
    const { row, col } = fromA1(fix.cell);
    const list = byRow.get(row) ?? [];
    // A later fix of the same cell wins.
    byRow.set(row, [...list.filter((f) => f.col !== col), { col, fix }].sort((a, b) => a.col - b.col));
  }
  const rowsFixed = [...byRow.keys()];
  const colsFixed = [...byRow.values()].flatMap((list) => list.map((f) => f.col));
  return {
    firstRow: Math.min(...rowsFixed),
    lastRow: Math.max(...rowsFixed),
    drops: (row, col) => byRow.get(row)?.some((f) => f.col === col) ?? false,
    cells: (row, styleAt) =>
      (byRow.get(row) ?? []).map(({ col, fix }) => {
        const style = styleAt(col);
        const cell = fixedCell(fix, styles.numberFormat(style));
        const kept = cell.numberFormat === undefined ? style : appender.withNumberFormat(style, cell.numberFormat);
        return { col, xml: valueXml(prefix, toA1({ row, col }), kept, cell) };
      }),
    widths: [],
    firstCol: Math.min(...colsFixed),
    covers: undefined,
  };
}
