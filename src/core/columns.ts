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

/** A column whose role is its kind alone, known by its header's words. */
interface PlainColumn {
  readonly header: RegExp;
  /** Shown in Bilag 1 as a column of this width (Excel's character units) after the names, each initiative's text in it. */
  readonly inBilag1?: { readonly width: number };
}

/**
 * The columns whose role is their kind alone, in the order their headers are tried. Adding one is an entry
 * here and its Danish name in COLUMN_ROLE_DA (src/messages/da.ts); the compiler asks for the name.
 * For example `owner: { header: /^(ansvarlig|tovholder)\b/, inBilag1: { width: 20 } }` reads an »Ansvarlig«
 * column and shows it in Bilag 1.
 */
export const PLAIN_COLUMNS = {
  number: { header: /^(nr\.?|nummer|løbenr\.?|lbnr\.?|id)$/ },
  category: { header: /^(tema|kategori|område|§|paragraf|lovgrundlag|indsatsområde)\b/ },
  'row-type': { header: /^(type|rækketype|niveau|art)$/ },
  status: { header: /^status\b/ },
  note: { header: /(bemærkning|kommentar|note)/ },
  start: { header: /(ikrafttræden|ikrafttrædelse|startdato|^start\b|iværksættelse)/ },
  citizens: { header: /^antal\b|antal borgere/ },
} as const satisfies Record<string, PlainColumn>;

export type PlainKind = keyof typeof PLAIN_COLUMNS;

/** The kinds of plain column Bilag 1 shows, in the table's order. */
export const BILAG1_TEXT_KINDS = (Object.keys(PLAIN_COLUMNS) as PlainKind[]).filter((kind) => (PLAIN_COLUMNS[kind] as PlainColumn).inBilag1 !== undefined);

/** Words that head the column of initiatives' names: anywhere in the header, or (the short ones) as its first word. */
const NAME_WORDS_ANYWHERE = 'indsats|initiativ|tiltag|aktivitet|beskrivelse';
const NAME_WORDS_FIRST = 'post|overskrift|forslag';
export const NAME_WORDS = `${NAME_WORDS_ANYWHERE}|${NAME_WORDS_FIRST}`;

export const MEASURES = ['target', 'adjusted', 'realised', 'forecast'] as const satisfies readonly Measure[];

export type ColumnRole =
  | { readonly kind: PlainKind | 'name' }
  | { readonly kind: 'amount'; readonly measure: Measure; readonly group: string; readonly year: number }
  | { readonly kind: 'full-year'; readonly group: string }
  | { readonly kind: 'unit-saving'; readonly unit?: Unit }
  /** A column this program wrote before; never read as input. */
  | { readonly kind: 'owned' };

/** Every kind of column role; the compiler checks the list is whole. */
const KINDS = { ...PLAIN_COLUMNS, name: 1, amount: 1, 'full-year': 1, 'unit-saving': 1, owned: 1 } satisfies Record<ColumnRole['kind'], unknown>;
export const COLUMN_KINDS = Object.keys(KINDS) as ColumnRole['kind'][];

/** Every role a user can give a column under this scheme, for the pane's choice of what a column holds. */
export function roleChoices(scheme: Scheme): ColumnRole[] {
  const plain: ColumnRole[] = [...(Object.keys(PLAIN_COLUMNS) as PlainKind[]), 'name' as const].map((kind) => ({ kind }));
  const perGroup = scheme.columnGroups.flatMap((group): ColumnRole[] => [
    { kind: 'full-year', group: group.key },
    ...group.years.flatMap((year) => MEASURES.map((measure): ColumnRole => ({ kind: 'amount', measure, group: group.key, year }))),
  ]);
  return [...plain, { kind: 'unit-saving' }, ...perGroup];
}

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

const PLAIN_KINDS = Object.keys(PLAIN_COLUMNS) as PlainKind[];
const NAME_IN_HEADER = new RegExp(`(${NAME_WORDS_ANYWHERE})|^(${NAME_WORDS_FIRST})\\b`);

/**
 * The role of a column from its header text, or undefined when the header means nothing to the
 * reader. Order matters: "Realiseret B2023" is an effect of the B2023 group, not a target.
 */
export function roleOfHeader(header: string, vocabulary: HeaderVocabulary): ColumnRole | undefined {
  const text = normaliseLabel(header);
  if (text === '') return undefined;
  if (text.endsWith(OWNED_HEADER_SUFFIX)) return { kind: 'owned' };
  for (const kind of PLAIN_KINDS) if (PLAIN_COLUMNS[kind].header.test(text)) return { kind };
  if (/(enhedspris|pris pr\.?|besparelse pr\.?|pr\.? borger)/.test(text)) {
    const unit = unitInText(text);
    return unit === undefined ? { kind: 'unit-saving' } : { kind: 'unit-saving', unit };
  }

  if (yearOf(text) === undefined && NAME_IN_HEADER.test(text)) return { kind: 'name' };
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
  if (/justere[dt]|korrigere[dt]/.test(text)) return 'adjusted';
  return 'target';
}
