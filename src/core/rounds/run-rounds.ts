import { Finding, finding } from '../findings';
import { SheetLayout } from '../layout';
import { misuse } from '../misuse';
import { PlanResult, sheetTaken } from '../plan';
import { Scheme } from '../scheme';
import { AddinState, ClosedRound } from '../state';
import { sameNameDanish } from '../text';
import { PlanWorkbook } from '../workbook';
import { ROUND_DA, SINCE_DA } from '../../messages/rounds-da';
import { initiativeKeys, Round, roundOf } from './round';
import { roundFromGrid, roundToLayout } from './round-sheet';
import { changesSince, Since } from './since';
import { sinceToLayout } from './since-sheet';

/** Closing a follow-up round with a run: a snapshot of this run's figures, kept on a protected sheet. */
export interface CloseRound {
  /** As the committee names it: "BO2 2026". */
  readonly name: string;
  /** ISO date (2026-11-30) of the closing. */
  readonly closed: string;
  /** Close it again over the round of the same name closed before (its sheet is replaced); without it, that is an error. */
  readonly replace?: boolean;
}

/** The longest round name whose sheets (Opfølgning …, Ændringer siden …) keep within Excel's 31 characters for a sheet name. */
export const ROUND_NAME_MAX = 31 - Math.max(ROUND_DA.sheetName('').length, SINCE_DA.sheetName('').length);

/** The last round read back, to compare the plan with; read before the plan's sheet, so the plan's sheet is the last read before a write. */
export interface LastRound {
  readonly round?: Round;
  /** Listed rounds newer than it whose sheets did not read back as rounds. */
  readonly unreadable: readonly string[];
}

/** Sheets the rounds take, never read as the plan: every round sheet the state lists and the since sheet. */
export function roundSheetsOf(state: AddinState | undefined): string[] {
  return [...(state?.rounds ?? []).map((r) => r.sheet), ...(state?.sinceSheet === undefined ? [] : [state.sinceSheet])];
}

/**
 * The newest round the state lists whose sheet reads back as a round, the round being closed now aside (so closing
 * BO2 again compares with BO1, not with the BO2 it replaces).
 */
export async function readLastRound(workbook: PlanWorkbook, state: AddinState | undefined, sheetNames: readonly string[], closing: CloseRound | undefined): Promise<LastRound> {
  const unreadable: string[] = [];
  const listed = (state?.rounds ?? []).filter((r) => closing === undefined || !sameNameDanish(r.name, closing.name));
  for (const listedRound of [...listed].reverse()) {
    const sheet = sheetNames.find((name) => sameNameDanish(name, listedRound.sheet));
    const round = sheet === undefined ? undefined : roundFromGrid(await workbook.readSheet(sheet), initiativeKeys());
    if (round !== undefined) return { round, unreadable };
    unreadable.push(listedRound.sheet);
  }
  return { unreadable };
}

/** What the rounds add to a run: what moved since the last round, the round closed now, and their findings. */
export interface RoundsOfRun {
  readonly since?: Since;
  /** The sheet of what moved, made when it is written; absent when a sheet of the user's has its name. */
  readonly sinceSheet?: () => SheetLayout;
  readonly closing?: { readonly round: Round; readonly layout: SheetLayout; readonly replace: boolean };
  /** The state's list of rounds after this run writes. */
  readonly rounds: readonly ClosedRound[];
  readonly findings: readonly Finding[];
}

/** The rounds' part of a run on the plan's sheet: compares with the last round and, when asked, closes one. */
export function roundsOfRun(
  result: PlanResult,
  scheme: Scheme,
  last: LastRound,
  state: AddinState | undefined,
  sheetNames: readonly string[],
  closing: CloseRound | undefined,
): RoundsOfRun {
  const sheet = result.outputColumns?.sheetName ?? '';
  // The plan as a round is needed only to compare with a closed one or to close one (~25 ms at 10,000 initiatives).
  const now = last.round === undefined && closing === undefined ? undefined : roundOf(result, scheme, '', '');
  const listed = state?.rounds ?? [];
  const findings: Finding[] = last.unreadable.map((name) => finding('round-sheet-unreadable', { sheet: name }, { value: name }));
  const since = last.round === undefined || now === undefined ? undefined : changesSince(last.round, now, scheme.plan.priceIndex);
  let sinceSheet: (() => SheetLayout) | undefined;
  if (since !== undefined) {
    const name = SINCE_DA.sheetName(since.round);
    if (sheetTaken(name, state?.sinceSheet, sheetNames)) findings.push(finding('since-sheet-taken', { sheet }, { value: name }));
    // Made only for a write: a validation shows what moved without the sheet.
    else sinceSheet = () => sinceToLayout(since, scheme.bilag1.minDecimals);
  }
  const base = { ...(since === undefined ? {} : { since }), ...(sinceSheet === undefined ? {} : { sinceSheet }) };
  if (closing === undefined || now === undefined) return { ...base, rounds: listed, findings };

  if (!/^\d{4}-\d{2}-\d{2}$/.test(closing.closed)) throw misuse('round-date', closing.closed);
  const name = closing.name.trim();
  const layoutName = ROUND_DA.sheetName(name);
  const before = listed.find((r) => sameNameDanish(r.name, name));
  if (name === '' || name.length > ROUND_NAME_MAX || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    findings.push(finding('round-name-invalid', { sheet }, { value: closing.name, max: String(ROUND_NAME_MAX) }));
  } else if (before !== undefined && closing.replace !== true) {
    findings.push(finding('round-exists', { sheet }, { value: before.name, closed: before.closed }));
  } else if (sheetTaken(layoutName, before?.sheet, sheetNames)) {
    findings.push(finding('round-sheet-taken', { sheet }, { value: layoutName }));
  }
  if (findings.some((f) => f.severity === 'error')) return { ...base, rounds: listed, findings };
  const round = { ...now, name, closed: closing.closed };
  const layout = roundToLayout(round);
  const rounds = [...listed.filter((r) => r !== before), { name, closed: closing.closed, sheet: layout.sheetName }];
  return { ...base, closing: { round, layout, replace: before !== undefined }, rounds, findings };
}
