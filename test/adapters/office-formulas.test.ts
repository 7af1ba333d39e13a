import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { formulaText, isFormulaCell } from '../../src/core/layout';
import { MisuseError } from '../../src/core/misuse';
import { analysePlan } from '../../src/core/plan';
import { SCHEME_SHEET } from '../../src/core/scheme-sheet';
import { STATE_SHEET } from '../../src/core/state';
import { FakeExcel, SeedCell } from '../fakes/fake-excel';
import { liveWrite } from '../helpers/formula-write';
import { HEADER, smallScheme } from '../helpers/plan';

const GAP = 'Gab pr. år';

function excelWith(): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  const rows: SeedCell[][] = [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2, null, 0.5, 1], ['2', 'Dagtilbud', '=Bofællesskab', 2, 3, null, 1, 3]];
  excel.addSheet('Plan', rows);
  return { excel, workbook: new OfficeWorkbook(excel as never) };
}

/** A cell of the fake as "formula → value", or its value alone. */
function shown(excel: FakeExcel, sheet: string, row: number, col: number): string {
  const cell = excel.sheet(sheet)?.cell(row, col);
  return cell?.formula === undefined ? String(cell?.value ?? '') : `=${cell.formula} → ${String(cell.value)}`;
}

describe('formulas through the Office.js adapter', () => {
  it('writes the live columns and the gap sheet through Range.formulas, calculated by Excel to the cached figures, and text as text', async () => {
    const { excel, workbook } = excelWith();
    const plan = await liveWrite(workbook, { gapSheet: GAP });
    await workbook.write(plan);
    plan.outputColumns.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = excel.sheet('Plan')?.cell(plan.outputColumns.origin.row + r, plan.outputColumns.origin.col + c);
        if (isFormulaCell(cell)) expect({ formula: at?.formula, value: at?.value }).toEqual({ formula: formulaText(cell), value: Number(cell.cached) });
        else expect(at?.formula).toBeUndefined();
      }),
    );
    expect(shown(excel, 'Plan', 2, 2)).toBe('=Bofællesskab');
    expect([shown(excel, GAP, 0, 1), shown(excel, GAP, 1, 1), shown(excel, GAP, 2, 1)]).toEqual(['=ikke en formel', "='Plan'!I2*2 → 1", `=IF(ISNUMBER('Plan'!I2),"","mangler") → `]);
  });

  it('puts the gap sheet after Bilag 1, before the state sheet, and replaces it on the next run', async () => {
    const { excel, workbook } = excelWith();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const once = excel.snapshot();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    expect(excel.sheets.map((s) => s.name)).toEqual(['Plan', SCHEME_SHEET, 'Bilag 1', GAP, STATE_SHEET]);
    expect(excel.snapshot()).toEqual(once);
    expect((await workbook.facts()).state?.gapSheet).toBe(GAP);
  });

  it('removes the gap sheet it wrote when a run writes none, and refuses to write it over a sheet the user made', async () => {
    const { excel, workbook } = excelWith();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    await workbook.write(await liveWrite(workbook));
    expect(excel.sheets.map((s) => s.name)).toEqual(['Plan', SCHEME_SHEET, 'Bilag 1', STATE_SHEET]);
    const before = excel.snapshot();
    await expect(workbook.write(await liveWrite(workbook, { gapSheet: 'Plan' }))).rejects.toThrow(MisuseError);
    expect(excel.snapshot()).toEqual(before);
  });

  it('reads its own cells as formulas, so an edit of an amount they read is no edit of its columns, and a number typed over one is', async () => {
    const { excel, workbook } = excelWith();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('D2').values = [[4.5]];
      await context.sync();
    });
    const edited = analysePlan(await workbook.readSheet('Plan'), smallScheme(), await workbook.facts());
    expect(edited.findings.map((f) => f.code)).not.toContain('output-edited');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('I2').values = [[7]];
      await context.sync();
    });
    const typedOver = analysePlan(await workbook.readSheet('Plan'), smallScheme(), await workbook.facts());
    expect(typedOver.findings.filter((f) => f.code === 'output-edited').map((f) => f.cell)).toEqual(['I1']);
  });

  it('reads the formulas in the same round trip as the sheet', async () => {
    const { excel, workbook } = excelWith();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    await workbook.facts();
    const before = excel.syncs;
    await workbook.readSheet('Plan');
    expect(excel.syncs - before).toBe(1);
  });

  it('undoes a re-run back to the formulas and gap sheet of the run before, and a first run to nothing', async () => {
    const { excel, workbook } = excelWith();
    const untouched = excel.snapshot();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    await workbook.undo();
    expect(excel.snapshot()).toEqual(untouched);
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const first = excel.snapshot();
    await workbook.write(await liveWrite(workbook));
    await workbook.undo();
    expect(excel.snapshot()).toEqual(first);
  });

  it('leaves the workbook as it was when the sync of a write with the gap sheet fails', async () => {
    const { excel, workbook } = excelWith();
    await workbook.write(await liveWrite(workbook, { gapSheet: GAP }));
    const before = excel.snapshot();
    const plan = await liveWrite(workbook, { gapSheet: GAP });
    excel.failOnSync(1);
    await expect(workbook.write(plan)).rejects.toThrow(/Simulated failure/);
    expect(excel.snapshot()).toEqual(before);
  });
});
