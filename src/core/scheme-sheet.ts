import { Decimal } from './decimal';
import { cellAt, cellText, Grid } from './grid';
import { BLANK, LayoutCell, SheetLayout, text } from './layout';
import { Scheme } from './scheme';
import { SchemeRead, schemeFromJson } from './scheme-json';
import { formatYears } from './years';
import type { PlanWorkbook } from './workbook';
import { sameNameDanish } from './text';

/** The sheet where users see and edit the plan's scheme in Excel. */
export const SCHEME_SHEET = 'Handleplan-skema';

const SECTION = { categories: 'Kategorier', groups: 'Kolonnegrupper', targets: 'Mål pr. år', bilag: 'Bilag 1' } as const;
const FIELD = {
  name: 'Plan',
  period: 'Periode',
  unit: 'Enhed',
  priceLevel: 'Prisniveau',
  sign: 'Fortegn',
  sheetName: 'Arknavn',
  title: 'Titel',
  firstColumnHeading: 'Første kolonne',
  totalLabel: 'Total-række',
  minDecimals: 'Mindste antal decimaler',
} as const;
const SIGN_TEXT = { 'savings-positive': 'Besparelser er positive', 'savings-negative': 'Besparelser er negative' } as const;

/** The scheme laid out as a sheet: plain fields first, then one small table per list. */
export function schemeToLayout(scheme: Scheme): SheetLayout {
  const bold = { bold: true };
  const pair = (label: string, value: string): LayoutCell[] => [text(label, bold), text(value)];
  const number = (value: Decimal | number): LayoutCell => ({
    value: { kind: 'number', value: new Decimal(value) },
    numberFormat: typeof value === 'number' ? '0' : '#,##0.0##',
  });
  const rows: LayoutCell[][] = [
    [text('Handleplanens skema', { bold: true })],
    [text('Tilføjelsesprogrammet læser dette ark, hver gang det kører. Ret felterne og tabellerne; beløb er i planens enhed.', { italic: true })],
    [],
    pair(FIELD.name, scheme.plan.name),
    pair(FIELD.period, `${scheme.plan.firstYear}-${scheme.plan.lastYear}`),
    pair(FIELD.unit, scheme.plan.unit),
    pair(FIELD.priceLevel, scheme.plan.priceLevel),
    pair(FIELD.sign, SIGN_TEXT[scheme.plan.sign]),
    [],
    [text(SECTION.categories, bold)],
    ['Kode', 'Navn', 'Andre stavemåder (adskilt af ;)', 'Negative beløb tilladt'].map((h) => text(h, { bold: true, borderBottom: 'thin' })),
    ...scheme.categories.map((c) => [text(c.code), text(c.label), text(c.aliases.join('; ')), text(c.allowNegative ? 'Ja' : 'Nej')]),
    [],
    [text(SECTION.groups, bold)],
    ['Nøgle', 'Overskrift i Bilag 1 ({total} = gruppens total)', 'År', 'Kendetegn i kolonneoverskrift'].map((h) => text(h, { bold: true, borderBottom: 'thin' })),
    ...scheme.columnGroups.map((g) => [text(g.key), text(g.header), text(formatYears(g.years)), g.marker === undefined ? BLANK : text(g.marker)]),
    [],
    [text(SECTION.targets, bold)],
    ['Gruppe', 'År', 'Mål'].map((h) => text(h, { bold: true, borderBottom: 'thin' })),
    ...scheme.columnGroups.flatMap((g) => [...g.targets].map(([year, target]) => [text(g.key), number(year), number(target)])),
    [],
    [text(SECTION.bilag, bold)],
    pair(FIELD.sheetName, scheme.bilag1.sheetName),
    pair(FIELD.title, scheme.bilag1.title),
    pair(FIELD.firstColumnHeading, scheme.bilag1.firstColumnHeading),
    pair(FIELD.totalLabel, scheme.bilag1.totalLabel),
    [text(FIELD.minDecimals, bold), number(scheme.bilag1.minDecimals)],
  ];
  return { sheetName: SCHEME_SHEET, rows, merges: [], columnWidths: [26, 60, 34, 30] };
}

/** Reads the scheme sheet back; every problem is a finding, as for the JSON file. */
export function schemeFromGrid(grid: Grid): SchemeRead {
  const fields = new Map<string, string>();
  const tables: Record<string, string[][]> = { [SECTION.categories]: [], [SECTION.groups]: [], [SECTION.targets]: [] };
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
    if (table !== undefined) table.push(cells);
    else fields.set(first, second);
  }

  const targets = new Map<string, Record<string, string>>();
  for (const [group = '', year = '', amount = ''] of tables[SECTION.targets] ?? []) {
    targets.set(group, { ...(targets.get(group) ?? {}), [year]: amount });
  }
  const signEntry = Object.entries(SIGN_TEXT).find(([, label]) => sameNameDanish(label, fields.get(FIELD.sign) ?? ''));
  const minDecimals = fields.get(FIELD.minDecimals);
  return schemeFromJson(
    {
      plan: {
        name: fields.get(FIELD.name),
        period: fields.get(FIELD.period),
        unit: fields.get(FIELD.unit),
        priceLevel: fields.get(FIELD.priceLevel),
        sign: signEntry?.[0] ?? fields.get(FIELD.sign),
      },
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
      bilag1: {
        sheetName: fields.get(FIELD.sheetName),
        title: fields.get(FIELD.title),
        firstColumnHeading: fields.get(FIELD.firstColumnHeading),
        totalLabel: fields.get(FIELD.totalLabel),
        ...(minDecimals === undefined ? {} : { minDecimals: Number(minDecimals) }),
      },
    },
    grid.sheetName,
  );
}

/** The scheme from the workbook's own scheme sheet, or undefined when the workbook has none. */
export async function schemeFromWorkbook(workbook: PlanWorkbook): Promise<SchemeRead | undefined> {
  if (!(await workbook.facts()).sheetNames.includes(SCHEME_SHEET)) return undefined;
  return schemeFromGrid(await workbook.readSheet(SCHEME_SHEET));
}
