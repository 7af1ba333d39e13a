import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { CellPosition, rangeContains, toA1 } from '../../src/core/a1';
import { draftSchemeFrom } from '../../src/core/draft-workbook';
import { displayText, formulaText, isFormulaCell, LayoutCell } from '../../src/core/layout';
import { PlanResult, sheetOutputs } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { ShownSheet, shownAt } from './libreoffice-recalc';

/** A workbook after a run: the core's result for the sheet it wrote, and the workbook as written. */
export interface WrittenPlan {
  readonly workbook: XlsxWorkbook;
  readonly scheme: Scheme;
  readonly sheet: string;
  readonly result: PlanResult;
}

/** Runs a workbook as `handleplan run --scheme` does (the scheme added as a sheet) and keeps what the core computed. */
export async function writtenPlan(bytes: Uint8Array, scheme: Scheme, sheet?: string): Promise<WrittenPlan> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  const outcome = await runPlan(workbook, scheme, { write: true, schemeSheet: schemeToLayout(scheme), ...(sheet === undefined ? {} : { sheet }) });
  if (!outcome.written || outcome.sheet === undefined) throw new Error(`Nothing written: ${outcome.result.findings.map((f) => `${f.code}@${f.cell ?? '-'}`).join(', ')}`);
  return { workbook, scheme, sheet: outcome.sheet, result: outcome.result };
}

/** A shape fixture with the scheme `handleplan init` drafts for it, untouched: the first sheet a scheme can be drafted from. */
export async function shapeFixtureWithDraftedScheme(file: string): Promise<{ bytes: Uint8Array; scheme: Scheme; sheet: string }> {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', file)));
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  for (const sheet of (await workbook.facts()).sheetNames) {
    const { draft } = await draftSchemeFrom(workbook, sheet);
    if (draft.scheme !== undefined) return { bytes, scheme: draft.scheme, sheet };
  }
  throw new Error(`No scheme can be drafted for ${file}`);
}

/** Every place a layout puts a cell, with its sheet: the plan sheet's own columns, Bilag 1 and the gap sheet. */
export function layoutCells(result: PlanResult): { sheet: string; position: CellPosition; cell: LayoutCell }[] {
  const cells: { sheet: string; position: CellPosition; cell: LayoutCell }[] = [];
  const add = (sheet: string, origin: CellPosition, rows: readonly (readonly LayoutCell[])[], merges: readonly { from: CellPosition; to: CellPosition }[]): void =>
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const position = { row: origin.row + r, col: origin.col + c };
        // A merged area shows its text once, in its top-left cell.
        if (merges.some((m) => rangeContains(m, position) && (m.from.row !== position.row || m.from.col !== position.col))) return;
        cells.push({ sheet, position, cell });
      }),
    );
  const { bilag1, gapSheet } = result;
  for (const { outputColumns } of sheetOutputs(result)) add(outputColumns.sheetName, outputColumns.origin, outputColumns.rows, []);
  if (bilag1 !== undefined) add(bilag1.sheetName, { row: 0, col: 0 }, bilag1.rows, bilag1.merges);
  if (gapSheet !== undefined) add(gapSheet.sheetName, { row: 0, col: 0 }, gapSheet.rows, gapSheet.merges);
  return cells;
}

/**
 * The cells where what Calc shows after recalculating differs from what the core computed (its
 * displayText), as "Sheet!A1: core «…» Calc «…»"; empty when every figure agrees.
 */
export function disagreements(shown: ReadonlyMap<string, ShownSheet> | undefined, result: PlanResult): string[] {
  if (shown === undefined) return ['Calc did not open the workbook'];
  const found: string[] = [];
  for (const { sheet, position, cell } of layoutCells(result)) {
    const calc = shown.get(sheet);
    const core = displayText(cell);
    const seen = calc === undefined ? '(no sheet)' : shownAt(calc, position.row, position.col);
    if (seen !== core) found.push(`${sheet}!${toA1(position)}: core «${core}» Calc «${seen}»`);
  }
  return found;
}

/** How many of a result's cells are formulas, by sheet: a proof over no formulas would prove nothing. */
export function formulaCount(result: PlanResult): number {
  return layoutCells(result).filter(({ cell }) => isFormulaCell(cell)).length;
}

/** The cells a user types amounts into: each initiative's cells in the columns of plan amounts (targets, realised, forecast…). */
export function amountCells(result: PlanResult): CellPosition[] {
  const table = result.table;
  if (table === undefined) return [];
  const columns = table.columns.filter((c) => c.role.kind === 'amount').map((c) => c.index);
  return table.rows.filter((r) => r.kind === 'initiative').flatMap((r) => columns.map((col) => ({ row: r.index, col })));
}

/** What decides how a result is written: every cell's formula (or kind) and number format, by sheet and address. */
export function writtenShape(result: PlanResult): string[] {
  return layoutCells(result).map(({ sheet, position, cell }) => `${sheet}!${toA1(position)} ${isFormulaCell(cell) ? formulaText(cell) : cell.value.kind} ${cell.numberFormat ?? ''}`);
}
