import { Decimal } from './decimal';
import { cellAt, cellText, Grid } from './grid';
import { BLANK, LayoutCell, SheetLayout, text } from './layout';
import { ColumnGroup, Scheme } from './scheme';
import { CellPosition } from './a1';
import { SchemeRead, schemeFromJson } from './scheme-json';
import { fieldValue, SCHEME_FIELDS, SchemeFieldPath } from './scheme-fields';
import { SCHEME_FIELD_DA, SCHEME_SHEET_DA, SIGN_DA } from '../messages/scheme-da';
import { formatYears } from './years';
import type { PlanWorkbook } from './workbook';
import { sameNameDanish } from './text';

/** The sheet where users see and edit the plan's scheme in Excel. */
export const SCHEME_SHEET = 'Handleplan-skema';

const SECTION = SCHEME_SHEET_DA.sections;
const fieldsOf = (section: 'plan' | 'bilag1'): readonly SchemeFieldPath[] => SCHEME_FIELDS.map((f) => f.path).filter((path) => path.startsWith(`${section}.`));

/** The scheme laid out as a sheet: plain fields first, then one small table per list. */
export function schemeToLayout(scheme: Scheme): SheetLayout {
  const bold = { bold: true };
  const pair = (label: string, value: string): LayoutCell[] => [text(label, bold), text(value)];
  const number = (value: Decimal | number): LayoutCell => ({
    value: { kind: 'number', value: new Decimal(value) },
    numberFormat: typeof value === 'number' ? '0' : '#,##0.0##',
  });
  const field = (path: SchemeFieldPath): LayoutCell[] => {
    const value = fieldValue(scheme, path) ?? '';
    if (typeof value === 'number') return [text(SCHEME_FIELD_DA[path], bold), number(value)];
    return pair(SCHEME_FIELD_DA[path], path === 'plan.sign' ? SIGN_DA[scheme.plan.sign] : value);
  };
  const headings = (labels: readonly string[]): LayoutCell[] => labels.map((h) => text(h, { bold: true, borderBottom: 'thin' }));
  const yesNo = (yes: boolean): string => (yes ? SCHEME_SHEET_DA.yes : SCHEME_SHEET_DA.no);
  const rows: LayoutCell[][] = [
    ...schemeHead(),
    ...fieldsOf('plan').map(field),
    [],
    [text(SECTION.categories, bold)],
    headings(SCHEME_SHEET_DA.categoryColumns),
    ...scheme.categories.map((c) => [text(c.code), text(c.label), text(c.aliases.join('; ')), text(yesNo(c.allowNegative))]),
    [],
    [text(SECTION.groups, bold)],
    headings(SCHEME_SHEET_DA.groupColumns),
    ...scheme.columnGroups.map((g) => [text(g.key), text(g.header), text(formatYears(g.years)), g.marker === undefined ? BLANK : text(g.marker)]),
    [],
    [text(SECTION.targets, bold)],
    headings(SCHEME_SHEET_DA.targetColumns),
    ...targetRows(scheme).map(({ group, year, target }) => [text(group.key), number(year), number(target)]),
    [],
    [text(SECTION.prices, bold)],
    headings(SCHEME_SHEET_DA.priceColumns),
    ...[...(scheme.plan.priceIndex?.years ?? [])].map(([year, level]) => [number(year), number(level)]),
    [],
    [text(SECTION.bilag, bold)],
    ...fieldsOf('bilag1').map(field),
  ];
  return { sheetName: SCHEME_SHEET, rows, merges: [], columnWidths: [26, 60, 34, 30] };
}

/** The scheme's targets, one row each, in the order the sheet lists them. */
function targetRows(scheme: Scheme): { group: ColumnGroup; year: number; target: Decimal }[] {
  return scheme.columnGroups.flatMap((group) => [...group.targets].map(([year, target]) => ({ group, year, target })));
}

/** The rows before the plan's fields: title, introduction, a blank row. */
function schemeHead(): LayoutCell[][] {
  return [[text(SCHEME_SHEET_DA.title, { bold: true })], [text(SCHEME_SHEET_DA.intro, { italic: true })], []];
}

/** Column of a target's amount on the scheme sheet (group, year, amount). */
const TARGET_COLUMN = 2;

/**
 * The scheme with the cells where schemeToLayout puts its targets, for formulas on a workbook that
 * gets the scheme sheet in the same write.
 */
export function withLayoutTargetCells(scheme: Scheme): Scheme {
  // The layout's rows before the targets: head, plan fields, blank, categories (title, headings, rows), blank, groups (title, headings, rows), blank, targets' title and headings.
  let row = schemeHead().length + fieldsOf('plan').length + 1 + 2 + scheme.categories.length + 1 + 2 + scheme.columnGroups.length + 1 + 2;
  const cells = new Map<ColumnGroup, Map<number, CellPosition>>();
  for (const { group, year } of targetRows(scheme)) {
    const map = cells.get(group) ?? new Map<number, CellPosition>();
    map.set(year, { row, col: TARGET_COLUMN });
    cells.set(group, map);
    row += 1;
  }
  return { ...scheme, columnGroups: scheme.columnGroups.map((group) => ({ ...group, targetCells: cells.get(group) ?? new Map() })) };
}

/**
 * The scheme with the scheme sheet's target cells where the sheet holds the same target: a run given the
 * scheme as a file refers to the sheet as the run that added the sheet did, and never to a target that differs.
 */
