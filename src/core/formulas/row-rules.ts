import { CellPosition } from '../a1';
import { Measure } from '../columns';
import { Unit } from '../money';
import { PlanRow, PlanTable } from '../plan-table';
import { GroupYear, groupYears, planGroupOf, Scheme, SignConvention } from '../scheme';
import { unitFactor, inPlanTerms, InputCells, NotLive } from './inputs';
import { cellRef, rangeRef } from './refs';
import { rowRuns, sumOf } from './sums';

const MEASURES: readonly Measure[] = ['target', 'adjusted', 'realised', 'forecast'];
const NONE: readonly number[] = [];
/** The measures an effect is read from before helårseffekt, innermost first: the formula is built from the inside out. */
const FOLLOW_UP = ['forecast', 'realised'] as const;

/** A result as a formula over the plan sheet's cells: the cells it reads and those Excel would see differently. */
export interface Rule {
  /** Undefined where the result is blank whatever is typed (the table has no column it could come from). */
  readonly formula: string | undefined;
  readonly inputs: readonly CellPosition[];
  readonly notLive: readonly NotLive[];
}

/** A value in the plan's unit and sign as an expression, and what it reads. */
interface Term {
  readonly test: string;
  readonly value: string;
}

/**
 * The core's rules for one row as Excel formulas over the row's own cells, in the plan's unit and sign:
 * the effect (realised → forecast → helårseffekt × share of the year in force → drivers, as computePlan's
 * effectFor), the target (adjusted, else original, as figuresFor), the gap against the effect cell beside
 * it, and Bilag 1's planned amount (original, else adjusted). The columns each rule reads are found once.
 */
export class RowRules {
  /** By group-year and measure (MEASURES' order): the columns holding it. */
  private readonly slots: number[][][] = [];
  private readonly fullYear = new Map<string, number[]>();
  private readonly citizens: number[] = [];
  private readonly unitSaving: { col: number; factor: string }[] = [];
  private readonly savingCols: readonly number[];
  private readonly startCol: number | undefined;
  private readonly keys: readonly GroupYear[];

  constructor(
    private readonly table: PlanTable,
    private readonly scheme: Scheme,
    private readonly cells: InputCells,
  ) {
    this.keys = groupYears(scheme);
    for (const column of table.columns) {
      const role = column.role;
      if (role.kind === 'amount') {
        const k = this.keys.findIndex(({ group, year }) => group.key === role.group && year === role.year);
        if (k >= 0) ((this.slots[k] ??= [])[MEASURES.indexOf(role.measure)] ??= []).push(column.index);
      } else if (role.kind === 'full-year') push(this.fullYear, role.group, column.index);
      else if (role.kind === 'citizens') this.citizens.push(column.index);
      else if (role.kind === 'unit-saving') this.unitSaving.push({ col: column.index, factor: unitFactor(role.unit ?? scheme.plan.unit, scheme.plan.unit) });
    }
    this.savingCols = this.unitSaving.map((u) => u.col);
    this.startCol = table.columns.find((c) => c.role.kind === 'start')?.index;
  }

  /** The effect of a row in a group-year, "" where it has none. */
  effect(row: PlanRow, k: number, fromSheet: string): Rule {
    const key = this.keys[k];
    const read = this.reading(row, fromSheet);
    let shown: string | undefined;
    const share = (): string => (shown ??= key === undefined ? '' : read.share(this.startCol, key.year));
    let formula = '""';
    if (key !== undefined && key.group === planGroupOf(this.scheme.columnGroups)) {
      const citizens = read.one(this.citizens, false);
      const saving = read.one(this.savingCols, false);
      const factor = this.unitSaving[0]?.factor ?? '';
      if (citizens !== undefined && saving !== undefined) formula = `IF(AND(${citizens.test},${saving.test}),${citizens.value}*${saving.value}${factor}${share()},"")`;
    }
    const fullYear = key === undefined ? undefined : read.one(this.fullYear.get(key.group.key) ?? [], true);
    if (fullYear !== undefined) formula = `IF(${fullYear.test},${fullYear.value}${share()},${formula})`;
    for (const measure of FOLLOW_UP) {
      const term = read.one(this.slot(k, measure), true);
      if (term !== undefined) formula = `IF(${term.test},${term.value},${formula})`;
    }
    return read.rule(formula === '""' ? undefined : formula);
  }

