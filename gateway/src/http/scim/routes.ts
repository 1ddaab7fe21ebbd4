/**
 * `/scim/v2`: the SCIM 2.0 service provider (RFC 7644). The bearer credential names the organisation;
 * each request runs in one tenant transaction of it, so another organisation's ids are simply not
 * found.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Database, Queryable } from '../../db/types.js';
import { BodyTooLarge, readBody } from '../respond.js';
import { organisationOfCredential } from './credentials.js';
import { listOf, resourceTypes, schemas, serviceProviderConfig } from './discovery.js';
import { createGroup, deleteGroup, groupResource, listGroups, readGroup, replaceGroup } from './groups.js';
import { applyPatch, standardOperations } from './patch.js';
import {
  checkIfMatch,
  listResponse,
  notFound,
  pageOf,
  project,
  ScimError,
  sendScim,
  sendScimError,
} from './protocol.js';
import { createUser, deleteUser, listUsers, readUser, replaceUser, userResource } from './users.js';

export const SCIM_BASE = '/scim/v2';

function baseUrlOf(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  const proto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}${SCIM_BASE}`;
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new ScimError(413, 'The body is too large.');
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ScimError(400, 'The body is not JSON.', 'invalidSyntax');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ScimError(400, 'The body is not a JSON object.', 'invalidSyntax');
  }
  return parsed as Record<string, unknown>;
}

const versionIn = (resource: { meta?: unknown }): string =>
  String((resource.meta as { version?: string } | undefined)?.version ?? '');

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

export async function serveScim(
  db: Database,
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
): Promise<void> {
  try {
    await route(db, req, res);
  } catch (error) {
    if (error instanceof ScimError) return sendScimError(res, error);
    log.error({ err: error }, 'SCIM request failed');
    sendScimError(res, new ScimError(500, 'The request failed inside the gateway.'));
  }
}

async function route(db: Database, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://gateway');
  const method = (req.method ?? 'GET').toUpperCase();
  const segments = url.pathname
    .slice(SCIM_BASE.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const secret = bearer(req);
  const orgId = secret ? await organisationOfCredential(db, secret) : null;
  if (!orgId) throw new ScimError(401, 'A valid SCIM bearer credential is required.');
  const baseUrl = baseUrlOf(req);
  const [collection, id, ...rest] = segments;
  if (rest.length) throw new ScimError(404, `No SCIM endpoint ${url.pathname}.`);

  if (method === 'GET' && collection === 'ServiceProviderConfig' && !id) {
    return sendScim(res, 200, serviceProviderConfig(baseUrl));
  }
  if (method === 'GET' && collection === 'ResourceTypes') {
    const all = resourceTypes(baseUrl);
    if (!id) return sendScim(res, 200, listOf(all));
    const one = all.find((type) => type.id === id);
    if (!one) throw notFound('ResourceType', id);
    return sendScim(res, 200, one);
  }
  if (method === 'GET' && collection === 'Schemas') {
    const all = schemas(baseUrl);
    if (!id) return sendScim(res, 200, listOf(all));
    const one = all.find((schema) => schema.id === id);
    if (!one) throw notFound('Schema', id);
    return sendScim(res, 200, one);
  }
  const inTenant = <T>(work: (tx: Queryable) => Promise<T>) => db.withTenant(orgId, work);

  if (collection === 'Users') {
    const one = async (tx: Queryable, userId: string) => {
      const row = await readUser(tx, orgId, userId);
      if (!row) throw notFound('User', userId);
      return userResource(row, baseUrl);
    };
    const answer = (status: number, resource: Record<string, unknown>) =>
      sendScim(res, status, project(resource, url), {
        etag: versionIn(resource),
        ...(status === 201
          ? { location: String((resource.meta as unknown as { location: string }).location) }
          : {}),
      });
    if (!id && method === 'GET') {
      const { startIndex, count } = pageOf(url);
      const { rows, total } = await inTenant((tx) =>
        listUsers(tx, orgId, url.searchParams.get('filter'), startIndex, count),
      );
      return sendScim(
        res,
        200,
        listResponse(
          rows.map((row) => project(userResource(row, baseUrl), url)),
          total,
          startIndex,
        ),
      );
    }
    if (!id && method === 'POST') {
      const body = await jsonBody(req);
      const resource = await inTenant(async (tx) => one(tx, await createUser(tx, orgId, body)));
      return answer(201, resource);
    }
    if (id && method === 'GET') {
      const resource = await inTenant((tx) => one(tx, id));
      const version = versionIn(resource);
      if (req.headers['if-none-match'] === version) return sendScim(res, 304, undefined, { etag: version });
      return answer(200, resource);
    }
    if (id && (method === 'PUT' || method === 'PATCH')) {
      const body = await jsonBody(req);
      const resource = await inTenant(async (tx) => {
        const row = await readUser(tx, orgId, id);
        if (!row) throw notFound('User', id);
        const current = userResource(row, baseUrl);
        checkIfMatch(req.headers['if-match'], versionIn(current));
        const next = method === 'PUT' ? body : applyPatch(current, standardOperations(body));
        const { meta: _meta, ...writable } = next;
        await replaceUser(tx, orgId, row, writable);
        return one(tx, id);
      });
      return answer(200, resource);
    }
    if (id && method === 'DELETE') {
      await inTenant(async (tx) => {
        const row = await readUser(tx, orgId, id);
        if (!row) throw notFound('User', id);
        checkIfMatch(req.headers['if-match'], versionIn(userResource(row, baseUrl)));
        await deleteUser(tx, orgId, id);
      });
      return sendScim(res, 204, undefined);
    }
  }

  if (collection === 'Groups') {
    const one = async (tx: Queryable, groupId: string) => {
      const row = await readGroup(tx, orgId, groupId);
      if (!row) throw notFound('Group', groupId);
      return groupResource(row, baseUrl);
    };
    const answer = (status: number, resource: Record<string, unknown>) =>
      sendScim(res, status, project(resource, url), {
        etag: versionIn(resource),
        ...(status === 201
          ? { location: String((resource.meta as unknown as { location: string }).location) }
          : {}),
      });
    if (!id && method === 'GET') {
      const { startIndex, count } = pageOf(url);
      const { rows, total } = await inTenant((tx) =>
        listGroups(tx, orgId, url.searchParams.get('filter'), startIndex, count),
      );
      return sendScim(
        res,
        200,
        listResponse(
          rows.map((row) => project(groupResource(row, baseUrl), url)),
          total,
          startIndex,
        ),
      );
    }
    if (!id && method === 'POST') {
      const body = await jsonBody(req);
      const resource = await inTenant(async (tx) => one(tx, await createGroup(tx, orgId, body)));
      return answer(201, resource);
    }
    if (id && method === 'GET') return answer(200, await inTenant((tx) => one(tx, id)));
    if (id && (method === 'PUT' || method === 'PATCH')) {
      const body = await jsonBody(req);
      const resource = await inTenant(async (tx) => {
        const current = await one(tx, id);
        checkIfMatch(req.headers['if-match'], versionIn(current));
        const next = method === 'PUT' ? body : applyPatch(current, standardOperations(body));
        const { meta: _meta, ...writable } = next;
        await replaceGroup(tx, orgId, current, writable);
        return one(tx, id);
      });
      // Entra and Okta accept 204 for a group PATCH; the resource is returned so ETags move on.
      return answer(200, resource);
    }
    if (id && method === 'DELETE') {
      await inTenant((tx) => deleteGroup(tx, orgId, id));
      return sendScim(res, 204, undefined);
    }
  }
  throw new ScimError(404, `No SCIM endpoint ${method} ${url.pathname}.`);
}
