import { Decimal } from '../../src/core/decimal';
import { Round, RoundInitiative } from '../../src/core/rounds/round';
import { changesSince, Since } from '../../src/core/rounds/since';

export const d = (value: number | string): Decimal => new Decimal(value);

/** An initiative with a target and an effect per year (savings positive; the gap as the plan computes it). */
export function initiative(name: string, years: readonly (readonly [number, number | null])[], counted = true): RoundInitiative {
  return {
    key: name.toLowerCase(),
    name,
    category: null,
    counted,
    years: years.map(([target, effect]) => ({ planned: d(target), target: d(target), effect: effect === null ? null : d(effect), gap: effect === null ? null : d(target).minus(effect) })),
  };
}

/** A round of a plan in mio. kr., savings positive, with the scheme's targets for 2024 on. */
export function round(name: string, initiatives: RoundInitiative[], targets: readonly number[], priceLevel = '2022-priser'): Round {
  const years = targets.map((target, k) => ({ label: String(2024 + k), target: d(target), targetFromScheme: true, effect: null, gap: null }));
  return { name, closed: '2026-06-30', unit: 'mio. kr.', sign: 'savings-positive', priceLevel, years, initiatives };
}

/** BO1 then and the plan now: the target rose 2, Kørsel delivers 1 more, Botilbud is new, Cafe udgået. */
export function bo1AndNow(): Since {
  const then = round('BO1 2026', [initiative('Kørsel', [[4, 3], [4, 4]]), initiative('Cafe', [[2, 2], [2, 2]]), initiative('Indkøb', [[1, 1], [1, 1]])], [10, 10]);
  const now = round(
    'nu',
    [initiative('Kørsel', [[4, 4], [4, 4]]), initiative('Cafe', [[2, 2], [2, 2]], false), initiative('Indkøb', [[1, 1], [1, 1]]), initiative('Botilbud', [[3, 2], [3, 3]])],
    [12, 10],
  );
  return changesSince(then, now, undefined);
}

