import { toA1 } from '../../src/core/a1';
import { Decimal } from '../../src/core/decimal';
import { LayoutCell, patchColumnTexts, RangePatch, SheetLayout, text } from '../../src/core/layout';
import { Scheme } from '../../src/core/scheme';
import { columnPrint } from '../../src/core/state';
import { PlanWorkbook, PlanWrite } from '../../src/core/workbook';
import { smallScheme } from './plan';
import { nextWrite } from './poisoned-write';

/** A formula layout cell with its cached result. */
export function formulaCell(formula: string, cached: Decimal | string, numberFormat = '0.0'): LayoutCell {
  return { value: { kind: 'formula', formula, cached }, ...(typeof cached === 'string' ? {} : { numberFormat }) };
}

/**
 * The output columns with each figure made a live formula over the same row's first amount cell (D):
 * "<figure>+0*D<row>", which keeps the figure and follows an edit of D, for tests of how formulas are
 * written before the core builds its own.
 */
export function liveColumns(patch: RangePatch): RangePatch {
  return {
    ...patch,
    rows: patch.rows.map((row, r) =>
      row.map((cell) => (cell.value.kind === 'number' ? formulaCell(`${cell.value.value.toString()}+0*D${patch.origin.row + r + 1}`, cell.value.value, cell.numberFormat) : cell)),
    ),
  };
}

/** A small gap sheet: a heading, a text that looks like a formula, and a live figure per year over the plan sheet's output. */
export function gapSheetLayout(sheetName: string, source: RangePatch): SheetLayout {
  const firstFigure = toA1({ row: source.origin.row + 1, col: source.origin.col });
  return {
    sheetName,
    rows: [
      [text('Gab pr. år'), text('=ikke en formel')],
      [text('2023'), formulaCell(`'${source.sheetName}'!${firstFigure}*2`, new Decimal(0))],
      [text('Tom'), formulaCell(`IF(ISNUMBER('${source.sheetName}'!${firstFigure}),"","mangler")`, '')],
    ],
    merges: [],
    columnWidths: [20, 12],
  };
}

/** The write a run would make now, with live output columns and, when named, a gap sheet; the state names what it owns. */
export async function liveWrite(workbook: PlanWorkbook, options: { gapSheet?: string; scheme?: Scheme; sheet?: string } = {}): Promise<PlanWrite> {
  const write = await nextWrite(workbook, options.scheme ?? smallScheme(), options.sheet ?? 'Plan');
  const outputColumns = liveColumns(write.outputColumns);
  const gapSheet = options.gapSheet === undefined ? undefined : gapSheetLayout(options.gapSheet, outputColumns);
  return {
    ...write,
    outputColumns,
    ...(gapSheet === undefined ? {} : { gapSheet }),
    state: { ...write.state, ...(gapSheet === undefined ? {} : { gapSheet: gapSheet.sheetName }), columnPrints: patchColumnTexts(outputColumns).map(columnPrint) },
  };
}
