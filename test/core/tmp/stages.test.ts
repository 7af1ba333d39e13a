import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { analysePlan } from '../../../src/core/plan';
import { patchColumnTexts } from '../../../src/core/layout';
import { columnPrint } from '../../../src/core/state';
import { benchScheme, planXlsx } from '../../bench/plan-files';
import { syntheticPlan } from '../../bench/synthetic-plan';

it('stages', async () => {
  const plan = syntheticPlan(20000);
  const grid = await (await XlsxWorkbook.fromBuffer(await planXlsx(plan))).readSheet(plan.sheetName);
  const scheme = benchScheme();
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const r = analysePlan(grid, scheme, { sheetNames: [grid.sheetName] });
    const t1 = performance.now();
    const texts = patchColumnTexts(r.outputColumns!);
    const t2 = performance.now();
    texts.map(columnPrint);
    const t3 = performance.now();
    texts.map(columnPrint);
    const t4 = performance.now();
    console.log(`analyse ${(t1 - t0).toFixed(0)} texts ${(t2 - t1).toFixed(0)} prints ${(t3 - t2).toFixed(0)} again ${(t4 - t3).toFixed(0)} chars ${texts.flat().reduce((n, t) => n + t.length, 0)}`);
  }
}, 300000);
