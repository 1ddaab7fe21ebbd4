/**
 * The budget and `/oauth/token` limits a gateway process uses: in memory on the embedded default,
 * in Redis when REDIS_URL is set, so every instance behind a load balancer charges the same
 * buckets and counts the same token attempts.
 */
import { Redis } from 'ioredis';
import { budget as settings, tokenEndpoint } from '../config.js';
import { CostBudget } from './budget.js';
import { TokenEndpointLimits } from './token-endpoint.js';

export interface OwnedBudget {
  budget: CostBudget;
  tokenLimits: TokenEndpointLimits;
  /** Closes the Redis connection the budget opened, if any. */
  close(): Promise<void>;
}

export function budgetFromEnv(env: NodeJS.ProcessEnv = process.env): OwnedBudget {
  const url = env.REDIS_URL;
  if (!url) {
    return {
      budget: new CostBudget(settings),
      tokenLimits: new TokenEndpointLimits(tokenEndpoint),
      close: async () => undefined,
    };
  }
  const redis = new Redis(url, {
    // A request must not wait for a Redis that is down: the insurance limiter counts meanwhile.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => undefined);
  return {
    budget: new CostBudget(settings, { redis, keyPrefix: settings.redisKeyPrefix }),
    tokenLimits: new TokenEndpointLimits(tokenEndpoint, { redis, keyPrefix: tokenEndpoint.redisKeyPrefix }),
    close: async () => {
      redis.disconnect();
    },
  };
}
