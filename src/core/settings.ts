import { COLUMN_KINDS, ColumnRole } from './columns';
import { normaliseLabel } from './scheme';

/**
 * The user's choices in the pane, kept in the workbook (cell B1 of the very hidden state sheet) so they
 * travel with the file to other computers and to the command line: the plan's sheet, and what a column
 * holds where the reader's guess from its header was wrong.
 */
export interface AddinSettings {
  readonly sheet?: string;
  /** By normalised header text: the column's role, or "ignore" to leave the column out. */
  readonly columns: Readonly<Record<string, ColumnChoice>>;
}

export type ColumnChoice = ColumnRole | 'ignore';

export const NO_SETTINGS: AddinSettings = { columns: {} };

export function serialiseSettings(settings: AddinSettings): string {
  return JSON.stringify({ version: 1, ...(settings.sheet === undefined ? {} : { sheet: settings.sheet }), columns: settings.columns });
}

/** The settings, or none when the text is missing or not settings this version wrote. */
export function parseSettings(text: string | undefined): AddinSettings {
  if (text === undefined || text.trim() === '') return NO_SETTINGS;
  try {
    const data = JSON.parse(text) as { version?: unknown; sheet?: unknown; columns?: unknown };
    if (data.version !== 1 || typeof data.columns !== 'object' || data.columns === null) return NO_SETTINGS;
    const columns: Record<string, ColumnChoice> = {};
    for (const [header, choice] of Object.entries(data.columns as Record<string, unknown>)) {
      // A role of a kind the reader knows; anything else (an older or a hand-edited cell) is left out.
      if (choice === 'ignore' || (typeof choice === 'object' && choice !== null && COLUMN_KINDS.includes((choice as { kind?: unknown }).kind as ColumnRole['kind']))) {
        columns[header] = choice as ColumnChoice;
      }
    }
    return { ...(typeof data.sheet === 'string' ? { sheet: data.sheet } : {}), columns };
  } catch {
    return NO_SETTINGS;
  }
}

/** The user's choice for a column with this header, if they made one. */
export function chosenRole(settings: AddinSettings | undefined, header: string): ColumnChoice | undefined {
  return settings?.columns[normaliseLabel(header)];
}

/** Settings with one column's choice changed; undefined puts the reader's own guess back. */
export function withColumnChoice(settings: AddinSettings, header: string, choice: ColumnChoice | undefined): AddinSettings {
  const columns = { ...settings.columns };
  if (choice === undefined) delete columns[normaliseLabel(header)];
  else columns[normaliseLabel(header)] = choice;
  return { ...settings, columns };
}
