import { CellRange, rangeContains } from './a1';
import { buildBilag1 } from './bilag1';
import { Computation, computePlan } from './compute';
import { Finding, finding, sortFindings } from './findings';
import { cellAt, cellText, Grid, GridCell, isBlank } from './grid';
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
  const outputColumns = buildOutputColumns(table, scheme, computation);
  const bilag1 = buildBilag1(table, scheme, validation);
  const writeFindings = [
    ...(workbook.state?.sourceSheet === grid.sheetName ? columnsEditedByHand(grid, workbook.state) : []),
    ...cellsInTheWay(grid, patchRange(outputColumns), owned),
    ...bilag1SheetInTheWay(scheme.bilag1.sheetName, grid.sheetName, workbook),
  ];
  return {
    findings: sortFindings([...read.findings, ...validation.findings, ...computation.findings, ...writeFindings]),
    table,
    computation,
    outputColumns,
    bilag1,
  };
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

function bilag1SheetInTheWay(name: string, sourceSheet: string, workbook: WorkbookFacts): Finding[] {
  const exists = workbook.sheetNames.some((sheet) => sameNameDanish(sheet, name));
  const ours = workbook.state !== undefined && sameNameDanish(workbook.state.bilagSheet, name);
  return exists && !ours ? [finding('bilag-sheet-taken', { sheet: sourceSheet }, { value: name })] : [];
}
