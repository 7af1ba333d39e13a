/**
 * The part of Excel's formula language the add-in writes, evaluated as Excel documents it: numbers,
 * "text", TRUE/FALSE, references (A1, $A$1, Ark!A1, 'Et ark'!A1:B9), the operators - (negation), * /,
 * + -, & and = <> < > <= >=, and the functions IF, ISNUMBER, AND, OR, NOT, SUM, COUNT, N, YEAR, MONTH,
 * DAY, FIXED, ROUND and ABS. An empty cell is 0 to arithmetic and "" to text; arithmetic on text gives
 * #VALUE!; SUM and COUNT skip text, logical values and blanks in references; errors pass through.
 * Numbers become text with the workbook's decimal separator, as in Danish Excel.
 */
import { CellRange, fromA1 } from '../../src/core/a1';
import { compare, datePart, EMPTY, FormulaError, FormulaValue, logical, number, roundHalfAway, Scalar } from './formula-values';

export type { FormulaValue } from './formula-values';

export interface Reference {
  readonly sheet: string | undefined;
  readonly range: CellRange;
}

/** What a formula may look at: the cells of a reference (undefined for an empty cell), row by row. */
export type CellsOf = (ref: Reference) => (FormulaValue | undefined)[];

/** A value during evaluation: a reference stays one until a function or operator takes its cells. */
type Operand = Scalar | Reference;

export const REFERENCE = /(?:'((?:[^']|'')+)'!|([\p{L}\p{N}_.]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\p{L}\p{N}_(])/uy;

export function referenceOf(match: RegExpMatchArray): Reference {
  const [, quoted, bare, fromCol, fromRow, toCol, toRow] = match;
  const from = fromA1(`${fromCol}${fromRow}`);
  const to = toCol === undefined ? from : fromA1(`${toCol}${toRow}`);
  return { sheet: quoted?.replace(/''/g, "'") ?? bare, range: { from, to } };
}

/** The result of a formula as Excel stores it (an error as its code, "#VALUE!"); undefined where the fake cannot read it. */
export function evaluateFormula(formula: string, cells: CellsOf, decimal: string): FormulaValue | undefined {
  try {
    const parser = new Parser(formula, cells, decimal);
    const value = parser.formula();
    const result = scalar(value, cells);
    if (result instanceof FormulaError) return result.code;
    if (result === EMPTY) return 0;
    if (typeof result === 'number' && !Number.isFinite(result)) return '#NUM!';
    return result;
  } catch (error) {
    if (error instanceof FormulaError) return error.code;
    return undefined;
  }
}

function isReference(value: Operand): value is Reference {
  return typeof value === 'object' && !(value instanceof FormulaError);
}

