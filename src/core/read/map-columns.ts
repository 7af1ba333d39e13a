import { toA1 } from '../a1';
import { HeaderVocabulary, roleOfHeader } from '../columns';
import { isUnitOnly } from '../conventions';
import { Finding, finding } from '../findings';
import { MappedColumn } from '../plan-table';
import { Scheme } from '../scheme';
import { AddinSettings, chosenRole } from '../settings';
import { formatYears } from '../years';
import { HeaderRow } from './header-row';

/** Each header's role, by the user's choice or the header's words; what cannot be used becomes a finding. */
export function mapColumns(
  sheet: string,
  headerRow: HeaderRow,
  width: number,
  scheme: Scheme,
  vocabulary: HeaderVocabulary,
  findings: Finding[],
  settings: AddinSettings | undefined,
): MappedColumn[] {
  const columns: MappedColumn[] = [];
  const seen = new Map<string, number>();
  // A unit over the row labels ("Mio. kr.") names them only where no header says "Indsats" or the like.
  const namedByWords = headerRow.texts.some((header) => !isUnitOnly(header) && roleOfHeader(header, vocabulary)?.kind === 'name');
  for (let c = 0; c < width; c += 1) {
    const position = { row: headerRow.row, col: c };
    const header = headerRow.texts[c] ?? '';
    if (header === '') continue;
    const chosen = chosenRole(settings, header);
    if (chosen === 'ignore' || (chosen === undefined && namedByWords && isUnitOnly(header))) continue;
    const role = chosen ?? roleOfHeader(header, vocabulary);
    if (role === undefined) {
      findings.push(finding('column-ignored', { sheet, position }, { header }));
      continue;
    }
    if (role.kind === 'amount') {
      const group = scheme.columnGroups.find((g) => g.key === role.group);
      if (group !== undefined && !group.years.includes(role.year)) {
        findings.push(
          finding('year-outside-period', { sheet, position }, { year: String(role.year), period: formatYears(group.years) }),
        );
        continue;
      }
    }
    const key = role.kind === 'owned' ? `owned:${c}` : JSON.stringify(role);
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(finding('column-duplicate', { sheet, position }, { header, first: toA1({ row: headerRow.row, col: first }) }));
      continue;
    }
    seen.set(key, c);
    columns.push({ index: c, header, role });
  }
  return columns;
}
