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
} as const;

export const tokens = {
  /** Default embed-token lifetime (DESIGN §4: short-lived). */
  defaultTtlSeconds: 15 * 60,
  /** The CLI and /dev/token refuse to mint anything longer. */
  maxTtlSeconds: 12 * 60 * 60,
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
  logLevel: string;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Reads the environment: COACHWORK_ENV or NODE_ENV `dev`/`development` turns dev mode on. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeSettings {
  const envName = (env.COACHWORK_ENV ?? env.NODE_ENV ?? '').toLowerCase();
  const dev = envName === 'dev' || envName === 'development';
  return {
    dev,
    introspection: flag(env.COACHWORK_INTROSPECTION) ?? dev,
    port: Number(env.PORT ?? 4000),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
