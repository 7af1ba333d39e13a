import fc from 'fast-check';
import { Grid, GridCell, gridOf } from '../../src/core/grid';
import { formulaText, isFormulaCell, LayoutCell, RangePatch, SheetLayout } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { schemeToLayout, withLayoutTargetCells } from '../../src/core/scheme-sheet';
import { smallScheme } from '../helpers/plan';
import { CellsOf, evaluateFormula, FormulaValue, Reference } from '../fakes/formula-evaluator';

type Input = string | number | GridCell | null;

const DAY_MS = 86_400_000;
/** Excel's serial number of a date: days since 30 December 1899. */
const serialOf = (iso: string): number => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / DAY_MS;
const date = (iso: string): GridCell => ({ content: { kind: 'date', value: `${iso}T00:00:00.000Z` } });

/** An amount as users type them: blank, a number, a note that it is not known yet, or a number typed as text. */
const amount: fc.Arbitrary<Input> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: -500, max: 5000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.constant('Ej opgjort') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 500 }).map((n) => (n / 10).toFixed(1).replace('.', ',')) },
);
const start: fc.Arbitrary<Input> = fc.oneof(fc.constant(null), fc.constantFrom('2023-01-01', '2023-05-01', '2023-05-15', '2024-03-01', '2022-07-01').map(date));

interface Shape {
  readonly title: string | null;
  readonly adjusted: boolean;
  readonly fullYear: boolean;
  readonly drivers: boolean;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  title: fc.constantFrom(null, 'Beløb i 1.000 kr.', 'Beløb i 1.000 kr. (-) = mindreudgift', '(-) = mindreudgift'),
  adjusted: fc.boolean(),
  fullYear: fc.boolean(),
  drivers: fc.boolean(),
});

function planRows(s: Shape, rows: { kind: number; theme: string; amounts: Input[]; start: Input; status: string }[]): Input[][] {
  const header = ['Nr', 'Tema', 'Indsats', '2023', '2024', 'Budgetbesparelse B2023', 'Realiseret 2023', 'Forventet 2024', 'Status'];
  if (s.adjusted) header.push('Justeret forventning 2024');
  if (s.fullYear) header.push('Helårseffekt', 'Ikrafttræden');
  if (s.drivers) header.push('Antal borgere', 'Besparelse pr. borger (1.000 kr.)');
  const out: Input[][] = s.title === null ? [] : [[s.title]];
  out.push(header);
  rows.forEach((row, i) => {
    if (row.kind === 0) {
      out.push([null, null, `- aktivitet ${i}`]);
      return;
    }
    const [a, b, c, d, e, f, g, h, j] = row.amounts;
    const cells: Input[] = [String(i + 1), row.theme, `Indsats ${i}`, a ?? null, b ?? null, c ?? null, d ?? null, e ?? null, row.status];
    if (s.adjusted) cells.push(f ?? null);
    if (s.fullYear) cells.push(g ?? null, row.start);
    if (s.drivers) cells.push(typeof h === 'number' ? Math.abs(Math.round(h)) : h ?? null, j ?? null);
    out.push(cells);
  });
  out.push(['I alt']);
  return out;
}

const plans = fc
  .tuple(
    shape,
    fc.array(
      fc.record({
        kind: fc.integer({ min: 0, max: 5 }),
        theme: fc.constantFrom('Dagtilbud', 'Kontraktforhandling'),
        amounts: fc.array(amount, { minLength: 9, maxLength: 9 }),
        start,
        status: fc.constantFrom('', '', '', 'Udgået'),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  )
  .map(([s, rows]) => planRows(s, rows));

/** Every sheet's cells as a formula sees them: the plan grid under the program's columns, and the program's sheets. */
function workbookCells(grid: Grid, layouts: readonly (RangePatch | SheetLayout)[]): CellsOf {
  const memo = new Map<string, FormulaValue | undefined>();
  const layoutCell = (sheet: string, row: number, col: number): LayoutCell | undefined => {
    for (const layout of layouts) {
      if (layout.sheetName !== sheet) continue;
      const origin = 'origin' in layout ? layout.origin : { row: 0, col: 0 };
      const cell = layout.rows[row - origin.row]?.[col - origin.col];
      if (cell !== undefined || 'origin' in layout) return cell;
    }
    return undefined;
  };
  const valueAt = (sheet: string, row: number, col: number): FormulaValue | undefined => {
    const key = `${sheet}!${row},${col}`;
    if (memo.has(key)) return memo.get(key);
    const cell = layoutCell(sheet, row, col);
    let value: FormulaValue | undefined;
    if (cell !== undefined) {
      const v = cell.value;
      value = isFormulaCell(cell) ? evaluateFormula(formulaText(cell), (ref) => cellsOf(ref, sheet), ',') : v.kind === 'number' ? v.value.toNumber() : v.kind === 'text' ? v.text : undefined;
    } else if (sheet === grid.sheetName) {
      const content = grid.rows[row]?.[col]?.content;
      value = content === undefined || content.kind === 'empty' ? undefined : content.kind === 'date' ? serialOf(content.value) : content.kind === 'error' ? undefined : content.value;
    }
    memo.set(key, value);
    return value;
  };
  const cellsOf = (ref: Reference, from: string): (FormulaValue | undefined)[] => {
    const sheet = ref.sheet ?? from;
    const values: (FormulaValue | undefined)[] = [];
    for (let r = ref.range.from.row; r <= ref.range.to.row; r += 1) for (let c = ref.range.from.col; c <= ref.range.to.col; c += 1) values.push(valueAt(sheet, r, c));
    return values;
  };
  return (ref) => cellsOf(ref, grid.sheetName);
}

describe('the formulas, evaluated over the sheet as Excel would', () => {
  it('give the core’s figures in every formula cell of the columns, Bilag 1 and the gap sheet', () => {
    const scheme = withLayoutTargetCells(smallScheme());
    fc.assert(
      fc.property(plans, (rows) => {
        const grid = gridOf({ sheetName: 'Plan', rows });
        const result = analysePlan(grid, scheme, { sheetNames: ['Plan'] });
        if (result.outputColumns === undefined) return;
        const layouts = [result.outputColumns, result.bilag1!, result.gapSheet!, schemeToLayout(scheme)];
        const cells = workbookCells(grid, layouts);
        for (const layout of layouts.slice(0, 3)) {
          const origin = 'origin' in layout ? layout.origin : { row: 0, col: 0 };
          layout.rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!isFormulaCell(cell)) return;
              const at = `${layout.sheetName}!R${origin.row + r + 1}C${origin.col + c + 1} ${formulaText(cell)}`;
              const shown = cells({ sheet: layout.sheetName, range: { from: { row: origin.row + r, col: origin.col + c }, to: { row: origin.row + r, col: origin.col + c } } })[0];
              const cached = cell.cached;
              if (typeof cached === 'string') expect({ at, shown: shown ?? '' }).toEqual({ at, shown: cached });
              else {
                expect({ at, type: typeof shown }).toEqual({ at, type: 'number' });
                expect({ at, close: Math.abs((shown as number) - cached.toNumber()) <= 1e-9 * Math.max(1, Math.abs(cached.toNumber())) }).toEqual({ at, close: true });
              }
            }),
          );
        }
      }),
      { seed: 20261130, numRuns: 100 },
    );
  });
});
