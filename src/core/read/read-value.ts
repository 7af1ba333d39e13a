import { CellPosition } from '../a1';
import { ColumnRole } from '../columns';
import { FindingCode } from '../codes';
import { Decimal } from '../decimal';
import { Finding, finding } from '../findings';
import { cellText, Grid, GridCell } from '../grid';
import {
  AmountProblem,
  convertUnit,
  DANISH_SEPARATORS,
  decimalFromNumber,
  decimalsOf,
  decimalsShownBy,
  formatDanish,
  isNotStated,
  parseAmountText,
  parseAmountWithComment,
  TOO_LARGE_FOR_EXCEL,
  Separators,
  Unit,
  unitShift,
} from '../money';
import { MappedColumn, ValueCell } from '../plan-table';
import { inPricesOf } from '../price-index';
import { Scheme } from '../scheme';
import { ReadOptions } from './read-options';
import { ColumnConvention, tableConventions } from './table-conventions';

/** The finding for each reason a text is not an amount; the compiler asks for every reason. */
const CODE_OF_PROBLEM = {
  'foreign-separators': 'amount-foreign-separators',
  'bad-grouping': 'amount-bad-grouping',
  ambiguous: 'amount-ambiguous',
  'not-a-number': 'amount-not-a-number',
} as const satisfies Record<AmountProblem, FindingCode>;

/** How value cells are read: into the plan's unit, with the workbook's separators. */
export interface ValueReading {
  readonly unit: Unit;
  readonly separators: Separators;
  /** By column: the unit and sign the sheet states for its amounts, where it states one. */
  readonly conventions: ReadonlyMap<number, ColumnConvention>;
  /** Decimals a number format shows, worked out once per format: a sheet has few formats and many cells. */
  shownDecimals(format: string | undefined): number | undefined;
  /** A stored number as a Decimal, made once per distinct number: amounts repeat (0,5; 1,0; 2,5) and Decimals never change. */
  decimalOf(value: number): Decimal | null;
}

/**
 * How a table's value cells are read: the unit and sign the sheet states for the given columns between its
 * header row and last row (their findings added to findings), the plan's unit and the workbook's separators.
 */
export function tableReading(
  grid: Grid,
  headerRow: number,
  lastRow: number,
  valueColumns: readonly MappedColumn[],
  scheme: Scheme,
  options: ReadOptions,
  findings: Finding[],
): ValueReading {
  const conventions = tableConventions(grid, headerRow, lastRow, valueColumns, scheme);
  findings.push(...conventions.findings);
  return valueReading(scheme.plan.unit, options.separators ?? DANISH_SEPARATORS, conventions.byColumn);
}

export function valueReading(unit: Unit, separators: Separators, conventions: ReadonlyMap<number, ColumnConvention>): ValueReading {
  const shown = new Map<string | undefined, number | undefined>();
  const decimals = new Map<number, Decimal | null>();
  return {
    unit,
    separators,
    conventions,
    shownDecimals(format) {
      if (!shown.has(format)) shown.set(format, decimalsShownBy(format));
      return shown.get(format);
    },
    decimalOf(value) {
      let decimal = decimals.get(value);
      if (decimal === undefined) {
        decimal = decimalFromNumber(value);
        decimals.set(value, decimal);
      }
      return decimal;
    },
  };
}


/** A value read in a column's own unit, sign and price level, in the plan's. */
function inPlanUnitAndSign(value: Decimal, convention: ColumnConvention | undefined, unit: Unit): Decimal {
  if (convention === undefined || (convention.unit === unit && !convention.negate && convention.price === undefined)) return value;
  const price = convention.price;
  const converted = convertUnit(price === undefined ? value : inPricesOf(value, price), convention.unit, unit);
  return convention.negate && !converted.isZero() ? converted.negated() : converted;
}

