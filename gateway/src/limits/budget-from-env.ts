/**
 * The budget and `/oauth/token` limits a gateway process uses: in memory on the embedded default,
 * in Redis when REDIS_URL is set, so every instance behind a load balancer charges the same
 * buckets and counts the same token attempts.
 */
import { budget as settings, tokenEndpoint } from '../config.js';
import { requestPathRedis } from '../redis.js';
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
  // Redis down: the insurance limiter counts meanwhile.
  const redis = requestPathRedis(url);
  return {
    budget: new CostBudget(settings, { redis, keyPrefix: settings.redisKeyPrefix }),
    tokenLimits: new TokenEndpointLimits(tokenEndpoint, { redis, keyPrefix: tokenEndpoint.redisKeyPrefix }),
    close: async () => {
      redis.disconnect();
    },
  };
}