/** A single value: a one-cell reference gives its cell (a wider one, #VALUE!, as implicit intersection is not modelled). */
function scalar(value: Operand, cells: CellsOf): Scalar {
  if (!isReference(value)) return value;
  const { from, to } = value.range;
  if (from.row !== to.row || from.col !== to.col) return new FormulaError('#VALUE!');
  const cell = cells(value)[0];
  if (cell === undefined || cell === '') return EMPTY;
  return typeof cell === 'string' && /^#[A-Z/0]+[!?]?$|^#N\/A$/.test(cell) ? new FormulaError(cell) : cell;
}

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly cells: CellsOf,
    private readonly decimal: string,
  ) {}

  formula(): Operand {
    const value = this.comparison();
    this.skip();
    if (this.at !== this.text.length) throw new Error(`Unexpected "${this.text.slice(this.at)}"`);
    return value;
  }

  private comparison(): Operand {
    let left = this.concatenation();
    for (let op = this.take(/<>|<=|>=|=|<|>/y); op !== undefined; op = this.take(/<>|<=|>=|=|<|>/y)) {
      const order = compare(this.value(left), this.value(this.concatenation()));
      left = op === '=' ? order === 0 : op === '<>' ? order !== 0 : op === '<' ? order < 0 : op === '>' ? order > 0 : op === '<=' ? order <= 0 : order >= 0;
    }
    return left;
  }

  private concatenation(): Operand {
    let left = this.additive();
    while (this.take(/&/y) !== undefined) left = this.text_(left) + this.text_(this.additive());
    return left;
  }

  private additive(): Operand {
    let left = this.multiplicative();
    for (let op = this.take(/[+-]/y); op !== undefined; op = this.take(/[+-]/y)) {
      const a = number(this.value(left));
      const b = number(this.value(this.multiplicative()));
      left = op === '+' ? a + b : a - b;
    }
    return left;
  }

  private multiplicative(): Operand {
    let left = this.unary();
    for (let op = this.take(/[*/]/y); op !== undefined; op = this.take(/[*/]/y)) {
      const a = number(this.value(left));
      const b = number(this.value(this.unary()));
      if (op === '/' && b === 0) throw new FormulaError('#DIV/0!');
      left = op === '*' ? a * b : a / b;
    }
    return left;
  }

  private unary(): Operand {
    if (this.take(/-/y) !== undefined) return -number(this.value(this.unary()));
    if (this.take(/\+/y) !== undefined) return this.unary();
    return this.primary();
  }

  private primary(): Operand {
    if (this.take(/\(/y) !== undefined) {
      const value = this.comparison();
      this.expect(/\)/y);
      return value;
    }
    const string = this.take(/"((?:[^"]|"")*)"/y);
    if (string !== undefined) return string.slice(1, -1).replace(/""/g, '"');
    const numeral = this.take(/\d+(?:\.\d+)?(?:E[+-]?\d+)?/iy);
    if (numeral !== undefined) return Number(numeral);
    const call = this.take(/[A-Z][A-Z0-9.]*\(/iy);
    if (call !== undefined) return this.call(call.slice(0, -1).toUpperCase());
    const logicalWord = this.take(/(TRUE|FALSE)(?![\p{L}\p{N}_(!])/iuy);
    if (logicalWord !== undefined) return logicalWord.toUpperCase() === 'TRUE';
    return this.reference();
  }

  /** A function's arguments are kept as text and evaluated when the function asks: IF takes only its branch, as Excel does. */
  private call(name: string): Operand {
    const args: (() => Operand)[] = [];
    this.skip();
    if (this.take(/\)/y) === undefined) {
      for (;;) {
        const start = this.at;
        this.at = argumentEnd(this.text, start);
        const source = this.text.slice(start, this.at);
        args.push(() => new Parser(source, this.cells, this.decimal).formula());
        if (this.take(/,/y) !== undefined) continue;
        this.expect(/\)/y);
        break;
      }
    }
    return this.apply(name, args);
  }

  private apply(name: string, args: (() => Operand)[]): Operand {
    const arg = (i: number): Scalar => {
      const get = args[i];
      return get === undefined ? EMPTY : this.value(get());
    };
    switch (name) {
      case 'IF':
        return logical(arg(0)) ? (args[1] === undefined ? true : this.value(args[1]())) : args[2] === undefined ? false : this.value(args[2]());
      case 'ISNUMBER':
        try {
          return typeof arg(0) === 'number';
        } catch (error) {
          if (error instanceof FormulaError) return false;
          throw error;
        }
      case 'AND':
        return args.every((_, i) => logical(arg(i)));
      case 'OR':
        return args.some((_, i) => logical(arg(i)));
      case 'NOT':
        return !logical(arg(0));
      case 'SUM':
        return this.numbersIn(args).reduce((a, b) => a + b, 0);
      case 'COUNT':
        return this.numbersIn(args, true).length;
      case 'YEAR':
      case 'MONTH':
      case 'DAY':
        return datePart(number(arg(0)), name);
      case 'ROUND':
        return roundHalfAway(number(arg(0)), number(arg(1)));
      case 'N': {
        // N gives a number as it is, a logical value as 1 or 0, and 0 for text and blanks; an error passes.
        const value = arg(0);
        if (value instanceof FormulaError) throw value;
        return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : 0;
      }
      case 'ABS':
        return Math.abs(number(arg(0)));
      case 'FIXED':
        return this.fixed(number(arg(0)), args[1] === undefined ? 2 : number(arg(1)), args[2] === undefined ? false : logical(arg(2)));
      default:
        throw new FormulaError('#NAME?');
    }
  }

  /** The numbers of SUM's or COUNT's arguments: in references only numbers count; typed arguments are converted. */
  private numbersIn(args: (() => Operand)[], counting = false): number[] {
    const numbers: number[] = [];
    for (const get of args) {
      const value = get();
      if (isReference(value)) {
        for (const cell of this.cells(value)) {
          if (typeof cell === 'string' && cell.startsWith('#') && !counting) throw new FormulaError(cell);
          if (typeof cell === 'number') numbers.push(cell);
        }
      } else if (counting) {
        if (typeof value === 'number') numbers.push(value);
      } else numbers.push(number(value));
    }
    return numbers;
  }

  /** FIXED: rounded half away from zero, grouped in thousands unless told not to, in the workbook's separators. */
  private fixed(value: number, decimals: number, noGrouping: boolean): string {
    const rounded = roundHalfAway(value, decimals);
    const [whole = '0', fraction] = Math.abs(rounded).toFixed(Math.max(0, decimals)).split('.');
    const group = this.decimal === ',' ? '.' : ',';
    const grouped = noGrouping ? whole : whole.replace(/\B(?=(\d{3})+$)/g, group);
    return `${rounded < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `${this.decimal}${fraction}`}`;
  }

  private value(operand: Operand): Scalar {
    return scalar(operand, this.cells);
  }

  private text_(operand: Operand): string {
    const value = this.value(operand);
    if (value instanceof FormulaError) throw value;
    if (value === EMPTY) return '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return typeof value === 'number' ? String(value).replace('.', this.decimal) : value;
  }

  private reference(): Reference {
    this.skip();
    const pattern = new RegExp(REFERENCE.source, 'uy');
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (match === null) throw new Error(`Not a reference at "${this.text.slice(this.at)}"`);
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

/** Where an argument that starts at `from` ends: at the first "," or ")" outside brackets and quoted text. */
function argumentEnd(text: string, from: number): number {
  let depth = 0;
  let quoted: string | undefined;
  for (let i = from; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted !== undefined) {
      if (ch === quoted) quoted = undefined;
    } else if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && depth === 0) return i;
    else if (ch === ')') depth -= 1;
    else if (ch === ',' && depth === 0) return i;
  }
  return text.length;
}

