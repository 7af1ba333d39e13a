import { columnLetters, toA1 } from '../a1';
import { isPlanAmount } from '../columns';
import { mayStateConvention, priceYearStatedBy, signStatedBy, Statement, unitInText, unitStatedBy } from '../conventions';
import { Finding, finding } from '../findings';
import { EMPTY_CELL, Grid, GridCell, isBlank } from '../grid';
import { Unit } from '../money';
import type { AmountConvention, MappedColumn } from '../plan-table';
import { priceStep, PriceStep } from '../price-index';
import { Scheme, SignConvention } from '../scheme';
import { describeStatements } from '../../messages/output-da';

/** How the figures of one column become the plan's: the unit they are stated in, whether their sign flips, their price level. */
export type ColumnConvention = AmountConvention;

export interface TableConventions {
  /** By column index, for the columns holding amounts; a column not listed is in the plan's unit and sign. */
  readonly byColumn: ReadonlyMap<number, ColumnConvention>;
  readonly findings: readonly Finding[];
}

/**
 * Works out each amount column's unit, sign and price level from what the sheet says: the column's own header first,
 * then the title rows, the header row's other cells and the note rows. Conflicting statements convert
 * nothing and say so.
 */
export function tableConventions(
  grid: Grid,
  headerRow: number,
  lastRow: number,
  valueColumns: readonly MappedColumn[],
  scheme: Scheme,
): TableConventions {
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const { units, signs, prices } = statementsOnSheet(grid, headerRow, lastRow, valueColumns);
  const planUnit = scheme.plan.unit;

  const tableUnit = oneOf(units);
  if (tableUnit === undefined && units.length > 0) {
    findings.push(finding('unit-unclear', { sheet, position: units[0]!.position }, { statements: describe(units), unit: planUnit }));
  }
  const tableSign = oneOf(signs);
  if (tableSign === undefined && signs.length > 0) {
    findings.push(finding('sign-unclear', { sheet, position: signs[0]!.position }, { statements: describe(signs) }));
  }
  const negate = tableSign !== undefined && tableSign.value !== scheme.plan.sign;
  const pricing = new PriceLevels(sheet, headerRow, prices, scheme, findings);

  const byColumn = new Map<number, ColumnConvention>();
  const convertedBy = new Map<Statement<Unit>, number[]>();
  const flipped: number[] = [];
  for (const column of valueColumns) {
    // Citizens and unit prices carry their own units.
    if (!isPlanAmount(column.role)) continue;
    const own = unitInText(column.header);
    const statement: Statement<Unit> | undefined =
      own === undefined ? tableUnit : { value: own, position: { row: headerRow, col: column.index }, text: column.header };
    const unit = statement?.value ?? planUnit;
    const price = pricing.stepFor(column);
    byColumn.set(column.index, price === undefined ? { unit, negate } : { unit, negate, price });
    if (statement !== undefined && unit !== planUnit) convertedBy.set(statement, [...(convertedBy.get(statement) ?? []), column.index]);
    if (negate) flipped.push(column.index);
  }

  for (const [statement, columns] of convertedBy) {
    findings.push(
      finding('table-unit-converted', { sheet, position: statement.position }, {
        value: statement.text,
        from: statement.value,
        to: planUnit,
        columns: columnList(columns),
      }),
    );
  }
  if (negate && tableSign !== undefined && flipped.length > 0) {
    findings.push(
      finding('table-sign-converted', { sheet, position: tableSign.position }, {
        value: tableSign.text,
        columns: columnList(flipped),
        sign: tableSign.value === 'savings-negative' ? 'negative' : 'positive',
        planSign: scheme.plan.sign === 'savings-negative' ? 'negative' : 'positive',
      }),
    );
  }
  pricing.sayConverted();
  return { byColumn, findings };
}

/**
 * The price level each amount column is stated in (its own header's, else the one the sheet states), and the
 * step to the plan's by the scheme's index. Each statement is said once: converted (info), or why not (warning).
 */
class PriceLevels {
  private readonly planYear: number | undefined;
  private readonly tableLevel: Statement<number> | undefined;
  private readonly converted = new Map<Statement<number>, { step: PriceStep; columns: number[] }>();
  private readonly refused = new Set<Statement<number>>();

  constructor(
    private readonly sheet: string,
    private readonly headerRow: number,
    prices: readonly Statement<number>[],
    private readonly scheme: Scheme,
    private readonly findings: Finding[],
  ) {
    this.planYear = priceYearStatedBy(scheme.plan.priceLevel);
    this.tableLevel = oneOf(prices);
    if (this.tableLevel === undefined && prices.length > 0) {
      findings.push(finding('price-level-unclear', { sheet, position: prices[0]!.position }, { statements: describe(prices) }));
    }
  }

