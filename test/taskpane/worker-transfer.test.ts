import { readFileSync } from 'node:fs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { PlanResult } from '../../src/core/plan';
import { runPlan } from '../../src/core/run';
import { pack, unpack } from '../../src/taskpane/worker/transfer';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

/** What postMessage does to a value: the browser's structured copy, which Node has too. */
const crossed = <T>(value: T): T => unpack(structuredClone(pack(value)));

/** Every Decimal in a value with the path to it, in the order a walk meets them. */
function decimalsIn(value: unknown, path = '', seen = new Set<object>()): { path: string; value: Decimal }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (value instanceof Decimal) return [{ path, value }];
  if (seen.has(value)) return [];
  seen.add(value);
  // Node's structuredClone makes its Maps in the test runner's outer realm: told apart by their tag, not instanceof.
  const entries: [string, unknown][] = Object.prototype.toString.call(value) === '[object Map]' ? [...(value as Map<unknown, unknown>)].map(([k, v]) => [String(k), v]) : Object.entries(value);
  return entries.flatMap(([key, item]) => decimalsIn(item, `${path}/${key}`, seen));
}

describe('sending the core’s results to and from the worker', () => {
  let result: PlanResult;

  beforeAll(async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
    result = (await runPlan(workbook, hedenstedScheme(), { write: false })).result;
  });

  it('brings back every Decimal of a real plan’s result as a Decimal of the core, at the same place and equal', () => {
    const before = decimalsIn(result);
    const after = decimalsIn(crossed(result));
    expect(before.length).toBeGreaterThan(200);
    expect(after.map((d) => d.path)).toEqual(before.map((d) => d.path));
    after.forEach((d, i) => {
      expect(d.value).toBeInstanceOf(Decimal);
      expect(d.value.equals((before[i] as { value: Decimal }).value)).toBe(true);
    });
  });

  it('keeps the figures computable with the core’s precision of 40 digits, not decimal.js’s default of 20', () => {
    const total = result.computation?.totals[0]?.target;
    const revived = crossed(result).computation?.totals[0]?.target;
    if (total === undefined || revived === undefined) throw new Error('the example has no first year total');
    expect(revived.constructor).toBe(Decimal);
    expect(revived.div(3).toString()).toBe(total.div(3).toString());
    expect(revived.div(3).toString().replace(/\D/g, '').length).toBeGreaterThan(30);
  });

  it('gives the same findings, figures and Bilag 1 as the result it was made from', () => {
    const revived = crossed(result);
    expect(revived.findings).toEqual(result.findings);
    expect(revived.computation?.totals.map((t) => t.planGap?.toString())).toEqual(result.computation?.totals.map((t) => t.planGap?.toString()));
    expect(revived.bilag1).toEqual(result.bilag1);
    expect(revived.outputColumns).toEqual(result.outputColumns);
  });

  it('sends one Decimal met in two places as one, and keeps Maps, Sets and the holes of a row', () => {
    const shared = new Decimal('1.25');
    const value = { a: shared, b: [shared], byYear: new Map([[2024, shared]]), hidden: new Set([3]), row: Object.assign([1], { 2: 3 }) };
    const revived = crossed(value);
    expect(revived.b[0]).toBe(revived.a);
    expect(revived.byYear.get(2024)).toBe(revived.a);
    expect([...revived.hidden]).toEqual([3]);
    expect(1 in revived.row).toBe(false);
    expect(revived.row).toHaveLength(3);
  });

  it('refuses a class instance or a function instead of sending it without its methods', () => {
    class Sum {
      total = 0;
    }
    expect(() => pack({ sum: new Sum() })).toThrow('A Sum cannot be sent to or from the worker');
    expect(() => pack({ then: () => 1 })).toThrow('A function cannot be sent');
  });
});
