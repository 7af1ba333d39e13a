import type { SchemeFieldPath } from '../core/scheme-fields';
import type { SignConvention } from '../core/scheme';
import { UNITS } from '../core/money';

/** Each single-value field's Danish label: on the scheme sheet and in messages about the field. */
export const SCHEME_FIELD_DA: Record<SchemeFieldPath, string> = {
  'plan.name': 'Plan',
  'plan.period': 'Periode',
  'plan.unit': 'Enhed',
  'plan.priceLevel': 'Prisniveau',
  'plan.sign': 'Fortegn',
  'plan.defaultCategory': 'Kategori uden kategorikolonne',
  'plan.priceIndex.source': 'Prisindeks, kilde',
  'plan.priceIndex.date': 'Prisindeks, dato',
  'bilag1.sheetName': 'Arknavn',
  'bilag1.title': 'Titel',
  'bilag1.firstColumnHeading': 'Første kolonne',
  'bilag1.totalLabel': 'Total-række',
  'bilag1.minDecimals': 'Mindste antal decimaler',
};

/** The scheme sheet's sections and the column headings of its tables. */
export const SCHEME_SHEET_DA = {
  title: 'Handleplanens skema',
  intro: 'Tilføjelsesprogrammet læser dette ark, hver gang det kører. Ret felterne og tabellerne; beløb er i planens enhed.',
  sections: { categories: 'Kategorier', groups: 'Kolonnegrupper', targets: 'Mål pr. år', prices: 'Prisindeks', bilag: 'Bilag 1' },
  categoryColumns: ['Kode', 'Navn', 'Andre stavemåder (adskilt af ;)', 'Negative beløb tilladt'],
  groupColumns: ['Nøgle', 'Overskrift i Bilag 1 ({total} = gruppens total)', 'År', 'Kendetegn i kolonneoverskrift'],
  targetColumns: ['Gruppe', 'År', 'Mål'],
  priceColumns: ['År', 'Indeks'],
  yes: 'Ja',
  no: 'Nej',
} as const;

export const SIGN_DA: Record<SignConvention, string> = {
  'savings-positive': 'Besparelser er positive',
  'savings-negative': 'Besparelser er negative',
};

/** The lists' JSON names, as messages name them. */
const LIST_DA: Record<string, string> = { categories: 'Kategorier', columnGroups: 'Kolonnegrupper', plan: 'Planen', bilag1: 'Bilag 1', skema: 'Skemaet' };

/**
 * A field named for the user with its JSON path beside it, so both the sheet's and the file's users find it:
 * "Enhed (plan.unit)", "Kategorier (categories[2].code)".
 */
export function describeSchemeField(path: string): string {
  const label = (SCHEME_FIELD_DA as Record<string, string>)[path] ?? LIST_DA[path.split(/[.[]/)[0] ?? ''];
  return label === undefined || label === path ? path : `${label} (${path})`;
}

/** Why a value of a field is refused, by what the field holds. */
export const SCHEME_REASON_DA = {
  object: 'skemaet skal være et JSON-objekt',
  text: 'skal være en tekst',
  period: 'skriv fx »2023-2026«',
  unit: `brug en af ${UNITS.join(', ')}`,
  sign: `brug ${Object.keys(SIGN_DA).join(' eller ')}`,
  decimals: 'skal være et helt tal fra 0 til 6',
  years: 'skriv årene som »2023-2026« eller [2023, 2024]',
  target: 'skriv målet som et beløb pr. år',
  index: 'skriv indekset som et positivt tal pr. år, fx »104,3«',
} as const;

/** Where `init` took each guess from, as its finding says. */
export const GUESS_SOURCE_DA = {
  title: 'titelrækkerne',
  'default-unit': 'standardværdien (ingen enhed i titelrækkerne)',
  'no-price-level': 'intet (skriv det i skemaet)',
  'default-sign': 'standardværdien (intet i arket siger, om besparelser er positive eller negative)',
  headers: 'årstallene i kolonneoverskrifterne',
  'category-column': 'kategorikolonnen, i den rækkefølge de står',
  'form-keys': 'forslagenes rækker »Udvalg« eller »Udgiftstype«, i den rækkefølge de står',
  'stated-total': '»I alt«-rækken',
  'sum-of-initiatives': 'summen af indsatserne (beløb af usædvanlig størrelse ikke medregnet)',
  'no-category-column': 'at tabellen ingen kategorikolonne har',
} as const;

/** Where init's guess of the sign comes from when the only note on signs stands under the table (a proposal form's). */
export const SIGN_NOTE_BELOW_DA = (note: string, turned: boolean): string =>
  `standardværdien for planer; arkets note »${note}« under tabellen gælder tabellens beløb${turned ? ', som vendes til planens fortegn' : ''}`;

/** A total with its unit as Danish writes it: 7,1 mio. kr., but 1.650 i 1.000 kr. (a unit that starts with a number). */
const totalIn = (unit: string): string => (/^\d/.test(unit) ? `{total} i ${unit}` : `{total} ${unit}`);

/** What `init` writes into a drafted scheme where the workbook says nothing. */
export const DRAFT_DA = {
  noPriceLevel: 'prisniveau ikke angivet',
  priceLevel: (year: string) => `${year}-priser`,
  planGroupHeader: (unit: string) => `Handleplan (${totalIn(unit)})`,
  markedGroupHeader: (marker: string, unit: string) => `${marker} (${totalIn(unit)})`,
  bilag1SheetName: 'Bilag 1',
  bilag1Title: (plan: string) => `Bilag 1. ${plan}`,
  firstColumnHeading: (unit: string, priceLevel: string) => `Indsatser (${unit}, ${priceLevel})`,
  totalLabel: 'I alt',
  defaultCategory: 'Alle indsatser',
  defaultCategoryCode: 'ALLE',
} as const;
