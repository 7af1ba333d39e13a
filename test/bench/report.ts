import type { BenchFigures, SizeFigures } from './main';
import { LIVE_SIZE } from './refresh-bench';
import { mb, ms } from './measure';

const KB = 1024;
const BUDGET = {
  core10k: 150,
  core50k: 1_000,
  growthPer10x: 12,
  commandLineRatio: 1.2,
  memoryRatio: 1.2,
  paneKb: 300,
  firstStepMs: 1_000,
  mainThreadTaskMs: 100,
  refreshSyncs: 1,
  refreshCoreMs: 150,
};

const n = (value: number): string => value.toLocaleString('en-GB');
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');

/** One row per size: the figures the issue asks for, side by side. */
function sizeRows(sizes: readonly SizeFigures[]): string[][] {
  return sizes.map((s) => [
    n(s.initiatives),
    n(s.sheetRows),
    ms(s.core.medianMs),
    ms(s.commandLine.ms),
    ms(s.commandLine.floorMs),
    ratio(s.commandLine.ms / s.commandLine.floorMs),
    mb(s.commandLine.peakKb),
    mb(s.commandLine.floorPeakKb),
    ratio(s.commandLine.peakKb / s.commandLine.floorPeakKb),
    `${s.office.first.syncs} / ${s.office.again.syncs}`,
    `${s.office.first.allowedSyncs} / ${s.office.again.allowedSyncs}`,
    (s.office.first.requestBytes / KB / KB).toFixed(1),
    (s.office.first.largestRequest / KB / KB).toFixed(1),
  ]);
}

const HEADINGS = [
  'Initiatives',
  'Sheet rows',
  'Core ms',
  'run ms',
  'Floor ms',
  'run/floor',
  'run MB',
  'Floor MB',
  'Memory ratio',
  'Office syncs (first / re-run)',
  'Allowed syncs',
  'Office request MB',
  'Largest request MB',
];

