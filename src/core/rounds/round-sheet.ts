import { Decimal } from '../decimal';
import { cellAt, cellText, Grid, GridCell } from '../grid';
import { amount, LayoutCell, SheetLayout, text } from '../layout';
import { decimalFromNumber, Unit, UNITS } from '../money';
import { SignConvention } from '../scheme';
import { SIGN_DA } from '../../messages/scheme-da';
import { ROUND_DA } from '../../messages/rounds-da';
import { Round, RoundInitiative, RoundPlanYear, RoundYearFigures } from './round';

const FIGURE_FORMAT = '#,##0.0##';
const PER_YEAR = 4;
const bold = { bold: true };
const heading = { bold: true, borderBottom: 'thin' as const, wrap: true };

/**
 * A closed round as a sheet: its name, date, unit, price level and sign, the plan's figures per year, and every
 * initiative's. Figures are numbers, so the sheet can be read and summed in Excel; the program protects it.
 */
export function roundToLayout(round: Round): SheetLayout {
  const field = (label: string, value: string): LayoutCell[] => [text(label, bold), text(value)];
  const figure = (value: Decimal | null): LayoutCell => amount(value, FIGURE_FORMAT);
  const yesNo = (yes: boolean): LayoutCell => text(yes ? ROUND_DA.yes : ROUND_DA.no);
  const rows: LayoutCell[][] = [
    [text(ROUND_DA.title(round.name), bold)],
    field(ROUND_DA.fields.round, round.name),
    field(ROUND_DA.fields.closed, round.closed),
    field(ROUND_DA.fields.unit, round.unit),
    field(ROUND_DA.fields.priceLevel, round.priceLevel),
    field(ROUND_DA.fields.sign, SIGN_DA[round.sign]),
    [],
    [text(ROUND_DA.plan, bold)],
    ROUND_DA.planColumns.map((h) => text(h, heading)),
    ...round.years.map((year) => [text(year.label), figure(year.target), yesNo(year.targetFromScheme), figure(year.effect), figure(year.gap)]),
    [],
    [text(ROUND_DA.initiatives, bold)],
    [...ROUND_DA.initiativeColumns, ...round.years.flatMap((year) => ROUND_DA.yearColumns(year.label))].map((h) => text(h, heading)),
    ...round.initiatives.map((initiative) => [
      text(initiative.name),
      text(initiative.category ?? ''),
      yesNo(initiative.counted),
      ...initiative.years.flatMap((figures) => [figure(figures.planned), figure(figures.target), figure(figures.effect), figure(figures.gap)]),
    ]),
  ];
  return {
    sheetName: ROUND_DA.sheetName(round.name),
    rows,
    merges: [],
    columnWidths: [48, 26, 12, ...round.years.flatMap(() => [11, 11, 11, 11])],
    frozenRows: 0,
  };
}

/** A closed round read back from its sheet; undefined when the sheet is not one (a finding says so where it is used). */
export function roundFromGrid(grid: Grid, initiativeKey: (name: string) => string): Round | undefined {
  const textAt = (row: number, col: number): string => cellText(cellAt(grid, { row, col })).trim();
  const field = (row: number, label: string): string | undefined => (textAt(row, 0) === label ? textAt(row, 1) : undefined);
  const [name, closed, unitText, priceLevel, signText] = [
    field(1, ROUND_DA.fields.round),
    field(2, ROUND_DA.fields.closed),
    field(3, ROUND_DA.fields.unit),
    field(4, ROUND_DA.fields.priceLevel),
    field(5, ROUND_DA.fields.sign),
  ];
  const unit = UNITS.find((u) => u === unitText) as Unit | undefined;
  const sign = (Object.keys(SIGN_DA) as SignConvention[]).find((s) => SIGN_DA[s] === signText);
  if (name === undefined || closed === undefined || unit === undefined || priceLevel === undefined || sign === undefined) return undefined;
  if (textAt(7, 0) !== ROUND_DA.plan) return undefined;

  const years: RoundPlanYear[] = [];
  let row = 9;
  for (; textAt(row, 0) !== ''; row += 1) {
    years.push({
      label: textAt(row, 0),
      target: figureAt(cellAt(grid, { row, col: 1 })) ?? new Decimal(0),
      targetFromScheme: textAt(row, 2) === ROUND_DA.yes,
      effect: figureAt(cellAt(grid, { row, col: 3 })),
      gap: figureAt(cellAt(grid, { row, col: 4 })),
    });
  }
  if (textAt(row + 1, 0) !== ROUND_DA.initiatives) return undefined;
  const initiatives: RoundInitiative[] = [];
  const first = ROUND_DA.initiativeColumns.length;
  for (let r = row + 3; r < grid.rows.length; r += 1) {
    const name = textAt(r, 0);
    if (name === '') continue;
    const figures = (k: number, offset: number): Decimal | null => figureAt(cellAt(grid, { row: r, col: first + k * PER_YEAR + offset }));
    initiatives.push({
      key: initiativeKey(name),
      name,
      category: textAt(r, 1) === '' ? null : textAt(r, 1),
      counted: textAt(r, 2) === ROUND_DA.yes,
      years: years.map((_, k): RoundYearFigures => ({ planned: figures(k, 0), target: figures(k, 1), effect: figures(k, 2), gap: figures(k, 3) })),
    });
  }
  return { name, closed, unit, sign, priceLevel, years, initiatives };
}

function figureAt(cell: GridCell): Decimal | null {
  return cell.content.kind === 'number' ? decimalFromNumber(cell.content.value) : null;
}
