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
import { PlanTable } from './plan-table';
import { readPlan } from './read/read-plan';
import { Scheme } from './scheme';
import { AddinState, columnPrint } from './state';
import { validatePlan } from './validate';
import { WorkbookFacts } from './workbook';
import { buildOutputColumns } from './output-columns';
import { sameNameDanish } from './text';

/** Everything the core makes of one sheet: what the four steps show and what may be written. */
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
}

/** Read, validate and compute a sheet; build the columns and Bilag 1; check that writing loses nothing. */
export function analysePlan(grid: Grid, scheme: Scheme, workbook: WorkbookFacts): PlanResult {
  const owned = workbook.state?.sourceSheet === grid.sheetName ? workbook.state.output : undefined;
  const read = readPlan(grid, scheme, {
    ...(owned === undefined ? {} : { ignore: owned }),
    ...(workbook.separators === undefined ? {} : { separators: workbook.separators }),
    ...(workbook.settings === undefined ? {} : { settings: workbook.settings }),
  });
  if (read.table === undefined) return { findings: sortFindings(read.findings) };
  const table = read.table;
  const validation = validatePlan(table, scheme);
  const computation = computePlan(table, scheme, validation);
  // Formulas over a table with a row per initiative; other shapes (one initiative from many cells) get values.
  const formulas = table.yearsDownRows === true ? undefined : { rules: new RowRules(table, scheme, new InputCells(table, grid, read.findings)), live: new LiveCells() };
  const outputColumns = buildOutputColumns(table, scheme, computation, formulas);
  const bilag1 = buildBilag1(table, scheme, validation, formulas);
  const gapSheetTaken = sheetTaken(GAP_SHEET, workbook.state?.gapSheet, workbook);
  const gapSheet = gapSheetTaken ? undefined : buildGapSheet(table, scheme, computation, formulas);
  const valueInputs = formulas?.live.inputsOfValues() ?? table.rows.flatMap((row) => row.values.map((cell) => cell.position));
  const sameSheet = workbook.state?.sourceSheet === grid.sheetName;
  const writeFindings = [
    ...(sameSheet ? columnsEditedByHand(grid, workbook.state) : []),
    ...(sameSheet ? staleFindings(grid, workbook.state.valueInputs ?? []) : []),
    ...cellsInTheWay(grid, patchRange(outputColumns), owned),
    ...(sheetTaken(scheme.bilag1.sheetName, workbook.state?.bilagSheet, workbook) ? [finding('bilag-sheet-taken', { sheet: grid.sheetName }, { value: scheme.bilag1.sheetName })] : []),
    ...(gapSheetTaken ? [finding('gap-sheet-taken', { sheet: grid.sheetName }, { value: GAP_SHEET })] : []),
    ...(formulas === undefined ? [finding('results-as-values', { sheet: grid.sheetName, position: { row: table.headerRow, col: 0 } })] : notLiveFindings(formulas.live, grid, [...read.findings, ...validation.findings])),
  ];
  return {
    findings: sortFindings([...read.findings, ...validation.findings, ...computation.findings, ...writeFindings]),
    table,
    computation,
    outputColumns,
    bilag1,
    ...(gapSheet === undefined ? {} : { gapSheet }),
    valueInputs,
  };
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
function columnsEditedByHand(grid: Grid, state: AddinState): Finding[] {
  const findings: Finding[] = [];
  const { from, to } = state.output;
  for (let col = from.col; col <= to.col; col += 1) {
    const texts: string[] = [];
    for (let row = from.row; row <= to.row; row += 1) texts.push(storedCellText(cellAt(grid, { row, col })));
    const cleared = texts.every((t) => t === '');
    if (!cleared && columnPrint(texts) !== state.columnPrints[col - from.col]) {
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
function sheetTaken(name: string, ownedName: string | undefined, workbook: WorkbookFacts): boolean {
  const exists = workbook.sheetNames.some((sheet) => sameNameDanish(sheet, name));
  const ours = ownedName !== undefined && sameNameDanish(ownedName, name);
  return exists && !ours;
}
