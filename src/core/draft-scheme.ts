import { roleOfHeader } from './columns';
import { signStatedBy, unitInText } from './conventions';
import { Decimal } from './decimal';
import { Finding, finding } from './findings';
import { cellText, Grid, GridCell } from './grid';
import { sum } from './decimal-sum';
import { amountOf, PlanRow } from './plan-table';
import { HEADER_SEARCH_ROWS } from './read/header-row';
import { joinSheets } from './read/join-sheets';
import { readPlan } from './read/read-plan';
import { recogniseYearsDown } from './read/years-down-table';
import { recogniseForms } from './read/proposal-form';
import { Category, ColumnGroup, normaliseLabel, Scheme, SignConvention } from './scheme';
import { countedRows, plausibleIn } from './validate';
import { YEAR_DIGITS, yearsFrom } from './years';
import { Unit } from './money';
import { DRAFT_DA, GUESS_SOURCE_DA, SIGN_DA, SIGN_NOTE_BELOW_DA } from '../messages/scheme-da';

/** The unit a draft takes when the sheet states none: the unit most plans are kept in. */
const DEFAULT_UNIT = 'mio. kr.';

/** Decimals a plan shows at least: one in mio. kr. (0,5), none in kr. and 1.000 kr., where budgets are whole numbers. */
const MIN_DECIMALS: Readonly<Record<Unit, number>> = { 'kr.': 0, '1.000 kr.': 0, 'mio. kr.': 1, 'mia. kr.': 1 };

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
 * Further sheets of proposal forms (one per sheet) are part of the plan: their years, categories and amounts count too.
 */
export function draftScheme(grid: Grid, further: readonly Grid[] = []): SchemeDraft {
  const sheet = grid.sheetName;
  const guesses: Finding[] = [];
  const guess = (field: string, value: string, source: keyof typeof GUESS_SOURCE_DA): void =>
    void guesses.push(finding('scheme-guess', { sheet }, { field, value, source: GUESS_SOURCE_DA[source] }));

  const header = findHeader(grid) ?? yearsDownHeader(grid) ?? formHeader(grid);
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
  const noteBelow = statedSign === undefined ? signNoteBelow(grid, header.row) : undefined;
  if (noteBelow === undefined) guess('plan.sign', SIGN_DA[sign], statedSign === undefined ? 'default-sign' : 'title');
  else {
    // A form's note (»(-) = mindreudgift«) stands under its amounts: it is the table's sign, which reading turns into the plan's.
    const source = SIGN_NOTE_BELOW_DA(noteBelow.text, noteBelow.sign !== sign);
    guesses.push(finding('scheme-guess', { sheet }, { field: 'plan.sign', value: SIGN_DA[sign], source }));
  }

  const planUnit = unit ?? DEFAULT_UNIT;
  const years = [...header.years, ...further.flatMap((sheet) => formHeader(sheet)?.years ?? [])];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
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
  if (read.table === undefined) return { findings: read.findings };
  const table = joinSheets([read.table, ...further.flatMap((sheet) => readPlan(sheet, provisional).table ?? [])]) ?? read.table;

  // A spelling that differs from a category only by case or spaces is that category: validation says so, the draft adds none.
  const categories: Category[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'initiative' || row.category === '' || categories.some((c) => normaliseLabel(c.label) === normaliseLabel(row.category))) continue;
    categories.push({ code: codeFor(row.category, categories), label: row.category.trim(), aliases: [], allowNegative: false });
  }
  // A table with no category column (or none filled in) still gets one category, the default of every initiative.
  const defaultCategory = categories.length === 0 ? DRAFT_DA.defaultCategory : undefined;
  if (defaultCategory !== undefined) {
    categories.push({ code: DRAFT_DA.defaultCategoryCode, label: defaultCategory, aliases: [], allowNegative: false });
    guess('plan.defaultCategory', defaultCategory, 'no-category-column');
  } else {
    // A proposal form has no category column: its »Udvalg« or »Udgiftstype« row names its category.
    const fromColumn = table.columns.some((c) => c.role.kind === 'category');
    guess('categories', categories.map((c) => c.label).join('; '), fromColumn ? 'category-column' : 'form-keys');
  }

  // A figure the validator calls suspicious (typed in another unit, most likely) never becomes a target.
  const plausible = plausibleIn(planUnit);
  const usable = (value: Decimal | null): value is Decimal => value !== null && plausible(value);
  const total = table.rows.find((row) => row.kind === 'stated-total');
  const counted = countedRows(table);
  const plan = groups[0] as ColumnGroup;
  const targets = new Map<number, Decimal>();
  for (const year of planYears) {
    // The target the gap is measured from: the adjusted expectation where a row gives one, else the original.
    const targetOf = (row: PlanRow): Decimal | null => amountOf(row, plan.key, year, 'adjusted') ?? amountOf(row, plan.key, year, 'target');
    const stated = total === undefined ? null : targetOf(total);
    targets.set(year, usable(stated) ? stated : sum(counted.map(targetOf).filter(usable)));
  }
  guess('columnGroups[0].targets', [...targets.values()].map((t) => t.toString()).join('; '), total === undefined ? 'sum-of-initiatives' : 'stated-total');

  // The plan's name: the first text above the table, wherever on the sheet the table starts.
  const title = firstText(grid, header.row) ?? sheet;
  return {
    scheme: {
      plan: { name: title, firstYear, lastYear, unit: planUnit, priceLevel, sign, ...(defaultCategory === undefined ? {} : { defaultCategory }) },
      categories,
      columnGroups: [{ ...plan, targets }, ...groups.slice(1)],
      bilag1: {
        sheetName: DRAFT_DA.bilag1SheetName,
        title: DRAFT_DA.bilag1Title(title),
        firstColumnHeading: DRAFT_DA.firstColumnHeading(planUnit, priceLevel),
        totalLabel: DRAFT_DA.totalLabel,
        minDecimals: MIN_DECIMALS[planUnit],
      },
    },
    findings: guesses,
  };
}