  stepFor(column: MappedColumn): PriceStep | undefined {
    const own = priceYearStatedBy(column.header);
    const statement = own === undefined ? this.tableLevel : { value: own, position: { row: this.headerRow, col: column.index }, text: column.header };
    if (statement === undefined || statement.value === this.planYear) return undefined;
    const seen = this.converted.get(statement);
    if (seen !== undefined) {
      seen.columns.push(column.index);
      return seen.step;
    }
    if (this.refused.has(statement)) return undefined;
    const step = this.stepFrom(statement);
    if (step === undefined) this.refused.add(statement);
    else this.converted.set(statement, { step, columns: [column.index] });
    return step;
  }

  sayConverted(): void {
    for (const [statement, { step, columns }] of this.converted) {
      this.findings.push(
        finding('table-price-converted', { sheet: this.sheet, position: statement.position }, {
          value: statement.text,
          from: String(step.fromYear),
          to: String(step.toYear),
          fromIndex: step.fromIndex.toString(),
          toIndex: step.toIndex.toString(),
          source: this.scheme.plan.priceIndex?.source ?? '',
          columns: columnList(columns),
        }),
      );
    }
  }

  /** The step from a stated level to the plan's; undefined (and a warning) when the scheme cannot give it. */
  private stepFrom(statement: Statement<number>): PriceStep | undefined {
    const place = { sheet: this.sheet, position: statement.position };
    if (this.planYear === undefined) {
      this.findings.push(finding('price-level-plan-unknown', place, { value: statement.text, from: String(statement.value), level: this.scheme.plan.priceLevel }));
      return undefined;
    }
    const index = this.scheme.plan.priceIndex;
    const step = priceStep(index, statement.value, this.planYear);
    if (step === undefined) {
      const missing = [statement.value, this.planYear].filter((year) => index?.years.get(year) === undefined);
      this.findings.push(
        finding('price-index-missing', place, { value: statement.text, from: String(statement.value), to: String(this.planYear), years: missing.join(' og ') }),
      );
      return undefined;
    }
    return step;
  }
}

/**
 * Every statement of a unit or a sign in the rows above the header, in the header's cells that are not
 * amount columns, and in the rows of the table that hold no figures (notes and footnotes).
 */
function statementsOnSheet(
  grid: Grid,
  headerRow: number,
  lastRow: number,
  valueColumns: readonly MappedColumn[],
): { units: Statement<Unit>[]; signs: Statement<SignConvention>[]; prices: Statement<number>[] } {
  const units: Statement<Unit>[] = [];
  const signs: Statement<SignConvention>[] = [];
  const prices: Statement<number>[] = [];
  const isValueColumn: boolean[] = [];
  for (const column of valueColumns) isValueColumn[column.index] = true;
  for (let r = 0; r <= lastRow && r < grid.rows.length; r += 1) {
    const cells = grid.rows[r] ?? [];
    if (r > headerRow && holdsFigures(cells, valueColumns)) continue;
    for (let c = 0; c < cells.length; c += 1) {
      if (r === headerRow && isValueColumn[c] === true) continue;
      const content = cells[c]?.content;
      // The untrimmed text holds the trimmed one: if it cannot state anything, neither can the trimmed text.
      if (content === undefined || content.kind !== 'text' || !mayStateConvention(content.value)) continue;
      const text = content.value.trim();
      const unit = unitStatedBy(text);
      if (unit !== undefined) units.push({ value: unit, position: { row: r, col: c }, text });
      const sign = signStatedBy(text);
      if (sign !== undefined) signs.push({ value: sign, position: { row: r, col: c }, text });
      const price = priceYearStatedBy(text);
      if (price !== undefined) prices.push({ value: price, position: { row: r, col: c }, text });
    }
  }
  return { units, signs, prices };
}

function holdsFigures(cells: readonly (GridCell | undefined)[], valueColumns: readonly MappedColumn[]): boolean {
  for (const column of valueColumns) if (!isBlank(cells[column.index] ?? EMPTY_CELL)) return true;
  return false;
}

/** The statement when all statements agree; undefined when there are none or they disagree. */
function oneOf<T>(statements: readonly Statement<T>[]): Statement<T> | undefined {
  const first = statements[0];
  return first !== undefined && statements.every((s) => s.value === first.value) ? first : undefined;
}

function describe(statements: readonly Statement<unknown>[]): string {
  return describeStatements(statements.map((s) => ({ text: s.text, address: toA1(s.position) })));
}

function columnList(columns: readonly number[]): string {
  return columns.map(columnLetters).join(', ');
}