/** Reads one value cell; what cannot be read becomes a finding and a null value. */
export function readValueCell(
  sheet: string,
  cell: GridCell,
  role: ColumnRole,
  position: CellPosition,
  reading: ValueReading,
  findings: Finding[],
): ValueCell {
  // Only amount columns have a convention: counts of citizens and unit prices carry their own units.
  const convention = reading.conventions.get(position.col);
  const formatDecimals = reading.shownDecimals(cell.numberFormat);
  // What the format shows in the column's unit, said in the plan's: 0 decimals of 1.000 kr. are 3 of mio. kr.
  const shownDecimals = formatDecimals === undefined ? undefined : formatDecimals + unitShift(convention?.unit ?? reading.unit, reading.unit);
  const content = cell.content;
  // Most value cells are plain numbers: read here, with nothing else set up; the rest below.
  const number = content.kind === 'number' && Math.abs(content.value) < TOO_LARGE_FOR_EXCEL ? reading.decimalOf(content.value) : null;
  const value = number !== null ? inPlanUnitAndSign(number, convention, reading.unit) : readOtherValue(sheet, cell, position, convention, reading, findings);
  return { role, position, source: cell, value, shownDecimals };
}

/** A value cell that is not a plain number: text, an error, a date… */
function readOtherValue(
  sheet: string,
  cell: GridCell,
  position: CellPosition,
  convention: ColumnConvention | undefined,
  reading: ValueReading,
  findings: Finding[],
): Decimal | null {
  const { unit, separators } = reading;
  const place = { sheet, position };
  const columnUnit = convention?.unit ?? unit;
  const content = cell.content;
  const raw = cellText(cell);
  const inPlanTerms = (value: Decimal): Decimal => inPlanUnitAndSign(value, convention, unit);
  const tooLarge = (): null => {
    findings.push(finding('amount-too-large', place, { value: raw }));
    return null;
  };

  switch (content.kind) {
    case 'number': {
      if (Math.abs(content.value) >= TOO_LARGE_FOR_EXCEL) return tooLarge();
      const value = reading.decimalOf(content.value);
      if (value === null) findings.push(finding('amount-not-a-number', place, { value: raw }));
      return value === null ? null : inPlanTerms(value);
    }
    case 'text': {
      const parsed = parseAmountText(content.value, separators);
      if (!parsed.ok && isNotStated(content.value)) {
        findings.push(finding('amount-not-stated', place, { value: raw }));
        return null;
      }
      const commented = parsed.ok ? undefined : parseAmountWithComment(content.value, separators);
      if (commented !== undefined) {
        if (commented.value.abs().greaterThanOrEqualTo(TOO_LARGE_FOR_EXCEL)) return tooLarge();
        findings.push(finding('amount-with-comment', place, { value: raw, number: formatDanish(commented.value, decimalsOf(commented.value)), comment: commented.comment }));
        return inPlanTerms(commented.value);
      }
      if (!parsed.ok) {
        findings.push(finding(CODE_OF_PROBLEM[parsed.problem], place, { value: raw }));
        return null;
      }
      if (parsed.value.abs().greaterThanOrEqualTo(TOO_LARGE_FOR_EXCEL)) return tooLarge();
      // A unit typed in the cell ("750 t.kr.") wins over the column's; the fix writes the number in the column's unit.
      let value = parsed.value;
      if (parsed.unit !== undefined && convention !== undefined && parsed.unit !== columnUnit) {
        value = convertUnit(parsed.value, parsed.unit, columnUnit);
        findings.push(
          finding('amount-unit-converted', place, { value: raw, from: parsed.unit, to: columnUnit, number: formatDanish(value, decimalsOf(value)) }),
        );
      }
      // Keep the decimals the user typed: "10,0" is offered as 10,0, not 10.
      const typedDecimals = Math.max(decimalsOf(value), /[,.](\d+)\D*$/.exec(content.value)?.[1]?.length ?? 0);
      findings.push(
        finding(
          'amount-text-number',
          place,
          { value: raw, number: formatDanish(value, typedDecimals) },
          { kind: 'set-number', value: value.toFixed(typedDecimals) },
        ),
      );
      return inPlanTerms(value);
    }
    case 'error':
      findings.push(finding('amount-formula-error', place, { value: raw }));
      return null;
    case 'date':
      findings.push(finding('amount-is-date', place, { value: content.value.slice(0, 10) }));
      return null;
    case 'boolean':
      findings.push(finding('amount-not-a-number', place, { value: raw }));
      return null;
    case 'empty':
      findings.push(finding('amount-formula-without-value', place, { value: `=${cell.formula ?? ''}` }));
      return null;
  }
}
