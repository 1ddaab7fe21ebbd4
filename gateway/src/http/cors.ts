/**
 * CORS limited to organisations' allowed origins. A preflight carries no token,
 * so it is answered for any origin some organisation allows; the actual request
 * is then held to the token's own organisation (and refused with FORBIDDEN when
 * its origin is not one of them, so a foreign page cannot even cause a write).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cors as corsConfig } from '../config.js';
import type { Database } from '../db/types.js';

const devOrigin = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export const allowedRequestHeaders = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

export class OriginPolicy {
  private union: { origins: Set<string>; at: number } | undefined;
  private readonly perOrg = new Map<string, { origins: Set<string>; at: number }>();

  constructor(
    private readonly db: Database,
    private readonly dev: boolean,
  ) {}

  private fresh(at: number): boolean {
    return Date.now() - at < corsConfig.originCacheSeconds * 1000;
  }

  /** Whether any organisation allows `origin` (the answer to a preflight). */
  async anyOrganisationAllows(origin: string): Promise<boolean> {
    if (this.dev && devOrigin.test(origin)) return true;
    if (!this.union || !this.fresh(this.union.at)) {
      const rows = await this.db.query<{ origin: string }>(
        'select distinct unnest(allowed_origins) as origin from organisations',
      );
      this.union = { origins: new Set(rows.map((row) => row.origin)), at: Date.now() };
    }
    return this.union.origins.has(origin);
  }

  async organisationAllows(orgId: string, origin: string): Promise<boolean> {
    if (this.dev && devOrigin.test(origin)) return true;
    let entry = this.perOrg.get(orgId);
    if (!entry || !this.fresh(entry.at)) {
      const [row] = await this.db.query<{ allowed_origins: string[] }>(
        'select allowed_origins from organisations where id = $1',
        [orgId],
      );
      entry = { origins: new Set(row?.allowed_origins ?? []), at: Date.now() };
      this.perOrg.set(orgId, entry);
    }
    return entry.origins.has(origin);
  }
}

export function originOf(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}

export function allowOrigin(res: ServerResponse, origin: string): void {
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-expose-headers', 'x-request-id, www-authenticate, retry-after');
}

export function answerPreflight(res: ServerResponse, origin: string | undefined, allowed: boolean): void {
  res.setHeader('vary', 'Origin, Access-Control-Request-Headers');
  if (origin && allowed) {
    allowOrigin(res, origin);
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', allowedRequestHeaders.join(', '));
    res.setHeader('access-control-max-age', String(corsConfig.maxAgeSeconds));
  }
  res.statusCode = 204;
  res.end();
}
