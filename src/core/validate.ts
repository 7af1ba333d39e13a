import { toA1 } from './a1';
import { numberFindings } from './numbers';
import { CategoryMatch, matchCategory } from './categories';
import { Decimal } from './decimal';
import { DecimalSum } from './decimal-sum';
import { Finding, finding, FindingPlace } from './findings';
import { formatLoneFigure, Unit } from './money';
import { isPlanAmount } from './columns';
import { isCounted, partOn, PlanRow, PlanTable, positionOf, rawText, ValueCell } from './plan-table';
import { Category, Scheme } from './scheme';

export interface Validation {
  readonly findings: readonly Finding[];
  /** The scheme category of an initiative of the table whose category could be matched; undefined for any other row. */
  categoryOf(row: PlanRow): Category | undefined;
}

/** Checks a read table against the scheme. Collects every finding; never throws on data. */
export function validatePlan(table: PlanTable, scheme: Scheme): Validation {
  const findings: Finding[] = [];
  const sheet = table.sheet;
  const columnOf = (row: PlanRow, kind: string): number | undefined => partOn(table, row.sheet).columns.find((c) => c.role.kind === kind)?.index;
  const at = (row: PlanRow, kind: 'name' | 'category'): FindingPlace => {
    const col = columnOf(row, kind);
    // No category column: the cell that states it (a form's »Udvalg«), else the initiative's name.
    if (col === undefined && kind === 'category' && row.categoryCell !== undefined) return { sheet: row.sheet, position: row.categoryCell };
    return { sheet: row.sheet, position: { row: row.index, col: col ?? row.nameColumn ?? columnOf(row, 'name') ?? 0 } };
  };

  // A plan repeats a handful of category texts over thousands of rows: each is matched once, and a row's
  // category is found again by its text (no map by row: each row would need a hash made for it).
  const matches = new Map<string, CategoryMatch>();
  const matchOnce = (text: string): CategoryMatch => {
    let match = matches.get(text);
    if (match === undefined) matches.set(text, (match = matchCategory(text, scheme)));
    return match;
  };
  // Every initiative's category text is matched below, before any row's category is asked for.
  const categoryOf = (row: PlanRow): Category | undefined => {
    const match = row.kind === 'initiative' && row.category !== '' ? matches.get(row.category) : undefined;
    return match === undefined || match.kind === 'unknown' ? undefined : match.category;
  };
  const plausible = plausibleIn(scheme.plan.unit);
  const hasCategoryColumn = table.columns.some((c) => c.role.kind === 'category');
  let plannedNegative = 0;
  let plannedPositive = 0;
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] as PlanRow;
    if (row.kind === 'activity') {
      for (const cell of row.values) findings.push(finding('amount-in-activity', { sheet: row.sheet, position: positionOf(cell) }, { value: rawText(cell) }));
      continue;
    }
    if (row.kind !== 'initiative') continue;

    if (row.name === '') findings.push(finding('name-missing', at(row, 'name')));
    if (row.category === '') findings.push(finding('category-missing', at(row, 'category')));
    else {
      const match = matchOnce(row.category);
      if (match.kind === 'unknown') {
        const suggestion = match.suggestion?.label;
        findings.push(
          finding(
            'category-unknown',
            at(row, 'category'),
            { value: row.category, ...(suggestion === undefined ? {} : { suggestion }) },
            suggestion === undefined || !hasCategoryColumn ? undefined : { kind: 'set-text', value: suggestion },
          ),
        );
      } else {
        // The scheme's default category is in no cell: nothing to fix on the sheet.
        if (match.kind === 'spelling' && hasCategoryColumn) {
          findings.push(
            finding('category-not-canonical', at(row, 'category'), { value: row.category, suggestion: match.category.label }, {
              kind: 'set-text',
              value: match.category.label,
            }),
          );
        }
      }
    }

    if (row.dropped) findings.push(finding('initiative-dropped', at(row, 'name'), { value: row.name }));

    const category = categoryOf(row);
    for (let j = 0; j < row.values.length; j += 1) {
      const cell = row.values[j] as ValueCell;
      if (cell.value === null) continue;
      if (isPlanAmount(cell.role) && !plausible(cell.value)) {
        findings.push(finding('amount-suspicious-magnitude', { sheet: row.sheet, position: positionOf(cell) }, { value: rawText(cell), unit: scheme.plan.unit }));
      }
      const isPlanned = cell.role.kind === 'amount' && (cell.role.measure === 'target' || cell.role.measure === 'adjusted');
      if (!isPlanned || cell.value.isZero()) continue;
      // A saving below zero: a negative number where savings are positive, and the other way round.
      const negative = cell.value.isNegative() === (scheme.plan.sign === 'savings-positive');
      if (negative) plannedNegative += 1;
      else plannedPositive += 1;
      if (negative && category !== undefined && !category.allowNegative) {
        findings.push(
          finding('amount-negative-not-allowed', { sheet: row.sheet, position: positionOf(cell) }, { value: rawText(cell), category: category.label, planSign: signWord(scheme) }),
        );
      }
    }
  }

  // Savings written as negative numbers with no note saying so: not converted (that would be a guess), but said.
  if (plannedNegative >= 3 && plannedNegative >= 4 * plannedPositive) {
    findings.push(
      finding('amounts-mostly-negative', { sheet, position: { row: table.headerRow, col: 0 } }, {
        negative: String(plannedNegative),
        all: String(plannedNegative + plannedPositive),
        planSign: signWord(scheme),
      }),
    );
  }

  // Filled as the stated totals are checked down the sheet; afterwards, each column's sum over all counted rows.
  const columnSums = new Map<number, Decimal>();
  findings.push(...numberFindings(table));
  findings.push(...checkStatedTotals(table, columnSums, scheme.bilag1.minDecimals));
  // A table with the years down the rows is one initiative: its figures are the plan's, and its columns hold many years.
  if (table.yearsDownRows !== true) findings.push(...checkTargets(table, scheme, columnSums));
  return { findings, categoryOf };
}

