import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { gridOf } from '../../src/core/grid';
import { layoutAsText, storedValue } from '../../src/core/layout';
import { analysePlan } from '../../src/core/plan';
import { initiativeKeys, Round, RoundInitiative, roundOf } from '../../src/core/rounds/round';
import { roundFromGrid, roundToLayout } from '../../src/core/rounds/round-sheet';
import { BRIDGE_DECIMALS, BridgeYear, changesSince } from '../../src/core/rounds/since';
import { sinceToLayout } from '../../src/core/rounds/since-sheet';
import { PriceIndex } from '../../src/core/scheme';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

const d = (value: number | string): Decimal => new Decimal(value);

/** An initiative with one year's target and effect (the gap as the plan would compute it, savings positive). */
function initiative(name: string, target: number, effect: number | null, counted = true): RoundInitiative {
  return {
    key: name.toLowerCase(),
    name,
    category: null,
    counted,
    years: [{ planned: d(target), target: d(target), effect: effect === null ? null : d(effect), gap: effect === null ? null : d(target - effect) }],
  };
}

function round(name: string, initiatives: RoundInitiative[], schemeTarget?: number, priceLevel = '2022-priser'): Round {
  return {
    name,
    closed: '2026-06-30',
    unit: 'mio. kr.',
    sign: 'savings-positive',
    priceLevel,
    years: [{ label: '2024', target: d(schemeTarget ?? 0), targetFromScheme: schemeTarget !== undefined, effect: null, gap: null }],
    initiatives,
  };
}

const partsOf = (year: BridgeYear | null): Record<string, string> | null =>
  year === null ? null : Object.fromEntries(Object.entries(year).filter(([key]) => key !== 'label').map(([key, value]) => [key, (value as Decimal).toString()]));

const sumOf = (year: BridgeYear): Decimal =>
  year.gapThen.plus(year.priceLevel).plus(year.targets).plus(year.changedEffects).plus(year.newInitiatives).plus(year.droppedInitiatives);

