/**
 * The Redis connection a request path shares state through (cost budgets, token-endpoint limits,
 * persisted queries). A request must never wait for a Redis that is down: commands fail at once
 * instead of queueing, and each caller falls back (an in-memory insurance limiter, a persisted
 * query asked for in full).
 */
import { Redis } from 'ioredis';

export function requestPathRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Failures surface on each command; a connection error event alone must not crash the process.
  redis.on('error', () => undefined);
  return redis;
}
