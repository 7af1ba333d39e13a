import { cellRef, rangeRef, textLiteral } from '../../src/core/formulas/refs';
import { inPlanTerms, unitFactor } from '../../src/core/formulas/inputs';
import { RowRun, rowRuns, sumOf, sumOfRuns, sumOrBlank, sumOrBlankOfRuns } from '../../src/core/formulas/sums';
import { Decimal } from '../../src/core/decimal';

describe('the pieces formulas are made of', () => {
  it('refers to a cell on its own sheet plainly, and on another with the name quoted and an apostrophe doubled', () => {
    expect(cellRef('Plan', { row: 11, col: 4 }, 'Plan')).toBe('E12');
    expect(cellRef('Handleplan 2023-2026', { row: 11, col: 4 }, 'Bilag 1')).toBe("'Handleplan 2023-2026'!E12");
    expect(cellRef("Kim's plan", { row: 0, col: 0 }, 'Bilag 1')).toBe("'Kim''s plan'!A1");
    expect(rangeRef('Plan', { from: { row: 1, col: 6 }, to: { row: 3, col: 6 } }, 'Bilag 1')).toBe("'Plan'!G2:G4");
  });

  it('writes a text as a constant with its double quotes doubled, in pieces of at most 255 characters', () => {
    expect(textLiteral('Handleplan "ny" (')).toBe('"Handleplan ""ny"" ("');
    const long = textLiteral('x'.repeat(300));
    expect(long).toBe(`"${'x'.repeat(255)}"&"${'x'.repeat(45)}"`);
  });

  it('converts units with exact powers of ten, and signs and price levels as reading does', () => {
    expect(unitFactor('1.000 kr.', 'mio. kr.')).toBe('/1000');
    expect(unitFactor('mio. kr.', 'kr.')).toBe('*1000000');
    expect(unitFactor('mio. kr.', 'mio. kr.')).toBe('');
    expect(inPlanTerms('E12', { unit: '1.000 kr.', negate: true }, 'mio. kr.')).toBe('-E12/1000');
    expect(inPlanTerms('E12', { unit: 'mio. kr.', negate: false, price: { fromYear: 2023, toYear: 2022, fromIndex: new Decimal('104.3'), toIndex: new Decimal('100.0') } }, 'mio. kr.')).toBe('E12*100/104.3');
    expect(inPlanTerms('E12', undefined, 'mio. kr.')).toBe('E12');
  });

  it('joins rows into ranges over rows that may be bridged, and breaks at those that may not', () => {
    const bridgeable = new Set([3, 4]);
    expect(rowRuns([1, 2, 5, 7, 8], (row) => bridgeable.has(row))).toEqual([
      { from: 1, to: 5 },
      { from: 7, to: 8 },
    ]);
    expect(rowRuns([], () => true)).toEqual([]);
  });

  it('sums nothing as no formula, and shows a sum of no numbers as blank', () => {
    expect(sumOrBlank([])).toBeUndefined();
    expect(sumOf([])).toBeUndefined();
    expect(sumOrBlank(['G2:G4', 'G6'])).toBe('IF(COUNT(G2:G4,G6)=0,"",SUM(G2:G4,G6))');
  });

  it('gives no formula longer than Excel takes', () => {
    const refs = Array.from({ length: 2000 }, (_, i) => `G${2 * i + 2}`);
    expect(sumOrBlank(refs)).toBeUndefined();
    expect(sumOf(refs.slice(0, 300))).toMatch(/^SUM\(SUM\(G2,.*\),SUM\(.*\)\)$/);
  });

  it('sums runs of rows as the sum of their references, and makes no reference once the sum is surely too long', () => {
    const refOf = (run: RowRun): string => rangeRef('Plan', { from: { row: run.from, col: 6 }, to: { row: run.to, col: 6 } }, 'Plan');
    for (const count of [0, 1, 2, 300, 700, 1000, 2000, 2800]) {
      const runs = Array.from({ length: count }, (_, i) => ({ from: 3 * i + 1, to: 3 * i + (i % 2) + 1 }));
      const made: RowRun[] = [];
      const counting = (run: RowRun): string => {
        made.push(run);
        return refOf(run);
      };
      expect([count, sumOrBlankOfRuns(runs, counting)]).toEqual([count, sumOrBlank(runs.map(refOf))]);
      expect([count, sumOfRuns(runs, refOf)]).toEqual([count, sumOf(runs.map(refOf))]);
      // Past Excel's 8,192 characters no more references are made than it took to get there.
      const length = made.reduce((sum, run) => sum + refOf(run).length + 1, -1);
      expect(length - (made.length > 0 ? refOf(made[made.length - 1] as RowRun).length + 1 : 0)).toBeLessThanOrEqual(8192);
    }
  });
});