function markdownTable(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${headings.join(' | ')} |`, `|${headings.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function textTable(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headings.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ');
  return [line(headings), ...rows.map(line)].join('\n');
}

/** Each budget of the issue with where we are. */
function budgets(figures: BenchFigures): string[][] {
  const at = (initiatives: number): SizeFigures | undefined => figures.sizes.find((s) => s.initiatives === initiatives);
  const rows: string[][] = [];
  const k10 = at(10_000);
  const k50 = at(50_000);
  const k1 = at(1_000);
  if (k10 !== undefined) rows.push(['Core, 10,000 initiatives', `< ${BUDGET.core10k} ms`, `${ms(k10.core.medianMs)} ms`, verdict(k10.core.medianMs < BUDGET.core10k)]);
  if (k50 !== undefined) rows.push(['Core, 50,000 initiatives', `< ${BUDGET.core50k} ms`, `${ms(k50.core.medianMs)} ms`, verdict(k50.core.medianMs < BUDGET.core50k)]);
  if (k1 !== undefined && k10 !== undefined) {
    const growth = k10.core.medianMs / k1.core.medianMs;
    rows.push(['Core growth, 1,000 → 10,000', `≤ ${BUDGET.growthPer10x}×`, ratio(growth), verdict(growth <= BUDGET.growthPer10x)]);
  }
  for (const s of figures.sizes) {
    const time = s.commandLine.ms / s.commandLine.floorMs;
    const memory = s.commandLine.peakKb / s.commandLine.floorPeakKb;
    rows.push([`handleplan run vs floor, ${n(s.initiatives)}`, `≤ ${BUDGET.commandLineRatio}× time and memory`, `${ratio(time)} time, ${ratio(memory)} memory`, verdict(time <= BUDGET.commandLineRatio && memory <= BUDGET.memoryRatio)]);
  }
  for (const s of figures.sizes) {
    const ok = s.office.first.syncs <= s.office.first.allowedSyncs && s.office.again.syncs <= s.office.again.allowedSyncs;
    rows.push([`Office syncs, ${n(s.initiatives)}`, `≤ 4, +1 per further 4 MB`, `${s.office.first.syncs} of ${s.office.first.allowedSyncs}; re-run ${s.office.again.syncs} of ${s.office.again.allowedSyncs}`, verdict(ok)]);
  }
  const pane = figures.pane;
  if (pane !== undefined) {
    const taskpane = (pane.scripts.taskpane ?? 0) / KB;
    rows.push(['Task-pane script in Excel, gzipped', `≤ ${BUDGET.paneKb} KB`, `${taskpane.toFixed(0)} KB`, verdict(taskpane <= BUDGET.paneKb)]);
    const first = pane.firstStepMs['Excel, Hedensted'];
    if (first !== undefined) rows.push(['First usable step in Excel (Hedensted)', `< ${BUDGET.firstStepMs} ms`, `${ms(first)} ms`, verdict(first < BUDGET.firstStepMs)]);
  }
  for (const [where, page] of Object.entries(figures.mainThread ?? {})) {
    const longest = Math.max(page.readMs, page.computeMs);
    rows.push([`Longest main-thread task, ${where}, ${n(LIVE_SIZE)} initiatives`, `≤ ${BUDGET.mainThreadTaskMs} ms`, `${ms(longest)} ms`, verdict(longest <= BUDGET.mainThreadTaskMs)]);
  }
  const { refresh } = figures;
  rows.push([
    `Live refresh after an edit in Excel, ${n(LIVE_SIZE)} initiatives`,
    `${BUDGET.refreshSyncs} read round trip, core ≤ ${BUDGET.refreshCoreMs} ms`,
    `${refresh.readSyncs} round trip${refresh.readSyncs === 1 ? '' : 's'}, core ${ms(refresh.coreMs)} ms`,
    verdict(refresh.readSyncs <= BUDGET.refreshSyncs && refresh.coreMs <= BUDGET.refreshCoreMs),
  ]);
  return rows;
}

/** The pane while it works on a long plan: the longest task on the page's thread, and a live refresh. */
function liveLines(figures: BenchFigures): string[] {
  const tasks = Object.entries(figures.mainThread ?? {}).map(
    ([where, f]) => `- Longest main-thread task, ${where}: reading and validating ${ms(f.readMs)} ms, Beregn ${ms(f.computeMs)} ms (median of 3 loads; tasks over 100 ms in all loads: ${f.over100})`,
  );
  const { refresh } = figures;
  return [...tasks, `- Live refresh after an edit in Excel: ${refresh.readSyncs} read round trip(s) (the first edit after a Beregn: ${refresh.firstReadSyncs}), the core ${ms(refresh.coreMs)} ms (median of 7)`];
}

export function benchmarkReport(figures: BenchFigures): { table: string; markdown: string } {
  const rows = sizeRows(figures.sizes);
  const pane = figures.pane;
  const paneLines =
    pane === undefined
      ? []
      : [
          ...Object.entries(pane.scripts).map(([name, bytes]) => `- Script \`${name}\`: ${(bytes / KB).toFixed(0)} KB gzipped`),
          ...Object.entries(pane.firstStepMs).map(([name, time]) => `- First usable step, ${name}: ${ms(time)} ms (median of 5 loads)`),
        ];
  const table = [textTable(HEADINGS, rows), '', ...paneLines, ...liveLines(figures), '', textTable(['Budget', 'Target', 'Now', ''], budgets(figures)).replace(/\*\*/g, '')].join('\n');
  const markdown = `# Benchmarks

Measured ${figures.date} on ${figures.machine}. Written by \`npm run bench\`; run it again to
refresh this page (about five minutes; \`npm run bench -- --sizes 1000,10000\` for a quicker look).
What the figures mean, why they are where they are and what would move them: [performance.md](performance.md).

## The plans

Seeded synthetic plans laid out like the Hedensted workbook (\`test/bench/synthetic-plan.ts\`):
title rows, one header row, initiatives in the four Hedensted categories and a few budget rows
(B2023), 0–2 activities under each initiative, a blank row every 25 initiatives, about one amount in
fifty typed as text (a warning each) and a correct \`I alt\` row. They follow the Hedensted scheme.

${markdownTable(['Initiatives', 'Sheet rows', 'Activities', 'Amounts typed as text', 'Findings (errors / warnings / info)'], figures.sizes.map((s) => [n(s.initiatives), n(s.sheetRows), n(s.activities), n(s.textAmounts), `${s.core.findings.error} / ${n(s.core.findings.warning)} / ${s.core.findings.info}`]))}

## Figures

- **Core ms**: grid → findings → effect and gap → Bilag 1 layout and the state to keep (\`runPlan\` on a
  grid already read), median of 7 runs (5 at 50,000) after two warm-up runs.
- **run ms / MB**: \`handleplan run plan.xlsx --scheme … -o out.xlsx\` as its own process: wall time
  (median of 3) and peak resident memory (largest of 3).
- **Floor ms / MB**: the same for \`test/bench/floor.js\`: ExcelJS reads the same file and writes the
  same finished cells and styles (taken from the command line's output beforehand), with no work between.
  The two take turns.
- **Office syncs**: \`context.sync()\` calls of a full run through the Office.js adapter on the counting
  fake Excel (first run / re-run); **allowed** is four, plus one per further 4 MB part of what is sent
  or received.

${markdownTable(HEADINGS, rows)}

## The task pane

${paneLines.join('\n')}

The time runs from navigation to the moment the first step can be used: in Excel, when the sheet is
read and its findings are counted (Office.js is answered by the fake Excel, as the CDN is out of reach
here); in the browser page, when the file picker is there.

## The pane while it works (${n(LIVE_SIZE)} initiatives)

${liveLines(figures).join('\n')}

The longest task on the page's thread, as Chromium's long-task observer reports them (tasks of 50 ms
and more; 0 where there was none), from the file picked (in Excel: from the pane shown) until the
findings are counted, and from the click on Beregn until Bilag 1 is shown. In Excel the fake Excel's
own work at each sync (which Excel does outside the pane) is left out, and each sync waits for a task
of its own, as with Office.js. The live refresh: after a Beregn on the counting fake Excel (the scheme
as a sheet), a forecast is typed twice; each time the pane reads the plan's sheet again with what it
knows of the workbook kept (the first time after a Beregn it learns the workbook anew), and the core
analyses the edited sheet with the state the Beregn wrote (in the pane, in its worker).

## Budgets

${markdownTable(['Budget', 'Target', 'Now', ''], budgets(figures))}
`;
  return { table, markdown };
}
