import { Decimal } from '../../src/core/decimal';
import { gridOf, GridInput } from '../../src/core/grid';
import { analysePlan, PlanResult } from '../../src/core/plan';
import { Scheme } from '../../src/core/scheme';

/** A small scheme for inline grids: plan 2023-2024 in mio. kr., two categories, a B2023 group. */
export function smallScheme(overrides: Partial<Scheme['plan']> = {}): Scheme {
  return {
    plan: { name: 'Testplan', firstYear: 2023, lastYear: 2024, unit: 'mio. kr.', priceLevel: '2022-priser', sign: 'savings-positive', ...overrides },
    categories: [
      { code: 'DAG', label: 'Dagtilbud', aliases: ['SEL §104'], allowNegative: false },
      { code: 'KON', label: 'Kontraktforhandling', aliases: [], allowNegative: true },
    ],
    columnGroups: [
      { key: 'plan', header: 'Handleplan ({total} mio. kr.)', years: [2023, 2024], targets: new Map([[2023, new Decimal(3)], [2024, new Decimal(5)]]) },
      { key: 'B2023', header: 'B2023', years: [2023], marker: 'B2023', targets: new Map() },
    ],
    bilag1: { sheetName: 'Bilag 1', title: 'Bilag 1', firstColumnHeading: 'Indsatser (mio. kr.)', totalLabel: 'I alt', minDecimals: 1 },
  };
}

export const HEADER = ['Nr', 'Tema', 'Indsats', '2023', '2024', 'Budgetbesparelse B2023', 'Realiseret 2023', 'Forventet 2024'];

/** Analyses an inline sheet whose first row is HEADER unless rows give their own. */
export function analyse(rows: GridInput['rows'], scheme: Scheme = smallScheme()): PlanResult {
  return analysePlan(gridOf({ sheetName: 'Plan', rows }), scheme, { sheetNames: ['Plan'] });
}

export function codesAt(result: PlanResult): string[] {
  return result.findings.map((f) => `${f.code}@${f.cell ?? '-'}`);
}
