import { benchMainThread } from './main-thread-bench';
import { benchScheme } from './plan-files';
import { syntheticPlan } from './synthetic-plan';

/**
 * `npm run build && BENCH_MAIN=main-thread-only.ts node scripts/bench.js -- --sizes 2000 --loads 3`: the
 * longest main-thread task in the built pages alone, for a quick look.
 */
export async function main(args: readonly string[]): Promise<number> {
  const value = (flag: string, fallback: string): string => (args.includes(flag) ? (args[args.indexOf(flag) + 1] ?? fallback) : fallback);
  for (const initiatives of value('--sizes', '2000').split(',').map(Number)) {
    const figures = await benchMainThread(benchScheme(), syntheticPlan(initiatives), Number(value('--loads', '3')));
    console.log(`${initiatives} initiatives: ${JSON.stringify(figures)}`);
  }
  return 0;
}
