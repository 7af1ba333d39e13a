/**
 * Excel's recalculation (automatic mode): after each sync Excel calculates the formulas written in it
 * and those that read a changed cell, and what they feed, unless the sync suspended calculation
 * (Application.suspendApiCalculationUntilNextSync): then "it is the developer's responsibility to
 * re-calc the workbook", and the dependents keep their old results. What a formula computes is
 * formula-evaluator.ts; a formula the fake cannot read keeps the result it was seeded with.
 */
import type { FakeExcel, FakeSheet } from './fake-excel';
import type { FakeValue } from './fake-sheet';
import { CellsOf, evaluateFormula, Reference, REFERENCE, referenceOf } from './formula-evaluator';

export class Calculation {
  private changed = new Map<FakeSheet, Set<string>>();
  private suspended = false;

  constructor(private readonly excel: FakeExcel) {}

  /** @internal A cell was written. */
  touched(sheet: FakeSheet, row: number, col: number): void {
    if (this.suspended) return;
    let cells = this.changed.get(sheet);
    if (cells === undefined) this.changed.set(sheet, (cells = new Set()));
    cells.add(`${row},${col}`);
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

  /** Recalculates every formula (Application.calculate), or by default only those reading a changed cell. */
  recalculate(all = true): void {
    // A few passes let a change run through chains of formulas.
    for (let pass = 0; pass < 20 && (all || this.changed.size > 0); pass += 1) {
      const changed = this.changed;
      this.changed = new Map();
      for (const sheet of this.excel.sheets) {
        for (const [key, cell] of sheet.cells) {
          if (cell.formula === undefined) continue;
          // A formula written in this sync is calculated; an older one when it reads a changed cell.
          if (!all && changed.get(sheet)?.has(key) !== true && !referencesIn(cell.formula).some((ref) => this.reads(sheet, ref, changed))) continue;
          const result = this.evaluate(sheet, cell.formula);
          if (result === undefined || result === cell.value) continue;
          cell.value = result;
          const [row, col] = key.split(',').map(Number) as [number, number];
          this.touched(sheet, row, col);
        }
      }
      if (all) break;
    }
  }

  /** Whether a reference takes in a changed cell: by its own cells or by the changed ones, whichever are fewer. */
  private reads(sheet: FakeSheet, ref: Reference, changed: Map<FakeSheet, Set<string>>): boolean {
    const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
    const cells = target === undefined ? undefined : changed.get(target);
    if (cells === undefined) return false;
    const { from, to } = ref.range;
    if ((to.row - from.row + 1) * (to.col - from.col + 1) <= cells.size) {
      for (let row = from.row; row <= to.row; row += 1) for (let col = from.col; col <= to.col; col += 1) if (cells.has(`${row},${col}`)) return true;
      return false;
    }
    for (const key of cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (row >= from.row && row <= to.row && col >= from.col && col <= to.col) return true;
    }
    return false;
  }

  private evaluate(sheet: FakeSheet, formula: string): FakeValue | undefined {
    const cells: CellsOf = (ref) => {
      const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
      if (target === undefined) return ['#REF!'];
      const values: (FakeValue | undefined)[] = [];
      for (let row = ref.range.from.row; row <= ref.range.to.row; row += 1) {
        for (let col = ref.range.from.col; col <= ref.range.to.col; col += 1) values.push(target.cell(row, col)?.value);
      }
      return values;
    };
    return evaluateFormula(formula, cells, this.excel.separators.decimal);
  }
}

/** The references of each formula text, found once: a plan's columns repeat the same few shapes of formula many times over. */
const referencesOfFormula = new Map<string, Reference[]>();

function referencesIn(formula: string): Reference[] {
  const known = referencesOfFormula.get(formula);
  if (known !== undefined) return known;
  const found: Reference[] = [];
  // Text in quotes is not a reference ("mio. kr." is no cell).
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const pattern = new RegExp(REFERENCE.source, 'gu');
  for (const match of bare.matchAll(pattern)) found.push(referenceOf(match));
  referencesOfFormula.set(formula, found);
  return found;
}
