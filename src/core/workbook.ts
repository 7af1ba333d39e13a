import { Grid } from './grid';
import { RangePatch, SheetLayout } from './layout';
import { AddinState } from './state';

/** What the program writes in one go: its columns, its Bilag 1 sheet and the note of what it owns. */
export interface PlanWrite {
  readonly outputColumns: RangePatch;
  readonly bilag1: SheetLayout;
  /** What the program owns after this write. */
  readonly state: AddinState;
  /** What it owned before, to be emptied or replaced. */
  readonly previous?: AddinState;
  /** The scheme as a sheet, written only when the workbook has none. */
  readonly schemeSheet?: SheetLayout;
}

/**
 * The small interface every workbook implementation offers the core's callers: an .xlsx file
 * (ExcelJS) on the command line and in the browser, the open workbook (Office.js) in Excel.
 */
export interface PlanWorkbook {
  sheetNames(): Promise<string[]>;
  readSheet(name: string): Promise<Grid>;
  readState(): Promise<AddinState | undefined>;
  write(plan: PlanWrite): Promise<void>;
}