/** The plan's sign convention as the messages choose their words by it. */
function signWord(scheme: Scheme): 'negative' | 'positive' {
  return scheme.plan.sign === 'savings-negative' ? 'negative' : 'positive';
}

/** Rows that count towards totals: initiatives that are not dropped. */
export function countedRows(table: PlanTable): PlanRow[] {
  return table.rows.filter(isCounted);
}

/** Largest amount one initiative plausibly has, and smallest non-zero, per unit. */
const PLAUSIBLE: Record<Unit, { max: Decimal; min: Decimal }> = {
  'mia. kr.': { max: new Decimal(10), min: new Decimal(0) },
  'mio. kr.': { max: new Decimal(1_000), min: new Decimal(0) },
  '1.000 kr.': { max: new Decimal(1_000_000), min: new Decimal(1) },
  'kr.': { max: new Decimal(1_000_000_000), min: new Decimal(100) },
};

/**
 * Whether an amount is of a size one initiative plausibly has (zero always is). Worked out once per
 * value: amounts repeat across a plan, and the cells of one number share one Decimal.
 */
export function plausibleIn(unit: Unit): (value: Decimal) => boolean {
  const { max, min } = PLAUSIBLE[unit];
  const known = new Map<Decimal, boolean>();
  return (value) => {
    let answer = known.get(value);
    if (answer === undefined) {
      const size = value.abs();
      answer = value.isZero() || (size.lessThan(max) && size.greaterThanOrEqualTo(min));
      known.set(value, answer);
    }
    return answer;
  };
}

/**
 * A stated total ("I alt") must equal, within its own shown rounding, the sum of the counted rows above it:
 * all of them for a grand total, or those since the previous stated total for a subtotal of a section.
 */
