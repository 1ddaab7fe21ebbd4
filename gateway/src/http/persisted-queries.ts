/**
 * Where automatic persisted queries (APQ) are kept: in this process's memory, or in Redis when
 * REDIS_URL is set, so that a query registered through one gateway instance is known to every
 * instance behind the load balancer (a client that registered with one and is then routed to another
 * would otherwise be told PersistedQueryNotFound and resend the whole query).
 *
 * An entry is addressed by its content: Apollo keys it by the SHA-256 of the query text and refuses
 * a registration whose text does not hash to that key, so a hash means one text forever. That is
 * why a local copy in front of Redis needs no invalidation: it can only ever hold the same text.
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import { limits } from '../config.js';
import { requestPathRedis } from '../redis.js';

/**
 * Apollo's key-value cache interface over ioredis. Redis being unreachable costs a client one
 * PersistedQueryNotFound (it sends the full query and is answered), never a failed request.
 */
export class RedisQueryCache implements KeyValueCache<string> {
  private readonly local = new InMemoryLRUCache<string>({ maxSize: limits.apqCacheBytes });

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const local = await this.local.get(key);
    if (local !== undefined) return local;
    let shared: string | null;
    try {
      shared = await this.redis.get(this.keyPrefix + key);
    } catch {
      return undefined;
    }
    if (shared === null) return undefined;
    await this.local.set(key, shared);
    return shared;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.local.set(key, value, options);
    const ttl = options?.ttl;
    try {
      if (ttl) await this.redis.set(this.keyPrefix + key, value, 'EX', Math.ceil(ttl));
      else await this.redis.set(this.keyPrefix + key, value);
    } catch {
      // Kept locally; another instance asked for it will have it sent in full once.
    }
  }

  async delete(key: string): Promise<boolean> {
    await this.local.delete(key);
    try {
      return (await this.redis.del(this.keyPrefix + key)) > 0;
    } catch {
      return false;
    }
  }
}

export interface OwnedQueryCache {
  cache: KeyValueCache<string>;
  /** Closes the Redis connection the cache opened, if any. */
  close(): Promise<void>;
}

export function persistedQueryCacheFromEnv(env: NodeJS.ProcessEnv = process.env): OwnedQueryCache {
  const url = env.REDIS_URL;
  if (!url) {
    return {
      cache: new InMemoryLRUCache<string>({ maxSize: limits.apqCacheBytes }),
      close: async () => undefined,
    };
  }
  // Redis down: the query is then asked for in full.
  const redis = requestPathRedis(url);
  return {
    cache: new RedisQueryCache(redis, limits.apqRedisKeyPrefix),
    close: async () => {
      redis.disconnect();
    },
  };
}
