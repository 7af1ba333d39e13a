import { finding, hasErrors, sortFindings } from './findings';
import { printInputs } from './formulas/staleness';
import { Grid } from './grid';
import { patchRange, SheetLayout } from './layout';
import { analysePlan, PlanResult, sheetOutputs } from './plan';
import { formsIn, sheetsWithForms } from './read/forms-on-sheets';
import { earlierRun, structurePrint } from './plan-structure';
import { Scheme } from './scheme';
import { SCHEME_SHEET, withLayoutTargetCells, withSheetTargetCells } from './scheme-sheet';
import { GAP_SHEET } from './gap-sheet';
import { patchColumnPrints } from './column-print';
import { AddinState, ClosedRound, RECORD_SHEETS, SourceColumns } from './state';
import { misuse } from './misuse';
import { Round } from './rounds/round';
import { CloseRound, readLastRound, roundSheetsOf, RoundsOfRun, roundsOfRun } from './rounds/run-rounds';
import { Since } from './rounds/since';
import { PlanWorkbook, WorkbookFacts } from './workbook';

/** The core's analysis of a plan's sheet (and its further sheets), wherever it runs (the task pane runs it off the page's thread). */
export type AnalyseSheet = (grid: Grid, scheme: Scheme, facts: WorkbookFacts, further?: readonly Grid[]) => Promise<PlanResult>;

const analyseHere: AnalyseSheet = async (grid, scheme, facts, further) => analysePlan(grid, scheme, facts, further);

export interface RunOptions {
  /**
   * The sheet with the initiatives; by default the one used last time, else the first with a table. A sheet of
   * proposal forms brings every sheet of the user's with forms: they are one plan.
   */
  readonly sheet?: string;
  /** Write the results; false only validates. */
  readonly write: boolean;
  /** The scheme as a sheet, added when the workbook has none, so users can see and edit it in Excel. */
  readonly schemeSheet?: SheetLayout;
  /** Where each sheet is analysed; by default here, with analysePlan. */
  readonly analyse?: AnalyseSheet;
  /** Also close a follow-up round: this run's figures kept on a protected sheet (only with write). */
  readonly closeRound?: CloseRound;
}

export interface RunOutcome {
  /** The plan's sheet; for proposal forms on several sheets, the first of them. */
  readonly sheet?: string;
  /** Every sheet the plan stands on, in the workbook's order, when it is more than one (proposal forms one per sheet). */
  readonly sheets?: readonly string[];
  readonly result: PlanResult;
  readonly written: boolean;
  /** The workbook holds this sheet's results of an earlier Beregn: whether the plan's structure changed since (Bilag 1 then needs a new Beregn). */
  readonly earlier?: { readonly structureChanged: boolean };
  /** What moved since the last closed round (the newest the state lists whose sheet reads back), on every run. */
  readonly since?: Since;
  /** The round this run closed (written: true only). */
  readonly round?: Round;
  /** The rounds closed so far, oldest first, on every outcome with a table: after this run's write when it wrote, else as the state lists them. */
  readonly rounds?: readonly ClosedRound[];
  /** The program's sheets this run wrote: Bilag 1, the gap sheet, the sheet of what moved since the last round (written: true only). */
  readonly sheetsWritten?: readonly string[];
}

/** The four steps on any workbook: read, validate, compute, and, when nothing is wrong, write. */
export async function runPlan(workbook: PlanWorkbook, scheme: Scheme, options: RunOptions): Promise<RunOutcome> {
  const facts = await workbook.facts();
  const { sheetNames, state } = facts;
  if (options.closeRound !== undefined && !options.write) throw misuse('round-needs-write');
  // A scheme sheet written with the results holds the targets the gap sheet's formulas refer to.
  const addsSchemeSheet = options.write && options.schemeSheet !== undefined && !sheetNames.includes(SCHEME_SHEET);
  const planScheme = addsSchemeSheet ? withLayoutTargetCells(scheme) : await withTargetCellsOf(workbook, scheme, sheetNames);

  const lastUsed = facts.settings?.sheet ?? state?.sourceSheet;
  const userSheets = usersSheets(facts, scheme);
  const candidates = options.sheet !== undefined ? [options.sheet] : orderCandidates(userSheets, lastUsed);
  const analyse = options.analyse ?? analyseHere;
  // The last round is read before the plan's sheet, so the plan's sheet is the last one read before the write.
  const last = await readLastRound(workbook, state, sheetNames, options.closeRound);
  let first: RunOutcome | undefined;
  for (const sheet of candidates) {
    const grid = await workbook.readSheet(sheet);
    const grids = formsIn(grid, planScheme) > 0 ? await sheetsWithForms(workbook, planScheme, grid, userSheets) : [grid];
    const [own = grid, ...further] = grids;
    const result = await analyse(own, planScheme, facts, further);
    // The structure as the formulas refer to it: the scheme sheet's target cells included.
    const earlier = earlierRun(state, result, planScheme);
    const outcome = { sheet: own.sheetName, ...(further.length === 0 ? {} : { sheets: grids.map((g) => g.sheetName) }), result, written: false, ...(earlier === undefined ? {} : { earlier }) };
    first ??= outcome;
    if (result.table !== undefined) {
      const rounds = roundsOfRun(result, planScheme, last, state, sheetNames, options.closeRound);
      const withRounds = {
        ...outcome,
        // The analysis's findings come sorted: sorted again only with the rounds' beside them.
        result: { ...result, findings: rounds.findings.length === 0 ? result.findings : sortFindings([...result.findings, ...rounds.findings]) },
        ...(rounds.since === undefined ? {} : { since: rounds.since }),
        rounds: state?.rounds ?? [],
      };
      return writeIfClean(workbook, grids, planScheme, withRounds, options, state, rounds);
    }
  }
  if (options.sheet !== undefined && first !== undefined) return first;
  // No sheet holds a table: an error for the workbook, beside what the first sheet's reading found.
  const none = finding('workbook-without-table', { sheet: first?.sheet ?? sheetNames[0] ?? '' }, { sheets: candidates.join(', ') });
  return { ...(first?.sheet === undefined ? {} : { sheet: first.sheet }), result: { findings: [none, ...(first?.result.findings ?? [])] }, written: false };
}

