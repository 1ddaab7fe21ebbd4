/**
 * `/scim/v2`: the SCIM 2.0 service provider (RFC 7644). The bearer credential names the organisation;
 * each request runs in one tenant transaction of it, so another organisation's ids are simply not
 * found.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ScimResource } from 'scim-patch';
import type { Database, Queryable } from '../../db/types.js';
import { BodyTooLarge, readBody } from '../respond.js';
import { organisationOfCredential } from './credentials.js';
import { listOf, resourceTypes, schemas, serviceProviderConfig } from './discovery.js';
import {
  createGroup,
  deleteGroup,
  groupResource,
  listGroups,
  readGroup,
  replaceGroup,
  type GroupRow,
} from './groups.js';
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
import {
  createUser,
  deleteUser,
  listUsers,
  readUser,
  replaceUser,
  userResource,
  type UserRow,
} from './users.js';

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
    const handled = await serveCollection<UserRow>(
      {
        name: 'User',
        read: (tx, userId) => readUser(tx, orgId, userId),
        resource: (row) => userResource(row, baseUrl),
        list: (tx, filter, startIndex, count) => listUsers(tx, orgId, filter, startIndex, count),
        create: (tx, body) => createUser(tx, orgId, body),
        replace: (tx, row, _current, writable) => replaceUser(tx, orgId, row, writable),
        remove: (tx, userId) => deleteUser(tx, orgId, userId),
      },
      { inTenant, req, res, url, method, id },
    );
    if (handled) return;
  }
  if (collection === 'Groups') {
    const handled = await serveCollection<GroupRow>(
      {
        name: 'Group',
        read: (tx, groupId) => readGroup(tx, orgId, groupId),
        resource: (row) => groupResource(row, baseUrl),
        list: (tx, filter, startIndex, count) => listGroups(tx, orgId, filter, startIndex, count),
        create: (tx, body) => createGroup(tx, orgId, body),
        replace: (tx, _row, current, writable) => replaceGroup(tx, orgId, current, writable),
        remove: (tx, groupId) => deleteGroup(tx, orgId, groupId),
      },
      { inTenant, req, res, url, method, id },
    );
    if (handled) return;
  }
  throw new ScimError(404, `No SCIM endpoint ${method} ${url.pathname}.`);
}

/** A User or Group as the protocol sends it (what scim-patch applies operations to). */
type Resource = ScimResource & Record<string, unknown>;

/** One SCIM resource type over its rows: what the protocol does the same for Users and Groups. */
interface ScimCollection<Row> {
  name: 'User' | 'Group';
  read(tx: Queryable, id: string): Promise<Row | null>;
  resource(row: Row): Resource;
  list(
    tx: Queryable,
    filter: string | null,
    startIndex: number,
    count: number,
  ): Promise<{ rows: Row[]; total: number }>;
  /** Creates the resource from a request body; answers its id. */
  create(tx: Queryable, body: Record<string, unknown>): Promise<string>;
  /** Writes the whole resource over the stored one (PUT, and PATCH once applied). */
  replace(tx: Queryable, row: Row, current: Resource, writable: Record<string, unknown>): Promise<void>;
  remove(tx: Queryable, id: string): Promise<void>;
}

interface CollectionRequest {
  inTenant: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  id: string | undefined;
}

/**
 * List and create on the collection; read (with If-None-Match), replace, patch and delete (with
 * If-Match) on one resource; answers false when the method has no meaning here.
 */
async function serveCollection<Row>(
  collection: ScimCollection<Row>,
  { inTenant, req, res, url, method, id }: CollectionRequest,
): Promise<boolean> {
  const stored = async (tx: Queryable, resourceId: string): Promise<Row> => {
    const row = await collection.read(tx, resourceId);
    if (!row) throw notFound(collection.name, resourceId);
    return row;
  };
  const one = async (tx: Queryable, resourceId: string) => collection.resource(await stored(tx, resourceId));
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
      collection.list(tx, url.searchParams.get('filter'), startIndex, count),
    );
    const resources = rows.map((row) => project(collection.resource(row), url));
    sendScim(res, 200, listResponse(resources, total, startIndex));
    return true;
  }
  if (!id && method === 'POST') {
    const body = await jsonBody(req);
    answer(201, await inTenant(async (tx) => one(tx, await collection.create(tx, body))));
    return true;
  }
  if (!id) return false;
  if (method === 'GET') {
    const resource = await inTenant((tx) => one(tx, id));
    const version = versionIn(resource);
    if (req.headers['if-none-match'] === version) sendScim(res, 304, undefined, { etag: version });
    else answer(200, resource);
    return true;
  }
  if (method === 'PUT' || method === 'PATCH') {
    const body = await jsonBody(req);
    const resource = await inTenant(async (tx) => {
      const row = await stored(tx, id);
      const current = collection.resource(row);
      checkIfMatch(req.headers['if-match'], versionIn(current));
      const next = method === 'PUT' ? body : applyPatch(current, standardOperations(body));
      const { meta: _meta, ...writable } = next;
      await collection.replace(tx, row, current, writable);
      return one(tx, id);
    });
    // Entra and Okta accept 204 for a PATCH; the resource is returned so ETags move on.
    answer(200, resource);
    return true;
  }
  if (method === 'DELETE') {
    await inTenant(async (tx) => {
      checkIfMatch(req.headers['if-match'], versionIn(collection.resource(await stored(tx, id))));
      await collection.remove(tx, id);
    });
    sendScim(res, 204, undefined);
    return true;
  }
  return false;
}
