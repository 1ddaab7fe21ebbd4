/**
 * `/graphql`: method, body and batch limits, CORS for the token's organisation, the embed token,
 * the request context with its one tenant transaction, Apollo's execution, then the answer —
 * committed before it is sent, within the response ceiling, GraphQL-over-HTTP status codes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Logger } from 'pino';
import type { CallerDirectory } from '../auth/caller-directory.js';
import { createCaller } from '../caller.js';
import { limits } from '../config.js';
import type { GraphQLContext } from '../context.js';
import type { Database } from '../db/types.js';
import type { SupportedLocale } from '../i18n/catalogue.js';
import { preferredTag, resolveLocale } from '../i18n/negotiate.js';
import { translate, translator } from '../i18n/translate.js';
import { newRequestCost } from '../limits/cost-plugin.js';
import { recordAudit } from '../modules/audit/sql.js';
import { exceedsResponseCeiling, responseTooLargeBody } from '../limits/response-ceiling.js';
import { authenticate } from './authenticate.js';
import { endCompressed } from './compress.js';
import { allowOrigin, originOf, type OriginPolicy } from './cors.js';
import { BodyTooLarge, readBody, sendGraphQLError } from './respond.js';

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

/** The operation names of a request (one per batched operation), as the audit log records them. */
function operationsOf(body: unknown): Array<string | null> {
  const one = (operation: unknown): string | null => {
    if (operation === null || typeof operation !== 'object') return null;
    const { operationName, query } = operation as { operationName?: unknown; query?: unknown };
    if (typeof operationName === 'string') return operationName.slice(0, 100);
    if (typeof query !== 'string') return null;
    const named = /\b(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(query);
    if (named) return (named[2] ? `${named[1]} ${named[2]}` : named[1]!).slice(0, 100);
    // The shorthand `{ … }` is an anonymous query.
    return query.trimStart().startsWith('{') ? 'query' : null;
  };
  return Array.isArray(body) ? body.map(one) : [one(body)];
}

export interface GraphQLRouteDeps {
  db: Database;
  server: ApolloServer<GraphQLContext>;
  origins: OriginPolicy;
  directory: CallerDirectory;
  dev: boolean;
  maxResponseBytes?: number;
}

/** The `/graphql` handler. */
export function graphQLRoute(deps: GraphQLRouteDeps) {
  const { db, server, origins, dev } = deps;
  return async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    reqLog: Logger,
    requestId: string,
  ) {
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

    const authenticated = await authenticate(req, res, reqLog, deps, locale);
    if (!authenticated) return;
    const { viewer, tokenLocale } = authenticated;
    locale = authenticated.locale;

    // The gateway's own pages (an LTI launch, GraphiQL) call it from its own origin.
    if (origin && viewer && !isOwnOrigin(req, origin)) {
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
    const account = viewer?.serviceAccount;
    if (account && transactions) {
      // Every call of a service account is attributable: one entry, in the request's own transaction.
      await transactions.tenant((tx) =>
        recordAudit(tx, viewer.orgId, {
          action: 'SERVICE_ACCOUNT_CALLED',
          actorId: account.id,
          programId: null,
          subjectType: 'ServiceAccount',
          subjectId: account.id,
          after: { requestId, operations: operationsOf(body), status: response.status ?? 200 },
        }),
      );
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
      const ceiling = deps.maxResponseBytes ?? limits.maxResponseBytes;
      if (exceedsResponseCeiling(response.body.string, ceiling)) {
        res.statusCode = 400;
        await endCompressed(req, res, responseTooLargeBody(locale, ceiling, context.cost));
        return;
      }
      await endCompressed(req, res, response.body.string);
      return;
    }
    try {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
    } finally {
      await transactions?.finish();
    }
    res.end();
  };
}

function isOwnOrigin(req: IncomingMessage, origin: string): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
