import { CellPosition, fromA1, qualifiedAddress, quoteSheetName, toA1 } from './a1';
import { FindingCode, ParamsOf, Severity, severityOf } from './codes';
import { describeFinding, describeFix, FixKind } from '../messages/da';

/** Values that fill a message's blanks: the cell's text, the expected value, the year… (ParamsOf<code> when made). */
export type FindingParams = Readonly<Partial<Record<string, string>>>;

/** A finding's parameters and fix after its place: the parameters may be left out only by a code that has none. */
type ParamsAndFix<C extends FindingCode> = keyof ParamsOf<C> extends never
  ? [params?: ParamsOf<C>, fix?: FixDraft]
  : [params: ParamsOf<C>, fix?: FixDraft];

/** A change the user can apply with one click. */
export interface Fix {
  readonly kind: FixKind;
  /** Sheet and A1 address of the cell the fix writes to. */
  readonly sheet: string;
  readonly cell: string;
  /** For set-number: a canonical decimal string ("8.3"); for set-text: the text. */
  readonly value: string;
  /** Danish button text, e.g. "Gør til tallet 8,3". */
  readonly label: string;
}

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell, absent for findings about a whole sheet or scheme. */
  readonly cell?: string;
  /** Where, as Excel writes it: 'Handleplan 2023-2026'!H18. */
  readonly address: string;
  /** The cell's content as the workbook holds it. */
  readonly value?: string;
  readonly message: string;
  readonly fix?: Fix;
  readonly params: FindingParams;
}

export interface FindingPlace {
  readonly sheet: string;
  readonly position?: CellPosition;
}

export interface FixDraft {
  readonly kind: FixKind;
  readonly value: string;
  /** Where the fix writes, when not the finding's own cell. */
  readonly position?: CellPosition;
}

/** Builds a finding with its severity, address and Danish message; the compiler holds params to the code's. */
export function finding<C extends FindingCode>(code: C, place: FindingPlace, ...[given, fix]: ParamsAndFix<C>): Finding {
  const params = (given ?? {}) as ParamsOf<C>;
  const value = (params as FindingParams).value;
  const cell = place.position === undefined ? undefined : toA1(place.position);
  const address = cell === undefined ? quoteSheetName(place.sheet) : qualifiedAddress(place.sheet, cell);
  const fixPosition = fix?.position ?? place.position;
  const built: Finding = {
    code,
    severity: severityOf(code),
    sheet: place.sheet,
    address,
    message: describeFinding(code, params),
    params,
    ...(cell === undefined ? {} : { cell }),
    ...(value === undefined ? {} : { value }),
    ...(fix === undefined || fixPosition === undefined
      ? {}
      : {
          fix: {
            kind: fix.kind,
            sheet: place.sheet,
            cell: toA1(fixPosition),
            value: fix.value,
            label: describeFix(fix.kind, fix.value),
          },
        }),
  };
  return built;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for reports and snapshots: sheet, row, column, then code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each address is read once, not at every comparison: a large plan has thousands of findings.
  const keyed = findings.map((f) => ({ f, at: cellOrder(f.cell) }));
  keyed.sort(({ f: a, at: pa }, { f: b, at: pb }) => {
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    if (pa.row !== pb.row) return pa.row - pb.row;
    if (pa.col !== pb.col) return pa.col - pb.col;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  });
  return keyed.map(({ f }) => f);
}

function cellOrder(cell: string | undefined): { row: number; col: number } {
  return cell === undefined ? { row: -1, col: -1 } : fromA1(cell);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
