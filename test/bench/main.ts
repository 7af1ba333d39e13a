import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { benchCommandLine, CommandLineFigures } from './cli-bench';
import { benchCore, CoreFigures } from './core-bench';
import { benchOffice, OfficeFigures } from './office-bench';
import { benchMainThread, MainThreadFigures } from './main-thread-bench';
import { benchPane, PaneFigures } from './pane-bench';
import { benchScheme, planXlsx } from './plan-files';
import { benchRefresh, LIVE_SIZE, RefreshFigures } from './refresh-bench';
import { benchmarkReport } from './report';
import { syntheticPlan } from './synthetic-plan';

export interface SizeFigures {
  readonly initiatives: number;
  readonly sheetRows: number;
  readonly activities: number;
  readonly textAmounts: number;
  readonly core: CoreFigures;
  readonly commandLine: CommandLineFigures;
  readonly office: OfficeFigures;
}

export interface BenchFigures {
  readonly date: string;
  readonly machine: string;
  readonly sizes: readonly SizeFigures[];
  readonly pane?: PaneFigures;
  /** At LIVE_SIZE initiatives: the longest main-thread task in each page while the plan is read and computed. */
  readonly mainThread?: Readonly<Record<string, MainThreadFigures>>;
  /** At LIVE_SIZE initiatives: a live refresh in Excel after an edit. */
  readonly refresh: RefreshFigures;
}

const DEFAULT_SIZES = [1_000, 10_000, 50_000];

/** `npm run bench [-- --sizes 1000,10000]`: measures every size, prints the table and writes docs/benchmarks.md. */
export async function main(args: readonly string[]): Promise<number> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg !== undefined ? sizesArg.split(',').map(Number) : DEFAULT_SIZES;
  const scheme = benchScheme();
  // Other work on the machine slows every figure alike: the load is noted beside them.
  const loadAtStart = loadavg()[0] ?? 0;
  const folder = mkdtempSync(join(tmpdir(), 'handleplan-bench-'));
  const figures: SizeFigures[] = [];
  try {
    for (const initiatives of sizes) {
      const plan = syntheticPlan(initiatives);
      const xlsx = await planXlsx(plan);
      console.error(`${initiatives} initiatives: the core…`);
      const core = await benchCore(xlsx, plan.sheetName, scheme, initiatives >= 50_000 ? 5 : 7);
      console.error(`${initiatives} initiatives: handleplan run and the ExcelJS floor…`);
      const commandLine = await benchCommandLine(xlsx, folder, 3);
      console.error(`${initiatives} initiatives: the Office adapter on the counting fake…`);
      const office = await benchOffice(plan, scheme);
      figures.push({ initiatives, sheetRows: plan.rows.length, activities: plan.activities, textAmounts: plan.textAmounts, core, commandLine, office });
    }
    console.error('The task pane in headless Chromium…');
    const pane = await benchPane(scheme, syntheticPlan(1_000), 5);
    console.error(`${LIVE_SIZE} initiatives: a live refresh after an edit, and the longest main-thread task in the pages…`);
    const live = syntheticPlan(LIVE_SIZE);
    const refresh = await benchRefresh(live, scheme, 7);
    const mainThread = await benchMainThread(scheme, live, 3);
    const cpu = cpus();
    const result: BenchFigures = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}, load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
      sizes: figures,
      ...(pane === undefined ? {} : { pane }),
      ...(mainThread === undefined ? {} : { mainThread }),
      refresh,
    };
    const report = benchmarkReport(result);
    console.log(report.table);
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), report.markdown);
    console.log(`\nWritten: docs/benchmarks.md`);
    return 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
