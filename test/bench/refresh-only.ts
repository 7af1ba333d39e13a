import { benchScheme } from './plan-files';
import { benchRefresh } from './refresh-bench';
import { syntheticPlan } from './synthetic-plan';

/**
 * `BENCH_MAIN=refresh-only.ts node scripts/bench.js -- --sizes 2000`: the live refresh alone (refresh-bench.ts,
 * as `npm run bench` measures it): the round trips of the pane's reading after an edit, and the core's
 * milliseconds (median of 7, after 2 to warm up).
 */
export async function main(args: readonly string[]): Promise<number> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg !== undefined ? sizesArg.split(',').map(Number) : [2_000];
  for (const initiatives of sizes) console.log(`${initiatives} initiatives, live refresh: ${JSON.stringify(await benchRefresh(syntheticPlan(initiatives), benchScheme(), 7))}`);
  return 0;
}
