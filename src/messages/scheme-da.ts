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
  sections: { categories: 'Kategorier', groups: 'Kolonnegrupper', targets: 'Mål pr. år', bilag: 'Bilag 1' },
  categoryColumns: ['Kode', 'Navn', 'Andre stavemåder (adskilt af ;)', 'Negative beløb tilladt'],
  groupColumns: ['Nøgle', 'Overskrift i Bilag 1 ({total} = gruppens total)', 'År', 'Kendetegn i kolonneoverskrift'],
  targetColumns: ['Gruppe', 'År', 'Mål'],
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
} as const;
