/**
 * The gateway: Apollo Server 5 behind a small node:http router (Apollo's own
 * standalone server cannot host the other routes). GraphQL goes through
 * `executeHTTPGraphQLRequest`; everything around it — request ids, logs, CORS,
 * the embed token, body limits, batching limits — is handled here first.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { pino, type Logger } from 'pino';
import { CachedDirectory, type CallerDirectory } from './auth/caller-directory.js';
import { TokenError, verifyToken } from './auth/tokens.js';
import { limits } from './config.js';
import { createCaller } from './caller.js';
import type { GraphQLContext, Viewer } from './context.js';
import type { Database } from './db/types.js';
import { localisedMessageOf, publicCodes } from './errors.js';
import { allowOrigin, answerPreflight, originOf, OriginPolicy } from './http/cors.js';
import { devPeople, devToken } from './http/dev.js';
import { ExposedDevModeError, isLoopbackAddress, isLoopbackHostHeader } from './http/loopback.js';
import { graphiqlAsset, graphiqlPage } from './http/graphiql.js';
import { GatewayMetrics } from './http/metrics.js';
import { BodyTooLarge, readBody, sendGraphQLError, sendJson } from './http/respond.js';
import type { SupportedLocale } from './i18n/catalogue.js';
import { preferredTag, resolveLocale } from './i18n/negotiate.js';
import { translate, translator } from './i18n/translate.js';
import { buildSchema } from './schema.js';
import { compiledExecution } from './compiled-execution.js';
import type { CostBudget } from './limits/budget.js';
import { budgetFromEnv } from './limits/budget-from-env.js';
import { costPlugin, newRequestCost } from './limits/cost-plugin.js';
import { exceedsResponseCeiling, responseTooLargeBody } from './limits/response-ceiling.js';

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
  /** Bytes of one answer; defaults to `limits.maxResponseBytes`. */
  maxResponseBytes?: number;
  /** Signing keys and people for token verification; by default cached, invalidated by NOTIFY. */
  directory?: CallerDirectory;
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
}

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** formatError has no request context, so it masks in English; `localiseErrors` translates the mask. */
const MASKED_MESSAGE = translate('en', 'http.internal');

function maskError(dev: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (dev || (typeof code === 'string' && publicCodes.has(code))) return formatted;
    return {
      message: MASKED_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
  };
}

/** A mutation changes how the request's tenant transaction is used: each call behind a savepoint. */
const writesDeclared: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.transactions?.declareWrites();
      },
    };
  },
};

/** Logs what the client will not see: internal errors with their stack, tagged with the request id. */
const errorLogging: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (typeof code === 'string' && publicCodes.has(code)) continue;
          contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'resolver error');
        }
      },
    };
  },
};

/**
 * Puts every catalogue-backed error into the request's language. Errors are
 * thrown in English by code that has no request at hand (src/errors.ts);
 * didEncounterErrors runs before Apollo formats them, so rewriting the message
 * there is enough. graphql-js's own validation and coercion messages (and
 * graphql-armor's limits) are developer-facing and stay English.
 */
const localiseErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        if (contextValue.locale === 'en') return;
        for (const error of errors) {
          const localised = localisedMessageOf(error);
          if (localised) error.message = contextValue.t(localised.key, localised.values);
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (contextValue.locale === 'en' || response.body.kind !== 'single') return;
        const { errors } = response.body.singleResult;
        if (!errors?.some((error) => error.message === MASKED_MESSAGE)) return;
        response.body.singleResult.errors = errors.map((error) =>
          error.message === MASKED_MESSAGE ? { ...error, message: contextValue.t('http.internal') } : error,
        );
      },
    };
  },
};

