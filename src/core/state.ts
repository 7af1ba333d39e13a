import { CellRange, rangeFromA1, rangeToA1 } from './a1';

/**
 * What the program wrote last time, kept in the workbook so it travels with the file: the cells of
 * its effect and gap columns and the name of its Bilag 1 sheet. Everything else belongs to the user.
 */
export interface AddinState {
  readonly sourceSheet: string;
  readonly output: CellRange;
  readonly bilagSheet: string;
}

/** Name of the very hidden sheet that holds the state. */
export const STATE_SHEET = 'Handleplan_tilstand';

const VERSION = 1;

export function serialiseState(state: AddinState): string {
  return JSON.stringify({ version: VERSION, sourceSheet: state.sourceSheet, output: rangeToA1(state.output), bilagSheet: state.bilagSheet });
}

/** The state, or undefined when the text is not a state this version wrote (then nothing is owned). */
export function parseState(text: string | undefined): AddinState | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data.version !== VERSION || typeof data.sourceSheet !== 'string' || typeof data.output !== 'string' || typeof data.bilagSheet !== 'string') {
      return undefined;
    }
    return { sourceSheet: data.sourceSheet, output: rangeFromA1(data.output), bilagSheet: data.bilagSheet };
  } catch {
    return undefined;
  }
}