function checkStatedTotals(table: PlanTable, sumsAbove: Map<number, Decimal>, minDecimals: number): Finding[] {
  const findings: Finding[] = [];
  // Each amount column's sum of the counted rows since the last stated total; the sheet's sums so far are
  // the earlier sections' and this one's, so each amount is added once.
  // By column: an array, as a column's index is a small number and every counted row adds to a few.
  let section: (DecimalSum | undefined)[] = [];
  const sectionSum = (col: number): Decimal => section[col]?.total() ?? ZERO;
  const endSection = (): void => {
    section.forEach((sum, col) => sumsAbove.set(col, (sumsAbove.get(col) ?? ZERO).plus(sum?.total() ?? ZERO)));
    section = [];
  };
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] as PlanRow;
    if (isCounted(row)) addAmounts(section, row);
    if (row.kind !== 'stated-total') continue;
    const agreeing: string[] = [];
    for (const stated of row.values) {
      if (stated.value === null || stated.role.kind !== 'amount') continue;
      const col = stated.col;
      const ofSection = sectionSum(col);
      const all = (sumsAbove.get(col) ?? ZERO).plus(ofSection);
      const tolerance = stated.shownDecimals === undefined ? ZERO : new Decimal(10).pow(-stated.shownDecimals).dividedBy(2);
      const offAll = stated.value.minus(all);
      const offSection = stated.value.minus(ofSection);
      if (offAll.abs().lessThanOrEqualTo(tolerance) || offSection.abs().lessThanOrEqualTo(tolerance)) {
        agreeing.push(toA1(positionOf(stated)));
        continue;
      }
      // Compared with whichever sum it comes nearer: a subtotal that is off is still a subtotal.
      const [expected, difference] = offSection.abs().lessThan(offAll.abs()) ? [ofSection, offSection] : [all, offAll];
      findings.push(
        finding('stated-total-mismatch', { sheet: row.sheet, position: positionOf(stated) }, {
          value: formatLoneFigure(stated.value, minDecimals),
          expected: formatLoneFigure(expected, minDecimals),
          difference: formatLoneFigure(difference, minDecimals),
        }),
      );
    }
    endSection();
    if (agreeing.length > 0) {
      findings.push(finding('stated-total-agrees', { sheet: row.sheet, position: { row: row.index, col: 0 } }, { columns: agreeing.join(', ') }));
    }
  }
  endSection();
  return findings;
}

const ZERO = new Decimal(0);

/** Adds a row's amounts to the sums of their columns. */
function addAmounts(sums: (DecimalSum | undefined)[], row: PlanRow): void {
  const cells = row.values;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] as ValueCell;
    if (cell.value === null || cell.role.kind !== 'amount') continue;
    const col = cell.col;
    let columnSum = sums[col];
    if (columnSum === undefined) sums[col] = columnSum = new DecimalSum();
    columnSum.add(cell.value);
  }
}

/** The sum of each group's planned amounts per year should meet the scheme's yearly target. */
function checkTargets(table: PlanTable, scheme: Scheme, columnSums: ReadonlyMap<number, Decimal>): Finding[] {
  const findings: Finding[] = [];
  for (const group of scheme.columnGroups) {
    for (const [year, target] of group.targets) {
      const column = table.columns.find(
        (c) => c.role.kind === 'amount' && c.role.group === group.key && c.role.year === year && c.role.measure === 'target',
      );
      if (column === undefined) continue;
      const total = columnSums.get(column.index) ?? new Decimal(0);
      if (total.equals(target)) continue;
      // What is missing, as a saving: below zero when the initiatives save more than the target.
      const missing = scheme.plan.sign === 'savings-positive' ? target.minus(total) : total.minus(target);
      findings.push(
        finding('plan-total-misses-target', { sheet: table.sheet, position: { row: table.headerRow, col: column.index } }, {
          year: String(year),
          total: formatLoneFigure(total, scheme.bilag1.minDecimals),
          target: formatLoneFigure(target, scheme.bilag1.minDecimals),
          difference: formatLoneFigure(missing.abs(), scheme.bilag1.minDecimals),
          direction: missing.isNegative() ? 'over' : 'short',
        }),
      );
    }
  }
  return findings;
}
