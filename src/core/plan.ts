import { CellPosition, CellRange, rangeContains } from './a1';
import { buildBilag1 } from './bilag1';
import { Computation, computePlan } from './compute';
import { Finding, finding, sortFindings } from './findings';
import { cellAt, cellText, Grid, GridCell, isBlank } from './grid';
import { InputCells } from './formulas/inputs';
import { LiveCells } from './formulas/live-cells';
import { RowRules } from './formulas/row-rules';
import { staleFindings } from './formulas/staleness';
import { buildGapSheet, GAP_SHEET } from './gap-sheet';
import { patchRange, RangePatch, SheetLayout } from './layout';
import { PlanTable, positionOf, sheetParts } from './plan-table';
import { readPlan } from './read/read-plan';
import { Scheme } from './scheme';
import { columnMatches } from './column-print';
import { AddinState, SourceColumns, sourcesOf } from './state';
import { validatePlan } from './validate';
import { WorkbookFacts } from './workbook';
import { buildSheetColumns } from './output-columns';
import { joinSheets } from './read/join-sheets';
import { ReadOptions } from './read/read-options';
import { sameNameDanish } from './text';

/** What the program writes on one sheet of the plan: its columns, and the cells their values were made from, in sheet order. */
export interface SheetOutput {
  readonly outputColumns: RangePatch;
  readonly valueInputs: readonly CellPosition[];
}

/** Everything the core makes of a plan's sheet (or sheets): what the four steps show and what may be written. */
export interface PlanResult {
  readonly findings: readonly Finding[];
  readonly table?: PlanTable;
  readonly computation?: Computation;
  readonly outputColumns?: RangePatch;
  readonly bilag1?: SheetLayout;
  /** The plan's gap per year against the scheme's targets, as a sheet; absent when a sheet of the user's has its name. */
  readonly gapSheet?: SheetLayout;
  /** The cells results written as values were made from, in sheet order: the state keeps their fingerprints (printInputs). */
  readonly valueInputs?: readonly CellPosition[];
  /** The plan's further sheets (proposal forms kept one per sheet), in the workbook's order: what is written on each. */
  readonly moreSheets?: readonly SheetOutput[];
}

/**
 * Read, validate and compute a sheet; build the columns and Bilag 1; check that writing loses nothing. Further sheets
 * (proposal forms kept one per sheet) are read the same and joined to the first as one plan, each row on its sheet.
 */
export function analysePlan(grid: Grid, scheme: Scheme, workbook: WorkbookFacts, further: readonly Grid[] = []): PlanResult {
  const grids = [grid, ...further];
  const reads = grids.map((sheet) => readPlan(sheet, scheme, readOptions(sheet.sheetName, workbook)));
  const readFindings = reads.flatMap((read) => read.findings);
  const table = reads[0]?.table === undefined ? undefined : joinSheets(reads.flatMap((read) => (read.table === undefined ? [] : [read.table])));
  if (table === undefined) return { findings: sortFindings(readFindings) };
  const parts = sheetParts(table);
  const several = parts.length > 1 ? [finding('forms-on-several-sheets', { sheet: table.sheet }, { sheets: parts.map((part) => `»${part.sheet}«`).join(', '), count: String(table.rows.filter((row) => row.kind === 'initiative').length) })] : [];
  const validation = validatePlan(table, scheme);
  const computation = computePlan(table, scheme, validation);
  // Formulas over a table with a row per initiative; other shapes (one initiative from many cells) get values.
  const formulas = table.yearsDownRows === true ? undefined : { rules: new RowRules(table, scheme, new InputCells(table, grid, readFindings)), live: new LiveCells() };
  const bilag1 = buildBilag1(table, scheme, validation, formulas);
  const gapSheetTaken = sheetTaken(GAP_SHEET, workbook.state?.gapSheet, workbook.sheetNames);
  const gapSheet = gapSheetTaken ? undefined : buildGapSheet(table, scheme, computation, formulas);
  const sheets = buildSheetColumns(table, scheme, computation, formulas).map((outputColumns): SheetOutput => {
    const sheet = outputColumns.sheetName;
    const valueInputs = formulas?.live.inputsOfValues() ?? table.rows.flatMap((row) => (row.sheet === sheet ? row.values.map(positionOf) : []));
    return { outputColumns, valueInputs };
  });
  const writeFindings = [
    ...sheets.flatMap((output) => writeFindingsOn(grids.find((g) => g.sheetName === output.outputColumns.sheetName) ?? grid, output.outputColumns, workbook.state)),
    ...(sheetTaken(scheme.bilag1.sheetName, workbook.state?.bilagSheet, workbook.sheetNames) ? [finding('bilag-sheet-taken', { sheet: grid.sheetName }, { value: scheme.bilag1.sheetName })] : []),
    ...(gapSheetTaken ? [finding('gap-sheet-taken', { sheet: grid.sheetName }, { value: GAP_SHEET })] : []),
    ...(formulas === undefined ? [finding('results-as-values', { sheet: grid.sheetName, position: { row: table.headerRow, col: 0 } })] : notLiveFindings(formulas.live, grid, [...readFindings, ...validation.findings])),
  ];
  const [own, ...moreSheets] = sheets;
  return {
    findings: sortFindings([...several, ...readFindings, ...validation.findings, ...computation.findings, ...writeFindings]),
    table,
    computation,
    ...(own === undefined ? {} : { outputColumns: own.outputColumns, valueInputs: own.valueInputs }),
    bilag1,
    ...(gapSheet === undefined ? {} : { gapSheet }),
    ...(moreSheets.length === 0 ? {} : { moreSheets }),
  };
}

