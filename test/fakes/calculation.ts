/**
 * Excel's recalculation (automatic mode): after each sync Excel calculates the formulas written in it
 * and those that read a changed cell, and what they feed, unless the sync suspended calculation
 * (Application.suspendApiCalculationUntilNextSync): then "it is the developer's responsibility to
 * re-calc the workbook", and the dependents keep their old results. What a formula computes is
 * formula-evaluator.ts; a formula the fake cannot read keeps the result it was seeded with.
 */
import type { FakeExcel, FakeSheet } from './fake-excel';
import type { FakeCell, FakeValue } from './fake-sheet';
import { CellsOf, evaluateFormula, Reference, REFERENCE, referenceOf } from './formula-evaluator';

export class Calculation {
  /** Cells changed since the last calculation, each with when it changed (a tick of `clock`). */
  private changed = new Map<FakeSheet, Map<string, number>>();
  private suspended = false;
  private clock = 0;

  constructor(private readonly excel: FakeExcel) {}

  /** @internal A cell was written. */
  touched(sheet: FakeSheet, row: number, col: number): void {
    if (this.suspended) return;
    let cells = this.changed.get(sheet);
    if (cells === undefined) this.changed.set(sheet, (cells = new Map()));
    cells.set(`${row},${col}`, (this.clock += 1));
  }

  suspendUntilNextSync(): void {
    this.suspended = true;
    this.changed.clear();
  }

  /** What the sync changed is calculated, unless calculation was suspended for it. */
  endOfSync(): void {
    const suspended = this.suspended;
    this.suspended = false;
    if (!suspended) this.recalculate(false);
    this.changed.clear();
  }

  /** Forgets changes so far (a test's seed cells come with their results). */
  forget(): void {
    this.changed.clear();
  }

  /**
   * Recalculates every formula (Application.calculate), or by default those written or reading a cell
   * changed since they were last calculated. A formula brings the formulas it reads up to date first,
   * so a chain (amount → effect → gap → sum → Bilag 1) is calculated once, in order.
   */
  recalculate(all = true): void {
    const calculatedAt = new Map<FakeCell, number>();
    const inProgress = new Set<FakeCell>();
    const stale = (sheet: FakeSheet, key: string, cell: FakeCell): boolean => {
      const since = calculatedAt.get(cell) ?? -1;
      if (all && since < 0) return true;
      const own = this.changed.get(sheet)?.get(key);
      if (own !== undefined && own > since) return true;
      return referencesIn(cell).some((ref) => this.changedSince(sheet, ref, since));
    };
    const calculate = (sheet: FakeSheet, key: string, cell: FakeCell): boolean => {
      inProgress.add(cell);
      const result = this.evaluate(sheet, cell.formula ?? '', (target, row, col) => {
        const other = target.cell(row, col);
        const otherKey = `${row},${col}`;
        if (other?.formula === undefined) return;
        // One calculated already in this recalculation is taken as it is; should it be stale again, the next pass sees to it.
        if (!inProgress.has(other) && !calculatedAt.has(other) && stale(target, otherKey, other)) calculate(target, otherKey, other);
      });
      inProgress.delete(cell);
      const changed = result !== undefined && result !== cell.value;
      if (changed) {
        cell.value = result;
        const [row, col] = key.split(',').map(Number) as [number, number];
        this.touched(sheet, row, col);
      }
      calculatedAt.set(cell, this.clock);
      return changed;
    };
    // Passes until nothing is left to calculate: a formula calculated before something it reads changed is taken again.
    for (let pass = 0; pass < 20; pass += 1) {
      let calculated = false;
      for (const sheet of this.excel.sheets) {
        for (const [key, cell] of sheet.cells) {
          if (cell.formula === undefined || (pass === 0 && calculatedAt.has(cell)) || !stale(sheet, key, cell)) continue;
          calculate(sheet, key, cell);
          calculated = true;
        }
      }
      if (!calculated) break;
    }
  }

  /** Whether a reference takes in a cell changed after `since`: by its own cells or by the changed ones, whichever are fewer. */
  private changedSince(sheet: FakeSheet, ref: Reference, since: number): boolean {
    const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
    const cells = target === undefined ? undefined : this.changed.get(target);
    if (cells === undefined) return false;
    const { from, to } = ref.range;
    if ((to.row - from.row + 1) * (to.col - from.col + 1) <= cells.size) {
      for (let row = from.row; row <= to.row; row += 1) {
        for (let col = from.col; col <= to.col; col += 1) if ((cells.get(`${row},${col}`) ?? -1) > since) return true;
      }
      return false;
    }
    for (const [key, at] of cells) {
      if (at <= since) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (row >= from.row && row <= to.row && col >= from.col && col <= to.col) return true;
    }
    return false;
  }

  /** A formula's result; `reading` hears of each cell before its value is taken. */
  private evaluate(sheet: FakeSheet, formula: string, reading: (target: FakeSheet, row: number, col: number) => void): FakeValue | undefined {
    const cells: CellsOf = (ref) => {
      const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
      if (target === undefined) return ['#REF!'];
      const values: (FakeValue | undefined)[] = [];
      for (let row = ref.range.from.row; row <= ref.range.to.row; row += 1) {
        for (let col = ref.range.from.col; col <= ref.range.to.col; col += 1) {
          reading(target, row, col);
          values.push(target.cell(row, col)?.value);
        }
      }
      return values;
    };
    return evaluateFormula(formula, cells, this.excel.separators.decimal);
  }
}

/** The references of each formula cell, found once per formula it holds: a plan's columns hold tens of thousands. */
const referencesOfCell = new WeakMap<FakeCell, { formula: string; references: Reference[] }>();

function referencesIn(cell: FakeCell): Reference[] {
  const formula = cell.formula ?? '';
  const known = referencesOfCell.get(cell);
  if (known?.formula === formula) return known.references;
  const references: Reference[] = [];
  // Text in quotes is not a reference ("mio. kr." is no cell).
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const pattern = new RegExp(REFERENCE.source, 'gu');
  for (const match of bare.matchAll(pattern)) references.push(referenceOf(match));
  referencesOfCell.set(cell, { formula, references });
  return references;
}