function apolloLogger(log: Logger) {
  return {
    debug: (message: string) => log.debug(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warn(message),
    error: (message: string) => log.error(message),
  };
}

/** Header values must be visible ASCII; messages use typographic quotes. */
function headerSafe(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[^\x20-\x7e]|"/g, "'");
}

function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

const documentFailureCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL-over-HTTP: a client that accepts only application/json gets 200 for a
 * well-formed request whose document does not parse, validate or coerce (the
 * errors are in the body); Apollo answers 400 whatever the media type.
 * application/graphql-response+json keeps Apollo's 400.
 */
function isLegacyDocumentFailure(contentType: string | undefined, body: string): boolean {
  if (!contentType?.startsWith('application/json')) return false;
  try {
    const parsed = JSON.parse(body) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: unknown } }>;
    };
    return (
      parsed.data === undefined &&
      Array.isArray(parsed.errors) &&
      parsed.errors.length > 0 &&
      parsed.errors.every((error) => documentFailureCodes.has(String(error.extensions?.code)))
    );
  } catch {
    return false;
  }
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
  let ready = true;

  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's Apollo token plugin re-parses in a hook and turns every syntax
    // error into a 500; graphql-js's own parser limit (parseOptions below) fails
    // the same documents as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Its cost ignores page sizes; src/limits/cost-plugin.ts prices and charges instead.
    costLimit: { enabled: false },
    // Field suggestions help in GraphiQL; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: !dev },
  });
  const protection = armor.protect();
  // graphql-armor's typings resolve @apollo/server's CommonJS declarations; the
  // plugins are the same objects, only the two declaration copies differ nominally.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[];

  const ownedBudget = options.budget ? null : budgetFromEnv();
  const budget = options.budget ?? ownedBudget!.budget;

  const httpServer = http.createServer();
  const server = new ApolloServer<GraphQLContext>({
    ...(options.execution === 'interpreted'
      ? { schema: buildSchema() }
      : { gateway: compiledExecution(buildSchema()) }),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ...armorPlugins,
      costPlugin(budget),
      writesDeclared,
      errorLogging,
      localiseErrors,
      metrics.apolloPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL is served at /graphiql from npm; Apollo's default landing page would load a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // No field carries a cache hint (every answer is per viewer), and the built-in cache-control
      // plugin wraps every resolver of every field to collect them: on the heatmap's ~30,000-field
      // views that wrapping alone cost more than the SQL. Responses say `no-store` below instead.
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: options.introspection ?? dev,
    // Apollo would stop itself on SIGTERM and re-raise the signal, cutting readiness and the drain
    // short; `coachwork serve` owns the shutdown order (src/shutdown.ts).
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: dev,
    persistedQueries: {
      cache: new InMemoryLRUCache<string>({ maxSize: limits.apqCacheBytes }),
      ttl: limits.apqTtlSeconds,
    },
    formatError: maskError(dev),
    logger: apolloLogger(log),
  });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, reqLog: Logger, requestId: string) {
    const acceptLanguage = req.headers['accept-language'] ?? null;
    // Until the token is verified, only the request's own languages are known.
    let locale: SupportedLocale = resolveLocale({ acceptLanguage });
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      res.setHeader('allow', 'GET, POST, OPTIONS');
      sendGraphQLError(req, res, 405, translate(locale, 'http.methodNotAllowed', { method }), 'BAD_REQUEST');
      return;
    }

    let text: string;
    try {
      text = method === 'POST' ? await readBody(req) : '';
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendGraphQLError(
          req,
          res,
          413,
          translate(locale, 'http.bodyTooLarge', { limit: limits.maxBodyBytes }),
          'BAD_REQUEST',
        );
        return;
      }
      throw error;
    }

    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = text;
    if (method === 'POST' && /^application\/(graphql-response\+)?json\b/i.test(contentType)) {
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        sendGraphQLError(req, res, 400, translate(locale, 'http.invalidJson'), 'BAD_REQUEST');
        return;
      }
    }
    if (Array.isArray(body) && body.length > limits.maxBatchSize) {
      sendGraphQLError(
        req,
        res,
        400,
        translate(locale, 'http.batchTooLarge', { max: limits.maxBatchSize, count: body.length }),
        'BAD_REQUEST',
      );
      return;
    }

    // Any organisation's origin may read a refusal (401/403), so a widget can tell
    // "signed out" from "gateway unreachable"; data still needs the token's own organisation.
    const origin = originOf(req);
    if (origin) {
      res.setHeader('vary', 'Origin');
      if (await origins.anyOrganisationAllows(origin)) allowOrigin(res, origin);
    }

    let viewer: Viewer | null = null;
    let tokenLocale: string | null = null;
    const token = bearerToken(req.headers.authorization);
    if (token === null) {
      res.setHeader('www-authenticate', 'Bearer');
      sendGraphQLError(req, res, 401, translate(locale, 'auth.bearerHeader'), 'UNAUTHENTICATED');
      return;
    }
    if (token !== undefined) {
      try {
        const verified = await verifyToken(db, token, new Date(), directory);
        viewer = verified.viewer;
        tokenLocale = verified.locale;
        locale = resolveLocale({
          token: tokenLocale,
          acceptLanguage,
          organisation: verified.organisationLocales,
        });
      } catch (error) {
        if (!(error instanceof TokenError)) throw error;
        reqLog.info({ reason: error.message }, 'embed token refused');
        // The header stays English: it must be ASCII, and it is read by code, not people.
        res.setHeader(
          'www-authenticate',
          `Bearer error="invalid_token", error_description="${headerSafe(error.message)}"`,
        );
        const message = error.localised
          ? translate(locale, error.localised.key, error.localised.values)
          : error.message;
        sendGraphQLError(req, res, 401, message, 'UNAUTHENTICATED');
        return;
      }
    }

    if (origin && viewer) {
      if (!(await origins.organisationAllows(viewer.orgId, origin))) {
        res.removeHeader('access-control-allow-origin');
        sendGraphQLError(req, res, 403, translate(locale, 'http.originNotAllowed', { origin }), 'FORBIDDEN');
        return;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method,
      headers,
      search: new URL(req.url ?? '/', 'http://gateway').search,
      body,
    };
    const t = translator(locale);
    const transactions = viewer ? db.tenantScope(viewer.orgId) : undefined;
    const context: GraphQLContext = {
      requestId,
      log: reqLog,
      dev,
      caller: viewer ? createCaller(db, viewer, locale, t, transactions) : null,
      ...(transactions ? { transactions } : {}),
      locale,
      t,
      contentLocale: preferredTag({ token: tokenLocale, acceptLanguage }, locale),
      cost: newRequestCost(
        viewer
          ? { caller: `${viewer.orgId}:${viewer.personId}`, organisation: viewer.orgId }
          : { caller: `address:${req.socket.remoteAddress ?? 'unknown'}`, organisation: null },
        Array.isArray(body) ? body.length : 1,
      ),
    };
    res.setHeader('content-language', locale);
    if (viewer) reqLog.setBindings({ org: viewer.orgId, person: viewer.personId });

    let response: Awaited<ReturnType<typeof server.executeHTTPGraphQLRequest>>;
    try {
      response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => context,
      });
    } catch (error) {
      await transactions?.abort();
      throw error;
    }
    // Committed before anything is answered: an acknowledged write is a durable one.
    if (response.body.kind === 'complete') await transactions?.finish();
    // Answers are personal to the token's viewer: no shared or browser cache may keep them.
    res.setHeader('cache-control', 'no-store');
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (
        res.statusCode === 400 &&
        isLegacyDocumentFailure(response.headers.get('content-type'), response.body.string)
      ) {
        res.statusCode = 200;
      }
      const ceiling = options.maxResponseBytes ?? limits.maxResponseBytes;
      if (exceedsResponseCeiling(response.body.string, ceiling)) {
        res.statusCode = 400;
        res.end(responseTooLargeBody(locale, ceiling, context.cost));
        return;
      }
      res.end(response.body.string);
      return;
    }
    try {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
    } finally {
      await transactions?.finish();
    }
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse, reqLog: Logger, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;

    if (method === 'OPTIONS') {
      const origin = originOf(req);
      answerPreflight(res, origin, origin ? await origins.anyOrganisationAllows(origin) : false);
      return;
    }
    if (path === '/graphql') return handleGraphQL(req, res, reqLog, requestId);
    if (path === '/healthz' && method === 'GET') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics' && method === 'GET') {
      const { body, contentType } = await metrics.render();
      res.setHeader('content-type', contentType);
      res.end(body);
      return;
    }
    if (path === '/readyz' && method === 'GET') {
      if (!ready) return sendJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
      try {
        await db.query('select 1');
        return sendJson(res, 200, { status: 'ready', engine: db.engine });
      } catch (error) {
        reqLog.warn({ err: error }, 'database not reachable');
        return sendJson(res, 503, { status: 'unavailable', reason: 'database not reachable' });
      }
    }
    if (path === '/graphiql' && method === 'GET') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(graphiqlPage({ dev }));
      return;
    }
    if (path.startsWith('/graphiql/assets/') && method === 'GET') {
      const asset = await graphiqlAsset(path.slice('/graphiql/assets/'.length));
      if (asset) {
        res.setHeader('content-type', asset.type);
        res.setHeader('cache-control', 'public, max-age=86400');
        res.end(asset.body);
        return;
      }
    }
    if (dev && path.startsWith('/dev/')) {
      const { port } = httpServer.address() as AddressInfo;
      if (!isLoopbackHostHeader(req.headers.host, port)) {
        return sendJson(res, 403, {
          error: `The dev routes answer only requests for localhost, 127.0.0.1 or [::1] on port ${port}.`,
        });
      }
    }
    if (dev && path === '/dev/token' && method === 'POST') {
      const origin = originOf(req);
      if (origin && (await origins.anyOrganisationAllows(origin))) allowOrigin(res, origin);
      let body: string;
      try {
        body = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return sendJson(res, 413, { error: 'The body is too large.' });
        throw error;
      }
      return devToken(db, body, res);
    }
    if (dev && path === '/dev/people' && method === 'GET') {
      const origin = originOf(req);
      if (origin && (await origins.anyOrganisationAllows(origin))) allowOrigin(res, origin);
      return devPeople(db, req, res);
    }
    sendJson(res, 404, { error: `No route for ${method} ${path}.` });
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const reqLog = log.child({ reqId: requestId });
    res.on('finish', () => {
      metrics.observe(req, res, started);
      reqLog.info(
        {
          method: req.method,
          path: (req.url ?? '/').split('?')[0],
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        },
        'request',
      );
    });
    route(req, res, reqLog, requestId).catch((error: unknown) => {
      reqLog.error({ err: error }, 'unhandled request error');
      if (!res.headersSent) {
        sendJson(res, 500, {
          errors: [
            {
              message:
                dev && error instanceof Error
                  ? error.message
                  : translate(
                      resolveLocale({ acceptLanguage: req.headers['accept-language'] }),
                      'http.internal',
                    ),
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      } else res.end();
    });
  });

  let started: Promise<void> | undefined;
  return {
    server,
    httpServer,
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
      await ownedDirectory?.close();
    },
  };
}
