import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { CellRange, fromA1, rangeContains, toA1 } from '../../src/core/a1';
import { runPlan } from '../../src/core/run';
import { GAP_SHEET } from '../../src/core/gap-sheet';
import { RECORD_SHEETS } from '../../src/core/state';
import { PlanWorkbook } from '../../src/core/workbook';
import { FakeExcel, SeedCell } from '../fakes/fake-excel';
import { HEADER, smallScheme } from '../helpers/plan';
import { everyCellAndStyle, seedSheet } from './harnesses';

/** Every cell of every sheet, with everything a user could see of it: value, formula and style. */
type Snapshot = Record<string, Record<string, unknown>>;

interface Opened {
  readonly workbook: PlanWorkbook;
  snapshot(): Promise<Snapshot>;
}

async function openXlsx(rows: SeedCell[][]): Promise<Opened> {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet('Plan');
  seedSheet(sheet, rows);
  // Some cells of the user's own style, which must come back untouched.
  sheet.eachRow((row, r) => row.eachCell((cell, c) => {
    if ((r + c) % 3 === 0) cell.font = { bold: true, color: { argb: 'FF1F4E79' } };
  }));
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await source.xlsx.writeBuffer()));
  return {
    workbook,
    async snapshot() {
      const sheets = await everyCellAndStyle(workbook);
      return Object.fromEntries(Object.entries(sheets).map(([key, sheet]) => [key, (sheet as { cells: Record<string, unknown> }).cells]));
    },
  };
}

async function openOffice(rows: SeedCell[][]): Promise<Opened> {
  const excel = new FakeExcel();
  excel.addSheet('Plan', rows);
  return {
    workbook: new OfficeWorkbook(excel as never),
    async snapshot() {
      const snapshot: Snapshot = {};
      for (const sheet of excel.sheets) {
        const cells: Record<string, unknown> = {};
        for (const [key, cell] of sheet.cells) {
          const [row, col] = key.split(',').map(Number) as [number, number];
          cells[toA1({ row, col })] = structuredClone(cell);
        }
        snapshot[`${sheet.name}|${sheet.visibility}`] = cells;
      }
      return snapshot;
    },
  };
}

const cleanAmount: fc.Arbitrary<SeedCell> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -50, max: 50, noNaN: true }).map((n) => Math.round(n * 100) / 100),
  fc.constantFrom('2,5', '(1,0)', '−0,5', 'Ej opgjort', '3,8 pr 3. kvartal 2016'),
  fc.record({ value: fc.integer({ min: 0, max: 9 }), formula: fc.constantFrom('D4*2', 'SUM(D4:E4)') }),
  fc.record({ value: fc.integer({ min: 0, max: 9 }), numberFormat: fc.constantFrom('0.0', '#,##0.00', '@', 'General') }),
);

/** Any amount, including what stops a run: text that could mean two numbers. */
const amount: fc.Arbitrary<SeedCell> = fc.oneof(cleanAmount, fc.constant('1.234'));

/** An initiative row; a clean one has a known category and a number of its own, so the run writes. */
const initiative = (clean: boolean): fc.Arbitrary<SeedCell[]> =>
  fc.tuple(
    clean ? fc.constant(null) : fc.constantFrom('1', '2', '*3', '4', null),
    fc.constantFrom('Dagtilbud', 'Kontraktforhandling', 'dagtilbud ', ...(clean ? [] : ['Ukendt', null])),
    fc.constantFrom('Åben cafe', '=SUM(A1:A9)', '+45 dage', '- aktivitet', '@kontakt', 'Indsats udgået', ...(clean ? [] : ['I alt'])),
    ...Array.from({ length: 5 }, () => (clean ? cleanAmount : amount)),
  );

/** A plan sheet as economics teams keep it: titles, the header, initiatives, notes, and cells of their own beside it. */
const planSheet = (clean: boolean): fc.Arbitrary<SeedCell[][]> =>
  fc
    .tuple(
      fc.array(fc.constantFrom('Handleplan 2023-2024', 'Beløb i 1.000 kr.', '(-) = mindreudgift'), { maxLength: 2 }),
      fc.array(initiative(clean), { minLength: 1, maxLength: 6 }),
      fc.array(fc.constantFrom<SeedCell[]>([], ['Note: tal fra BO2'], [null, null, null, null, null, null, null, null, null, { value: 3, formula: 'D3+1' }]), { maxLength: 2 }),
    )
    .map(([titles, rows, notes]) => [...titles.map((t) => [t]), HEADER, ...rows.map((row, i) => (clean ? [String(i + 1), ...row.slice(1)] : row)), ...notes]);

/** Cells outside what the program owns: the given range on the plan sheet, and its own sheets. */
function userPart(snapshot: Snapshot, owned: CellRange | undefined): Snapshot {
  const part: Snapshot = {};
  for (const [key, cells] of Object.entries(snapshot)) {
    const name = key.split('|')[0] ?? '';
    if (RECORD_SHEETS.includes(name) || name === 'Bilag 1' || name === GAP_SHEET) continue;
    part[key] = Object.fromEntries(Object.entries(cells).filter(([address]) => owned === undefined || !rangeContains(owned, fromA1(address))));
  }
  return part;
}

describe.each([
  ['the .xlsx adapter', openXlsx],
  ['the Office.js adapter', openOffice],
] as const)('%s, on any plan sheet', (_, open) => {
  it.each([
    ['a clean plan, which it writes', true],
    ['any plan, which it may refuse to write', false],
  ])('changes no cell outside its own columns and sheets (value, formula, style) of %s, and a second run changes nothing', async (_, clean) => {
    await fc.assert(
      fc.asyncProperty(planSheet(clean), async (rows) => {
        const { workbook, snapshot } = await open(rows);
        const before = await snapshot();
        const first = await runPlan(workbook, smallScheme(), { write: true });
        if (clean) expect(first.written).toBe(true);
        const once = await snapshot();
        const owned = first.written ? (await workbook.facts()).state?.output : undefined;
        expect(userPart(once, owned)).toEqual(userPart(before, owned));
        if (!first.written) expect(once).toEqual(before);
        await runPlan(workbook, smallScheme(), { write: true });
        expect(await snapshot()).toEqual(once);
      }),
      { numRuns: 30 },
    );
  });
});
