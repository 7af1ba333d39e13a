import { performance } from 'node:perf_hooks';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { toA1 } from '../../src/core/a1';
import { analysePlan } from '../../src/core/plan';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { ExcelSession } from '../../src/taskpane/excel-session';
import { FakeExcel } from '../fakes/fake-excel';
import { seedFromLayout } from '../helpers/seed';
import { median } from './measure';
import { benchScheme } from './plan-files';
import { SYNTHETIC_HEADER, syntheticPlan } from './synthetic-plan';

/**
 * `BENCH_MAIN=refresh-only.ts node scripts/bench.js --sizes 2000`: the pane's reading after an edit in
 * Excel, on the counting fake: the syncs it costs (one for the plan's sheet), and the milliseconds of the
 * whole reading and of the core's part of it (median of 7, after 2 to warm up).
 */
export async function main(args: readonly string[]): Promise<number> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg !== undefined ? sizesArg.split(',').map(Number) : [2_000];
  const scheme = benchScheme();
  for (const initiatives of sizes) {
    const plan = syntheticPlan(initiatives);
    const excel = new FakeExcel();
    excel.addSheet(plan.sheetName, plan.rows);
    const schemeSheet = seedFromLayout(schemeToLayout(scheme));
    excel.addSheet(schemeSheet.name, schemeSheet.rows);
    const session = await ExcelSession.open(excel as never, undefined, excel as never);
    await session.validate(plan.sheetName);
    // The 2023 amount of the first initiative, typed again and again.
    const headerRow = plan.rows.findIndex((row) => row[0] === SYNTHETIC_HEADER[0]);
    const cell = toA1({ row: headerRow + 1, col: SYNTHETIC_HEADER.indexOf('2023') });
    const syncs: number[] = [];
    const readings: number[] = [];
    const cores: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      excel.userTypes(plan.sheetName, cell, String(i + 1));
      const before = excel.syncs;
      const start = performance.now();
      await session.reread(plan.sheetName, [plan.sheetName]);
      readings.push(performance.now() - start);
      syncs.push(excel.syncs - before);
      const grid = await new OfficeWorkbook(excel as never).readSheet(plan.sheetName);
      const coreStart = performance.now();
      analysePlan(grid, scheme, { sheetNames: [plan.sheetName, schemeSheet.name] });
      cores.push(performance.now() - coreStart);
    }
    const settled = (values: number[]): string => median(values.slice(2)).toFixed(0);
    console.log(`${initiatives} initiatives: a reading after an edit costs ${Math.max(...syncs)} sync(s); ${settled(readings)} ms in all, ${settled(cores)} ms of it the core`);
  }
  return 0;
}
