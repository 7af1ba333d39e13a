import { useEffect, useMemo, useState } from 'react';

/** Rows of a long table put on screen per task: about what the pane renders in 30–50 ms. */
export const ROWS_PER_SLICE = 100;

/**
 * A long table's rows in slices, shown one more slice per task: the first at once, the rest each in a
 * task of its own, so a Bilag 1 of thousands of rows never holds the pane for long (a click answers
 * between two slices). A table of up to one slice shows at once, as before. New rows start again.
 */
export function useRowsInSlices<T>(rows: readonly T[]): readonly (readonly T[])[] {
  const slices = useMemo(() => {
    const made: T[][] = [];
    for (let first = 0; first < rows.length; first += ROWS_PER_SLICE) made.push(rows.slice(first, first + ROWS_PER_SLICE));
    return made;
  }, [rows]);
  const [shown, setShown] = useState({ slices, count: 1 });
  // Other rows than last time: start from their first slice (state adjusted while rendering, as React advises).
  if (shown.slices !== slices) setShown({ slices, count: 1 });
  const count = shown.slices === slices ? shown.count : 1;
  useEffect(() => {
    if (count >= slices.length) return undefined;
    const next = setTimeout(() => setShown((was) => (was.slices === slices ? { slices, count: was.count + 1 } : was)), 0);
    return () => clearTimeout(next);
  }, [count, slices]);
  return slices.slice(0, count);
}