export function withSheetTargetCells(scheme: Scheme, sheet: Grid): Scheme {
  const fromSheet = schemeFromGrid(sheet).scheme;
  if (fromSheet === undefined) return scheme;
  return {
    ...scheme,
    columnGroups: scheme.columnGroups.map((group) => {
      const other = fromSheet.columnGroups.find((g) => g.key === group.key);
      const cells = new Map<number, CellPosition>();
      for (const [year, target] of group.targets) {
        const cell = other?.targetCells?.get(year);
        if (cell !== undefined && other?.targets.get(year)?.equals(target) === true) cells.set(year, cell);
      }
      return { ...group, targetCells: cells };
    }),
  };
}

/** Reads the scheme sheet back; every problem is a finding, as for the JSON file. */
export function schemeFromGrid(grid: Grid): SchemeRead {
  const fields = new Map<string, string>();
  const tables: Record<string, string[][]> = { [SECTION.categories]: [], [SECTION.groups]: [], [SECTION.targets]: [], [SECTION.prices]: [] };
  // Targets held as numbers, by group and year as written: formulas may refer to those cells.
  const numberCells = new Map<string, CellPosition>();
  let section: string | undefined;
  let skipHeader = false;
  for (let r = 0; r < grid.rows.length; r += 1) {
    const cells = [0, 1, 2, 3].map((c) => cellText(cellAt(grid, { row: r, col: c })).trim());
    const [first = '', second = ''] = cells;
    if (Object.values(SECTION).includes(first as never) && cells.slice(1).every((c) => c === '')) {
      section = first;
      skipHeader = first !== SECTION.bilag;
      continue;
    }
    if (cells.every((c) => c === '')) {
      if (section !== SECTION.bilag) section = undefined;
      continue;
    }
    if (skipHeader) {
      skipHeader = false;
      continue;
    }
    const table = section === undefined ? undefined : tables[section];
    if (section === SECTION.targets && cellAt(grid, { row: r, col: TARGET_COLUMN }).content.kind === 'number') numberCells.set(`${first}|${second}`, { row: r, col: TARGET_COLUMN });
    if (table !== undefined) table.push(cells);
    else fields.set(first, second);
  }

  const targets = new Map<string, Record<string, string>>();
  for (const [group = '', year = '', amount = ''] of tables[SECTION.targets] ?? []) {
    targets.set(group, { ...(targets.get(group) ?? {}), [year]: amount });
  }
  // The price index: its table's years, with its source and date from the plan's fields; none without a year.
  const priceRows = (tables[SECTION.prices] ?? []).filter(([year = '']) => year !== '');
  const priceIndex: Record<string, unknown> | undefined = priceRows.length === 0 ? undefined : { years: Object.fromEntries(priceRows.map(([year = '', level = '']) => [year, level])) };
  // Each field by its label; the sign as the sheet words it, back to its key.
  const json: Record<string, Record<string, unknown>> = { plan: priceIndex === undefined ? {} : { priceIndex }, bilag1: {} };
  for (const { path } of SCHEME_FIELDS) {
    const value = fields.get(SCHEME_FIELD_DA[path]);
    if (value === undefined) continue;
    const [section, key, subKey] = path.split('.') as [string, string, string | undefined];
    if (subKey !== undefined) {
      // A field of the price index ("plan.priceIndex.source"): kept only when the index has years.
      if (priceIndex !== undefined) priceIndex[subKey] = value;
      continue;
    }
    const signKey = path === 'plan.sign' ? Object.entries(SIGN_DA).find(([, label]) => sameNameDanish(label, value))?.[0] : undefined;
    (json[section] as Record<string, unknown>)[key] = path === 'bilag1.minDecimals' ? Number(value) : (signKey ?? value);
  }
  const read = schemeFromJson(
    {
      ...json,
      categories: (tables[SECTION.categories] ?? []).map(([code, label, aliases = '', negative = '']) => ({
        code,
        label,
        aliases: aliases.split(';').map((a) => a.trim()).filter((a) => a !== ''),
        allowNegative: /^(ja|yes|sand|x)$/i.test(negative),
      })),
      columnGroups: (tables[SECTION.groups] ?? []).map(([key = '', header, years, marker = '']) => ({
        key,
        header,
        years,
        ...(marker === '' ? {} : { marker }),
        targets: targets.get(key) ?? {},
      })),
    },
    grid.sheetName,
  );
  return read.scheme === undefined ? read : { ...read, scheme: withTargetCells(read.scheme, grid, numberCells) };
}

/** Each group's targets that the sheet holds as exactly that number, with their cells. */
function withTargetCells(scheme: Scheme, grid: Grid, numberCells: ReadonlyMap<string, CellPosition>): Scheme {
  const columnGroups = scheme.columnGroups.map((group) => {
    const cells = new Map<number, CellPosition>();
    for (const [year, target] of group.targets) {
      const position = numberCells.get(`${group.key}|${year}`);
      const content = position === undefined ? undefined : cellAt(grid, position).content;
      if (position !== undefined && content?.kind === 'number' && target.equals(new Decimal(content.value))) cells.set(year, position);
    }
    return { ...group, targetCells: cells };
  });
  return { ...scheme, columnGroups };
}

/** The scheme from the workbook's own scheme sheet, or undefined when the workbook has none. */
export async function schemeFromWorkbook(workbook: PlanWorkbook): Promise<SchemeRead | undefined> {
  if (!(await workbook.facts()).sheetNames.includes(SCHEME_SHEET)) return undefined;
  return schemeFromGrid(await workbook.readSheet(SCHEME_SHEET));
}
