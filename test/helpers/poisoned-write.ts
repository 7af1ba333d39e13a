import { Decimal } from '../../src/core/decimal';
import { LayoutCell, patchColumnTexts, patchRange, RangePatch, SheetLayout } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { Scheme } from '../../src/core/scheme';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { columnPrint } from '../../src/core/state';
import { PlanWorkbook, PlanWrite } from '../../src/core/workbook';

const fail = (): never => {
  throw new Error('Simulated failure');
};

/**
 * A number that fails the moment a writer looks at it (any method, or its digits), as a full disk or a
 * bug would halfway through a write, whichever way the writer turns a Decimal into text.
 */
function poisonedDecimal(): Decimal {
  const poisoned = Object.create(Decimal.prototype) as Decimal;
  for (const key of Object.getOwnPropertyNames(Decimal.prototype)) {
    if (key !== 'constructor') Object.defineProperty(poisoned, key, { value: fail });
  }
  for (const digits of ['d', 'e', 's']) Object.defineProperty(poisoned, digits, { get: fail });
  return poisoned;
}

export const POISON: LayoutCell = { value: { kind: 'number', value: poisonedDecimal() } };

export function poisonRow<T extends RangePatch | SheetLayout>(layout: T, row: number): T {
  return { ...layout, rows: layout.rows.map((cells, r) => (r === row ? [POISON, ...cells.slice(1)] : cells)) };
}

/** The write a run would make now on this sheet, from the workbook as it is (as runPlan builds it). */
export async function nextWrite(workbook: PlanWorkbook, scheme: Scheme, sheet: string): Promise<PlanWrite> {
  const facts = await workbook.facts();
  const result = analysePlan(await workbook.readSheet(sheet), scheme, facts);
  if (result.outputColumns === undefined || result.bilag1 === undefined) throw new Error('The plan does not validate');
  return {
    outputColumns: result.outputColumns,
    bilag1: result.bilag1,
    state: {
      sourceSheet: sheet,
      output: patchRange(result.outputColumns),
      bilagSheet: scheme.bilag1.sheetName,
      columnPrints: patchColumnTexts(result.outputColumns).map(columnPrint),
    },
    ...(facts.state === undefined ? {} : { previous: facts.state }),
    schemeSheet: schemeToLayout(scheme),
  };
}
