import { fromA1 } from '../../src/core/a1';
import { EMPTY_CELL, Grid, gridOf, GridCell, GridInput } from '../../src/core/grid';
import { formulaText, isFormulaCell, LayoutCell } from '../../src/core/layout';
import { AddinSettings } from '../../src/core/settings';
import { AddinState, sourcesOf } from '../../src/core/state';
import { Fix } from '../../src/core/findings';
import { fixedCell } from '../../src/core/fixes';
import { columnsWritten, PlanWorkbook, PlanWrite, WorkbookFacts } from '../../src/core/workbook';

/** A workbook in memory, for tests of the steps without any file format: cells as the core sees them. */
export class MemoryWorkbook implements PlanWorkbook {
  private readonly sheets = new Map<string, GridCell[][]>();
  private state: AddinState | undefined;
  private settings: AddinSettings | undefined;

  constructor(sheets: Record<string, GridInput['rows']>) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, gridOf({ rows }).rows.map((row) => [...row].map((c) => c ?? EMPTY_CELL)));
  }

  async facts(): Promise<WorkbookFacts> {
    return {
      sheetNames: [...this.sheets.keys()],
      ...(this.state === undefined ? {} : { state: this.state }),
      ...(this.settings === undefined ? {} : { settings: this.settings }),
    };
  }

  async readSheet(name: string): Promise<Grid> {
    return gridOf({ sheetName: name, rows: this.sheet(name) });
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    this.settings = settings;
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    for (const fix of fixes) {
      const { row, col } = fromA1(fix.cell);
      this.set(this.sheet(fix.sheet), row, col, asGridCell(fixedCell(fix, undefined)));
    }
  }

  async write(plan: PlanWrite): Promise<void> {
    for (const { sheet, output } of plan.previous === undefined ? [] : sourcesOf(plan.previous)) {
      const rows = this.sheets.get(sheet);
      const { from, to } = output;
      if (rows !== undefined) for (let r = from.row; r <= to.row; r += 1) for (let c = from.col; c <= to.col; c += 1) this.set(rows, r, c, EMPTY_CELL);
    }
    for (const columns of columnsWritten(plan)) {
      const rows = this.sheet(columns.sheetName);
      columns.rows.forEach((row, r) => row.forEach((cell, c) => this.set(rows, columns.origin.row + r, columns.origin.col + c, asGridCell(cell))));
    }
    if (plan.previous !== undefined) this.sheets.delete(plan.previous.bilagSheet);
    if (plan.previous?.gapSheet !== undefined) this.sheets.delete(plan.previous.gapSheet);
    if (plan.previous?.sinceSheet !== undefined) this.sheets.delete(plan.previous.sinceSheet);
    for (const layout of [plan.roundSheet?.layout, plan.sinceSheet]) if (layout !== undefined) this.sheets.set(layout.sheetName, layout.rows.map((row) => row.map(asGridCell)));
    this.sheets.set(plan.bilag1.sheetName, plan.bilag1.rows.map((row) => row.map(asGridCell)));
    if (plan.gapSheet !== undefined) this.sheets.set(plan.gapSheet.sheetName, plan.gapSheet.rows.map((row) => row.map(asGridCell)));
    if (plan.schemeSheet !== undefined && !this.sheets.has(plan.schemeSheet.sheetName)) {
      this.sheets.set(plan.schemeSheet.sheetName, plan.schemeSheet.rows.map((row) => row.map(asGridCell)));
    }
    this.state = plan.state;
  }

  /** What a user does in Excel: type a value into a cell (null empties it). */
  type(sheet: string, address: string, value: string | number | null): void {
    const { row, col } = fromA1(address);
    this.set(this.sheet(sheet), row, col, gridOf({ rows: [[value]] }).rows[0]?.[0] ?? EMPTY_CELL);
  }

  private sheet(name: string): GridCell[][] {
    const rows = this.sheets.get(name);
    if (rows === undefined) throw new Error(`No sheet ${name}`);
    return rows;
  }

  private set(rows: GridCell[][], r: number, c: number, cell: GridCell): void {
    while (rows.length <= r) rows.push([]);
    const row = rows[r] as GridCell[];
    while (row.length <= c) row.push(EMPTY_CELL);
    row[c] = cell;
  }
}

function asGridCell(cell: LayoutCell): GridCell {
  if (isFormulaCell(cell)) {
    // As a file holds it: the formula and its cached result.
    const { cached } = cell;
    const formula = formulaText(cell);
    const content = typeof cached === 'string' ? (cached === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: cached }) : { kind: 'number' as const, value: cached.toNumber() };
    return { content, formula, ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }) };
  }
  switch (cell.value.kind) {
    case 'blank':
      return EMPTY_CELL;
    case 'text':
      return { content: { kind: 'text', value: cell.value.text } };
    case 'number':
      return { content: { kind: 'number', value: cell.value.value.toNumber() }, ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }) };
  }
}
