import { Decimal } from '../../core/decimal';

/** A Decimal's own data: decimal.js keeps a number as its sign, exponent and base-10⁷ digits. */
interface DecimalParts {
  s: number;
  e: number;
  d: number[] | null;
}

/**
 * A value made fit to cross to or from the worker. postMessage copies data only: a Decimal cannot be
 * sent at all (it holds its constructor), and a class instance would arrive without its methods. So
 * each Decimal travels as its plain parts, and the parts are also listed beside the value: the copy
 * keeps shared objects shared, so the receiver revives every Decimal in one pass over the list,
 * without searching the value (which is large: a plan's rows, figures and layouts).
 */
export interface Packed<T> {
  readonly value: unknown;
  readonly decimals: readonly DecimalParts[];
  /** Only for the compiler: what `unpack` gives back. */
  readonly type?: T;
}

/** Values the sender vouches hold no Decimal and no class instance: sent as they are, without a walk through them. */
const AS_IS = new WeakSet<object>();

/** Marks a large plain value (a sheet's grid) to be sent without a copy being made first; postMessage copies it anyway. */
export function asIs<T extends object>(value: T): T {
  AS_IS.add(value);
  return value;
}

/**
 * Copies a value for postMessage: plain objects, arrays, Maps, Sets, byte arrays and Decimals; anything
 * else is refused. `takeArray` may take an array over (to send it apart) and give what stands in its place.
 */
export function pack<T>(value: T, takeArray?: (array: readonly unknown[]) => unknown[] | undefined): Packed<T> {
  const decimals: DecimalParts[] = [];
  const copies = new Map<object, unknown>();
  const copy = (item: unknown): unknown => {
    if (typeof item === 'function' || typeof item === 'symbol') throw new Error(`A ${typeof item} cannot be sent to or from the worker`);
    if (typeof item !== 'object' || item === null) return item;
    if (AS_IS.has(item)) return item;
    const done = copies.get(item);
    if (done !== undefined) return done;
    if (item instanceof Decimal) {
      const parts: DecimalParts = { s: item.s, e: item.e, d: item.d };
      decimals.push(parts);
      return remember(item, parts);
    }
    // Told by their tags rather than instanceof: a value that has crossed once may come from another realm.
    const tag = Object.prototype.toString.call(item);
    if (ArrayBuffer.isView(item) || tag === '[object ArrayBuffer]') return item;
    if (Array.isArray(item)) {
      const taken = takeArray?.(item);
      if (taken !== undefined) return remember(item, taken);
      const out = remember(item, new Array<unknown>(item.length));
      // Rows of a grid or layout may have holes: they stay holes.
      for (let i = 0; i < item.length; i += 1) if (i in item) out[i] = copy(item[i]);
      return out;
    }
    if (tag === '[object Map]') {
      const out = remember(item, new Map<unknown, unknown>());
      for (const [key, entry] of item as Map<unknown, unknown>) out.set(copy(key), copy(entry));
      return out;
    }
    if (tag === '[object Set]') {
      const out = remember(item, new Set<unknown>());
      for (const entry of item as Set<unknown>) out.add(copy(entry));
      return out;
    }
    // A plain object: its prototype is a realm's Object.prototype (which has none), or it has none.
    const prototype: unknown = Object.getPrototypeOf(item);
    if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
      throw new Error(`A ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'} cannot be sent to or from the worker`);
    }
    const out = remember(item, {} as Record<string, unknown>);
    for (const key of Object.keys(item)) out[key] = copy((item as Record<string, unknown>)[key]);
    return out;
  };
  const remember = <C>(item: object, made: C): C => {
    copies.set(item, made);
    return made;
  };
  return { value: copy(value), decimals };
}

/** The value as it was packed, once it has crossed: its Decimals are Decimals of the core again, with its precision. */
export function unpack<T>(packed: Packed<T>): T {
  for (const parts of packed.decimals) {
    Object.setPrototypeOf(parts, Decimal.prototype);
    // decimal.js reads its precision and rounding from the instance's own constructor (the core's clone).
    (parts as unknown as { constructor: unknown }).constructor = Decimal;
  }
  return packed.value as T;
}
