import { CellRange, rangeFromA1, rangeToA1 } from './a1';
import { PrintBuilder } from './print-builder';
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
 * The fingerprint a column's cell texts had before column-print.ts (eight hex digits, FNV), top to bottom:
 * states written then hold it, and are still compared with it. Numbers print as the spreadsheet stores them
 * (a double), so what was written and what is read back give the same print.
 */
export function columnPrint(cells: readonly string[]): string {
  const builder = new PrintBuilder();
  for (const cell of cells) builder.add(cell);
  return builder.print();
}
