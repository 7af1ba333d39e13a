import { Measure } from '../columns';
import { PlanRow, PlanTable } from '../plan-table';
import { GroupYear, groupYears, planGroupOf, Scheme, SignConvention } from '../scheme';
import { unitFactor, inPlanTerms, InputCells, NotLive } from './inputs';
import { rangeRef } from './refs';
import { Reading, RuleTemplate, SumRule, Spell } from './rule-template';
import { rowRuns, sumOf, sumOfRuns, textsWithin } from './sums';

const MEASURES: readonly Measure[] = ['target', 'adjusted', 'realised', 'forecast'];
const NONE: readonly number[] = [];
/** The measures an effect is read from before helårseffekt, innermost first: the formula is built from the inside out. */
const FOLLOW_UP = ['forecast', 'realised'] as const;

export type { SumRule };

/** The templates of one sheet the formulas stand on, by rule and group-year. */
interface SheetTemplates {
  readonly effect: RuleTemplate[];
  readonly gap: RuleTemplate[];
  readonly target: RuleTemplate[];
  readonly planned: RuleTemplate[];
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
  /** Each sheet's templates, made on first use; the last sheet's kept at hand, as a column asks for them row after row. */
  private readonly templates = new Map<string, SheetTemplates>();
  private lastSheet: string | undefined;
  private lastTemplates: SheetTemplates | undefined;
  /** The effect column each gap template refers to. */
  private readonly gapColumns: number[] = [];

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

  /** The effect in a group-year, "" where a row has none. */
  effect(k: number, fromSheet: string): RuleTemplate {
    const templates = this.templatesOn(fromSheet).effect;
    return (templates[k] ??= this.template((read) => this.effectText(read, k), fromSheet));
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

  /** The gap beside the effect cell in effectCol: target − effect as a saving (effect − target where savings are negative), "" without an effect. */
  gap(k: number, effectCol: number, fromSheet: string): RuleTemplate {
    const templates = this.templatesOn(fromSheet).gap;
    let template = templates[k];
    if (template === undefined || this.gapColumns[k] !== effectCol) {
      template = templates[k] = this.template((read) => this.gapText(read, k, effectCol), fromSheet);
      this.gapColumns[k] = effectCol;
    }
    return template;
  }

  /** A row's target (adjusted where a number, else original, else 0), as the gap reads it. */
  target(k: number, fromSheet: string): RuleTemplate {
    const templates = this.templatesOn(fromSheet).target;
    return (templates[k] ??= this.template((read) => this.targetText(read, k), fromSheet));
  }

  /**
   * The counted rows' targets summed, as the plan's gap without a scheme target measures from: with only
   * an original column, that column's cells summed in ranges and converted once (-SUM(E5:E9)/1000); with
   * an adjusted one too, each row's target summed.
   */
  targetSum(counted: readonly PlanRow[], bridgeable: (row: number) => boolean, k: number, fromSheet: string): SumRule {
    const [original, ...more] = this.slot(k, 'target');
    const adjusted = this.slot(k, 'adjusted');
    const rows = counted.map((row) => row.index);
    if (adjusted.length > 0 || more.length > 0) {
      const target = this.target(k, fromSheet);
      // Each row's formula only until the sum is surely too long for Excel (thousands of rows are): then it is a value.
      const terms = textsWithin(counted, (row) => target.formulaOn(row) ?? '0');
      const sum = terms === undefined ? undefined : sumOf(terms);
      const notLive: NotLive[] = [];
      for (const row of counted) notLive.push(...target.problemsOn(row));
      const cols = counted.length === 0 ? [] : target.columns;
      const at = counted[0] === undefined ? undefined : { row: counted[0].index, col: original ?? adjusted[0] ?? 0 };
      return { formula: sum ?? '0', rows, cols, notLive: sum === undefined && at !== undefined ? [...notLive, { position: at, reason: 'too-long' }] : notLive };
    }
    if (original === undefined || counted.length === 0) return { formula: '0', rows: [], cols: [], notLive: [] };
    const notLive: NotLive[] = [];
    for (const row of counted) {
      const problem = this.cells.amount(row, original);
      if (problem !== undefined) notLive.push(problem);
    }
    const runs = rowRuns(rows, bridgeable);
    const sum = sumOfRuns(runs, (run) => rangeRef(this.table.sheet, { from: { row: run.from, col: original }, to: { row: run.to, col: original } }, fromSheet));
    if (sum === undefined) return { formula: '0', rows, cols: [original], notLive: [...notLive, { position: { row: rows[0] ?? 0, col: original }, reason: 'too-long' }] };
    return { formula: inPlanTerms(sum, this.cells.convention(original), this.scheme.plan.unit), rows, cols: [original], notLive };
  }

  /** Bilag 1's planned amount: the original target where it is a number, else the adjusted; "" where neither is. */
  planned(k: number, fromSheet: string): RuleTemplate {
    const templates = this.templatesOn(fromSheet).planned;
    return (templates[k] ??= this.template((read) => this.plannedText(read, k), fromSheet));
  }

  /** The columns holding a group-year's measure (one, as reading keeps the first of equal columns). */
  slot(k: number, measure: Measure): readonly number[] {
    return this.slots[k]?.[MEASURES.indexOf(measure)] ?? NONE;
  }

  private effectText(read: Reading, k: number): string | undefined {
    const key = this.keys[k];
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
    return formula === '""' ? undefined : formula;
  }

  private gapText(read: Reading, k: number, effectCol: number): string {
    const target = this.targetText(read, k);
    const effect = read.own(effectCol);
    return `IF(${effect}="","",${gapExpression(target, effect, this.scheme.plan.sign)})`;
  }

  private targetText(read: Reading, k: number): string {
    return read.firstOf([this.slot(k, 'adjusted'), this.slot(k, 'target')], '0');
  }

  private plannedText(read: Reading, k: number): string | undefined {
    const slots = [this.slot(k, 'target'), this.slot(k, 'adjusted')];
    return slots.every((s) => s.length === 0) ? undefined : read.firstOf(slots, '""');
  }

  private templatesOn(fromSheet: string): SheetTemplates {
    if (fromSheet === this.lastSheet && this.lastTemplates !== undefined) return this.lastTemplates;
    let templates = this.templates.get(fromSheet);
    if (templates === undefined) this.templates.set(fromSheet, (templates = { effect: [], gap: [], target: [], planned: [] }));
    this.lastSheet = fromSheet;
    this.lastTemplates = templates;
    return templates;
  }

  private template(spell: Spell, fromSheet: string): RuleTemplate {
    return new RuleTemplate(spell, this.table.sheet, this.scheme.plan.unit, this.cells, fromSheet);
  }
}

/** Where savings are negative numbers, the gap as a saving is effect − target: one subtraction, as compute's gapOf. */
function gapExpression(target: string, effect: string, sign: SignConvention): string {
  if (target === '0') return sign === 'savings-positive' ? `-${effect}` : effect;
  return sign === 'savings-positive' ? `${target}-${effect}` : `${effect}-${target}`;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