  /** Whether a group-year's effect can come from any column of the table: else its effect and gap are blank on every row. */
  hasEffectSource(k: number): boolean {
    return this.effectColumns(k).length > 0;
  }

  /** The columns a group-year's effect reads (the start date's only with a column the share applies to). */
  effectColumns(k: number): number[] {
    const key = this.keys[k];
    if (key === undefined) return [];
    const drivers = key.group === planGroupOf(this.scheme.columnGroups) && this.citizens.length > 0 && this.savingCols.length > 0;
    const fullYear = this.fullYear.get(key.group.key) ?? [];
    const shared = [...fullYear, ...(drivers ? [...this.citizens, ...this.savingCols] : [])];
    const start = shared.length > 0 && this.startCol !== undefined ? [this.startCol] : [];
    return [...this.slot(k, 'realised'), ...this.slot(k, 'forecast'), ...shared, ...start];
  }

  /** The columns a group-year's planned amounts are in: original and adjusted. */
  targetColumns(k: number): number[] {
    return [...this.slot(k, 'target'), ...this.slot(k, 'adjusted')];
  }

  /** The gap beside an effect cell: target − effect as a saving (effect − target where savings are negative), "" without an effect. */
  gap(row: PlanRow, k: number, effectRef: string, fromSheet: string): Rule {
    const read = this.reading(row, fromSheet);
    const target = read.firstOf([this.slot(k, 'adjusted'), this.slot(k, 'target')], '0');
    const difference = gapExpression(target, effectRef, this.scheme.plan.sign);
    return read.rule(`IF(${effectRef}="","",${difference})`);
  }

  /** The row's target (adjusted where a number, else original, else 0), as the gap reads it. */
  target(row: PlanRow, k: number, fromSheet: string): Rule {
    const read = this.reading(row, fromSheet);
    return read.rule(read.firstOf([this.slot(k, 'adjusted'), this.slot(k, 'target')], '0'));
  }

  /**
   * The counted rows' targets summed, as the plan's gap without a scheme target measures from: with only
   * an original column, that column's cells summed in ranges and converted once (-SUM(E5:E9)/1000); with
   * an adjusted one too, each row's target summed.
   */
  targetSum(counted: readonly PlanRow[], bridgeable: (row: number) => boolean, k: number, fromSheet: string): Rule {
    const [original, ...more] = this.slot(k, 'target');
    const adjusted = this.slot(k, 'adjusted');
    if (adjusted.length > 0 || more.length > 0) {
      const rules = counted.map((row) => this.target(row, k, fromSheet));
      const sum = sumOf(rules.map((r) => r.formula ?? '0'));
      const notLive = rules.flatMap((r) => r.notLive);
      const inputs = rules.flatMap((r) => r.inputs);
      const at = counted[0] === undefined ? undefined : { row: counted[0].index, col: original ?? adjusted[0] ?? 0 };
      return { formula: sum ?? '0', inputs, notLive: sum === undefined && at !== undefined ? [...notLive, { position: at, reason: 'too-long' }] : notLive };
    }
    if (original === undefined || counted.length === 0) return { formula: '0', inputs: [], notLive: [] };
    const notLive: NotLive[] = [];
    for (const row of counted) {
      const problem = this.cells.amount(row, original);
      if (problem !== undefined) notLive.push(problem);
    }
    const inputs = counted.map((row) => ({ row: row.index, col: original }));
    const runs = rowRuns(counted.map((row) => row.index), bridgeable);
    const sum = sumOf(runs.map((run) => rangeRef(this.table.sheet, { from: { row: run.from, col: original }, to: { row: run.to, col: original } }, fromSheet)));
    if (sum === undefined) return { formula: '0', inputs, notLive: [...notLive, { position: inputs[0] ?? { row: 0, col: original }, reason: 'too-long' }] };
    return { formula: inPlanTerms(sum, this.cells.convention(original), this.scheme.plan.unit), inputs, notLive };
  }

