/**
 * The SCIM 2.0 wire format (RFC 7644): media type, schema URNs, error bodies and ETags, shared by the
 * Users, Groups and discovery endpoints.
 */
import type { ServerResponse } from 'node:http';

export const SCIM_MEDIA_TYPE = 'application/scim+json; charset=utf-8';
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The `scimType` values of RFC 7644 §3.12 this server answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/** A refusal the endpoint answers as a SCIM error body. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');
export const notFound = (what: string, id: string) => new ScimError(404, `${what} ${id} not found.`);

export function sendScim(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('cache-control', 'no-store');
  if (body === undefined) {
    res.statusCode = status;
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', SCIM_MEDIA_TYPE);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

export function sendScimError(res: ServerResponse, error: ScimError): void {
  const body: Record<string, unknown> = {
    schemas: [ERROR],
    status: String(error.status),
    detail: error.message,
  };
  if (error.scimType) body.scimType = error.scimType;
  sendScim(
    res,
    error.status,
    body,
    error.status === 401 ? { 'www-authenticate': 'Bearer realm="scim"' } : {},
  );
}

/** A weak ETag from the row's last change (microseconds), so any write gives a new version. */
export const versionOf = (updatedMicros: string): string => `W/"${updatedMicros}"`;

/**
 * RFC 7644 §3.14: a write with If-Match whose tags do not name the current version is refused with
 * 412, so an identity provider does not overwrite a change it has not seen.
 */
export function checkIfMatch(header: string | string[] | undefined, current: string): void {
  if (header === undefined) return;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  const bare = (tag: string) => tag.replace(/^W\//, '');
  if (tags.includes('*') || tags.some((tag) => bare(tag) === bare(current))) return;
  throw new ScimError(412, 'The resource has changed since the version named in If-Match.');
}

/** Pagination of RFC 7644 §3.4.2.4: 1-based startIndex, count capped by the server. */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

export function pageOf(url: URL): { startIndex: number; count: number } {
  const start = Number.parseInt(url.searchParams.get('startIndex') ?? '1', 10);
  const count = Number.parseInt(url.searchParams.get('count') ?? String(DEFAULT_PAGE), 10);
  return {
    startIndex: Number.isFinite(start) && start >= 1 ? start : 1,
    count: Number.isFinite(count) ? Math.min(Math.max(count, 0), MAX_PAGE) : DEFAULT_PAGE,
  };
}

export function listResponse(
  resources: unknown[],
  total: number,
  startIndex: number,
): Record<string, unknown> {
  return {
    schemas: [LIST_RESPONSE],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5) on top-level attributes: `id`, `schemas`
 * and `meta` are always returned.
 */
export function project(resource: Record<string, unknown>, url: URL): Record<string, unknown> {
  const list = (name: string) =>
    (url.searchParams.get(name) ?? '')
      .split(',')
      .map((attribute) => attribute.trim().toLowerCase())
      .filter(Boolean)
      .map((attribute) => attribute.split('.')[0]!);
  const wanted = list('attributes');
  const excluded = list('excludedAttributes');
  if (!wanted.length && !excluded.length) return resource;
  const always = new Set(['id', 'schemas', 'meta']);
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => {
      const lower = key.toLowerCase();
      if (always.has(lower)) return true;
      if (wanted.length)
        return wanted.includes(lower) || wanted.some((w) => lower.startsWith('urn:') && w === lower);
      return !excluded.includes(lower);
    }),
  );
}