describe('what moved since the last follow-up round', () => {
  it('bridges the plan’s gap part by part: changed targets, changed effects, new and dropped initiatives', () => {
    const then = round('BO1 2026', [initiative('Kørsel', 4, 3), initiative('Cafe', 2, 2), initiative('Indkøb', 1, 1)], 10);
    const now = round('nu', [initiative('Kørsel', 4, 4), initiative('Cafe', 2, 2, false), initiative('Indkøb', 1, 1), initiative('Botilbud', 3, 2)], 12);
    const since = changesSince(then, now, undefined);
    // By hand: the gap was 10 − 6 = 4 and is 12 − 7 = 5. The target rose 2; Kørsel delivers 1 more; Botilbud
    // brings 2; Cafe, udgået, took its 2 with it.
    expect(partsOf(since.bridge[0] ?? null)).toEqual({ gapThen: '4', priceLevel: '0', targets: '2', changedEffects: '-1', newInitiatives: '-2', droppedInitiatives: '2', gapNow: '5' });
    expect(since.initiatives.map((i) => `${i.name}:${i.kind}`)).toEqual(['Kørsel:both', 'Cafe:dropped', 'Indkøb:both', 'Botilbud:new']);
    expect(since.initiatives[0]?.years[0]).toEqual({ label: '2024', effectThen: d(3), effectNow: d(4), gapThen: d(1), gapNow: d(0) });
    const sheet = sinceToLayout(since, 1);
    expect(sheet.sheetName).toBe('Ændringer siden BO1 2026');
    expect(layoutAsText(sheet.rows).split('\n').slice(-7)).toEqual([
      'Afvigelse ved BO1 2026\t4,0',
      'Omregnet til dagens prisniveau\t0,0',
      'Ændrede mål\t2,0',
      'Ændret effekt af indsatser\t-1,0',
      'Nye indsatser\t-2,0',
      'Udgåede indsatser\t2,0',
      'Afvigelse i dag\t5,0',
    ]);
  });

  it('takes a new initiative’s target with it where the plan’s target is the initiatives’ own sum', () => {
    const then = round('BO1', [initiative('Kørsel', 4, 3)]);
    const now = round('nu', [initiative('Kørsel', 4, 3), initiative('Botilbud', 3, 1)]);
    expect(partsOf(changesSince(then, now, undefined).bridge[0] ?? null)).toEqual({
      gapThen: '1', priceLevel: '0', targets: '0', changedEffects: '0', newInitiatives: '2', droppedInitiatives: '0', gapNow: '3',
    });
  });

  it('restates the last round in today’s price level by the scheme’s index, as a step of its own', () => {
    const index: PriceIndex = { source: 'KL', date: '', years: new Map([[2022, d('100')], [2023, d('104.3')]]) };
    const then = round('BO1', [initiative('Kørsel', 10, 5)], 20, '2022-priser');
    const now = round('nu', [initiative('Kørsel', 10, 5)], 20, '2023-priser');
    const since = changesSince(then, now, index);
    expect(since.priceStep).toEqual({ kind: 'converted', fromYear: 2022, toYear: 2023, fromIndex: d(100), toIndex: d('104.3') });
    // Then 20 − 5 = 15 in 2022-priser, 20,86 − 5,215 = 15,645 in 2023-priser: a step of 0,645; the target
    // stayed 20 in today's prices, so it fell 0,86; the effect, 5 today, fell 0,215.
    expect(partsOf(since.bridge[0] ?? null)).toEqual({
      gapThen: '15', priceLevel: '0.645', targets: '-0.86', changedEffects: '0.215', newInitiatives: '0', droppedInitiatives: '0', gapNow: '15',
    });
  });

  it('converts nothing and says so when the index lacks a year', () => {
    const since = changesSince(round('BO1', [initiative('Kørsel', 10, 5)], 20, '2022-priser'), round('nu', [initiative('Kørsel', 10, 5)], 20, '2023-priser'), undefined);
    expect(since.priceStep).toEqual({ kind: 'not-converted', from: '2022-priser', to: '2023-priser' });
    expect(since.bridge[0]?.priceLevel.toString()).toBe('0');
    expect(layoutAsText(sinceToLayout(since, 1).rows)).toContain('skemaets prisindeks mangler, så intet er omregnet');
  });

  it('has no bridge for a year with no effect yet on either side', () => {
    const since = changesSince(round('BO1', [initiative('Kørsel', 4, null)], 10), round('nu', [initiative('Kørsel', 4, 2)], 10), undefined);
    expect(since.bridge).toEqual([null]);
  });

  it('adds up exactly, to the øre, for any two rounds', () => {
    const amount = fc.integer({ min: -50_000, max: 500_000 }).map((hundredths) => d(hundredths).dividedBy(100));
    const anInitiative = fc.record({ name: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), target: amount, effect: fc.option(amount), counted: fc.boolean() });
    const aRound = fc.record({ initiatives: fc.uniqueArray(anInitiative, { selector: (i) => i.name, maxLength: 6 }), schemeTarget: fc.option(amount), level: fc.constantFrom('2022-priser', '2023-priser') });
    const index: PriceIndex = { source: '', date: '', years: new Map([[2022, d('100')], [2023, d('104.3')]]) };
    const build = (name: string, r: { initiatives: { name: string; target: Decimal; effect: Decimal | null; counted: boolean }[]; schemeTarget: Decimal | null; level: string }): Round => ({
      ...round(name, r.initiatives.map((i) => ({ ...initiative(i.name, 0, null, i.counted), years: [{ planned: i.target, target: i.target, effect: i.effect, gap: i.effect === null ? null : i.target.minus(i.effect) }] }))),
      priceLevel: r.level,
      years: [{ label: '2024', target: r.schemeTarget ?? d(0), targetFromScheme: r.schemeTarget !== null, effect: null, gap: null }],
    });
    fc.assert(
      fc.property(aRound, aRound, (a, b) => {
        const bridge = changesSince(build('BO1', a), build('nu', b), index).bridge[0];
        if (bridge === undefined || bridge === null) return;
        expect(sumOf(bridge).toString()).toBe(bridge.gapNow.toString());
        // Today's gap is the plan's: its target less the counted initiatives' effects.
        const counted = b.initiatives.filter((i) => i.counted);
        const target = b.schemeTarget ?? counted.reduce((sum, i) => sum.plus(i.target), d(0));
        expect(bridge.gapNow.toString()).toBe(counted.reduce((gap, i) => gap.minus(i.effect ?? 0), target).toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe('an initiative’s key from round to round', () => {
  it('is its name without a mark that it is dropped, so marking it udgået does not make it another', () => {
    const key = initiativeKeys();
    expect(['Kørsel (udgået)', 'Indkøb – udgår', 'Cafe: bortfaldet', 'Udgående kørsel'].map(key)).toEqual(['kørsel', 'indkøb', 'cafe', 'udgående kørsel']);
  });
});

describe('a closed round kept as a sheet', () => {
  async function hedensted(edit?: (rows: (string | number | null)[][]) => void): Promise<Round> {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
    const grid = await workbook.readSheet((await workbook.facts()).sheetNames[0] ?? '');
    const rows = grid.rows.map((row) => row.map((cell): string | number | null => (cell === undefined ? null : cell.content.kind === 'number' || cell.content.kind === 'text' ? cell.content.value : null)));
    edit?.(rows);
    const scheme = hedenstedScheme();
    const result = analysePlan(gridOf({ sheetName: grid.sheetName, rows }), scheme, { sheetNames: [grid.sheetName] });
    const made = roundOf(result, scheme, 'BO1 2026', '2026-03-31');
    if (made === undefined) throw new Error('no table');
    return made;
  }

  it('reads back as the round it was made from', async () => {
    const bo1 = await hedensted();
    const layout = roundToLayout(bo1);
    expect(layout.sheetName).toBe('Opfølgning BO1 2026');
    const grid = gridOf({ sheetName: layout.sheetName, rows: layout.rows.map((row) => row.map(storedValue)) });
    const back = roundFromGrid(grid, initiativeKeys());
    expect(back).toEqual(bo1);
  });

  it('shows exactly what changed when a realised figure changes and an initiative is dropped', async () => {
    const bo1 = await hedensted();
    const changedName = bo1.initiatives.find((i) => i.counted && i.years.some((y) => y.effect !== null))?.name ?? '';
    const droppedName = bo1.initiatives.filter((i) => i.counted).at(-1)?.name ?? '';
    expect([changedName, droppedName]).not.toContain('');
    const now = await hedensted((rows) => {
      // Raise the first realised amount of one initiative by 0,5 and mark another as udgået in its name.
      for (const row of rows) {
        const nameAt = row.findIndex((cell) => cell === changedName);
        if (nameAt >= 0) {
          const realised = row.findIndex((cell, c) => c > nameAt && typeof cell === 'number');
          if (realised >= 0) row[realised] = (row[realised] as number) + 0.5;
        }
        const droppedAt = row.findIndex((cell) => cell === droppedName);
        if (droppedAt >= 0) row[droppedAt] = `${droppedName} (udgået)`;
      }
    });
    const since = changesSince(bo1, now, undefined);
    const kinds = since.initiatives.filter((i) => i.kind !== 'both').map((i) => `${i.name}:${i.kind}`);
    // Marked udgået in its name, the initiative is still the same one: dropped, not gone and new.
    expect(kinds).toEqual([`${droppedName} (udgået):dropped`]);
    for (const year of since.bridge) if (year !== null) expect(sumOf(year).toString()).toBe(year.gapNow.toString());
    for (const [k, year] of since.bridge.entries()) if (year !== null) expect(year.gapNow.toString()).toBe(now.years[k]?.gap?.toDecimalPlaces(BRIDGE_DECIMALS).toString());
  });
});
