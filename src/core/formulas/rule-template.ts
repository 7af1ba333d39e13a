import { columnLetters, qualifiedAddress } from '../a1';
import { FormulaValue, formulaTemplate } from '../layout';
import { Unit } from '../money';
import { PlanRow } from '../plan-table';
import { inPlanTerms, InputCells, NotLive } from './inputs';

/**
 * A sum over many rows as a formula ("0" where there is nothing to sum): it reads each of the rows' cells in
 * each of the columns, and notLive says which of them Excel would see differently (or that it is too long).
 */
export interface SumRule {
  readonly formula: string;
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly notLive: readonly NotLive[];
}

/** A value in the plan's unit and sign as an expression, and what it reads. */
interface Term {
  readonly test: string;
  readonly value: string;
}

/**
 * Where the row's number goes in a template's text. No formula holds it, nor can a sheet's name in a
 * workbook (XML cannot carry it); a plan sheet whose name has it anyway gets each row's text made alone.
 */
const ROW = '\u0000';

/** A cell of the row a rule reads, in the order it reads them, and how Excel's view of it is checked. */
interface Read {
  readonly col: number;
  readonly check: 'amount' | 'start';
  /** The table has more than one column of this kind: Excel cannot know which the core took. */
  readonly several: boolean;
}

/** Writes a rule's formula text through a reading of a row; undefined where the rule has no formula. */
export type Spell = (read: Reading) => string | undefined;

const NO_PROBLEMS: readonly NotLive[] = Object.freeze([]);

/**
 * A rule for every row of a table at once: its formula cut where the row's number goes, and the cells
 * it reads. The same for each row but the number, so it is written once per column of results, and a
 * row's formula is the pieces joined by its number (one flat string, no string built per reference).
 */
export class RuleTemplate {
  private readonly template: FormulaValue | undefined;
  private readonly reads: readonly Read[];
  private readonly text: string | undefined;
  /** Every cell it reads is an amount of a kind the table has one column of: a row whose amounts are all exact has no problem. */
  private readonly amountsOnly: boolean;
  private readColumns: readonly number[] | undefined;

  constructor(
    private readonly spell: Spell,
    private readonly sheet: string,
    private readonly planUnit: Unit,
    private readonly cells: InputCells,
    private readonly fromSheet: string,
  ) {
    const reading = new Reading(sheet, planUnit, cells, fromSheet, ROW);
    const text = spell(reading);
    this.text = text;
    this.reads = reading.reads;
    this.amountsOnly = reading.reads.every((read) => read.check === 'amount' && !read.several);
    this.template = text === undefined || sheet.includes(ROW) ? undefined : formulaTemplate(text.split(ROW));
  }

  /** Whether the rule has a formula at all (the same for every row): without one, its result is blank whatever is typed. */
  get hasFormula(): boolean {
    return this.text !== undefined;
  }

  /**
   * The formula's pieces, the same for every row, shared by every cell of the column: joined by rowText(row) they
   * are the formula on that row. Undefined where there is no formula, or the row's text must be made row by row (formulaOn).
   */
  templateOn(): FormulaValue | undefined {
    return this.template;
  }

  /** The row's number as the formula refers to it. */
  rowText(row: PlanRow): string {
    return this.cells.rowText(row);
  }

  /** The rule's formula on one row. */
  formulaOn(row: PlanRow): string | undefined {
    if (this.template !== undefined) return this.template.pieces.join(this.cells.rowText(row));
    return this.text === undefined ? undefined : this.spell(new Reading(this.sheet, this.planUnit, this.cells, this.fromSheet, this.cells.rowText(row)));
  }

  /** The inputs on one row that Excel would see differently from the core (most rows have none: they share one empty list). */
  problemsOn(row: PlanRow): readonly NotLive[] {
    if (this.amountsOnly && this.cells.amountsExact(row)) return NO_PROBLEMS;
    let notLive: NotLive[] | undefined;
    for (const read of this.reads) {
      if (read.several) (notLive ??= []).push({ position: { row: row.index, col: read.col }, reason: 'several-columns' });
      const problem = read.check === 'amount' ? this.cells.amount(row, read.col) : this.cells.start(row, read.col);
      if (problem !== undefined) (notLive ??= []).push(problem);
    }
    return notLive ?? NO_PROBLEMS;
  }

  /** The columns of the cells the rule reads on any row, in order. */
  get columns(): readonly number[] {
    return (this.readColumns ??= this.reads.map((read) => read.col));
  }
}

/** A rule's reading of a row: each cell it refers to is noted, with how Excel's view of it is to be checked. */
export class Reading {
  readonly reads: Read[] = [];
  private readonly prefix: string;

  constructor(
    sheet: string,
    private readonly planUnit: Unit,
    private readonly cells: InputCells,
    fromSheet: string,
    private readonly rowText: string,
  ) {
    this.prefix = sheet === fromSheet ? '' : qualifiedAddress(sheet, '');
  }

  /** A cell of the row on the sheet the formula stands on that the rule does not read as an input (the effect beside a gap). */
  own(col: number): string {
    return columnLetters(col) + this.rowText;
  }

  /** The one column of a kind, as a term (in the plan's unit and sign when it holds plan amounts); undefined when the table has none. */
  one(cols: readonly number[], planAmount: boolean): Term | undefined {
    const col = cols[0];
    if (col === undefined) return undefined;
    const ref = this.ref(col, 'amount', cols.length > 1);
    return { test: `ISNUMBER(${ref})`, value: planAmount ? inPlanTerms(ref, this.cells.convention(col), this.planUnit) : ref };
  }

  /** The first of the columns holding a number, else the fallback: IF(ISNUMBER(A),A,IF(ISNUMBER(B),B,fallback)). */
  firstOf(slots: readonly (readonly number[])[], fallback: string): string {
    let formula = fallback;
    for (let i = slots.length - 1; i >= 0; i -= 1) {
      const term = this.one(slots[i] ?? [], true);
      if (term !== undefined) formula = `IF(${term.test},${term.value},${formula})`;
    }
    return formula;
  }

  /** The share of the year in force as a factor ("*IF(…)"), from the start date cell; "" when the table has no start column. */
  share(col: number | undefined, year: number): string {
    if (col === undefined) return '';
    const s = this.ref(col, 'start', false);
    return `*IF(ISNUMBER(${s}),IF(YEAR(${s})>${year},0,IF(YEAR(${s})<${year},1,(IF(DAY(${s})=1,13,12)-MONTH(${s}))/12)),1)`;
  }

  private ref(col: number, check: Read['check'], several: boolean): string {
    this.reads.push({ col, check, several });
    return this.prefix + columnLetters(col) + this.rowText;
  }
}
