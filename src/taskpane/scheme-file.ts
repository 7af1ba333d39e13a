import { Scheme } from '../core/scheme';
import { SchemeRead, schemeFromJson } from '../core/scheme-json';
import { SCHEME_SHEET } from '../core/scheme-sheet';

/** Why the pane cannot go on, in one Danish sentence with what to do. */
export class PaneProblem extends Error {
  override readonly name = 'PaneProblem';
}

/** A scheme file the user chose: its name and text. */
export interface SchemeFile {
  readonly name: string;
  readonly text: string;
}

export function schemeFromFile(file: SchemeFile): Scheme {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch {
    throw new PaneProblem(`Skemaet »${file.name}« er ikke gyldig JSON.`);
  }
  return schemeOrProblem(schemeFromJson(data, file.name));
}

export function schemeOrProblem(read: SchemeRead): Scheme {
  if (read.scheme === undefined) throw new PaneProblem(`Skemaet er ikke gyldigt: ${read.findings.map((f) => f.message).join(' ')}`);
  return read.scheme;
}

export const NO_SCHEME_SHEET = (): PaneProblem =>
  new PaneProblem(`Projektmappen har intet skema (arket »${SCHEME_SHEET}«). Vælg planens skema (en .json-fil fra Handleplan); første beregning gemmer det som et ark i projektmappen.`);
