import { pack, Packed, unpack } from './transfer';

/**
 * Elements of a long array per message. The page takes each message in a task of its own, and copying a
 * plan's result in one message held the page for ~100 ms at 2,000 initiatives; 500 rows of a layout or
 * of the plan's table take a few milliseconds.
 */
export const ELEMENTS_PER_PART = 500;

/** Where a long array was taken out: the empty array standing in its place, and its parts, in order. */
interface Join {
  readonly into: unknown[];
  readonly parts: readonly number[];
  readonly length: number;
}

/** A value with its long arrays sent apart: the parts first, each in its own message, then the rest. */
export interface InParts<T> {
  readonly parts: readonly Packed<unknown[]>[];
  readonly rest: Packed<T>;
  readonly joins: readonly Join[];
}

/** Packs a value, taking each array longer than a part out into parts of its own. */
export function packInParts<T>(value: T): InParts<T> {
  const parts: Packed<unknown[]>[] = [];
  const joins: Join[] = [];
  const rest = pack(value, (array) => {
    if (array.length <= ELEMENTS_PER_PART) return undefined;
    const into: unknown[] = [];
    const indices: number[] = [];
    for (let first = 0; first < array.length; first += ELEMENTS_PER_PART) {
      indices.push(parts.length);
      parts.push(pack(array.slice(first, first + ELEMENTS_PER_PART)));
    }
    joins.push({ into, parts: indices, length: array.length });
    return into;
  });
  return { parts, rest, joins };
}

/**
 * The value again, from its rest and its parts once each has crossed (parts unpacked as they arrive).
 * The `into` arrays of the joins are the rest's own (a message keeps shared objects shared).
 */
export function joinParts<T>(rest: Packed<T>, joins: readonly Join[], parts: readonly unknown[][]): T {
  const value = unpack(rest);
  for (const { into, parts: indices, length } of joins) {
    let at = 0;
    for (const index of indices) {
      const part = parts[index] ?? [];
      // A hole stays a hole.
      for (let i = 0; i < part.length; i += 1) if (i in part) into[at + i] = part[i];
      at += part.length;
    }
    into.length = length;
  }
  return value;
}
