import { Decimal } from '../core/decimal';
import { Finding, countBySeverity } from '../core/findings';
import { layoutAsText } from '../core/layout';
import { formatFigure } from '../core/money';
import { PlanResult } from '../core/plan';
import { groupYearLabel, Scheme } from '../core/scheme';
import { planFigures } from '../core/figures';
import { RunOutcome } from '../core/run';
import { sinceJson } from '../core/rounds/since-json';
import { BridgeYear, Since } from '../core/rounds/since';
import { ROUND_DA, SINCE_DA } from '../messages/rounds-da';

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

/** The JSON report of validate --json and run --json: what was read, the plan's figures, what moved since the last round, every finding. */
export function jsonReport(head: Record<string, unknown>, outcome: RunOutcome, scheme: Scheme): string {
  const { result, since, round } = outcome;
  return JSON.stringify(
    {
      ...head,
      ...planFigures(result, scheme),
      since: since === undefined ? null : sinceJson(since),
      ...(round === undefined ? {} : { closedRound: { name: round.name, closed: round.closed } }),
      findings: result.findings,
    },
    null,
    2,
  );
}

/** The bridge's parts as the command line names them, in the bridge's order. */
const BRIDGE_PARTS_DA: readonly [keyof BridgeYear, string][] = [
  ['priceLevel', 'prisniveau'],
  ['targets', 'ændrede mål'],
  ['changedEffects', 'ændret effekt'],
  ['newInitiatives', 'nye indsatser'],
  ['droppedInitiatives', 'udgåede indsatser'],
];

/** What moved since the last round, a line per year: the gap then and now, and the parts that are not nothing. */
export function sinceLines(since: Since | undefined, scheme: Scheme): string[] {
  if (since === undefined) return [];
  const shown = (value: Decimal): string => formatFigure(value, scheme.bilag1.minDecimals);
  const signed = (value: Decimal): string => (value.isNegative() ? shown(value) : `+${shown(value)}`);
  return [
    `Ændringer siden ${since.round} (lukket ${since.closed}), afvigelse i ${scheme.plan.unit}, positivt = besparelse mangler:`,
    ...since.bridge.map((year, k) => {
      const label = since.years[k] ?? '';
      if (year === null) return `  ${label}: ingen effekt endnu at sammenligne`;
      const parts = BRIDGE_PARTS_DA.filter(([part]) => !(year[part] as Decimal).isZero()).map(([part, name]) => `${name} ${signed(year[part] as Decimal)}`);
      return `  ${label}: ${shown(year.gapThen)} → ${shown(year.gapNow)}${parts.length === 0 ? ' (uændret)' : `: ${parts.join(', ')}`}`;
    }),
    `Se arket »${SINCE_DA.sheetName(since.round)}« for hver indsats.`,
  ];
}

/** After a run: the round it closed, if any, and what moved since the last round. */
export function roundLines(outcome: RunOutcome, scheme: Scheme): string[] {
  const { round } = outcome;
  const closed = round === undefined ? [] : [`Opfølgningen »${round.name}« er lukket ${round.closed} og gemt i det beskyttede ark »${ROUND_DA.sheetName(round.name)}«.`];
  return [...closed, ...sinceLines(outcome.since, scheme)];
}

/** The program's sheets a run wrote, as a sentence names them: arket »Bilag 1«, arkene »Bilag 1« og »Handleplan afvigelse«. */
export function sheetsNamed(names: readonly string[]): string {
  return `${names.length < 2 ? 'arket' : 'arkene'} ${quotedList(names)}`;
}

/** Names as a sentence lists them: »Forslag 1«, »Forslag 2« og »Forslag 3«. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `»${name}«`);
  if (quoted.length < 2) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(', ')} og ${quoted[quoted.length - 1] ?? ''}`;
}

/** Every sheet the plan stands on. */
export function planSheets(outcome: RunOutcome): readonly string[] {
  return outcome.sheets ?? (outcome.sheet === undefined ? [] : [outcome.sheet]);
}

/** The sheet a report names, and every sheet when the plan stands on several (proposal forms one per sheet). */
export function sheetsOf(outcome: RunOutcome): { sheet: string | null; sheets?: readonly string[] } {
  return { sheet: outcome.sheet ?? null, ...(outcome.sheets === undefined ? {} : { sheets: outcome.sheets }) };
}
