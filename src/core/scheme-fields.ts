import { Bilag1Texts, Scheme, SignConvention } from './scheme';
import { Unit, UNITS } from './money';

/**
 * The scheme's single-value fields, described once: the JSON form (scheme-json.ts), the sheet form
 * (scheme-sheet.ts), `init` and the messages all follow from this list. A field's Danish label is in
 * src/messages/scheme-da.ts under its path. Categories and column groups are lists, read beside it.
 */
export const SCHEME_FIELDS = [
  { path: 'plan.name', kind: 'text' },
  { path: 'plan.period', kind: 'period' },
  { path: 'plan.unit', kind: 'unit' },
  { path: 'plan.priceLevel', kind: 'text' },
  { path: 'plan.sign', kind: 'sign' },
  { path: 'plan.defaultCategory', kind: 'optional-text' },
  { path: 'plan.priceIndex.source', kind: 'optional-text' },
  { path: 'plan.priceIndex.date', kind: 'optional-text' },
  { path: 'bilag1.sheetName', kind: 'text' },
  { path: 'bilag1.title', kind: 'text' },
  { path: 'bilag1.firstColumnHeading', kind: 'text' },
  { path: 'bilag1.totalLabel', kind: 'text' },
  { path: 'bilag1.minDecimals', kind: 'decimals' },
] as const satisfies readonly { path: `${'plan' | 'bilag1'}.${string}`; kind: FieldKind }[];

/** What a field holds, which says how it is read and why a value is refused. */
export type FieldKind = 'text' | 'optional-text' | 'period' | 'unit' | 'sign' | 'decimals';

export type SchemeFieldPath = (typeof SCHEME_FIELDS)[number]['path'];

export const SIGNS: readonly SignConvention[] = ['savings-positive', 'savings-negative'];

/** A field's value as it is written in JSON: the period as "2023-2026", the rest as the scheme holds them. */
export function fieldValue(scheme: Scheme, path: SchemeFieldPath): string | number | undefined {
  if (path === 'plan.period') return `${scheme.plan.firstYear}-${scheme.plan.lastYear}`;
  if (path === 'plan.priceIndex.source') return scheme.plan.priceIndex?.source;
  if (path === 'plan.priceIndex.date') return scheme.plan.priceIndex?.date;
  const [section, key] = path.split('.') as ['plan' | 'bilag1', string];
  if (section === 'bilag1') return scheme.bilag1[key as keyof Bilag1Texts];
  return scheme.plan[key as keyof Omit<Scheme['plan'], 'firstYear' | 'lastYear' | 'priceIndex'>];
}

/** A field's raw value in the JSON form, at its path ("plan.priceIndex.source" is two objects deep). */
export function atPath(root: Readonly<Record<string, unknown>>, path: SchemeFieldPath): unknown {
  let value: unknown = root;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** Whether a text is one of the units a plan may be kept in. */
export function asUnit(text: string): Unit | undefined {
  return UNITS.find((unit) => unit === text);
}
