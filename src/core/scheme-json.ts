import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { decimalFromNumber, parseAmountText, Unit } from './money';
import { Bilag1Texts, Category, ColumnGroup, Scheme, SignConvention } from './scheme';
import { asUnit, atPath, FieldKind, fieldValue, SCHEME_FIELDS, SchemeFieldPath, SIGNS } from './scheme-fields';
import { formatYears, parseYears, parseYearSpan } from './years';
import { SCHEME_REASON_DA } from '../messages/scheme-da';

/**
 * The scheme as JSON (examples/hedensted/scheme.json): what the command line takes with --scheme.
 * Reading collects every problem as a finding, so a user fixes the file in one go.
 */
export interface SchemeJson {
  plan: {
    name: string;
    period: string;
    unit: Unit;
    priceLevel: string;
    sign: SignConvention;
    defaultCategory?: string;
    priceIndex?: { source?: string; date?: string; years: Record<string, string> };
  };
  categories: { code: string; label: string; aliases?: string[]; allowNegative?: boolean }[];
  columnGroups: { key: string; header: string; years: string; marker?: string; targets?: Record<string, string> }[];
  bilag1: Bilag1Texts;
}

export interface SchemeRead {
  readonly scheme?: Scheme;
  readonly findings: readonly Finding[];
}

type Bag = Record<string, unknown>;
type Reason = keyof typeof SCHEME_REASON_DA;
type FieldValue = string | number | readonly [number, number];

/** Collects the findings of one reading: a value missing, or refused and why. */
class Problems {
  readonly findings: Finding[] = [];
  constructor(private readonly source: string) {}
  missing(field: string): void {
    this.findings.push(finding('scheme-value-missing', { sheet: this.source }, { field }));
  }
  invalid(field: string, value: unknown, reason: Reason): void {
    this.findings.push(finding('scheme-value-invalid', { sheet: this.source }, { field, value: String(value), reason: SCHEME_REASON_DA[reason] }));
  }
  /** A text at a key of a bag; '' when it is missing or not a text (a finding says which). */
  text(bag: Bag | undefined, key: string, field: string): string {
    const value = bag?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value === undefined) this.missing(field);
    else this.invalid(field, value, 'text');
    return '';
  }
}

export function schemeFromJson(data: unknown, source: string): SchemeRead {
  const problems = new Problems(source);
  const root = asBag(data);
  if (root === undefined) {
    problems.invalid('skema', typeof data, 'object');
    return { findings: problems.findings };
  }
  const fields = new Map<SchemeFieldPath, FieldValue>();
  // The findings follow the file's order: the plan's fields, its lists, then Bilag 1's fields.
  const readSection = (section: 'plan' | 'bilag1'): void => {
    if (asBag(root[section]) === undefined) problems.missing(section);
    for (const { path, kind } of SCHEME_FIELDS) {
      if (!path.startsWith(`${section}.`)) continue;
      const value = readField(kind, path, atPath(root, path), problems);
      if (value !== undefined) fields.set(path, value);
    }
  };
  readSection('plan');
  const priceYears = readPriceYears(asBag(root.plan)?.priceIndex, problems);
  const categories = readCategories(root.categories, problems);
  const columnGroups = readColumnGroups(root.columnGroups, problems);
  readSection('bilag1');

  const text = (path: SchemeFieldPath): string => String(fields.get(path) ?? '');
  const period = fields.get('plan.period') as readonly [number, number] | undefined;
  const unit = fields.get('plan.unit') as Unit | undefined;
  const sign = fields.get('plan.sign') as SignConvention | undefined;
  if (problems.findings.length > 0 || period === undefined || unit === undefined || sign === undefined) return { findings: problems.findings };
  return {
    scheme: {
      plan: {
        name: text('plan.name'),
        firstYear: period[0],
        lastYear: period[1],
        unit,
        priceLevel: text('plan.priceLevel'),
        sign,
        ...(fields.has('plan.defaultCategory') ? { defaultCategory: text('plan.defaultCategory') } : {}),
        ...(priceYears === undefined ? {} : { priceIndex: { source: text('plan.priceIndex.source'), date: text('plan.priceIndex.date'), years: priceYears } }),
      },
      categories,
      columnGroups,
      bilag1: {
        sheetName: text('bilag1.sheetName'),
        title: text('bilag1.title'),
        firstColumnHeading: text('bilag1.firstColumnHeading'),
        totalLabel: text('bilag1.totalLabel'),
        minDecimals: (fields.get('bilag1.minDecimals') as number | undefined) ?? 1,
      },
    },
    findings: problems.findings,
  };
}

/** One single-value field, read by its kind; undefined when it is missing or refused (a finding says why). */
function readField(kind: FieldKind, path: SchemeFieldPath, raw: unknown, problems: Problems): FieldValue | undefined {
  if (kind === 'optional-text') {
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw === 'string') return raw.trim();
    problems.invalid(path, raw, 'text');
    return undefined;
  }
  if (kind === 'decimals') {
    const decimals = raw ?? 1;
    if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 6) return decimals;
    problems.invalid(path, decimals, 'decimals');
    return undefined;
  }
  const text = problems.text({ value: raw }, 'value', path);
  if (text === '') return undefined;
  const parsed = kind === 'period' ? parseYearSpan(text) : kind === 'unit' ? asUnit(text) : kind === 'sign' ? SIGNS.find((s) => s === text) : text;
  if (parsed === undefined) problems.invalid(path, text, kind);
  return parsed;
}

