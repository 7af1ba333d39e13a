import { toA1 } from '../../src/core/a1';
import { Decimal } from '../../src/core/decimal';
import { formulaOf, LayoutCell, RangePatch, SheetLayout, text } from '../../src/core/layout';
import { Scheme } from '../../src/core/scheme';
import { PlanWorkbook, PlanWrite } from '../../src/core/workbook';
import { smallScheme } from './plan';
import { nextWrite } from './poisoned-write';

/** A formula layout cell with its cached result. */
export function formulaCell(formula: string, cached: Decimal | string, numberFormat = '0.0'): LayoutCell {
  return formulaOf(formula, cached, typeof cached === 'string' ? {} : { numberFormat });
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

/** The write a run would make now (the core's live columns and Bilag 1) and, when named, a small gap sheet of the test's; the state names what it owns. */
export async function liveWrite(workbook: PlanWorkbook, options: { gapSheet?: string; scheme?: Scheme; sheet?: string } = {}): Promise<PlanWrite> {
  const write = await nextWrite(workbook, options.scheme ?? smallScheme(), options.sheet ?? 'Plan');
  const gapSheet = options.gapSheet === undefined ? undefined : gapSheetLayout(options.gapSheet, write.outputColumns);
  return { ...write, ...(gapSheet === undefined ? {} : { gapSheet }), state: { ...write.state, ...(gapSheet === undefined ? {} : { gapSheet: gapSheet.sheetName }) } };
}
