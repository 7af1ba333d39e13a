import { CellPosition } from '../a1';
import { ColumnRole } from '../columns';
import { Decimal } from '../decimal';
import { Finding, finding, FindingPlace } from '../findings';
import { cellText, Grid, GridCell } from '../grid';
import { convertUnit, DANISH_SEPARATORS, decimalFromNumber, decimalsShownBy, Separators, TOO_LARGE_FOR_EXCEL, Unit, unitShift } from '../money';
import { MappedColumn, ValueCell } from '../plan-table';
import { inPricesOf } from '../price-index';
import { Scheme } from '../scheme';
import { ReadOptions } from './read-options';
import { ColumnConvention, tableConventions } from './table-conventions';
import { TextAmount, textAmount } from './text-amount';

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
  /** What a text in an amount cell says (textAmount), read once per distinct text, unit and whether the column converts. */
  textAmount(text: string, columnUnit: Unit, converts: boolean): TextAmount;
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
  // Most cells of a table share one format: the last one asked for is answered without a look-up.
  let lastFormat: string | undefined;
  let lastShown = decimalsShownBy(undefined);
  const decimals = new Map<number, Decimal | null>();
  // Amounts of whole tenths (0,1 to 9.999,9), most of a plan's, by ten times their value: an index, not a hash.
  const tenths: (Decimal | null | undefined)[] = [];
  const texts = new Map<string, TextAmount>();
  return {
    unit,
    separators,
    conventions,
    shownDecimals(format) {
      if (format === lastFormat) return lastShown;
      if (!shown.has(format)) shown.set(format, decimalsShownBy(format));
      lastFormat = format;
      lastShown = shown.get(format);
      return lastShown;
    },
    decimalOf(value) {
      const scaled = value * 10;
      // Only where the number is exactly that many tenths: one slot, one number (0 and -0 share it, as in a Map).
      const slot = scaled >= 0 && scaled < TENTHS_KEPT && scaled / 10 === value && Number.isInteger(scaled) ? scaled : -1;
      let decimal = slot >= 0 ? tenths[slot] : decimals.get(value);
      if (decimal === undefined) {
        decimal = decimalFromNumber(value);
        if (slot >= 0) tenths[slot] = decimal;
        else decimals.set(value, decimal);
      }
      return decimal;
    },
    textAmount(text, columnUnit, converts) {
      // Neither a unit nor a flag holds the separator, so each key names one text, unit and flag.
      const key = `${columnUnit}\u0000${converts ? 1 : 0}\u0000${text}`;
      let read = texts.get(key);
      if (read === undefined) {
        read = textAmount(text, separators, columnUnit, converts);
        texts.set(key, read);
      }
      return read;
    },
  };
}

/** How many whole tenths decimalOf keeps by index: amounts up to 10.000. */
const TENTHS_KEPT = 100_000;

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
  row: number,
  col: number,
  reading: ValueReading,
  findings: Finding[],
): ValueCell {
  // Only amount columns have a convention: counts of citizens and unit prices carry their own units.
  const convention = reading.conventions.get(col);
  const formatDecimals = reading.shownDecimals(cell.numberFormat);
  // What the format shows in the column's unit, said in the plan's: 0 decimals of 1.000 kr. are 3 of mio. kr.
  const shownDecimals = formatDecimals === undefined ? undefined : formatDecimals + unitShift(convention?.unit ?? reading.unit, reading.unit);
  const content = cell.content;
  // Most value cells are plain numbers: read here, with nothing else set up; the rest below.
  const number = content.kind === 'number' && Math.abs(content.value) < TOO_LARGE_FOR_EXCEL ? reading.decimalOf(content.value) : null;
  const value = number !== null ? inPlanUnitAndSign(number, convention, reading.unit) : readOtherValue(sheet, cell, { row, col }, convention, reading, findings);
  return { role, row, col, source: cell, value, shownDecimals };
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
  const unit = reading.unit;
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
    case 'text':
      return readTextValue(content.value, place, columnUnit, convention, reading, findings);
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

/** A value cell holding text: what the text says (read once per distinct text), said as findings at this cell. */
function readTextValue(
  text: string,
  place: FindingPlace,
  columnUnit: Unit,
  convention: ColumnConvention | undefined,
  reading: ValueReading,
  findings: Finding[],
): Decimal | null {
  const read = reading.textAmount(text, columnUnit, convention !== undefined);
  switch (read.kind) {
    case 'problem':
      findings.push(finding(read.code, place, { value: text }));
      return null;
    case 'comment':
      findings.push(finding('amount-with-comment', place, { value: text, number: read.number, comment: read.comment }));
      return inPlanUnitAndSign(read.value, convention, reading.unit);
    case 'number':
      if (read.converted !== undefined) {
        findings.push(finding('amount-unit-converted', place, { value: text, from: read.converted.from, to: columnUnit, number: read.converted.number }));
      }
      findings.push(finding('amount-text-number', place, { value: text, number: read.number }, { kind: 'set-number', value: read.fix }));
      return inPlanUnitAndSign(read.value, convention, reading.unit);
  }
}