/** Every sheet's output of a result, the source sheet's first. */
export function sheetOutputs(result: PlanResult): SheetOutput[] {
  const { outputColumns, valueInputs } = result;
  return outputColumns === undefined ? [] : [{ outputColumns, valueInputs: valueInputs ?? [] }, ...(result.moreSheets ?? [])];
}

/** How a sheet is read: the program's own cells from before (where the state says it wrote on the sheet) are not input. */
function readOptions(sheet: string, workbook: WorkbookFacts): ReadOptions {
  const owned = ownedOn(sheet, workbook.state);
  return {
    ...(owned === undefined ? {} : { ignore: owned.output }),
    ...(workbook.separators === undefined ? {} : { separators: workbook.separators }),
    ...(workbook.settings === undefined ? {} : { settings: workbook.settings }),
  };
}

/** The program's columns the state says it wrote on a sheet; exactly that sheet, as the sheet was read by that name. */
function ownedOn(sheet: string, state: AddinState | undefined): SourceColumns | undefined {
  return state === undefined ? undefined : sourcesOf(state).find((source) => source.sheet === sheet);
}

/** Whether writing the program's columns on a sheet loses nothing: the cells are free or its own, unedited, and not out of date. */
function writeFindingsOn(grid: Grid, patch: RangePatch, state: AddinState | undefined): Finding[] {
  const owned = ownedOn(grid.sheetName, state);
  return [
    ...(owned === undefined ? [] : columnsEditedByHand(grid, owned)),
    ...(owned === undefined ? [] : staleFindings(grid, owned.valueInputs ?? [])),
    ...cellsInTheWay(grid, patchRange(patch), owned?.output),
  ];
}

/** Where results could not be formulas; not at a cell with an error, which stops the writing and says what to do already. */
function notLiveFindings(live: LiveCells, grid: Grid, findings: readonly Finding[]): Finding[] {
  const errorCells = new Set(findings.filter((f) => f.severity === 'error' && f.sheet === grid.sheetName && f.cell !== undefined).map((f) => f.cell));
  return live.findings(grid).filter((f) => f.sheet !== grid.sheetName || !errorCells.has(f.cell));
}

/** The program writes its columns only where the cells are empty or its own from before. */
function cellsInTheWay(grid: Grid, target: CellRange, owned: CellRange | undefined): Finding[] {
  const findings: Finding[] = [];
  for (let row = target.from.row; row <= target.to.row; row += 1) {
    const cells = grid.rows[row] ?? [];
    // Most rows end before the program's columns begin: nothing there to look at.
    for (let col = target.from.col; col <= target.to.col && col < cells.length; col += 1) {
      const cell = cells[col];
      if (cell === undefined || isBlank(cell)) continue;
      const position = { row, col };
      if (owned !== undefined && rangeContains(owned, position)) continue;
      findings.push(finding('output-blocked', { sheet: grid.sheetName, position }, { value: cellText(cell) }));
    }
  }
  return findings;
}

/** Own columns whose cells no longer hold what was written, unless the user emptied them. */
function columnsEditedByHand(grid: Grid, state: SourceColumns): Finding[] {
  const findings: Finding[] = [];
  const { from, to } = state.output;
  for (let col = from.col; col <= to.col; col += 1) {
    const texts: string[] = [];
    for (let row = from.row; row <= to.row; row += 1) texts.push(storedCellText(cellAt(grid, { row, col })));
    const cleared = texts.every((t) => t === '');
    if (!cleared && !columnMatches(texts, state.columnPrints[col - from.col])) {
      findings.push(finding('output-edited', { sheet: grid.sheetName, position: { row: from.row, col } }, { header: texts[0] ?? '' }));
    }
  }
  return findings;
}

/** A grid cell as the spreadsheet stores it, matching storedText of what was written. */
function storedCellText(cell: GridCell): string {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return cell.content.kind === 'number' ? String(cell.content.value) : cellText(cell);
}

/** Whether a sheet of the user's has the name of a sheet the program would write (one it wrote itself is its own). */
export function sheetTaken(name: string, ownedName: string | undefined, sheetNames: readonly string[]): boolean {
  const exists = sheetNames.some((sheet) => sameNameDanish(sheet, name));
  const ours = ownedName !== undefined && sameNameDanish(ownedName, name);
  return exists && !ours;
}
