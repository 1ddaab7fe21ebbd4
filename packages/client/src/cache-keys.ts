import type { KeyingConfig } from '@urql/exchange-graphcache';

/**
 * Mutation payloads and user errors (DESIGN §4) have no `id`: they are embedded on their parent
 * rather than normalised, which graphcache otherwise warns about for every such type.
 * Connections, edges and PageInfo are already recognised by graphcache.
 */
const EMBEDDED_TYPE = /(Payload|UserError)$/;
const embedded = (): null => null;

export const cacheKeys: KeyingConfig = new Proxy<KeyingConfig>(
  {},
  {
    get: (_target, typename) =>
      typeof typename === 'string' && EMBEDDED_TYPE.test(typename) ? embedded : undefined,
  },
);
