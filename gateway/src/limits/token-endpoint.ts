/**
 * `/oauth/token`'s limits: a window of requests per client (the service account's `client_id`, or
 * for a token exchange, which has no client authentication, the source address) and a window of
 * failed attempts per source address. An address that has spent its failures is refused every
 * request until the window ends, a right secret included: otherwise a guesser would learn which
 * guess was right from the one answer that is not refused.
 *
 * Counted by rate-limiter-flexible like the cost budget, in memory or in Redis when REDIS_URL is
 * set, with an in-memory insurance limiter for a Redis outage.
 */
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { BudgetStore } from './budget.js';

export interface WindowSettings {
  points: number;
  durationSeconds: number;
}

export interface TokenEndpointSettings {
  perClient: WindowSettings;
  failuresPerAddress: WindowSettings;
}

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: string };

function limiter(settings: WindowSettings, keyPrefix: string, redis: Redis | undefined): RateLimiterAbstract {
  const options = { keyPrefix, points: settings.points, duration: settings.durationSeconds };
  return redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export class TokenEndpointLimits {
  private readonly clients: RateLimiterAbstract;
  private readonly failures: RateLimiterAbstract;

  constructor(settings: TokenEndpointSettings, store: BudgetStore = {}) {
    const prefix = store.keyPrefix ?? 'coachwork:oauth';
    this.clients = limiter(settings.perClient, `${prefix}:client`, store.redis);
    this.failures = limiter(settings.failuresPerAddress, `${prefix}:failed`, store.redis);
  }

  /**
   * Whether a request may be handled: refused while its address has no failures left, else
   * counted against its client.
   */
  async admit(client: string, address: string): Promise<Admission> {
    const failed = await this.failures.get(address);
    if (failed && failed.remainingPoints <= 0) {
      return {
        allowed: false,
        retryAfterSeconds: seconds(failed.msBeforeNext),
        reason: 'Too many failed token requests from this address.',
      };
    }
    try {
      await this.clients.consume(client, 1);
      return { allowed: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return {
        allowed: false,
        retryAfterSeconds: seconds(error.msBeforeNext),
        reason: 'Too many token requests for this client.',
      };
    }
  }

  /** Counts a failed attempt against its address. */
  async failed(address: string): Promise<void> {
    try {
      await this.failures.consume(address, 1);
    } catch (error) {
      // Over the limit already: the next admit refuses it.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}
