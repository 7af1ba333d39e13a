import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { LayoutCell, RangePatch, SheetLayout } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { PlanWrite } from '../../src/core/workbook';
import { HEADER, smallScheme } from '../helpers/plan';
import { everyCellAndStyle } from './harnesses';

/** A layout cell that fails when written, as a full disk or a bug would halfway through. */
const POISON: LayoutCell = {
  value: {
    kind: 'number',
    value: Object.assign(Object.create(Decimal.prototype) as Decimal, {
      toNumber: () => {
        throw new Error('Simulated failure');
      },
    }),
  },
};

function poisonRow<T extends RangePatch | SheetLayout>(layout: T, row: number): T {
  return { ...layout, rows: layout.rows.map((cells, r) => (r === row ? [POISON, ...cells.slice(1)] : cells)) };
}

async function planWorkbook(): Promise<XlsxWorkbook> {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet('Plan');
  [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2, null, 0.5, 1], ['2', 'Dagtilbud', 'Bofællesskab', 2, 3, null, 1, 3]].forEach((row) => sheet.addRow(row));
  sheet.getColumn(9).width = 30;
  sheet.getCell('I1').value = null;
  return XlsxWorkbook.fromBuffer(new Uint8Array(await source.xlsx.writeBuffer()));
}

/** The write a run would make now, from the workbook as it is. */
async function nextWrite(workbook: XlsxWorkbook): Promise<PlanWrite> {
  const facts = await workbook.facts();
  const result = analysePlan(await workbook.readSheet('Plan'), smallScheme(), facts);
  const outputColumns = result.outputColumns!;
  return {
    outputColumns,
    bilag1: result.bilag1!,
    state: { ...(facts.state ?? { columnPrints: [] }), sourceSheet: 'Plan', output: { from: outputColumns.origin, to: outputColumns.origin }, bilagSheet: 'Bilag 1', columnPrints: [] },
    ...(facts.state === undefined ? {} : { previous: facts.state }),
  };
}

describe('a write to an .xlsx workbook that fails halfway', () => {
  const failures: [string, (plan: PlanWrite) => PlanWrite][] = [
    ['in the middle of the effect and gap columns', (plan) => ({ ...plan, outputColumns: poisonRow(plan.outputColumns, 2) })],
    ['in the middle of Bilag 1, after the columns were written', (plan) => ({ ...plan, bilag1: poisonRow(plan.bilag1, 3) })],
  ];

  it.each(failures)('leaves a fresh workbook as it was when it fails %s', async (_, poison) => {
    const workbook = await planWorkbook();
    const before = await everyCellAndStyle(workbook);
    const bytes = await workbook.toBuffer();
    await expect(workbook.write(poison(await nextWrite(workbook)))).rejects.toThrow('Simulated failure');
    expect(await everyCellAndStyle(workbook)).toEqual(before);
    // Not only what a reader shows: the file it would save is the very same.
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each(failures)('leaves a workbook run before (its columns, Bilag 1 and state) as it was when it fails %s', async (_, poison) => {
    const workbook = await planWorkbook();
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
    const before = await everyCellAndStyle(workbook);
    await expect(workbook.write(poison(await nextWrite(workbook)))).rejects.toThrow('Simulated failure');
    expect(await everyCellAndStyle(workbook)).toEqual(before);
    // And the next run works as if nothing had happened.
    expect((await runPlan(workbook, smallScheme(), { write: true })).written).toBe(true);
    expect(await everyCellAndStyle(workbook)).toEqual(before);
  });
});
