import { benchCore } from './core-bench';
import { benchScheme, planXlsx } from './plan-files';
import { syntheticPlan } from './synthetic-plan';

/** `BENCH_MAIN=core-only.ts node scripts/bench.js -- --sizes 10000`: the core alone, for a quick look while profiling. */
export async function main(args: readonly string[]): Promise<number> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg !== undefined ? sizesArg.split(',').map(Number) : [10_000];
  for (const initiatives of sizes) {
    const plan = syntheticPlan(initiatives);
    const figures = await benchCore(await planXlsx(plan), plan.sheetName, benchScheme(), 7);
    console.log(`${initiatives} initiatives: ${JSON.stringify(figures)}`);
  }
  return 0;
}
