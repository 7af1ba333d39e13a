import { roleOfHeader } from './columns';
import { signStatedBy, unitInText } from './conventions';
import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { cellAt, cellText, Grid } from './grid';
import { sum } from './decimal-sum';
import { amountOf } from './plan-table';
import { HEADER_SEARCH_ROWS } from './read/header-row';
import { readPlan } from './read/read-plan';
import { Category, ColumnGroup, Scheme, SignConvention } from './scheme';
import { countedRows } from './validate';
import { YEAR_DIGITS, yearsFrom } from './years';
import { DRAFT_DA, GUESS_SOURCE_DA, SIGN_DA } from '../messages/scheme-da';

/** The unit a draft takes when the sheet states none: the unit most plans are kept in. */
const DEFAULT_UNIT = 'mio. kr.';

export interface SchemeDraft {
  readonly scheme?: Scheme;
  /** One scheme-guess finding per guess, so the user knows what to check. */
  readonly findings: readonly Finding[];
}

const MARKER = new RegExp(`\\b([A-Za-zÆØÅæøå]{1,3})(${YEAR_DIGITS})\\b`);
const YEAR = new RegExp(`\\b(${YEAR_DIGITS})\\b`);

/**
 * A first scheme for a workbook that has none: categories and years from the data, unit, price level
 * and sign guessed from the title and note rows, targets from the stated total or the column sums.
 */
export function draftScheme(grid: Grid): SchemeDraft {
  const sheet = grid.sheetName;
  const guesses: Finding[] = [];
  const guess = (field: string, value: string, source: keyof typeof GUESS_SOURCE_DA): void =>
    void guesses.push(finding('scheme-guess', { sheet }, { field, value, source: GUESS_SOURCE_DA[source] }));

  const header = findHeader(grid);
  if (header === undefined) return { findings: [finding('header-not-found', { sheet })] };
  const titleText = grid.rows
    .slice(0, header.row)
    .flatMap((row) => row.map((cell) => (cell === undefined ? '' : cellText(cell))))
    .join(' ');

  const unit = unitInText(titleText);
  guess('plan.unit', unit ?? DEFAULT_UNIT, unit === undefined ? 'default-unit' : 'title');
  const priceYear = new RegExp(`(${YEAR_DIGITS})[-\\s]?(priser|pl\\b|p\\/l)`, 'i').exec(titleText)?.[1];
  const priceLevel = priceYear === undefined ? DRAFT_DA.noPriceLevel : DRAFT_DA.priceLevel(priceYear);
  guess('plan.priceLevel', priceLevel, priceYear === undefined ? 'no-price-level' : 'title');
  const statedSign = signStatedBy(titleText);
  const sign: SignConvention = statedSign ?? 'savings-positive';
  guess('plan.sign', SIGN_DA[sign], statedSign === undefined ? 'default-sign' : 'title');

  const planUnit = unit ?? DEFAULT_UNIT;
  const firstYear = Math.min(...header.years);
  const lastYear = Math.max(...header.years);
  const planYears = yearsFrom(firstYear, lastYear);
  guess('plan.period', `${firstYear}-${lastYear}`, 'headers');

  const groups: ColumnGroup[] = [
    { key: 'handleplan', header: DRAFT_DA.planGroupHeader(planUnit), years: planYears, targets: new Map() },
    ...header.markers.map(([marker, year]) => ({
      key: marker,
      header: DRAFT_DA.markedGroupHeader(marker, planUnit),
      years: [year],
      marker,
      targets: new Map<number, Decimal>(),
    })),
  ];
  const provisional: Scheme = {
    plan: { name: '', firstYear, lastYear, unit: planUnit, priceLevel, sign },
    categories: [],
    columnGroups: groups,
    bilag1: { sheetName: DRAFT_DA.bilag1SheetName, title: '', firstColumnHeading: '', totalLabel: '', minDecimals: 1 },
  };
  const read = readPlan(grid, provisional);
  const table = read.table;
  if (table === undefined) return { findings: read.findings };

  const categories: Category[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'initiative' || row.category === '' || categories.some((c) => c.label === row.category)) continue;
    categories.push({ code: codeFor(row.category, categories), label: row.category, aliases: [], allowNegative: false });
  }
  guess('categories', categories.map((c) => c.label).join('; '), 'category-column');

  const total = table.rows.find((row) => row.kind === 'stated-total');
  const counted = countedRows(table);
  const plan = groups[0] as ColumnGroup;
  const targets = new Map<number, Decimal>();
  for (const year of planYears) {
    const stated = total === undefined ? null : amountOf(total, plan.key, year, 'target');
    targets.set(year, stated ?? sum(counted.map((row) => amountOf(row, plan.key, year, 'target')).filter((v): v is Decimal => v !== null)));
  }
  guess('columnGroups[0].targets', [...targets.values()].map((t) => t.toString()).join('; '), total === undefined ? 'sum-of-initiatives' : 'stated-total');

  const title = titleText.trim() === '' ? sheet : cellText(cellAt(grid, { row: 0, col: 0 })).trim() || sheet;
  return {
    scheme: {
      plan: { name: title, firstYear, lastYear, unit: planUnit, priceLevel, sign },
      categories,
      columnGroups: [{ ...plan, targets }, ...groups.slice(1)],
      bilag1: {
        sheetName: DRAFT_DA.bilag1SheetName,
        title: DRAFT_DA.bilag1Title(title),
        firstColumnHeading: DRAFT_DA.firstColumnHeading(planUnit, priceLevel),
        totalLabel: DRAFT_DA.totalLabel,
        minDecimals: 1,
      },
    },
    findings: guesses,
  };
}

/** The header row: the one among the first rows with an initiative column and the most year columns. */
function findHeader(grid: Grid): { row: number; years: number[]; markers: [string, number][] } | undefined {
  let best: { row: number; years: number[]; markers: [string, number][] } | undefined;
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const texts = (grid.rows[r] ?? []).map((cell) => (cell === undefined ? '' : cellText(cell).trim()));
    if (!texts.some((t) => roleOfHeader(t, { groups: [] })?.kind === 'name')) continue;
    const years: number[] = [];
    const markers: [string, number][] = [];
    for (const t of texts) {
      const marker = MARKER.exec(t);
      if (marker?.[1] !== undefined && marker[2] !== undefined) {
        const token = `${marker[1]}${marker[2]}`;
        if (!markers.some(([m]) => m === token)) markers.push([token, Number(marker[2])]);
        continue;
      }
      const year = YEAR.exec(t)?.[1];
      if (year !== undefined) years.push(Number(year));
    }
    if (years.length > 0 && (best === undefined || years.length > best.years.length)) best = { row: r, years, markers };
  }
  return best;
}

/** A short code from a label's initials: "Dagtilbud (SEL §§103-104)" → "DAG", made unique. */
function codeFor(label: string, taken: readonly Category[]): string {
  const base = (label.normalize('NFKD').replace(/[^A-Za-z]/g, '').slice(0, 3) || 'KAT').toUpperCase();
  let code = base;
  for (let n = 2; taken.some((c) => c.code === code); n += 1) code = `${base}${n}`;
  return code;
}
