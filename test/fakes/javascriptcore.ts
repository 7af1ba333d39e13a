/**
 * JavaScriptCore, the engine of Excel on Mac (and Safari), limits a call to 65,536 arguments: a spread
 * of a longer list into a call (`rows.push(...part)`) throws a RangeError there, where V8 would not.
 * Runs the work with Array.prototype.push holding to that limit.
 */
export const JAVASCRIPTCORE_MAX_ARGUMENTS = 65_536;

export async function withJavaScriptCoreArgumentLimit<T>(work: () => Promise<T>): Promise<T> {
  const push = Array.prototype.push;
  Array.prototype.push = function limitedPush(this: unknown[], ...items: unknown[]): number {
    if (items.length > JAVASCRIPTCORE_MAX_ARGUMENTS) throw new RangeError('Maximum call stack size exceeded.');
    return push.apply(this, items);
  };
  try {
    return await work();
  } finally {
    Array.prototype.push = push;
  }
}