/** The user's sheets, in the workbook's order: not the program's own (its records, scheme, Bilag 1, gap, round and since sheets). */
export function usersSheets(facts: WorkbookFacts, scheme: Scheme): string[] {
  const { state } = facts;
  const own = new Set([...RECORD_SHEETS, SCHEME_SHEET, scheme.bilag1.sheetName, state?.bilagSheet, GAP_SHEET, state?.gapSheet, ...roundSheetsOf(state)]);
  return facts.sheetNames.filter((name) => !own.has(name));
}

/** A scheme not read from the workbook's scheme sheet gets that sheet's target cells where they hold its targets. */
async function withTargetCellsOf(workbook: PlanWorkbook, scheme: Scheme, sheetNames: readonly string[]): Promise<Scheme> {
  const fromSheet = scheme.columnGroups.some((group) => group.targetCells !== undefined);
  if (fromSheet || !sheetNames.includes(SCHEME_SHEET)) return scheme;
  return withSheetTargetCells(scheme, await workbook.readSheet(SCHEME_SHEET));
}

function orderCandidates(sheets: string[], lastUsed: string | undefined): string[] {
  return lastUsed !== undefined && sheets.includes(lastUsed) ? [lastUsed, ...sheets.filter((s) => s !== lastUsed)] : sheets;
}

async function writeIfClean(
  workbook: PlanWorkbook,
  grids: readonly Grid[],
  scheme: Scheme,
  outcome: RunOutcome,
  options: RunOptions,
  previous: AddinState | undefined,
  rounds: RoundsOfRun,
): Promise<RunOutcome> {
  const { result } = outcome;
  if (!options.write || hasErrors(result.findings) || result.table === undefined || result.outputColumns === undefined || result.bilag1 === undefined) return outcome;
  // Fingerprinted only when written: a validation that writes nothing needs none.
  const sources = sheetOutputs(result).map(({ outputColumns, valueInputs }): SourceColumns => {
    const grid = grids.find((g) => g.sheetName === outputColumns.sheetName);
    const prints = grid === undefined ? [] : printInputs(grid, valueInputs);
    return { sheet: outputColumns.sheetName, output: patchRange(outputColumns), columnPrints: patchColumnPrints(outputColumns), ...(prints.length === 0 ? {} : { valueInputs: prints }) };
  });
  const [source, ...moreSources] = sources;
  if (source === undefined) return outcome;
  const more = result.moreSheets ?? [];
  const sinceSheet = rounds.sinceSheet?.();
  await workbook.write({
    outputColumns: result.outputColumns,
    ...(more.length === 0 ? {} : { moreOutputColumns: more.map((sheet) => sheet.outputColumns) }),
    bilag1: result.bilag1,
    ...(result.gapSheet === undefined ? {} : { gapSheet: result.gapSheet }),
    state: {
      sourceSheet: source.sheet,
      output: source.output,
      bilagSheet: scheme.bilag1.sheetName,
      ...(result.gapSheet === undefined ? {} : { gapSheet: result.gapSheet.sheetName }),
      columnPrints: source.columnPrints,
      ...(source.valueInputs === undefined ? {} : { valueInputs: source.valueInputs }),
      structurePrint: structurePrint(result.table, scheme, result.findings),
      ...(moreSources.length === 0 ? {} : { moreSources }),
      ...(rounds.rounds.length === 0 ? {} : { rounds: rounds.rounds }),
      ...(sinceSheet === undefined ? {} : { sinceSheet: sinceSheet.sheetName }),
    },
    ...(previous === undefined ? {} : { previous }),
    ...(options.schemeSheet === undefined ? {} : { schemeSheet: options.schemeSheet }),
    ...(rounds.closing === undefined ? {} : { roundSheet: { layout: rounds.closing.layout, replace: rounds.closing.replace } }),
    ...(sinceSheet === undefined ? {} : { sinceSheet }),
  });
  // What was out of date is written anew: neither the structure nor results made from changed cells are now.
  const findings = result.findings.filter((f) => f.code !== 'results-stale');
  const sheetsWritten = [result.bilag1.sheetName, ...[result.gapSheet, sinceSheet].flatMap((sheet) => (sheet === undefined ? [] : [sheet.sheetName]))];
  return { ...outcome, result: { ...result, findings }, written: true, earlier: { structureChanged: false }, rounds: rounds.rounds, sheetsWritten, ...(rounds.closing === undefined ? {} : { round: rounds.closing.round }) };
}