/**
 * The first text of the rows above the given one, read row by row from the top, wherever on the sheet it stands.
 * A key with its value beside it (a form's »Overskrift | Færre åbningstimer«) is no title.
 */
function firstText(grid: Grid, below: number): string | undefined {
  for (const row of grid.rows.slice(0, below)) {
    const col = row.findIndex((cell) => cell !== undefined && cellText(cell).trim() !== '');
    const beside = row[col + 1];
    if (col >= 0 && (beside === undefined || cellText(beside).trim() === '')) return cellText(row[col] as GridCell).trim();
  }
  return undefined;
}

/** The first note under the header row that states the sign of the table's amounts. */
function signNoteBelow(grid: Grid, headerRow: number): { text: string; sign: SignConvention } | undefined {
  for (let r = headerRow; r < grid.rows.length; r += 1) {
    for (const cell of grid.rows[r] ?? []) {
      const text = cell === undefined ? '' : cellText(cell).trim();
      const sign = text === '' ? undefined : signStatedBy(text);
      if (sign !== undefined) return { text, sign };
    }
  }
  return undefined;
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

/** The header of a follow-up with the years down the rows: its years are the rows'. */
function yearsDownHeader(grid: Grid): { row: number; years: number[]; markers: [string, number][] } | undefined {
  const shape = recogniseYearsDown(grid);
  return shape === undefined ? undefined : { row: shape.headerRow, years: shape.years.map((y) => y.year), markers: [] };
}

/** The header of budget proposal forms: the first form's years; its amounts heading (unit, price level) counts as a title row. */
function formHeader(grid: Grid): { row: number; years: number[]; markers: [string, number][] } | undefined {
  const form = recogniseForms(grid)[0];
  return form === undefined ? undefined : { row: form.headerRow + 1, years: form.years.map((y) => y.year), markers: [] };
}

/** A short code from a label's initials: "Dagtilbud (SEL §§103-104)" → "DAG", made unique. */
function codeFor(label: string, taken: readonly Category[]): string {
  const base = (label.normalize('NFKD').replace(/[^A-Za-z]/g, '').slice(0, 3) || 'KAT').toUpperCase();
  let code = base;
  for (let n = 2; taken.some((c) => c.code === code); n += 1) code = `${base}${n}`;
  return code;
}
