import { normaliseLabel, planGroupOf, Scheme } from './scheme';
import { Unit } from './money';
import { isUnitOnly, unitInText } from './conventions';
import { yearOf } from './years';

/** What an amount column holds for its group and year. */
export type Measure =
  /** The plan's expected saving (oprindelig forventning), as in Bilag 1. */
  | 'target'
  /** A later, adjusted expectation (justeret forventning); the gap is measured from it when given. */
  | 'adjusted'
  | 'realised'
  | 'forecast';

export type ColumnRole =
  | { readonly kind: 'number' }
  | { readonly kind: 'category' }
  | { readonly kind: 'name' }
  | { readonly kind: 'row-type' }
  | { readonly kind: 'status' }
  | { readonly kind: 'note' }
  | { readonly kind: 'amount'; readonly measure: Measure; readonly group: string; readonly year: number }
  | { readonly kind: 'full-year'; readonly group: string }
  | { readonly kind: 'start' }
  | { readonly kind: 'citizens' }
  | { readonly kind: 'unit-saving'; readonly unit?: Unit }
  /** A column this program wrote before; never read as input. */
  | { readonly kind: 'owned' };

/** Roles whose figures are amounts in a unit and with a sign, converted to the plan's and checked for size. */
export function isPlanAmount(role: ColumnRole): boolean {
  return role.kind === 'amount' || role.kind === 'full-year';
}

/** Roles whose cells hold figures a row carries (ValueCell): the plan amounts, counts of citizens and unit savings. */
export function isValueRole(role: ColumnRole): boolean {
  return isPlanAmount(role) || role.kind === 'citizens' || role.kind === 'unit-saving';
}

/** Marks the headers of the columns this program writes, so a re-run never reads them as data. */
export const OWNED_HEADER_SUFFIX = '(beregnet)';

/** The groups and years a header can refer to. */
export interface HeaderVocabulary {
  readonly groups: readonly { readonly key: string; readonly marker?: string; readonly years: readonly number[] }[];
}

export function vocabularyOf(scheme: Scheme): HeaderVocabulary {
  return { groups: scheme.columnGroups };
}

/**
 * The role of a column from its header text, or undefined when the header means nothing to the
 * reader. Order matters: "Realiseret B2023" is an effect of the B2023 group, not a target.
 */
export function roleOfHeader(header: string, vocabulary: HeaderVocabulary): ColumnRole | undefined {
  const text = normaliseLabel(header);
  if (text === '') return undefined;
  if (text.endsWith(OWNED_HEADER_SUFFIX)) return { kind: 'owned' };
  if (/^(nr\.?|nummer|løbenr\.?|lbnr\.?|id)$/.test(text)) return { kind: 'number' };
  if (/^(tema|kategori|område|§|paragraf|lovgrundlag|indsatsområde)\b/.test(text)) return { kind: 'category' };
  if (/^(type|rækketype|niveau|art)$/.test(text)) return { kind: 'row-type' };
  if (/^status\b/.test(text)) return { kind: 'status' };
  if (/(bemærkning|kommentar|note)/.test(text)) return { kind: 'note' };
  if (/(ikrafttræden|ikrafttrædelse|startdato|^start\b|iværksættelse)/.test(text)) return { kind: 'start' };
  if (/^antal\b|antal borgere/.test(text)) return { kind: 'citizens' };
  if (/(enhedspris|pris pr\.?|besparelse pr\.?|pr\.? borger)/.test(text)) {
    const unit = unitInText(text);
    return unit === undefined ? { kind: 'unit-saving' } : { kind: 'unit-saving', unit };
  }

  if (yearOf(text) === undefined && /(indsats|initiativ|tiltag|aktivitet|beskrivelse)/.test(text)) return { kind: 'name' };
  // "Mio. kr." over the row labels, as plan tables often head their first column.
  if (isUnitOnly(text)) return { kind: 'name' };

  const { group, rest } = groupOf(text, vocabulary);
  if (group === undefined) return undefined;
  if (/helårs(effekt|virkning)/.test(rest)) return { kind: 'full-year', group: group.key };
  const year = yearOf(rest) ?? (group.years.length === 1 && group.marker !== undefined ? group.years[0] : undefined);
  if (year === undefined) return undefined;
  return { kind: 'amount', measure: measureOf(rest), group: group.key, year };
}

function groupOf(
  text: string,
  vocabulary: HeaderVocabulary,
): { group: HeaderVocabulary['groups'][number] | undefined; rest: string } {
  for (const group of vocabulary.groups) {
    if (group.marker !== undefined && text.includes(normaliseLabel(group.marker))) {
      return { group, rest: text.replace(normaliseLabel(group.marker), ' ') };
    }
  }
  // A header with no group's marker is the plan's own group's, when that group is known by no marker of its own.
  const own = planGroupOf(vocabulary.groups);
  return { group: own?.marker === undefined ? own : undefined, rest: text };
}

function measureOf(text: string): Measure {
  if (/forventet realiseret|\bforventet\b|prognose/.test(text)) return 'forecast';
  if (/realiseret|faktisk|opnået/.test(text)) return 'realised';
  if (/justeret|korrigeret/.test(text)) return 'adjusted';
  return 'target';
}
