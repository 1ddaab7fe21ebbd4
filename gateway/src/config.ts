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
  /**
   * Query cost (src/limits/cost-model.ts: one point per object, lists × their page size) of
   * one request, every operation of a batch together. The widgets' dearest document (the
   * heatmap) is about 1,800; a three-level org tree at default page sizes about 7,700.
   */
  maxCost: 10_000,
  /** Operations in one batched HTTP request (a JSON array body). */
  maxBatchSize: 5,
  /** Request body bytes; a persisted-query hash request is tiny, a full document rarely exceeds 20 kB. */
  maxBodyBytes: 512 * 1024,
  /** Connection page size: `first` above this is BAD_USER_INPUT. */
  maxPageSize: 100,
  /** `ids` in `nodes(ids:)`. */
  maxNodesPerRequest: 100,
  /** Bytes of one answer (a batch's together): beyond it the client gets RESPONSE_TOO_LARGE instead. */
  maxResponseBytes: 2 * 1024 * 1024,
  /**
   * PostgreSQL `statement_timeout` of the statements a request runs, and of an
   * analytics rebuild (which may legitimately take long on a large organisation).
   */
  statementTimeoutMs: 10_000,
  rebuildStatementTimeoutMs: 10 * 60_000,
  /**
   * A tenant transaction that has run this long may issue no further statement. PGlite
   * cannot interrupt a running statement (no timers inside WebAssembly), so this bounds
   * how long one request can hold its single connection between statements.
   */
  transactionDeadlineMs: 15_000,
  /** Automatic persisted queries: bytes of query text kept in the in-memory LRU, and seconds each entry lives. */
  apqCacheBytes: 8 * 1024 * 1024,
  apqTtlSeconds: 24 * 60 * 60,
  /** Key prefix of persisted queries in Redis (REDIS_URL), shared by every gateway instance. */
  apqRedisKeyPrefix: 'coachwork:apq:',
} as const;

/**
 * Each token's cost budget: a bucket of query-cost points per person and per
 * organisation that refills every second (src/limits/budget.ts). A person can
 * spend a burst of `capacity` and then `restoreRate` points a second; an
 * organisation's many people share ten times that.
 */
export const budget = {
  person: { capacity: 20_000, restoreRate: 1_000 },
  organisation: { capacity: 200_000, restoreRate: 10_000 },
  /** Key prefix in Redis (REDIS_URL), so several gateways share one bucket per caller. */
  redisKeyPrefix: 'coachwork:budget',
} as const;

/**
 * `/oauth/token`'s own limits (src/limits/token-endpoint.ts), apart from the GraphQL cost budget:
 * token requests per client a minute, and failed attempts (a wrong secret, a bad ID token) per
 * source address, past which that address is refused until the window ends, so that guessing a
 * client secret or replaying stolen ID tokens stays slow.
 */
export const tokenEndpoint = {
  perClient: { points: 60, durationSeconds: 60 },
  failuresPerAddress: { points: 10, durationSeconds: 15 * 60 },
  /** Key prefix in Redis (REDIS_URL), so every gateway counts the same attempts. */
  redisKeyPrefix: 'coachwork:oauth',
} as const;

/**
 * Debounces the analytics rebuilds that writes make necessary
 * (src/modules/analytics/freshness.ts): per organisation, inline rebuilds may
 * take `inlineMsPerWindow` of every `windowSeconds` (each charged its last
 * duration, at least `minChargeMs`, so at most 12 a window); past that a heatmap
 * answers from the previous snapshot, flagged stale, and one rebuild follows.
 */
export const analyticsRebuilds = {
  inlineMsPerWindow: 6_000,
  windowSeconds: 30,
  minChargeMs: 500,
  /** A background rebuild waits this many times its last duration after the previous one. */
  backgroundGapFactor: 4,
  /**
   * An incremental refresh takes back and adds the changed people's figures only. It gives way to a
   * full rebuild once the stored per-person figures are older than this (cadence runs to now(), so
   * the untouched people's figures drift by at most this over a span of at least 14 days: 0.3 %)…
   */
  incrementalMaxAgeSeconds: 3_600,
  /** …or when more people changed than this (a difference that large costs about a rebuild). */
  incrementalMaxPeople: 2_000,
} as const;

export const tokens = {
  /** Default embed-token lifetime: short, since a token in a page can be copied. */
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
  /**
   * How long a gateway trusts what it read about an organisation's signing secrets and a person's
   * existence and roles without asking again. PostgreSQL notifications (migration 0020) drop an
   * entry as soon as a secret, a role or a person changes, on every instance; this bounds the
   * staleness when a notification is lost (the listening session dropped).
   */
  directoryTtlMs: 5_000,
  /**
   * A token that fails against a cached secret is checked again against the database's, at most
   * once per organisation per this long: a secret rotated a moment ago verifies at once, and bad
   * tokens cannot turn into a query each.
   */
  directoryRecheckMs: 1_000,
  /** Cached people per gateway (the oldest are dropped first); organisations are cached alike. */
  directoryMaxEntries: 100_000,
  /**
   * HS256 tokens whose signature verified, remembered with the secret that verified them, so a
   * widget's repeated requests skip the HMAC; the oldest are dropped first.
   */
  verifiedTokenEntries: 10_000,
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
