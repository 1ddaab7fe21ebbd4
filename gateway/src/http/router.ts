/**
 * The gateway's HTTP router: request ids and access logs, then `/graphql` (graphql-route.ts),
 * `/oauth/token` (oauth.ts), CORS preflights, the SCIM provisioning endpoints (`/scim/v2`,
 * scim/routes.ts), health, readiness, metrics, GraphiQL, the widget kit (kit.ts), the LTI tool
 * (lti.ts) and, in dev mode,
 * the `/dev` routes; an unhandled error becomes a 500 in the request's language.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Database } from '../db/types.js';
import { resolveLocale } from '../i18n/negotiate.js';
import { translate } from '../i18n/translate.js';
import { allowOrigin, answerPreflight, originOf, type OriginPolicy } from './cors.js';
import { devPeople, devToken } from './dev.js';
import { graphiqlAsset, graphiqlPage } from './graphiql.js';
import type { Kit } from './kit.js';
import { serveLti, type LtiSettings } from './lti.js';
import { isLoopbackHostHeader } from './loopback.js';
import { routeOf, type GatewayMetrics } from './metrics.js';
import { oauthToken, type OAuthDeps } from './oauth.js';
import { BodyTooLarge, readBody, sendJson } from './respond.js';
import { SCIM_BASE, serveScim } from './scim/routes.js';
import { traceRequest } from '../telemetry/tracing.js';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RouterDeps {
  db: Database;
  dev: boolean;
  log: Logger;
  origins: OriginPolicy;
  metrics: GatewayMetrics;
  httpServer: http.Server;
  isReady: () => boolean;
  kit: Kit;
  /** `/oauth/token`: token exchange and client credentials (oauth.ts). */
  oauth: OAuthDeps;
  /** Where LTI platforms reach this gateway, and another kit loader for launched pages if any. */
  lti: LtiSettings;
  handleGraphQL: (
    req: IncomingMessage,
    res: ServerResponse,
    reqLog: Logger,
    requestId: string,
  ) => Promise<void>;
}

/** Serves every request of `deps.httpServer`. */
export function serveRoutes(deps: RouterDeps): void {
  const { db, dev, log, origins, metrics, httpServer } = deps;

  async function route(req: IncomingMessage, res: ServerResponse, reqLog: Logger, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;

    if (method === 'OPTIONS') {
      const origin = originOf(req);
      answerPreflight(res, origin, origin ? await origins.anyOrganisationAllows(origin) : false);
      return;
    }
    if (path === '/graphql') return deps.handleGraphQL(req, res, reqLog, requestId);
    if (path === SCIM_BASE || path.startsWith(`${SCIM_BASE}/`)) return serveScim(db, req, res, reqLog);
    if (path === '/oauth/token') return oauthToken(deps.oauth, req, res, reqLog);
    if (path === '/healthz' && method === 'GET') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics' && method === 'GET') {
      const { body, contentType } = await metrics.render();
      res.setHeader('content-type', contentType);
      res.end(body);
      return;
    }
    if (path === '/readyz' && method === 'GET') {
      if (!deps.isReady()) return sendJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
      try {
        await db.query('select 1');
        return sendJson(res, 200, { status: 'ready', engine: db.engine });
      } catch (error) {
        reqLog.warn({ err: error }, 'database not reachable');
        return sendJson(res, 503, { status: 'unavailable', reason: 'database not reachable' });
      }
    }
    if (await deps.kit.serve(req, res, path)) return;
    if (path.startsWith('/lti/')) {
      if (
        await serveLti(req, res, url, { db, log: reqLog, settings: deps.lti, kit: deps.kit, requestId, dev })
      )
        return;
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
    traceRequest(req, res, routeOf(req.url), () => route(req, res, reqLog, requestId)).catch(
      (error: unknown) => {
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
      },
    );
  });
}
