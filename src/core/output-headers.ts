import { OWNED_HEADER_SUFFIX } from './columns';
import { LayoutCell, text } from './layout';
import { groupYearLabel, groupYears, Scheme } from './scheme';
import { OUTPUT_DA } from '../messages/output-da';

const HEADER_STYLE = { bold: true, wrap: true, align: 'center' as const };

/** The headers of an effect and a gap column for what they are about ("2024", an initiative's name), marked as the program's own. */
export function effectAndGapHeaders(about: string): LayoutCell[] {
  return [owned(OUTPUT_DA.effectHeader(about)), owned(OUTPUT_DA.gapHeader(about))];
}

/** The effect and gap headers for every column group and year, in the order of groupYears(scheme). */
export function groupYearHeaders(scheme: Scheme): LayoutCell[] {
  return groupYears(scheme).flatMap(({ group, year }) => effectAndGapHeaders(groupYearLabel(scheme, group.key, year)));
}

/** Headers end in "(beregnet)" so a re-run never reads the column as data. */
function owned(header: string): LayoutCell {
  return text(`${header} ${OWNED_HEADER_SUFFIX}`, HEADER_STYLE);
}
