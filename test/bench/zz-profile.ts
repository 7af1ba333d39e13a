import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { analysePlan } from '../../src/core/plan';
import { benchScheme, planXlsx } from './plan-files';
import { syntheticPlan } from './synthetic-plan';

export async function main(): Promise<number> {
  const plan = syntheticPlan(10000);
  const grid = await (await XlsxWorkbook.fromBuffer(await planXlsx(plan))).readSheet(plan.sheetName);
  const scheme = benchScheme();
  for (let i = 0; i < 3; i += 1) analysePlan(grid, scheme, { sheetNames: [grid.sheetName] });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < 10; i += 1) analysePlan(grid, scheme, { sheetNames: [grid.sheetName] });
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/core.cpuprofile', JSON.stringify(profile));
  return 0;
}
