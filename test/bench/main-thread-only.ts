import { benchMainThread } from './main-thread-bench';
import { benchRefresh } from './refresh-bench';
import { benchScheme } from './plan-files';
import { syntheticPlan } from './synthetic-plan';

/**
 * `npm run build && BENCH_MAIN=main-thread-only.ts node scripts/bench.js -- --sizes 2000 --loads 3`: the
 * live refresh on the fake Excel and the longest main-thread task in the built pages, for a quick look.
 */
export async function main(args: readonly string[]): Promise<number> {
  const value = (flag: string, fallback: string): string => (args.includes(flag) ? (args[args.indexOf(flag) + 1] ?? fallback) : fallback);
  for (const initiatives of value('--sizes', '2000').split(',').map(Number)) {
    const plan = syntheticPlan(initiatives);
    console.log(`${initiatives} initiatives, live refresh: ${JSON.stringify(await benchRefresh(plan, benchScheme(), 7))}`);
    const figures = await benchMainThread(benchScheme(), plan, Number(value('--loads', '3')));
    console.log(`${initiatives} initiatives, longest main-thread task: ${JSON.stringify(figures)}`);
  }
  return 0;
}
