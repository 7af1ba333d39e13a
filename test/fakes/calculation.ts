/**
 * Excel's recalculation, for the formulas a test seeds: references (A1, $A$1, Ark!A1, 'Et ark'!A1),
 * SUM over references and ranges, numbers, + - * / and brackets. After each sync Excel recalculates the
 * formulas that read a changed cell, and what they feed, unless the sync suspended calculation
 * (Application.suspendApiCalculationUntilNextSync): then "it is the developer's responsibility to
 * re-calc the workbook", and the dependents keep their old results. A formula the fake cannot read
 * keeps the result it was seeded with.
 */
import { CellRange, fromA1 } from '../../src/core/a1';
import type { FakeExcel, FakeSheet } from './fake-excel';

interface Reference {
  readonly sheet: string | undefined;
  readonly range: CellRange;
}

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
    for (let pass = 0; pass < 10 && (all || this.changed.size > 0); pass += 1) {
      const changed = this.changed;
      this.changed = new Map();
      for (const sheet of this.excel.sheets) {
        for (const [key, cell] of sheet.cells) {
          if (cell.formula === undefined) continue;
          const references = referencesIn(cell.formula);
          if (!all && !references.some((ref) => this.reads(sheet, ref, changed))) continue;
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

  private reads(sheet: FakeSheet, ref: Reference, changed: Map<FakeSheet, Set<string>>): boolean {
    const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
    const cells = target === undefined ? undefined : changed.get(target);
    if (cells === undefined) return false;
    for (const key of cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (row >= ref.range.from.row && row <= ref.range.to.row && col >= ref.range.from.col && col <= ref.range.to.col) return true;
    }
    return false;
  }

  private evaluate(sheet: FakeSheet, formula: string): number | undefined {
    try {
      const parser = new Parser(formula, (ref) => this.valuesOf(sheet, ref));
      const value = parser.expression();
      return parser.done() && Number.isFinite(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private valuesOf(sheet: FakeSheet, ref: Reference): number[] {
    const target = ref.sheet === undefined ? sheet : this.excel.sheet(ref.sheet);
    if (target === undefined) throw new Error('#REF!');
    const values: number[] = [];
    for (let row = ref.range.from.row; row <= ref.range.to.row; row += 1) {
      for (let col = ref.range.from.col; col <= ref.range.to.col; col += 1) {
        const value = target.cell(row, col)?.value;
        if (typeof value === 'number') values.push(value);
        else if (value !== undefined && value !== '' && typeof value !== 'boolean') throw new Error('#VALUE!');
      }
    }
    return values;
  }
}

const REFERENCE = /(?:'((?:[^']|'')+)'!|([\p{L}\p{N}_.]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/uy;

function referencesIn(formula: string): Reference[] {
  const found: Reference[] = [];
  const pattern = new RegExp(REFERENCE.source, 'gu');
  for (const match of formula.matchAll(pattern)) found.push(referenceOf(match));
  return found;
}

function referenceOf(match: RegExpMatchArray): Reference {
  const [, quoted, bare, fromCol, fromRow, toCol, toRow] = match;
  const from = fromA1(`${fromCol}${fromRow}`);
  const to = toCol === undefined ? from : fromA1(`${toCol}${toRow}`);
  return { sheet: quoted?.replace(/''/g, "'") ?? bare, range: { from, to } };
}

/** expression = term (("+" | "-") term)*; term = factor (("*" | "/") factor)*; factor = number | SUM(…) | reference | (expression) | -factor. */
class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly values: (ref: Reference) => number[],
  ) {}

  done(): boolean {
    this.skip();
    return this.at === this.text.length;
  }

  expression(): number {
    let value = this.term();
    for (let op = this.take(/[+-]/y); op !== undefined; op = this.take(/[+-]/y)) value = op === '+' ? value + this.term() : value - this.term();
    return value;
  }

  private term(): number {
    let value = this.factor();
    for (let op = this.take(/[*/]/y); op !== undefined; op = this.take(/[*/]/y)) value = op === '*' ? value * this.factor() : value / this.factor();
    return value;
  }

  private factor(): number {
    if (this.take(/-/y) !== undefined) return -this.factor();
    if (this.take(/\(/y) !== undefined) {
      const value = this.expression();
      this.expect(/\)/y);
      return value;
    }
    if (this.take(/SUM\(/iy) !== undefined) {
      let sum = 0;
      do sum += this.values(this.reference()).reduce((a, b) => a + b, 0);
      while (this.take(/[,;]/y) !== undefined);
      this.expect(/\)/y);
      return sum;
    }
    const number = this.take(/\d+(?:\.\d+)?/y);
    if (number !== undefined) return Number(number);
    const [value] = this.values(this.reference());
    return value ?? 0;
  }

  private reference(): Reference {
    this.skip();
    const pattern = new RegExp(REFERENCE.source, 'uy');
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (match === null) throw new Error('Not a reference');
    this.at = pattern.lastIndex;
    return referenceOf(match);
  }

  private take(pattern: RegExp): string | undefined {
    this.skip();
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (match === null) return undefined;
    this.at = pattern.lastIndex;
    return match[0];
  }

  private expect(pattern: RegExp): void {
    if (this.take(pattern) === undefined) throw new Error('Unexpected formula');
  }

  private skip(): void {
    while (this.text[this.at] === ' ') this.at += 1;
  }
}
