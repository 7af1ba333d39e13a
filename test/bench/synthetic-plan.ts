import { Decimal } from '../../src/core/decimal';

/** A cell of a synthetic sheet: as a user would type it (a number, a text, or nothing). */
export type PlainCell = string | number | null;

export interface SyntheticPlan {
  readonly sheetName: string;
  readonly rows: PlainCell[][];
  readonly initiatives: number;
  readonly activities: number;
  readonly textAmounts: number;
}

export const SYNTHETIC_SHEET = 'Handleplan 2023-2026';
export const SYNTHETIC_HEADER = ['Nr', 'Tema', 'Indsats / aktivitet', 'Type', '2023', '2024', '2025', '2026', 'Budgetbesparelse B2023', 'Realiseret 2023', 'Forventet 2024', 'Realiseret B2023', 'Bemærkning'];

// The Hedensted scheme's categories as the economics team writes them in the Tema column.
const THEMES = ['Dagtilbud (SEL §§103-104)', 'Socialpædagogisk støtte (SEL §§82, 85)', 'Afregningsmodel', 'Kontraktforhandling'];
const VERBS = ['Reduktion i', 'Skarpere målgruppeafklaring for', 'Ny model for', 'Hjemtagelse af borgere fra', 'Metodisk gennemgang af', 'Omlægning af'];
const OBJECTS = ['beskyttet beskæftigelse', 'aktivitets- og samværstilbud', 'botilbud', 'socialpædagogisk støtte i egen bolig', 'eksterne kontrakter', 'bofællesskaber', 'BPA-sager'];
const NOTES = ['Forventning pr. 3. kvartal', 'Afventer politisk behandling', 'Effekt vurderet af økonomi', ''];

/** A small seeded generator (mulberry32), so every run and every machine sees the same plan. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A plan laid out like the Hedensted workbook, with `initiatives` initiative rows: title rows, one
 * header row, initiatives with their activities, a few budget rows (B2023), a blank row between
 * themes, about one amount in fifty typed as text (a warning each), and a correct `I alt` row.
 */
export function syntheticPlan(initiatives: number, seed = 2023): SyntheticPlan {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const amount = (max: number): Decimal => new Decimal(Math.floor(random() * max * 10)).dividedBy(10);
  const sums = Array.from({ length: 5 }, () => new Decimal(0));
  let activities = 0;
  let textAmounts = 0;
  // A typed amount now and then is text ("3,4"), as when it was pasted from a mail.
  const typed = (value: Decimal): PlainCell => {
    if (random() >= 0.02) return value.toNumber();
    textAmounts += 1;
    return value.toFixed(1).replace('.', ',');
  };

  const rows: PlainCell[][] = [
    ['Handleplan – Området for voksne med handicap – syntetisk plan'],
    ['Beløb i mio. kr., 2022-priser. Positive beløb er udgiftsreduktioner.'],
    [],
    [...SYNTHETIC_HEADER],
  ];
  for (let i = 1; i <= initiatives; i += 1) {
    if (i > 1 && i % 25 === 1) rows.push([]);
    const name = `${pick(VERBS)} ${pick(OBJECTS)} (indsats ${i})`;
    if (random() < 0.1) {
      const saving = amount(3);
      sums[4] = (sums[4] as Decimal).plus(saving);
      rows.push([String(i), 'Budget 2023', name, 'Initiativ', null, null, null, null, saving.toNumber(), null, null, amount(3).toNumber(), null]);
      continue;
    }
    const targets = [amount(2), amount(3), amount(5), amount(8)];
    targets.forEach((t, y) => (sums[y] = (sums[y] as Decimal).plus(t)));
    const realised = random() < 0.97 ? amount(2).toNumber() : null;
    const expected = random() < 0.97 ? amount(3).toNumber() : null;
    rows.push([String(i), pick(THEMES), name, 'Initiativ', ...targets.map(typed), null, realised, expected, null, pick(NOTES) || null]);
    const theme = rows[rows.length - 1]?.[1] ?? null;
    const count = Math.floor(random() * 3);
    for (let a = 1; a <= count; a += 1) {
      activities += 1;
      rows.push([`${i}.${a}`, theme, `- ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)}`, 'Aktivitet']);
    }
  }
  rows.push([]);
  rows.push([null, null, 'I alt', null, ...sums.map((s) => s.toNumber())]);
  return { sheetName: SYNTHETIC_SHEET, rows, initiatives, activities, textAmounts };
}
