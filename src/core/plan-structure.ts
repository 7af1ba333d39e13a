/**
 * The plan's structure, apart from its figures: what Bilag 1 and the program's columns are laid out
 * from. Where the figures are formulas they follow every edit by themselves; a change of structure
 * (a new initiative row, another category on a row, a moved table or header, a new category in the
 * scheme) needs a new Beregn. The print of the last Beregn is kept in the workbook's state.
 */
import { CategoryMatch, matchCategory } from './categories';
import { ColumnRole } from './columns';
import { Finding } from './findings';
import { PlanRow, PlanTable } from './plan-table';
import { Scheme } from './scheme';
import { PrintBuilder } from './print-builder';
import { AddinState } from './state';

/** Findings that say how a whole table's amounts are converted (unit, sign, price level): the formulas carry the step. */
const CONVERSIONS: ReadonlySet<string> = new Set(['table-unit-converted', 'table-sign-converted', 'table-price-converted']);

/**
 * A fingerprint of the table's and the scheme's structure, and of how the table's amounts are converted
 * (from the validation's findings); the same table with other amounts gives the same print.
 */
export function structurePrint(table: PlanTable, scheme: Scheme, findings: readonly Finding[] = []): string {
  const categoryOf = categoryResolver(scheme);
  const print = new PrintBuilder();
  const add = (part: string): void => print.add(part);
  findings.filter((f) => CONVERSIONS.has(f.code)).forEach((f) => add(`conversion:${f.code}:${f.cell ?? ''}:${f.message}`));
  [`sheet:${table.sheet}`, `header:${table.headerRow}`, `last-column:${table.lastColumn}`].forEach(add);
  // A plan of proposal forms on several sheets: each sheet's place, and each row's sheet below.
  (table.parts ?? []).forEach((part) => add(`part:${part.sheet}:${part.headerRow}:${part.lastColumn}:${part.lastRow}`));
  // Where a column holds more than one year, each amount's place is what its year's formula refers to.
  if (table.yearsDownRows === true) table.rows.forEach((row) => row.values.forEach((cell) => add(`value:${cell.row},${cell.col}:${roleKey(cell.role)}`)));
  // The program's own columns from an earlier Beregn are not the user's structure.
  table.columns.filter((c) => c.role.kind !== 'owned').forEach((c) => add(`column:${c.index}:${c.header}:${roleKey(c.role)}`));
  // Blank rows and notes are not laid out anywhere; a row inserted above the others moves their indexes.
  for (const row of table.rows) {
    if (row.kind === 'blank' || row.kind === 'note') continue;
    if (row.sheet !== table.sheet) {
      print.addPart(row.sheet);
      print.addUnit(EXCLAMATION);
    }
    addRowKey(print, row, categoryOf);
  }
  schemeParts(scheme).forEach(add);
  return print.print();
}

/** The earlier Beregn's results on this sheet, when the state says the workbook holds them: whether the structure changed since. */
export function earlierRun(
  state: AddinState | undefined,
  result: { readonly table?: PlanTable; readonly findings: readonly Finding[] },
  scheme: Scheme,
): { readonly structureChanged: boolean } | undefined {
  const { table } = result;
  if (state === undefined || table === undefined || state.sourceSheet !== table.sheet) return undefined;
  // A state written before the print was kept cannot tell: nothing is claimed.
  return { structureChanged: state.structurePrint !== undefined && state.structurePrint !== structurePrint(table, scheme, result.findings) };
}

/**
 * A row as Bilag 1 places it: where, what kind, its number, name, scheme category, whether dropped, and the
 * texts Bilag 1 shows (row:12:initiative:3:Name::DAG::kind=text,kind=text), added in parts: one for every row.
 */
function addRowKey(print: PrintBuilder, row: PlanRow, categoryOf: (text: string) => string): void {
  const category = row.kind === 'initiative' ? categoryOf(row.category) : '';
  print.addPart('row:');
  print.addInteger(row.index);
  print.addUnit(COLON);
  print.addPart(row.kind);
  print.addUnit(COLON);
  print.addRowText(row.number);
  print.addUnit(COLON);
  print.addRowText(row.name);
  print.addUnit(COLON);
  if (row.nameColumn !== undefined) print.addInteger(row.nameColumn);
  print.addUnit(COLON);
  print.addRowText(category);
  print.addUnit(COLON);
  if (row.dropped) print.addPart('dropped');
  print.addUnit(COLON);
  // Most tables show no texts of their own in Bilag 1: their rows share one empty record, and no list is made of it.
  if (!isEmpty(row.shown)) {
    const kinds = Object.keys(row.shown);
    if (kinds.length > 1) kinds.sort((a, b) => (a < b ? -1 : 1));
    kinds.forEach((kind, i) => {
      if (i > 0) print.addUnit(COMMA);
      print.addPart(kind);
      print.addUnit(EQUALS);
      print.addPart(String(row.shown[kind as keyof PlanRow['shown']]));
    });
  }
  print.endText();
}

function isEmpty(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

const [COLON, COMMA, EQUALS, EXCLAMATION] = [':', ',', '=', '!'].map((c) => c.charCodeAt(0)) as [number, number, number, number];

/** The scheme category a row's text means (its code), or the text itself where the scheme does not know it; each text matched once. */
function categoryResolver(scheme: Scheme): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let code = known.get(text);
    if (code === undefined) {
      const match: CategoryMatch = matchCategory(text, scheme);
      code = match.kind === 'unknown' ? `?${text}` : match.category.code;
      known.set(text, code);
    }
    return code;
  };
}

function roleKey(role: ColumnRole): string {
  switch (role.kind) {
    case 'amount':
      return `amount/${role.measure}/${role.group}/${role.year}`;
    case 'full-year':
      return `full-year/${role.group}`;
    case 'unit-saving':
      return `unit-saving/${role.unit ?? ''}`;
    default:
      return role.kind;
  }
}

/** What of the scheme shapes Bilag 1 and the formulas: the plan, its categories in order, the column groups, where the targets stand, and texts. The targets are figures. */
function schemeParts(scheme: Scheme): string[] {
  const { plan, bilag1 } = scheme;
  return [
    `plan:${plan.name}:${plan.firstYear}-${plan.lastYear}:${plan.unit}:${plan.priceLevel}:${plan.sign}:${plan.defaultCategory ?? ''}`,
    ...[...(plan.priceIndex?.years ?? [])].map(([year, index]) => `price-index:${year}:${index.toString()}`),
    ...scheme.categories.map((c) => `category:${c.code}:${c.label}:${c.aliases.join('|')}:${c.allowNegative}`),
    ...scheme.columnGroups.map((g) => `group:${g.key}:${g.header}:${g.years.join(',')}:${g.marker ?? ''}`),
    // The gap's formulas refer to the targets' cells on the scheme sheet, not to their figures.
    ...scheme.columnGroups.flatMap((g) => [...(g.targetCells ?? [])].map(([year, cell]) => `target-cell:${g.key}:${year}:${cell.row},${cell.col}`)),
    `bilag:${bilag1.sheetName}:${bilag1.title}:${bilag1.firstColumnHeading}:${bilag1.totalLabel}:${bilag1.minDecimals}`,
  ];
}
