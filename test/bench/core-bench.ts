import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Grid } from '../../src/core/grid';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { PlanWorkbook, PlanWrite, WorkbookFacts } from '../../src/core/workbook';
import { median, timeRuns } from './measure';

/** Hands the core one grid that is already read, and keeps what it would write: only the core's own work is timed. */
class GridOnlyWorkbook implements PlanWorkbook {
  written: PlanWrite | undefined;
  constructor(private readonly grid: Grid) {}
  async facts(): Promise<WorkbookFacts> {
    return { sheetNames: [this.grid.sheetName] };
  }
  async readSheet(): Promise<Grid> {
    return this.grid;
  }
  async write(plan: PlanWrite): Promise<void> {
    this.written = plan;
  }
  async applyFixes(): Promise<void> {
    throw new Error('the benchmark applies no fixes');
  }
  async saveSettings(): Promise<void> {
    throw new Error('the benchmark saves no settings');
  }
}

export interface CoreFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The median of the runs' CPU time (user and system) in this process. */
  readonly cpuMedianMs: number;
  readonly findings: Readonly<Record<'error' | 'warning' | 'info', number>>;
  readonly bilagRows: number;
}

/** The core alone: grid → findings → effect and gap → Bilag 1 layout and the state to keep, median of `runs`. */
export async function benchCore(xlsx: Uint8Array, sheetName: string, scheme: Scheme, runs: number): Promise<CoreFigures> {
  const grid = await (await XlsxWorkbook.fromBuffer(xlsx)).readSheet(sheetName);
  const workbook = new GridOnlyWorkbook(grid);
  const runOnce = async () => {
    const outcome = await runPlan(workbook, scheme, { write: true });
    if (!outcome.written) throw new Error(`the synthetic plan did not pass validation: ${outcome.result.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell ?? ''}`).slice(0, 5).join(', ')}`);
    return outcome;
  };
  const { result } = await runOnce();
  // The CPU time of each run beside its wall time: on a shared machine the load inflates the wall time far more.
  const cpuMs: number[] = [];
  const runsMs = await timeRuns(async () => {
    const before = process.cpuUsage();
    await runOnce();
    const used = process.cpuUsage(before);
    cpuMs.push((used.user + used.system) / 1000);
  }, runs, 2);
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return {
    medianMs: median(runsMs),
    runsMs,
    // The warm-up runs come first.
    cpuMedianMs: median(cpuMs.slice(2)),
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
    bilagRows: result.bilag1?.rows.length ?? 0,
  };
}
