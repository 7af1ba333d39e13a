import { join } from 'node:path';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { actAsExcelHost } from '../helpers/built-pages';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { buildOfficeStub } from '../helpers/office-stub';
import { PANE_CONTEXT } from '../helpers/pane';
import { ROOT } from '../helpers/paths';
import { seedFromLayout } from '../helpers/seed';
import { serveFolder } from '../helpers/static-server';
import { OBSERVE } from './main-thread-bench';
import { benchScheme } from './plan-files';
import { syntheticPlan } from './synthetic-plan';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  readonly children?: number[];
}

interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
  readonly startTime: number;
}

interface Task {
  readonly start: number;
  readonly duration: number;
}

/**
 * `npx webpack --mode production --no-optimization-minimize --output-path /tmp/dist && BENCH_MAIN=main-thread-profile.ts node scripts/bench.js -- --sizes 2000 --dist /tmp/dist`:
 * where the Excel pane's page spends its time during Beregn (Chromium's sampling profiler on the page's thread;
 * the worker is a thread of its own). Prints each function's time with what it called (inclusive) and its own
 * (self), in ms, the largest first; the fake Excel's work at each sync is among them (Excel does it outside the pane).
 */
export async function main(args: readonly string[]): Promise<number> {
  if (!chromiumAvailable()) return 1;
  const at = args.indexOf('--sizes');
  const initiatives = Number(at >= 0 ? args[at + 1] : '2000');
  const plan = syntheticPlan(initiatives);
  const sheets = [{ name: plan.sheetName, rows: plan.rows }, seedFromLayout(schemeToLayout(benchScheme()))];
  const dist = args.indexOf('--dist');
  const server = await serveFolder(dist >= 0 ? (args[dist + 1] as string) : join(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(PANE_CONTEXT);
    await actAsExcelHost(context, await buildOfficeStub(), { sheets });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.locator('[data-testid="counts"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const started = await page.evaluate(() => performance.now());
    await cdp.send('Profiler.start');
    await page.getByRole('button', { name: 'Beregn effekt og afvigelse, og lav Bilag 1' }).click();
    await page.getByRole('heading', { name: '4. Bilag 1' }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const tasks = await page.evaluate((from) => (window as unknown as { __longTasks: Task[] }).__longTasks.filter((t) => t.start >= from), started);
    printTimes(profile, started, tasks);
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

/** Per long task of the page's (the fake Excel's work left out): its functions, with what they called, the largest first. */
function printTimes(profile: Profile, started: number, tasks: readonly Task[]): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  // The first sample is at the profile's start; the page's clock was read just before it.
  let at = 0;
  const times = profile.samples.map((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    return { id, at: started + at, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000 };
  });
  for (const task of tasks) {
    const inclusive = new Map<string, number>();
    let fake = 0;
    for (const sample of times) {
      if (sample.at < task.start || sample.at >= task.start + task.duration) continue;
      const stack: string[] = [];
      for (let node: number | undefined = sample.id; node !== undefined; node = parent.get(node)) stack.push(name(byId.get(node) as ProfileNode));
      if (stack.some((key) => key.includes('office.js'))) {
        fake += sample.ms;
        continue;
      }
      for (const key of new Set(stack)) inclusive.set(key, (inclusive.get(key) ?? 0) + sample.ms);
    }
    // Tasks of the fake Excel's own (its work at a sync) are Excel's, outside the pane.
    if (task.duration - fake < 40) continue;
    const top = [...inclusive]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TOP ?? 25))
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)}  ${key}`)
      .join('\n');
    console.log(`\ntask of ${Math.round(task.duration)} ms at ${Math.round(task.start)} (the fake Excel ${Math.round(fake)} ms):\n${top}`);
  }
}
