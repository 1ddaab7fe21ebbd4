/**
 * Prometheus metrics for GET /metrics: request rate and latency per route, errors by code, the
 * database pool, and the process defaults (CPU, memory, event-loop lag, GC). Each gateway has its own
 * registry for its own series, so two gateways in one process (tests, benchmarks) never share
 * counters; the process defaults are one registry, merged in when rendering.
 *
 * Labels are bounded on purpose: the route is one of the gateway's fixed paths (anything else is
 * "other") and an error code is one of the gateway's codes, so a client cannot create series at will.
 * No label carries an organisation, a person or a query.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/types.js';
import type { QueueDepth } from '../jobs/queue.js';
import { refusalCodeOf } from './respond.js';

const ROUTES = new Set([
  '/graphql',
  '/healthz',
  '/readyz',
  '/metrics',
  '/graphiql',
  '/dev/token',
  '/dev/people',
]);

/** The route a request is counted and traced under: one of the fixed paths, or `other`. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  if (ROUTES.has(path)) return path;
  if (path.startsWith('/graphiql/assets/')) return '/graphiql/assets';
  return 'other';
}

/**
 * The process defaults live in one registry for the whole process: each collectDefaultMetrics call
 * starts its own event-loop monitor and GC observer, which a gateway's close() could not stop.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Codes outside this set (a third-party plugin's) are counted as OTHER rather than as new series. */
const KNOWN_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route'>;
  private readonly errors: Counter<'code'>;

  constructor(db: Database) {
    const registry = this.registry;
    processMetrics();
    this.requests = new Counter({
      name: 'coachwork_http_requests_total',
      help: 'HTTP requests answered, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'coachwork_http_request_duration_seconds',
      help: 'Time from the request arriving to the response finishing.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'coachwork_errors_total',
      help: 'GraphQL errors returned, by extensions.code (request refusals and errors during execution).',
      labelNames: ['code'],
      registers: [registry],
    });
    new Gauge({
      name: 'coachwork_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and callers waiting for one (absent on PGlite).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const stats = db.poolStats?.();
        if (!stats) return;
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }

  /**
   * `coachwork_job_queue_depth{queue, state}`: jobs not yet done, read from the database at each
   * scrape (`outbox` not yet moved into the queue, `queued` waiting or due for a retry, `active`).
   */
  watchJobQueue(queue: { depth(): Promise<QueueDepth[]> }): void {
    new Gauge({
      name: 'coachwork_job_queue_depth',
      help: 'Background jobs not yet done, by queue and state (outbox, queued, active).',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const depth of await queue.depth()) {
          this.set({ queue: depth.queue, state: 'outbox' }, depth.outbox);
          this.set({ queue: depth.queue, state: 'queued' }, depth.queued);
          this.set({ queue: depth.queue, state: 'active' }, depth.active);
        }
      },
    });
  }

  /** Counts the response once it has been sent; `startedNs` is process.hrtime.bigint() at arrival. */
  observe(req: IncomingMessage, res: ServerResponse, startedNs: bigint): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const route = routeOf(req.url);
    this.requests.inc({ method, route, status: String(res.statusCode) });
    this.duration.observe({ method, route }, Number(process.hrtime.bigint() - startedNs) / 1e9);
    const refusal = refusalCodeOf(res);
    if (refusal) this.countError(refusal);
  }

  private countError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' && KNOWN_CODE.test(code) ? code : 'OTHER' });
  }

  /** Counts errors of executed operations; an error without a code is the masked internal error. */
  readonly apolloPlugin: ApolloServerPlugin<object> = {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors }) => {
        for (const error of errors) this.countError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      },
    }),
  };

  async render(): Promise<{ body: string; contentType: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { body: await merged.metrics(), contentType: merged.contentType };
  }
}
