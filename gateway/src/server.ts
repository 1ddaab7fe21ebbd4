/**
 * The gateway: Apollo Server 5 (http/apollo.ts) behind a small node:http router (http/router.ts;
 * Apollo's own standalone server cannot host the other routes). GraphQL requests go through
 * http/graphql-route.ts, which authenticates them (http/authenticate.ts) and runs each in one
 * tenant transaction.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { pino, type Logger } from 'pino';
import { CachedDirectory, type CallerDirectory } from './auth/caller-directory.js';
import type { GraphQLContext } from './context.js';
import type { Database } from './db/types.js';
import type { LtiSettings } from './http/lti.js';
import { createApolloServer } from './http/apollo.js';
import { OriginPolicy } from './http/cors.js';
import { graphQLRoute } from './http/graphql-route.js';
import { defaultKitDirectory, kitFrom } from './http/kit.js';
import { ExposedDevModeError, isLoopbackAddress } from './http/loopback.js';
import { GatewayMetrics } from './http/metrics.js';
import { IdentityProviders } from './auth/token-exchange.js';
import { serveRoutes } from './http/router.js';
import type { CostBudget } from './limits/budget.js';
import { budgetFromEnv } from './limits/budget-from-env.js';
import { persistedQueryCacheFromEnv } from './http/persisted-queries.js';
import type { TokenEndpointLimits } from './limits/token-endpoint.js';

export interface GatewayOptions {
  db: Database;
  /** Dev mode: /dev routes, introspection, unmasked errors, any localhost origin. */
  dev?: boolean;
  /** Defaults to `dev`. */
  introspection?: boolean;
  logger?: Logger;
  /** Used when no logger is given; 'silent' in tests. */
  logLevel?: string;
  /**
   * 'compiled' (default) runs operations through graphql-jit; 'interpreted' through graphql-js,
   * the baseline the heatmap benchmark compares against.
   */
  execution?: 'compiled' | 'interpreted';
  /** Every caller's cost budget; by default in memory, or in Redis when REDIS_URL is set. */
  budget?: CostBudget;
  /** `/oauth/token`'s limits per client and per address; like the budget, in Redis when REDIS_URL is set. */
  tokenLimits?: TokenEndpointLimits;
  /** Bytes of one answer; defaults to `limits.maxResponseBytes`. */
  maxResponseBytes?: number;
  /**
   * Automatic persisted queries; by default in memory, or in Redis when REDIS_URL is set so that
   * every instance knows a query registered with any of them.
   */
  persistedQueries?: KeyValueCache<string>;
  /** Signing keys and people for token verification; by default cached, invalidated by NOTIFY. */
  directory?: CallerDirectory;
  /**
   * The widgets package whose browser build `/kit/<version>/` serves (its package.json and dist/);
   * by default COACHWORK_KIT_DIR, else this repository's widgets/.
   */
  kitDirectory?: string;
  /** Where LTI platforms reach this gateway, and another kit loader for launched pages if any. */
  lti?: LtiSettings;
}

export interface Gateway {
  server: ApolloServer<GraphQLContext>;
  httpServer: http.Server;
  /**
   * Starts listening (port 0 picks a free one) and resolves to the base URL. Dev mode listens on
   * 127.0.0.1 unless given another loopback address, and refuses any other (ExposedDevModeError).
   */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** /readyz answers 503 from now on, while everything else is still served (the start of a shutdown). */
  markNotReady(): void;
  /** Stops accepting connections and waits for in-flight requests (up to Apollo's drain grace period). */
  close(): Promise<void>;
  /** The /metrics series; services started beside the gateway (the job queue) add theirs. */
  metrics: GatewayMetrics;
}

export function createGateway(options: GatewayOptions): Gateway {
  const { db } = options;
  const dev = options.dev ?? false;
  const log =
    options.logger ?? pino({ level: options.logLevel ?? 'info', base: { service: 'coachwork-gateway' } });
  const origins = new OriginPolicy(db, dev);
  const metrics = new GatewayMetrics(db);
  const ownedDirectory = options.directory ? null : new CachedDirectory(db);
  const directory = options.directory ?? ownedDirectory!;
  const ownedBudget = options.budget && options.tokenLimits ? null : budgetFromEnv();
  const budget = options.budget ?? ownedBudget!.budget;
  const ownedQueries = options.persistedQueries ? null : persistedQueryCacheFromEnv();
  const tokenLimits = options.tokenLimits ?? ownedBudget!.tokenLimits;
  let ready = true;

  const httpServer = http.createServer();
  const server = createApolloServer({
    dev,
    introspection: options.introspection ?? dev,
    log,
    budget,
    metrics,
    httpServer,
    persistedQueries: options.persistedQueries ?? ownedQueries!.cache,
    ...(options.execution ? { execution: options.execution } : {}),
  });
  serveRoutes({
    db,
    dev,
    log,
    origins,
    metrics,
    httpServer,
    isReady: () => ready,
    kit: kitFrom(options.kitDirectory ?? (process.env.COACHWORK_KIT_DIR || defaultKitDirectory)),
    oauth: { db, providers: new IdentityProviders({ dev }), limits: tokenLimits },
    lti: options.lti ?? {},
    handleGraphQL: graphQLRoute({
      db,
      server,
      origins,
      directory,
      dev,
      ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    }),
  });

  let started: Promise<void> | undefined;
  return {
    server,
    httpServer,
    metrics,
    async listen(port = 4000, requestedHost?: string) {
      if (dev && !isLoopbackAddress(requestedHost ?? '127.0.0.1')) {
        throw new ExposedDevModeError(requestedHost ?? '127.0.0.1');
      }
      const host = requestedHost ?? (dev ? '127.0.0.1' : undefined);
      started ??= server.start();
      await started;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      const named = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
      const shownHost = named.includes(':') && !named.startsWith('[') ? `[${named}]` : named;
      return { url: `http://${shownHost}:${address.port}`, port: address.port };
    },
    markNotReady() {
      ready = false;
    },
    async close() {
      ready = false;
      // stop() drains the http server through the drain plugin.
      if (started) await server.stop();
      else if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await ownedBudget?.close();
      await ownedQueries?.close();
      await ownedDirectory?.close();
    },
  };
}
