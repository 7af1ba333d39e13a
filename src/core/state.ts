import { CellRange, rangeFromA1, rangeToA1 } from './a1';
import { sameNameDanish } from './text';

/**
 * What the program wrote last time, kept in the workbook so it travels with the file: the cells of
 * its effect and gap columns and the name of its Bilag 1 sheet. Everything else belongs to the user.
 */
export interface AddinState {
  readonly sourceSheet: string;
  readonly output: CellRange;
  readonly bilagSheet: string;
  /** The sheet with the plan's gap per year, when the last run wrote one. */
  readonly gapSheet?: string;
  /** A fingerprint of each output column as written, to notice cells typed into them since. */
  readonly columnPrints: readonly string[];
  /**
   * Fingerprints of the source sheet's cells that results written as values (not formulas) were made
   * from, as they were at the last write: where one has changed, those results are out of date.
   */
  readonly valueInputs?: readonly { readonly cells: string; readonly print: string }[];
  /** The plan's structure at this Beregn (plan-structure.ts), to notice when Bilag 1 needs a new one. */
  readonly structurePrint?: string;
  /** The plan's further sheets (proposal forms kept one per sheet): the program's columns on each, as above for the source sheet. */
  readonly moreSources?: readonly SourceColumns[];
  /** The follow-up rounds closed so far, oldest first; each is kept on a protected sheet that no later run changes. */
  readonly rounds?: readonly ClosedRound[];
  /** The sheet of what moved since the last round (Ændringer siden …), when the last run wrote one. */
  readonly sinceSheet?: string;
}

/** The program's columns on one sheet of the plan as last written, and the cells its values were made from. */
export interface SourceColumns {
  readonly sheet: string;
  readonly output: CellRange;
  readonly columnPrints: readonly string[];
  readonly valueInputs?: readonly { readonly cells: string; readonly print: string }[];
}

/** Every sheet of the plan with the program's columns on it, the source sheet first: one for most plans. */
export function sourcesOf(state: AddinState): SourceColumns[] {
  const { sourceSheet, output, columnPrints, valueInputs } = state;
  return [{ sheet: sourceSheet, output, columnPrints, ...(valueInputs === undefined ? {} : { valueInputs }) }, ...(state.moreSources ?? [])];
}

/** The program's columns on a sheet (Excel compares sheet names without case), if it wrote any there. */
export function sourceOn(state: AddinState | undefined, sheet: string): SourceColumns | undefined {
  return state === undefined ? undefined : sourcesOf(state).find((source) => sameNameDanish(source.sheet, sheet));
}

/** A closed follow-up round as the state lists it: its name, the ISO date it was closed and the sheet that keeps it. */
export interface ClosedRound {
  readonly name: string;
  readonly closed: string;
  readonly sheet: string;
}

/** Name of the very hidden sheet that holds the state. */
export const STATE_SHEET = 'Handleplan_tilstand';

/** The state sheet's cell for the user's settings (A1 holds the state). */
export const SETTINGS_CELL = 'B1';

/** Sheets that hold the program's own records and are never read as plans. */
export const RECORD_SHEETS: readonly string[] = [STATE_SHEET];

const VERSION = 1;

export function serialiseState(state: AddinState): string {
  return JSON.stringify({
    version: VERSION,
    sourceSheet: state.sourceSheet,
    output: rangeToA1(state.output),
    bilagSheet: state.bilagSheet,
    ...(state.gapSheet === undefined ? {} : { gapSheet: state.gapSheet }),
    columnPrints: state.columnPrints,
    ...serialisedInputs(state.valueInputs),
    ...(state.structurePrint === undefined ? {} : { structurePrint: state.structurePrint }),
    ...(state.moreSources === undefined || state.moreSources.length === 0
      ? {}
      : { moreSources: state.moreSources.map((source) => ({ sheet: source.sheet, output: rangeToA1(source.output), columnPrints: source.columnPrints, ...serialisedInputs(source.valueInputs) })) }),
    ...(state.rounds === undefined || state.rounds.length === 0 ? {} : { rounds: state.rounds.map(({ name, closed, sheet }) => ({ name, closed, sheet })) }),
    ...(state.sinceSheet === undefined ? {} : { sinceSheet: state.sinceSheet }),
  });
}

function serialisedInputs(inputs: SourceColumns['valueInputs']): { valueInputs?: Record<string, string> } {
  return inputs === undefined || inputs.length === 0 ? {} : { valueInputs: Object.fromEntries(inputs.map((i) => [i.cells, i.print])) };
}

function parsedInputs(inputs: unknown): { cells: string; print: string }[] {
  return typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs)
    ? Object.entries(inputs as Record<string, unknown>).flatMap(([cells, print]) => (typeof print === 'string' ? [{ cells, print }] : []))
    : [];
}

/** A further sheet's columns as serialiseState wrote them; undefined when the entry is not one. */
function parsedSource(entry: unknown): SourceColumns | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const data = entry as Record<string, unknown>;
  const prints = data.columnPrints;
  if (typeof data.sheet !== 'string' || typeof data.output !== 'string' || !Array.isArray(prints) || !prints.every((p) => typeof p === 'string')) return undefined;
  const valueInputs = parsedInputs(data.valueInputs);
  return { sheet: data.sheet, output: rangeFromA1(data.output), columnPrints: prints, ...(valueInputs.length === 0 ? {} : { valueInputs }) };
}

