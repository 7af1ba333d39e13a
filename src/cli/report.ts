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

export function summaryLines(sheet: string | undefined, result: PlanResult): string[] {
  const counts = countBySeverity(result.findings);
  const rows = result.table?.rows ?? [];
  const count = (kind: string): number => rows.filter((r) => r.kind === kind).length;
  return [
    sheet === undefined ? 'Ingen ark med en tabel over indsatser.' : `Ark: ${sheet}`,
    ...(result.table === undefined
      ? []
      : [`Læst: ${count('initiative')} indsatser, ${count('activity')} aktiviteter, ${count('stated-total')} »I alt«-række(r), overskrift i række ${result.table.headerRow + 1}.`]),
    `Fund: ${counts.error} fejl, ${counts.warning} advarsler, ${counts.info} til orientering.`,
  ];
}

/** The plan's gap per year against its targets, as a small table. */
export function gapLines(result: PlanResult, scheme: Scheme): string[] {
  const totals = result.computation?.totals ?? [];
  if (totals.length === 0) return [];
  return [
    `Gab pr. år (${scheme.plan.unit}, positivt = besparelse mangler):`,
    ['År', 'Mål', 'Effekt', 'Gab'].join('\t'),
    ...totals.map((t) => [groupYearLabel(scheme, t.group, t.year), formatFigure(t.schemeTarget ?? t.target), formatFigure(t.effect), formatFigure(t.planGap)].join('\t')),
  ];
}

export function bilagLines(result: PlanResult): string[] {
  return result.bilag1 === undefined ? [] : [`${result.bilag1.sheetName}:`, layoutAsText(result.bilag1.rows)];
}
