import { CellPosition, toA1 } from '../a1';
import { Decimal } from '../decimal';
import { Finding, finding } from '../findings';
import { cellText, Grid, cellAt } from '../grid';
import { amount, CellStyle, DROPPED, FormulaCell, formulaOf, FormulaValue, LayoutCell, PLAIN } from '../layout';
import { NotLive, NotLiveReason } from './inputs';
import { PlanRow } from '../plan-table';
import { RowRules } from './row-rules';
import { RuleTemplate, SumRule } from './rule-template';

/** The rules and the cell maker results are built with; without them (a sheet that is not a row per initiative) results are values. */
export interface ColumnFormulas {
  readonly rules: RowRules;
  readonly live: LiveCells;
}

/** Lists of rows shorter than this are noted without looking for them among those noted before. */
const SMALL_BLOCK = 64;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** More columns than a sheet can have (Excel's limit is 16,384), so row × COLUMNS + column names one cell. */
const COLUMNS = 2 ** 20;

/**
 * Turns rules into cells, live where they can be: a formula with the core's figure cached, or, where an
 * input is one Excel sees differently, the figure as a value. Keeps what the findings and the state need:
 * which inputs stopped a formula and why, and every input of a result written as a value.
 */
export class LiveCells {
  private readonly stopped = new Map<string, NotLive>();
  /** By row × COLUMNS + column, repeats and all (no position or A1 text kept for each of thousands of inputs): sorted once at the end. */
  private readonly valueInputs: number[] = [];
  /** The long lists of rows noted for each column as they were given (see addInputs). */
  private readonly blocks = new Map<number, (readonly number[])[]>();

  /** The cell for a sum: its formula when every input is exact and it is not too long, else the value (whose inputs are the sum's). */
  cell(rule: SumRule, value: Decimal | null, numberFormat: string, style: CellStyle = PLAIN): LayoutCell {
    if (rule.notLive.length > 0) {
      this.stop(rule.notLive);
      this.addInputs(rule.rows, rule.cols);
      return amount(value, numberFormat, style);
    }
    return formulaCell(rule.formula, value ?? '', numberFormat, style);
  }

  /**
   * The cell for a result on a row, as cell() for the template's rule on that row, without making the rule:
   * a column of results makes one for every row. A value's inputs are the rule's and those of alsoReads, a
   * rule whose result it is made from.
   */
  cellOn(template: RuleTemplate, row: PlanRow, value: Decimal | null, numberFormat: string, style: CellStyle = PLAIN, alsoReads?: RuleTemplate): LayoutCell {
    if (!template.hasFormula && value === null) return amount(null, numberFormat, style);
    const problems = template.problemsOn(row);
    if (!template.hasFormula || problems.length > 0) {
      this.stop(problems);
      this.addInputs([row.index], template.columns);
      if (alsoReads !== undefined) this.addInputs([row.index], alsoReads.columns);
      return amount(value, numberFormat, style);
    }
    const shared = template.templateOn();
    if (shared === undefined) return formulaCell(template.formulaOn(row) as string, value ?? '', numberFormat, style);
    return formulaCellOf(shared, template.rowText(row), value ?? '', numberFormat, style);
  }

  /**
   * A result that could not be a formula for a reason of its own (a sum too long for Excel): its value, said at a
   * cell. It reads every given row's cells in the given columns (a total of thousands of rows): the inputs are noted
   * by number, without a position made for each.
   */
  valueOver(at: { sheet: string; position: CellPosition }, reason: NotLiveReason, rows: readonly number[], cols: readonly number[], value: Decimal | null, numberFormat: string, style: CellStyle = PLAIN): LayoutCell {
    this.addInputs(rows, cols);
    const key = `${at.sheet}!${toA1(at.position)}`;
    if (!this.stopped.has(key)) this.stopped.set(key, { ...at, reason });
    return amount(value, numberFormat, style);
  }

  /** Inputs whose results are written as values, for the state's fingerprint, in sheet order. */
  inputsOfValues(): CellPosition[] {
    // row × COLUMNS + column in ascending order is sheet order: row by row, each row's columns left to right.
    const keys = Float64Array.from(this.valueInputs).sort();
    const inputs: CellPosition[] = [];
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as number;
      if (i === 0 || key !== keys[i - 1]) inputs.push({ row: Math.floor(key / COLUMNS), col: key % COLUMNS });
    }
    return inputs;
  }

  /**
   * One finding per input cell that kept results from being formulas. Its fix stays with reading's own
   * finding at the cell (an amount typed as text offers the number), so "Ret alle" writes each cell once.
   */
  findings(grid: Grid): Finding[] {
    return [...this.stopped.values()].map((problem) => {
      const sheet = problem.sheet ?? grid.sheetName;
      const value = sheet === grid.sheetName ? cellText(cellAt(grid, problem.position)) : '';
      return finding('formula-not-live', { sheet, position: problem.position }, { value, reason: problem.reason });
    });
  }

  private stop(problems: readonly NotLive[]): void {
    for (const problem of problems) if (!this.stopped.has(toA1(problem.position))) this.stopped.set(toA1(problem.position), problem);
  }

  private addInputs(rows: readonly number[], cols: readonly number[]): void {
    for (let c = 0; c < cols.length; c += 1) {
      const col = cols[c] as number;
      // The totals of a plan too long for Excel read the same counted rows of the same columns (the effect columns'
      // sums, the gap sheet's, Bilag 1's): a column's rows already noted are not noted again.
      if (rows.length > SMALL_BLOCK && this.notedBefore(col, rows)) continue;
      // Index loops: a total may note a hundred thousand inputs, and an iterator per row is one more object each.
      for (let r = 0; r < rows.length; r += 1) this.valueInputs.push((rows[r] as number) * COLUMNS + col);
    }
  }

  /** Whether these rows of a column were noted before as a block; notes them if not. */
  private notedBefore(col: number, rows: readonly number[]): boolean {
    let blocks = this.blocks.get(col);
    if (blocks === undefined) this.blocks.set(col, (blocks = []));
    if (blocks.some((block) => block === rows || sameNumbers(block, rows))) return true;
    blocks.push(rows);
    return false;
  }
}

/** A formula cell with the core's figure cached ("" where it shows nothing). */
export function formulaCell(formula: string, cached: Decimal | string, numberFormat: string | undefined, style: CellStyle = PLAIN): FormulaCell {
  return formulaOf(formula, cached, numberFormat === undefined ? style : { numberFormat, ...style });
}

/** A cell of a column of results: the column's shared formula, the row's number and the result, in one object. */
function formulaCellOf(value: FormulaValue, row: string, cached: Decimal | string, numberFormat: string, style: CellStyle): FormulaCell {
  // A column of results is plain or dropped cells: a literal is many times quicker to make than a spread.
  if (style === PLAIN) return { value, row, cached, numberFormat };
  if (style === DROPPED) return { value, row, cached, numberFormat, italic: true };
  return { value, row, cached, numberFormat, ...style };
}
