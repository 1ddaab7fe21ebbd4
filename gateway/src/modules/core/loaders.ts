/** DataLoader shapes shared by the modules: by-id lookups and per-parent pages batched into one statement. */
import DataLoader from 'dataloader';
import type { Queryable, TransactionOptions } from '../../db/types.js';

/** Runs work inside the request's tenant transaction (RLS bound to the token's organisation). */
export type Tenant = <T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions) => Promise<T>;

export function byIdLoader<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<readonly T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await fetch(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

export function byKeyLoader<V>(
  fetch: (keys: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (keys) => {
      const values = await fetch(keys);
      return keys.map((key) => values.get(key) ?? missing);
    },
    { maxBatchSize: 1000 },
  );
}

export interface GroupKey<A> {
  id: string;
  args: A;
}

/**
 * Loads a list per parent id. Keys asking with the same arguments (page size,
 * cursor, filters) share one statement, so a page of N parents costs one query
 * however large N is.
 */
export function groupedLoader<A, V>(
  argsKey: (args: A) => string,
  fetch: (ids: readonly string[], args: A) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<GroupKey<A>, V, string> {
  const cacheKey = (key: GroupKey<A>): string => `${key.id}|${argsKey(key.args)}`;
  return new DataLoader<GroupKey<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, GroupKey<A>[]>();
      for (const key of keys) {
        const group = argsKey(key.args);
        const list = groups.get(group);
        if (list) list.push(key);
        else groups.set(group, [key]);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0];
          if (!first) return;
          const values = await fetch(
            group.map((key) => key.id),
            first.args,
          );
          for (const key of group) results.set(cacheKey(key), values.get(key.id) ?? missing);
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) ?? missing);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 1000 },
  );
}
