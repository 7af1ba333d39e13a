import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { decimalFromNumber, parseAmountText, Unit, UNITS } from './money';
import { Bilag1Texts, Category, ColumnGroup, Scheme, SignConvention } from './scheme';
import { formatYears, parseYears, parseYearSpan } from './years';

/**
 * The scheme as JSON (examples/hedensted/scheme.json): what the command line takes with --scheme.
 * Reading collects every problem as a finding, so a user fixes the file in one go.
 */
export interface SchemeJson {
  plan: { name: string; period: string; unit: Unit; priceLevel: string; sign: SignConvention };
  categories: { code: string; label: string; aliases?: string[]; allowNegative?: boolean }[];
  columnGroups: { key: string; header: string; years: string; marker?: string; targets?: Record<string, string> }[];
  bilag1: Bilag1Texts;
}

export interface SchemeRead {
  readonly scheme?: Scheme;
  readonly findings: readonly Finding[];
}

type Bag = Record<string, unknown>;

const SIGNS: readonly SignConvention[] = ['savings-positive', 'savings-negative'];

export function schemeFromJson(data: unknown, source: string): SchemeRead {
  const findings: Finding[] = [];
  const missing = (field: string): void => void findings.push(finding('scheme-value-missing', { sheet: source }, { field }));
  const invalid = (field: string, value: unknown, reason: string): void =>
    void findings.push(finding('scheme-value-invalid', { sheet: source }, { field, value: String(value), reason }));

  const root = asBag(data);
  if (root === undefined) {
    invalid('skema', typeof data, 'skemaet skal være et JSON-objekt');
    return { findings };
  }
  const text = (bag: Bag | undefined, key: string, field: string): string => {
    const value = bag?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value === undefined) missing(field);
    else invalid(field, value, 'skal være en tekst');
    return '';
  };

  const planBag = asBag(root.plan);
  if (planBag === undefined) missing('plan');
  const name = text(planBag, 'name', 'plan.name');
  const period = parseYearSpan(text(planBag, 'period', 'plan.period'));
  if (planBag?.period !== undefined && period === undefined) invalid('plan.period', planBag.period, 'skriv fx »2023-2026«');
  const unitText = text(planBag, 'unit', 'plan.unit');
  const unit = UNITS.find((u) => u === unitText);
  if (unitText !== '' && unit === undefined) invalid('plan.unit', unitText, `brug en af ${UNITS.join(', ')}`);
  const priceLevel = text(planBag, 'priceLevel', 'plan.priceLevel');
  const signText = text(planBag, 'sign', 'plan.sign');
  const sign = SIGNS.find((s) => s === signText);
  if (signText !== '' && sign === undefined) invalid('plan.sign', signText, `brug ${SIGNS.join(' eller ')}`);

  const categories: Category[] = [];
  const categoryList = Array.isArray(root.categories) ? root.categories : undefined;
  if (categoryList === undefined || categoryList.length === 0) missing('categories');
  for (const [index, item] of (categoryList ?? []).entries()) {
    const bag = asBag(item);
    const code = text(bag, 'code', `categories[${index}].code`);
    const label = text(bag, 'label', `categories[${index}].label`);
    const aliases = Array.isArray(bag?.aliases) ? bag.aliases.filter((a): a is string => typeof a === 'string') : [];
    categories.push({ code, label, aliases, allowNegative: bag?.allowNegative === true });
  }

  const columnGroups: ColumnGroup[] = [];
  const groupList = Array.isArray(root.columnGroups) ? root.columnGroups : undefined;
  if (groupList === undefined || groupList.length === 0) missing('columnGroups');
  for (const [index, item] of (groupList ?? []).entries()) {
    const bag = asBag(item);
    const field = `columnGroups[${index}]`;
    const key = text(bag, 'key', `${field}.key`);
    const header = text(bag, 'header', `${field}.header`);
    const years = parseYears(bag?.years);
    if (years === undefined) invalid(`${field}.years`, bag?.years, 'skriv årene som »2023-2026« eller [2023, 2024]');
    const targets = new Map<number, Decimal>();
    for (const [year, amount] of Object.entries(asBag(bag?.targets) ?? {})) {
      const value = parseSchemeAmount(amount);
      if (!/^\d{4}$/.test(year) || value === undefined) invalid(`${field}.targets.${year}`, amount, 'skriv målet som et beløb pr. år');
      else targets.set(Number(year), value);
    }
    const marker = typeof bag?.marker === 'string' && bag.marker.trim() !== '' ? bag.marker.trim() : undefined;
    if (index > 0 && marker === undefined) missing(`${field}.marker`);
    columnGroups.push({ key, header, years: years ?? [], targets, ...(marker === undefined ? {} : { marker }) });
  }

  const bilagBag = asBag(root.bilag1);
  if (bilagBag === undefined) missing('bilag1');
  const minDecimals = bilagBag?.minDecimals ?? 1;
  if (typeof minDecimals !== 'number' || !Number.isInteger(minDecimals) || minDecimals < 0 || minDecimals > 6) {
    invalid('bilag1.minDecimals', minDecimals, 'skal være et helt tal fra 0 til 6');
  }
  const bilag1: Bilag1Texts = {
    sheetName: text(bilagBag, 'sheetName', 'bilag1.sheetName'),
    title: text(bilagBag, 'title', 'bilag1.title'),
    firstColumnHeading: text(bilagBag, 'firstColumnHeading', 'bilag1.firstColumnHeading'),
    totalLabel: text(bilagBag, 'totalLabel', 'bilag1.totalLabel'),
    minDecimals: typeof minDecimals === 'number' ? minDecimals : 1,
  };

  if (findings.length > 0 || period === undefined || unit === undefined || sign === undefined) return { findings };
  return {
    scheme: {
      plan: { name, firstYear: period[0], lastYear: period[1], unit, priceLevel, sign },
      categories,
      columnGroups,
      bilag1,
    },
    findings,
  };
}

export function schemeToJson(scheme: Scheme): SchemeJson {
  return {
    plan: {
      name: scheme.plan.name,
      period: `${scheme.plan.firstYear}-${scheme.plan.lastYear}`,
      unit: scheme.plan.unit,
      priceLevel: scheme.plan.priceLevel,
      sign: scheme.plan.sign,
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
