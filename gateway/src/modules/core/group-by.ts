/**
 * Rows grouped by a key, in first-seen order, each turned into `valueOf`'s value when one is given
 * (a row whose value no longer carries its key). Map.groupBy arrives in Node 21; the gateway runs on 20.
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]>;
export function groupBy<T, V>(
  items: readonly T[],
  keyOf: (item: T) => string,
  valueOf: (item: T) => V,
): Map<string, V[]>;
export function groupBy<T, V>(
  items: readonly T[],
  keyOf: (item: T) => string,
  valueOf?: (item: T) => V,
): Map<string, Array<T | V>> {
  const groups = new Map<string, Array<T | V>>();
  for (const item of items) {
    const key = keyOf(item);
    const value = valueOf ? valueOf(item) : item;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
