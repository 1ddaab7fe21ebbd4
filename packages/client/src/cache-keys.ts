import type { Data, KeyingConfig } from '@urql/exchange-graphcache';

/**
 * Every entity in the schema is a `Node` with a global opaque `id` (DESIGN §4), so the key is
 * the `id` when the data has one; anything without an `id` (payloads, user errors, slots,
 * heatmap cells, policies, …) is a value embedded on its parent. Saying so for every type
 * keeps graphcache from warning once per embedded object, which for a 2,000-row heatmap
 * flooded the console.
 */
const keyOf = (data: Data): string | null => {
  const id = data.id ?? data._id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

export const cacheKeys: KeyingConfig = new Proxy<KeyingConfig>(
  {},
  { get: (_target, typename) => (typeof typename === 'string' ? keyOf : undefined) },
);
