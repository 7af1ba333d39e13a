import ExcelJS from 'exceljs';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { toA1 } from '../../src/core/a1';
import { PlanWorkbook } from '../../src/core/workbook';
import { FakeExcel, FakeExcelOptions, SeedCell } from '../fakes/fake-excel';

/** A cell as the spreadsheet holds it: its value, and its formula when it has one. */
export interface CellView {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
}

export interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
  /** Present, and true, only on a protected sheet. */
  readonly protected?: true;
  readonly cells: Record<string, CellView>;
}

export interface OpenedWorkbook {
  readonly workbook: PlanWorkbook;
  /** Every sheet with every non-empty cell, read back from the workbook itself. */
  view(): Promise<SheetView[]>;
}

/** One way of holding a workbook: the contract tests run the same stories against each. */
export interface Harness {
  readonly name: string;
  open(sheets: Record<string, readonly (readonly SeedCell[])[]>): Promise<OpenedWorkbook>;
}

/** Fills an ExcelJS sheet from seed cells, as the fake Excel is filled: values, formulas with results, number formats. */
export function seedSheet(sheet: ExcelJS.Worksheet, rows: readonly (readonly SeedCell[])[]): void {
  rows.forEach((row, r) =>
    row.forEach((seed, c) => {
      if (seed === null || seed === '') return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof seed === 'object') {
        cell.value = seed.formula === undefined ? (seed.value ?? null) : { formula: seed.formula, result: seed.value ?? 0 };
        if (seed.numberFormat !== undefined) cell.numFmt = seed.numberFormat;
      } else cell.value = seed;
    }),
  );
}

/** The workbook as a file would hold it now: saved and loaded again with ExcelJS. */
export async function reread(workbook: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  return book;
}

/** Everything a user could see of an .xlsx workbook: each sheet with its visibility, each cell's value and style, column widths. */
export async function everyCellAndStyle(workbook: XlsxWorkbook): Promise<Record<string, unknown>> {
  const book = await reread(workbook);
  const sheets: Record<string, unknown> = {};
  for (const ws of book.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value !== null || Object.keys(cell.style).length > 0) cells[cell.address] = { value: cell.value, style: cell.style };
      }),
    );
    const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
    sheets[`${ws.name}|${ws.state}`] = { cells, widths };
  }
  return sheets;
}

export const XLSX_HARNESS: Harness = {
  name: 'the .xlsx adapter',
  async open(sheets) {
    const source = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) seedSheet(source.addWorksheet(name), rows);
    const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await source.xlsx.writeBuffer()));
    return {
      workbook,
      async view() {
        return (await reread(workbook)).worksheets.map((ws) => {
          const cells: Record<string, CellView> = {};
          ws.eachRow({ includeEmpty: false }, (row, r) =>
            row.eachCell({ includeEmpty: false }, (cell, c) => {
              const value = cell.value;
              // A merged area holds its value in its top-left cell only, as Excel stores it.
              if (value === null || value === '' || (cell.isMerged && cell.master !== cell)) return;
              const address = toA1({ row: r - 1, col: c - 1 });
              if (typeof value === 'object' && !(value instanceof Date) && 'formula' in value) {
                // ExcelJS drops a cached 0 from the value (cell.result keeps it); a formula showing nothing is "", as Excel reports it.
                cells[address] = { value: (cell.result as CellView['value'] | undefined) ?? '', formula: String(value.formula) };
              } else cells[address] = { value: value instanceof Date ? value.toISOString() : (value as CellView['value']) };
            }),
          );
          const locked = (ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
          return { name: ws.name, hidden: ws.state !== 'visible', ...(locked ? { protected: true as const } : {}), cells };
        });
      },
    };
  },
};

/** The Office.js adapter on a fake of Excel's object model. */
export function officeHarness(options: FakeExcelOptions = {}): Harness & { lastExcel?: FakeExcel } {
  const harness: Harness & { lastExcel?: FakeExcel } = {
    name: 'the Office.js adapter',
    async open(sheets) {
      const excel = new FakeExcel(options);
      for (const [name, rows] of Object.entries(sheets)) excel.addSheet(name, rows);
      harness.lastExcel = excel;
      return { workbook: new OfficeWorkbook(excel as never), view: async () => viewOfFake(excel) };
    },
  };
  return harness;
}

export function viewOfFake(excel: FakeExcel): SheetView[] {
  return excel.sheets.map((sheet) => {
    const cells: Record<string, CellView> = {};
    for (const [key, cell] of sheet.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      cells[toA1({ row, col })] = cell.formula === undefined ? { value: cell.value } : { value: cell.value, formula: cell.formula };
    }
    return { name: sheet.name, hidden: sheet.visibility !== 'Visible', ...(sheet.protected ? { protected: true as const } : {}), cells };
  });
}