/** The state, or undefined when the text is not a state this version wrote (then nothing is owned). */
export function parseState(text: string | undefined): AddinState | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const prints = data.columnPrints;
    if (
      data.version !== VERSION ||
      typeof data.sourceSheet !== 'string' ||
      typeof data.output !== 'string' ||
      typeof data.bilagSheet !== 'string' ||
      !Array.isArray(prints) ||
      !prints.every((p) => typeof p === 'string') ||
      (data.gapSheet !== undefined && typeof data.gapSheet !== 'string') ||
      (data.structurePrint !== undefined && typeof data.structurePrint !== 'string') ||
      (data.sinceSheet !== undefined && typeof data.sinceSheet !== 'string')
    ) {
      return undefined;
    }
    const valueInputs = parsedInputs(data.valueInputs);
    // A state written before plans stood on several sheets has none: its one source sheet is the plan's.
    const more = Array.isArray(data.moreSources) ? data.moreSources.map(parsedSource) : [];
    if (more.some((source) => source === undefined)) return undefined;
    const moreSources = more as SourceColumns[];
    const rounds = closedRounds(data.rounds);
    return {
      sourceSheet: data.sourceSheet,
      output: rangeFromA1(data.output),
      bilagSheet: data.bilagSheet,
      ...(typeof data.gapSheet === 'string' ? { gapSheet: data.gapSheet } : {}),
      columnPrints: prints,
      ...(valueInputs.length === 0 ? {} : { valueInputs }),
      ...(typeof data.structurePrint === 'string' ? { structurePrint: data.structurePrint } : {}),
      ...(moreSources.length === 0 ? {} : { moreSources }),
      ...(rounds.length === 0 ? {} : { rounds }),
      ...(typeof data.sinceSheet === 'string' ? { sinceSheet: data.sinceSheet } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The rounds a state lists; an entry that is not a round is left out (a state from before rounds has none). */
function closedRounds(data: unknown): ClosedRound[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { name, closed, sheet } = entry as Record<string, unknown>;
    return typeof name === 'string' && typeof closed === 'string' && typeof sheet === 'string' ? [{ name, closed, sheet }] : [];
  });
}

/**
 * FNV-1a fingerprint of cell texts, added one at a time, code point by code point, each text ended by
 * a 0. Formulas make the texts long (a column of 20,000 formulas is over half a million characters), so
 * the loop reads UTF-16 units and joins surrogate pairs itself rather than calling codePointAt.
 */
const [MINUS, POINT, ZERO] = ['-', '.', '0'].map((c) => c.charCodeAt(0)) as [number, number, number];

const FNV_PRIME = 0x01000193;

/** The hash after a text, code point by code point; the loop reads UTF-16 units and joins surrogate pairs itself. */
function hashText(start: number, text: string): number {
  let hash = start;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        unit = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    hash = Math.imul(hash ^ unit, FNV_PRIME);
  }
  return hash;
}

export class PrintBuilder {
  /** Kept as a signed 32-bit integer, the bits FNV's unsigned hash has: a value above 2^31 would be a boxed number in the loop. */
  private hash = 0x811c9dc5 | 0;

  /** One cell's text. */
  add(text: string): void {
    this.addPart(text);
    this.endText();
  }

  /** The end of a cell's text (a 0), as add() ends each text. */
  endText(): void {
    this.hash = Math.imul(this.hash, FNV_PRIME);
  }

  /** Part of a cell's text, hashed as the joined text would be. */
  addPart(text: string): void {
    this.hash = hashText(this.hash, text);
  }

  /** One UTF-16 unit that is not half of a surrogate pair (a separator such as ":"), as addPart would add it. */
  addUnit(unit: number): void {
    this.hash = Math.imul(this.hash ^ unit, FNV_PRIME);
  }

  /** A whole number's decimal digits, as addPart(String(n)) would add them, without making the text. */
  addInteger(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.addPart(String(n));
      return;
    }
    let divisor = 1;
    while (divisor * 10 <= n) divisor *= 10;
    let hash = this.hash;
    for (; divisor >= 1; divisor /= 10) hash = Math.imul(hash ^ (ZERO + (Math.floor(n / divisor) % 10)), FNV_PRIME);
    this.hash = hash;
  }

  /**
   * A number's text as String(value) gives it, without making the text where that is quick to know: a whole
   * number, or one with one decimal (an amount as plans type them). Below 10^15 a double that equals k/10
   * prints as k/10's digits: no other text of one decimal or fewer digits reads as that double.
   */
  addNumber(value: number): void {
    const tenths = Math.round(value * 10);
    if (!(Math.abs(value) < 1e15) || tenths / 10 !== value) {
      this.addPart(String(value));
      return;
    }
    if (value < 0) this.addUnit(MINUS);
    const whole = Math.floor(Math.abs(tenths) / 10);
    const decimal = Math.abs(tenths) % 10;
    this.addInteger(whole);
    if (decimal !== 0) {
      this.addUnit(POINT);
      this.addUnit(ZERO + decimal);
    }
  }

  print(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * The fingerprint a column's cell texts had before column-print.ts (eight hex digits, FNV), top to bottom:
 * states written then hold it, and are still compared with it. Numbers print as the spreadsheet stores them
 * (a double), so what was written and what is read back give the same print.
 */
export function columnPrint(cells: readonly string[]): string {
  const builder = new PrintBuilder();
  for (const cell of cells) builder.add(cell);
  return builder.print();
}
