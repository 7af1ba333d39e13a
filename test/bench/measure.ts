import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds of each of `runs` calls, after `warmups` calls that let the JIT settle. */
export async function timeRuns(work: () => unknown, runs: number, warmups: number): Promise<number[]> {
  for (let i = 0; i < warmups; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export interface ChildMeasure {
  readonly ms: number;
  /** Peak resident memory of the child process, in KB. */
  readonly peakKb: number;
}

/** Runs `node <args>` as its own process and measures its wall time and peak memory alike for every side. */
export function measureNode(args: readonly string[], cwd: string): ChildMeasure {
  const folder = mkdtempSync(join(tmpdir(), 'handleplan-peak-'));
  const peakFile = join(folder, 'peak');
  try {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['-r', join(__dirname, 'peak-memory.js'), ...args], {
      cwd,
      env: { ...process.env, HANDLEPLAN_PEAK_FILE: peakFile },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} ended with ${child.status}: ${child.stderr || child.stdout.slice(-2000)}`);
    return { ms, peakKb: Number(readFileSync(peakFile, 'utf8')) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
export const mb = (kb: number): string => (kb / 1024).toFixed(0);
