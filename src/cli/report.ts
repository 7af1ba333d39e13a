import { Decimal } from '../core/decimal';
import { Finding, countBySeverity } from '../core/findings';
import { layoutAsText } from '../core/layout';
import { formatFigure } from '../core/money';
import { PlanResult } from '../core/plan';
import { groupYearLabel, Scheme } from '../core/scheme';

const SEVERITY_DA = { error: 'FEJL', warning: 'ADVARSEL', info: 'INFO' } as const;

/** One finding per line: severity, address, message and the fix on offer. */
export function findingLine(f: Finding): string {
  const fix = f.fix === undefined ? '' : ` [Ret: ${f.fix.label}]`;
  return `${SEVERITY_DA[f.severity]} ${f.address} (${f.code}): ${f.message}${fix}`;
}

export function summaryLines(outcome: { readonly sheet?: string; readonly sheets?: readonly string[] }, result: PlanResult): string[] {
  const counts = countBySeverity(result.findings);
  const rows = result.table?.rows ?? [];
  const count = (kind: string): number => rows.filter((r) => r.kind === kind).length;
  const { sheet, sheets } = outcome;
  return [
    sheet === undefined ? 'Ingen ark med en tabel over indsatser.' : `Ark: ${(sheets ?? [sheet]).join(', ')}`,
    ...(result.table === undefined
      ? []
      : [
          `Læst: ${counted(count('initiative'), 'indsats', 'indsatser')}${droppedNote(rows.filter((r) => r.kind === 'initiative' && r.dropped).length)}, ` +
            `${counted(count('activity'), 'aktivitet', 'aktiviteter')}, ${counted(count('stated-total'), '»I alt«-række', '»I alt«-rækker')}, ` +
            `overskrift i række ${result.table.headerRow + 1}.`,
        ]),
    `Fund: ${counts.error} fejl, ${counts.warning} advarsler, ${counts.info} til orientering.`,
  ];
}

/** A count with its noun: »1 indsats«, »2 indsatser«. */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many of the initiatives are dropped (udgået), when any are: they are shown but not counted. */
function droppedNote(dropped: number): string {
  return dropped === 0 ? '' : ` (heraf ${dropped} udgået, som ikke tælles med)`;
}

/** The plan's gap per year against its targets, as a small table. */
export function gapLines(result: PlanResult, scheme: Scheme): string[] {
  const totals = result.computation?.totals ?? [];
  if (totals.length === 0) return [];
  const shown = (value: Decimal | null | undefined): string => formatFigure(value, scheme.bilag1.minDecimals);
  return [
    `Gab pr. år (${scheme.plan.unit}, positivt = besparelse mangler):`,
    ['År', 'Mål', 'Effekt', 'Gab'].join('\t'),
    ...totals.map((t) => [groupYearLabel(scheme, t.group, t.year), shown(t.schemeTarget ?? t.target), shown(t.effect), shown(t.planGap)].join('\t')),
  ];
}

/**
 * Most rows a terminal shows of Bilag 1 and of the findings after a run: a plan of a few hundred
 * initiatives is read on screen, one of thousands in Excel (the sheet) or with `validate`.
 */
export const TERMINAL_ROWS = 60;

/** Bilag 1 as Excel shows it; a long one as its first rows and its total row, and where the rest is. */
export function bilag1Lines(result: PlanResult, limit = TERMINAL_ROWS): string[] {
  const bilag = result.bilag1;
  if (bilag === undefined) return [];
  const rows = bilag.rows;
  if (rows.length <= limit) return [`${bilag.sheetName}:`, layoutAsText(rows)];
  const shown = rows.slice(0, limit - 1);
  return [
    `${bilag.sheetName}:`,
    layoutAsText(shown),
    `… ${rows.length - shown.length - 1} rækker mere står på arket »${bilag.sheetName}«.`,
    layoutAsText(rows.slice(-1)),
  ];
}

/** The findings of a run, one per line; beyond the limit a count and where to see them all. */
export function findingLines(findings: readonly Finding[], seeAll: string, limit = TERMINAL_ROWS): string[] {
  const lines = findings.slice(0, limit).map(findingLine);
  if (findings.length > limit) lines.push(`… og ${findings.length - limit} fund mere. Se dem alle med: ${seeAll}`);
  return lines;
}

/** A command line to type again: arguments with spaces in quotes. */
export function commandLine(words: readonly string[]): string {
  return words.map((word) => (/[\s"']/.test(word) ? JSON.stringify(word) : word)).join(' ');
}
