import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { toA1 } from '../../src/core/a1';
import { formulaText, isFormulaCell } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { schemeFromWorkbook, schemeToLayout } from '../../src/core/scheme-sheet';
import { FakeExcel } from '../fakes/fake-excel';
import { seedFromGrid } from '../helpers/fake-from-grid';
import { amountCells, layoutCells } from '../helpers/live-proof';
import { EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

/** The Hedensted plan sheet in a fake Excel, run once through the Office.js adapter. */
async function runInExcel(): Promise<{ excel: FakeExcel; workbook: OfficeWorkbook }> {
  const file = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
  const excel = new FakeExcel();
  excel.addSheet(SOURCE_SHEET, seedFromGrid(await file.readSheet(SOURCE_SHEET)));
  const workbook = new OfficeWorkbook(excel as never);
  const scheme = hedenstedScheme();
  expect((await runPlan(workbook, scheme, { write: true, schemeSheet: schemeToLayout(scheme) })).written).toBe(true);
  return { excel, workbook };
}

describe('random edits of amounts in Excel after a run through Office.js', () => {
  it('leave Excel showing the core’s figures on the edited sheet in the columns, their sums, Bilag 1 and the gap sheet', async () => {
    const first = await runInExcel();
    const analysed = analysePlan(await first.workbook.readSheet(SOURCE_SHEET), hedenstedScheme(), await first.workbook.facts());
    const notLive = new Set(analysed.findings.filter((f) => f.code === 'formula-not-live').map((f) => f.cell));
    const cells = amountCells(analysed).filter((c) => !notLive.has(toA1(c)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat({ max: cells.length - 1 }), tenths: fc.integer({ min: 0, max: 99 }) }), { minLength: 1, maxLength: 6 }), async (edits) => {
        const { excel, workbook } = await runInExcel();
        // The user types the amounts; Excel recalculates what reads them.
        await excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(SOURCE_SHEET);
          for (const { at, tenths } of edits) sheet.getRangeByIndexes(cells[at]!.row, cells[at]!.col, 1, 1).values = [[tenths / 10]];
          await context.sync();
        });
        const facts = await workbook.facts();
        const scheme = (await schemeFromWorkbook(workbook))?.scheme ?? hedenstedScheme();
        const expected = analysePlan(await workbook.readSheet(SOURCE_SHEET), scheme, facts);
        for (const { sheet, position, cell } of layoutCells(expected)) {
          if (!isFormulaCell(cell)) continue;
          const held = excel.sheet(sheet)?.cell(position.row, position.col);
          // Excel computes in doubles: its figure and the core's exact one agree to far more digits than are shown.
          const cached = cell.cached;
          const shown = typeof cached === 'string' ? held?.value : Math.round(Number(held?.value) * 1e9) / 1e9;
          expect([sheet, position, held?.formula, shown]).toEqual([sheet, position, formulaText(cell), typeof cached === 'string' ? cached : Math.round(cached.toNumber() * 1e9) / 1e9]);
        }
      }),
      { numRuns: 10, seed: 20261130 },
    );
  });
});