  /** Bilag 1's planned amount: the original target where it is a number, else the adjusted; "" where neither is. */
  planned(row: PlanRow, k: number, fromSheet: string): Rule {
    const read = this.reading(row, fromSheet);
    const slots = [this.slot(k, 'target'), this.slot(k, 'adjusted')];
    return read.rule(slots.every((s) => s.length === 0) ? undefined : read.firstOf(slots, '""'));
  }

  /** The columns holding a group-year's measure (one, as reading keeps the first of equal columns). */
  slot(k: number, measure: Measure): readonly number[] {
    return this.slots[k]?.[MEASURES.indexOf(measure)] ?? NONE;
  }

  private reading(row: PlanRow, fromSheet: string): Reading {
    return new Reading(this.table.sheet, this.scheme.plan.unit, this.cells, row, fromSheet);
  }
}

/** Where savings are negative numbers, the gap as a saving is effect − target: one subtraction, as compute's gapOf. */
function gapExpression(target: string, effect: string, sign: SignConvention): string {
  if (target === '0') return sign === 'savings-positive' ? `-${effect}` : effect;
  return sign === 'savings-positive' ? `${target}-${effect}` : `${effect}-${target}`;
}

/** One rule's reading of a row: each cell it refers to is noted, with whether Excel sees it as the core does. */
class Reading {
  private readonly inputs: CellPosition[] = [];
  private readonly notLive: NotLive[] = [];

  constructor(
    private readonly sheet: string,
    private readonly planUnit: Unit,
    private readonly cells: InputCells,
    private readonly row: PlanRow,
    private readonly fromSheet: string,
  ) {}

  private ref(col: number): string {
    const position = { row: this.row.index, col };
    this.inputs.push(position);
    return cellRef(this.sheet, position, this.fromSheet);
  }

  /** The one column of a kind, as a term (in the plan's unit and sign when it holds plan amounts); undefined when the table has none. */
  one(cols: readonly number[], planAmount: boolean): Term | undefined {
    const col = cols[0];
    if (col === undefined) return undefined;
    const cells = this.cells;
    if (cols.length > 1) this.notLive.push({ position: { row: this.row.index, col }, reason: 'several-columns' });
    const problem = cells.amount(this.row, col);
    if (problem !== undefined) this.notLive.push(problem);
    const ref = this.ref(col);
    return { test: `ISNUMBER(${ref})`, value: planAmount ? inPlanTerms(ref, cells.convention(col), this.planUnit) : ref };
  }

  /** The first of the columns holding a number, else the fallback: IF(ISNUMBER(A),A,IF(ISNUMBER(B),B,fallback)). */
  firstOf(slots: readonly (readonly number[])[], fallback: string): string {
    let formula = fallback;
    for (let i = slots.length - 1; i >= 0; i -= 1) {
      const term = this.one(slots[i] ?? NONE, true);
      if (term !== undefined) formula = `IF(${term.test},${term.value},${formula})`;
    }
    return formula;
  }

  /** The share of the year in force as a factor ("*IF(…)"), from the start date cell; "" when the table has no start column. */
  share(col: number | undefined, year: number): string {
    if (col === undefined) return '';
    const problem = this.cells.start(this.row, col);
    if (problem !== undefined) this.notLive.push(problem);
    const s = this.ref(col);
    return `*IF(ISNUMBER(${s}),IF(YEAR(${s})>${year},0,IF(YEAR(${s})<${year},1,(IF(DAY(${s})=1,13,12)-MONTH(${s}))/12)),1)`;
  }

  rule(formula: string | undefined): Rule {
    return { formula, inputs: this.inputs, notLive: this.notLive };
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