/** The price index's years, "2023": "104.3" (or Danish "104,3"); undefined when the scheme has no index. */
function readPriceYears(value: unknown, problems: Problems): ReadonlyMap<number, Decimal> | undefined {
  const index = asBag(value);
  if (value === undefined) return undefined;
  if (index === undefined || asBag(index.years) === undefined) {
    problems.missing('plan.priceIndex.years');
    return undefined;
  }
  const years = new Map<number, Decimal>();
  for (const [year, raw] of Object.entries(asBag(index.years) ?? {})) {
    const level = parseSchemeAmount(raw);
    if (!/^\d{4}$/.test(year) || level === undefined || !level.isPositive() || level.isZero()) problems.invalid(`plan.priceIndex.years.${year}`, raw, 'index');
    else years.set(Number(year), level);
  }
  return years;
}

function readCategories(value: unknown, problems: Problems): Category[] {
  const list = Array.isArray(value) ? value : undefined;
  if (list === undefined || list.length === 0) problems.missing('categories');
  return (list ?? []).map((item, index) => {
    const bag = asBag(item);
    const code = problems.text(bag, 'code', `categories[${index}].code`);
    const label = problems.text(bag, 'label', `categories[${index}].label`);
    const aliases = Array.isArray(bag?.aliases) ? bag.aliases.filter((a): a is string => typeof a === 'string') : [];
    return { code, label, aliases, allowNegative: bag?.allowNegative === true };
  });
}

function readColumnGroups(value: unknown, problems: Problems): ColumnGroup[] {
  const list = Array.isArray(value) ? value : undefined;
  if (list === undefined || list.length === 0) problems.missing('columnGroups');
  return (list ?? []).map((item, index) => {
    const bag = asBag(item);
    const field = `columnGroups[${index}]`;
    const key = problems.text(bag, 'key', `${field}.key`);
    const header = problems.text(bag, 'header', `${field}.header`);
    const years = parseYears(bag?.years);
    if (years === undefined) problems.invalid(`${field}.years`, bag?.years, 'years');
    const targets = new Map<number, Decimal>();
    for (const [year, amount] of Object.entries(asBag(bag?.targets) ?? {})) {
      const target = parseSchemeAmount(amount);
      if (!/^\d{4}$/.test(year) || target === undefined) problems.invalid(`${field}.targets.${year}`, amount, 'target');
      else targets.set(Number(year), target);
    }
    const marker = typeof bag?.marker === 'string' && bag.marker.trim() !== '' ? bag.marker.trim() : undefined;
    // Every group but the plan's own is known in the source headers by its marker.
    if (index > 0 && marker === undefined) problems.missing(`${field}.marker`);
    return { key, header, years: years ?? [], targets, ...(marker === undefined ? {} : { marker }) };
  });
}

export function schemeToJson(scheme: Scheme): SchemeJson {
  const field = (path: SchemeFieldPath): string => String(fieldValue(scheme, path));
  return {
    plan: {
      name: field('plan.name'),
      period: field('plan.period'),
      unit: scheme.plan.unit,
      priceLevel: field('plan.priceLevel'),
      sign: scheme.plan.sign,
      ...(scheme.plan.defaultCategory === undefined ? {} : { defaultCategory: scheme.plan.defaultCategory }),
      ...(scheme.plan.priceIndex === undefined
        ? {}
        : {
            priceIndex: {
              ...(scheme.plan.priceIndex.source === '' ? {} : { source: scheme.plan.priceIndex.source }),
              ...(scheme.plan.priceIndex.date === '' ? {} : { date: scheme.plan.priceIndex.date }),
              years: Object.fromEntries([...scheme.plan.priceIndex.years].map(([year, level]) => [String(year), level.toString()])),
            },
          }),
    },
    categories: scheme.categories.map((c) => ({
      code: c.code,
      label: c.label,
      aliases: [...c.aliases],
      allowNegative: c.allowNegative,
    })),
    columnGroups: scheme.columnGroups.map((g) => ({
      key: g.key,
      header: g.header,
      years: formatYears(g.years),
      ...(g.marker === undefined ? {} : { marker: g.marker }),
      targets: Object.fromEntries([...g.targets].map(([year, value]) => [String(year), value.toString()])),
    })),
    bilag1: { ...scheme.bilag1 },
  };
}

function asBag(value: unknown): Bag | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : undefined;
}

/** An amount in a scheme: a JSON number, "30.3" or Danish "30,3". */
export function parseSchemeAmount(value: unknown): Decimal | undefined {
  if (typeof value === 'number') return decimalFromNumber(value) ?? undefined;
  if (typeof value !== 'string') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return new Decimal(value.trim());
  const parsed = parseAmountText(value);
  return parsed.ok ? parsed.value : undefined;
}
