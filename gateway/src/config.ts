/**
 * Every limit and tunable of the gateway in one place. The numbers are chosen so
 * the widgets' real queries (a three-level org tree with managers and counts is
 * the deepest) pass with room to spare while abusive documents are refused at
 * validation, before any resolver or SQL runs.
 */

export const limits = {
  /** Field nesting. The org-unit tree query (orgUnits→edges→node→children→edges→node→children→edges→node→manager→name) is 11. */
  maxDepth: 15,
  /** Aliases per operation: a widget needs a handful; aliases are the cheapest way to multiply work. */
  maxAliases: 15,
  /** Lexer tokens per document: the largest widget document is well under 1,000. */
  maxTokens: 3000,
  /** Directives per operation (@include/@skip): directive floods slow validation. */
  maxDirectives: 25,
  /** graphql-armor static cost: objects 2, scalars 1, multiplied by 1.5 per level. */
  maxCost: 5000,
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  /** Operations in one batched HTTP request (a JSON array body). */
  maxBatchSize: 5,
  /** Request body bytes; a persisted-query hash request is tiny, a full document rarely exceeds 20 kB. */
  maxBodyBytes: 512 * 1024,
  /** Connection page size: `first` above this is BAD_USER_INPUT. */
  maxPageSize: 100,
  /** `ids` in `nodes(ids:)`. */
  maxNodesPerRequest: 100,
  /** Automatic persisted queries: bytes of query text kept in the in-memory LRU, and seconds each entry lives. */
  apqCacheBytes: 8 * 1024 * 1024,
  apqTtlSeconds: 24 * 60 * 60,
} as const;

export const tokens = {
  /** Default embed-token lifetime (DESIGN §4: short-lived). */
  defaultTtlSeconds: 15 * 60,
  /**
   * The longest lifetime the gateway mints, and accepts: a token whose `exp - iat` is longer, or
   * whose `iat` is older, is refused whoever minted it, so a leaked token is never a lasting key.
   */
  maxTtlSeconds: 12 * 60 * 60,
  /**
   * The `aud` claim every embed token must carry: a JWT minted for another API with the same key
   * (hosts reuse secrets more than they should) is not a Coachwork token.
   */
  audience: 'coachwork-gateway',
  /**
   * How long after a rotation (organisations.embed_signing_secret_rotated_at) the previous secret
   * still verifies: long enough for every host backend to pick up the new one and for tokens minted
   * just before to run out (maxTtlSeconds), short enough that a retired key dies.
   */
  previousSecretGraceSeconds: 24 * 60 * 60,
  /** Clock skew tolerated between the host's backend and the gateway. */
  clockToleranceSeconds: 30,
} as const;

export const cors = {
  /** How long a browser may cache a preflight answer. */
  maxAgeSeconds: 600,
  /** How long the set of every organisation's allowed origins (used for preflights) is cached. */
  originCacheSeconds: 30,
} as const;

export type Environment = 'dev' | 'production';

export interface RuntimeSettings {
  /** Dev mode: /dev/* routes, introspection, unmasked errors with stacks, localhost CORS. */
  dev: boolean;
  introspection: boolean;
  port: number;
  /** The address to listen on (HOST); dev mode defaults to 127.0.0.1, production to every interface. */
  host: string | undefined;
  logLevel: string;
  /** On SIGTERM, how long /readyz answers 503 before the listener closes (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/**
 * Reads the environment. Only COACHWORK_ENV=dev turns dev mode on: NODE_ENV=development is set by
 * many hosting templates and build tools, and dev mode mints tokens for anyone who can reach it.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeSettings {
  const dev = (env.COACHWORK_ENV ?? '').toLowerCase() === 'dev';
  return {
    dev,
    introspection: flag(env.COACHWORK_INTROSPECTION) ?? dev,
    port: Number(env.PORT ?? 4000),
    host: env.HOST || (dev ? '127.0.0.1' : undefined),
    logLevel: env.LOG_LEVEL ?? 'info',
    // Long enough for a load balancer polling every few seconds to notice; dev mode stops at once.
    shutdownDelayMs: Number(env.SHUTDOWN_DELAY_MS ?? (dev ? 0 : 5000)),
  };
}
