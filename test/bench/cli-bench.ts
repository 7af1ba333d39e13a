import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_SCHEME, ROOT } from '../helpers/paths';
import { ChildMeasure, measureNode, median } from './measure';

export interface CommandLineFigures {
  readonly ms: number;
  readonly floorMs: number;
  readonly peakKb: number;
  readonly floorPeakKb: number;
  readonly inputBytes: number;
  readonly outputBytes: number;
}

type FinishedValue = string | number | boolean | null;

/** What the command line adds to the workbook, cell by cell with its style: what the floor writes without any work. */
interface FinishedCells {
  readonly styles: unknown[];
  readonly sheets: {
    readonly name: string;
    readonly state: string;
    readonly cells: [string, FinishedValue, number][];
    readonly merges: string[];
    readonly widths: [number, number][];
  }[];
}

/** Every cell of the output that the input does not hold (the new columns and sheets), with its style. */
async function finishedCells(inputFile: string, outputFile: string): Promise<FinishedCells> {
  const [input, output] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await input.xlsx.load(readFileSync(inputFile) as unknown as ArrayBuffer);
  await output.xlsx.load(readFileSync(outputFile) as unknown as ArrayBuffer);
  const styleIndex = new Map<string, number>();
  const styles: unknown[] = [];
  const styleOf = (style: unknown): number => {
    const key = JSON.stringify(style ?? {});
    let index = styleIndex.get(key);
    if (index === undefined) {
      index = styles.push(JSON.parse(key)) - 1;
      styleIndex.set(key, index);
    }
    return index;
  };
  const sheets: FinishedCells['sheets'] = [];
  for (const sheet of output.worksheets) {
    const before = input.getWorksheet(sheet.name);
    const cells: [string, FinishedValue, number][] = [];
    const newColumns = new Set<number>();
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as FinishedValue;
        if (cell.isMerged && cell.master !== cell) return;
        if (before !== undefined && before.getCell(cell.address).value === value) return;
        cells.push([cell.address, value, styleOf(cell.style)]);
        newColumns.add(Number(cell.col));
      }),
    );
    const merges = before === undefined ? (sheet.model.merges ?? []) : [];
    const widths: [number, number][] = [...newColumns].flatMap((col) => {
      const width = sheet.getColumn(col).width;
      return width === undefined ? [] : [[col, width] as [number, number]];
    });
    sheets.push({ name: sheet.name, state: sheet.state, cells, merges, widths });
  }
  return { styles, sheets };
}

/**
 * `handleplan run` on the plan's .xlsx file against the floor: ExcelJS reading the same file and
 * writing the same finished cells with no work between. Each is its own node process; they take turns.
 */
export async function benchCommandLine(xlsx: Uint8Array, folder: string, runs: number): Promise<CommandLineFigures> {
  const input = join(folder, 'plan.xlsx');
  const output = join(folder, 'plan-med-bilag1.xlsx');
  const floorOutput = join(folder, 'floor.xlsx');
  const cellsFile = join(folder, 'finished-cells.json');
  writeFileSync(input, xlsx);
  const commandLine = (): ChildMeasure => measureNode([join(ROOT, 'bin', 'handleplan.js'), 'run', input, '--scheme', EXAMPLE_SCHEME, '-o', output], ROOT);
  const floor = (): ChildMeasure => measureNode([join(__dirname, 'floor.js'), input, cellsFile, floorOutput], ROOT);

  commandLine();
  writeFileSync(cellsFile, JSON.stringify(await finishedCells(input, output)));
  floor();
  const ours: ChildMeasure[] = [];
  const floors: ChildMeasure[] = [];
  for (let i = 0; i < runs; i += 1) {
    floors.push(floor());
    ours.push(commandLine());
  }
  return {
    ms: median(ours.map((m) => m.ms)),
    floorMs: median(floors.map((m) => m.ms)),
    peakKb: Math.max(...ours.map((m) => m.peakKb)),
    floorPeakKb: Math.max(...floors.map((m) => m.peakKb)),
    inputBytes: xlsx.length,
    outputBytes: readFileSync(output).length,
  };
}
