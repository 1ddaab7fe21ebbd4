/**
 * Dev/demo-only routes: mint tokens for seeded people and list them for the
 * demo's person picker. Never mounted outside dev mode.
 *
 * POST /dev/token  {"email": "…"} | {"personId": "…"} | {}, optionally with "org" (a slug, with
 * email), "ttlSeconds", and "locale": a tag for the token's locale claim, or null for a token
 * without one (as a host's backend may mint it); absent, the person's own locale.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mintToken, TokenError, type PersonSelector } from '../auth/tokens.js';
import type { Database } from '../db/types.js';
import type { Role } from '../generated/resolvers.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { roles as allRoles } from '../auth/tokens.js';
import { sendJson } from './respond.js';

function selectorFrom(body: unknown): PersonSelector | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'The body must be a JSON object.';
  const { email, personId, org } = body as Record<string, unknown>;
  if (typeof personId === 'string') {
    const decoded = fromGlobalId(personId);
    if (!decoded || decoded.type !== 'Person') return '`personId` must be a Person ID.';
    return { personId: decoded.uuid };
  }
  if (typeof email === 'string') return { email, ...(typeof org === 'string' ? { orgSlug: org } : {}) };
  return { defaultManager: true };
}

export async function devToken(db: Database, body: string, res: ServerResponse): Promise<void> {
  let parsed: unknown = {};
  if (body.trim() !== '') {
    try {
      parsed = JSON.parse(body);
    } catch {
      sendJson(res, 400, { error: 'The body must be JSON: {"email": "…"}, {"personId": "…"} or {}.' });
      return;
    }
  }
  const selector = selectorFrom(parsed);
  if (typeof selector === 'string') {
    sendJson(res, 400, { error: selector });
    return;
  }
  const { ttlSeconds: ttl, locale } = parsed as { ttlSeconds?: unknown; locale?: unknown };
  if (locale !== undefined && locale !== null && typeof locale !== 'string') {
    sendJson(res, 400, { error: '`locale` must be a BCP 47 tag, or null for a token without one.' });
    return;
  }
  try {
    const minted = await mintToken(db, selector, {
      ...(typeof ttl === 'number' ? { ttlSeconds: ttl } : {}),
      ...(locale === undefined ? {} : { locale }),
    });
    sendJson(res, 200, {
      token: minted.token,
      expiresAt: minted.expiresAt.toISOString(),
      person: {
        id: toGlobalId('Person', minted.person.id),
        name: minted.person.name,
        email: minted.person.email,
        roles: minted.person.roles,
        locale: minted.person.locale,
      },
      organisation: {
        id: toGlobalId('Organisation', minted.organisation.id),
        slug: minted.organisation.slug,
        name: minted.organisation.name,
      },
    });
  } catch (error) {
    if (error instanceof TokenError) {
      sendJson(res, 404, { error: error.message });
      return;
    }
    throw error;
  }
}

interface DevPersonRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  job_level: string;
  locale: string;
  org_unit: string;
  org_id: string;
  org_slug: string;
  org_name: string;
}

export async function devPeople(db: Database, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://gateway');
  const org = url.searchParams.get('org');
  const role = url.searchParams.get('role');
  if (role !== null && !(allRoles as readonly string[]).includes(role)) {
    sendJson(res, 400, { error: `role must be one of ${allRoles.join(', ')}` });
    return;
  }
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 100) || 100, 500);
  const rows = await db.query<DevPersonRow>(
    `select p.id, p.name, p.email, p.roles, p.job_level, p.locale, u.name as org_unit,
            o.id as org_id, o.slug as org_slug, o.name as org_name
     from people p
     join organisations o on o.id = p.org_id
     join org_units u on u.org_id = p.org_id and u.id = p.org_unit_id
     where ($1::text is null or o.slug = $1::text) and ($2::text is null or $2::text = any(p.roles))
     order by o.slug, array_position(array['EXECUTIVE','DIRECTOR','SENIOR_MANAGER','MANAGER','IC']::text[], p.job_level), p.name
     limit $3`,
    [org, role, limit],
  );
  sendJson(res, 200, {
    people: rows.map((row) => ({
      id: toGlobalId('Person', row.id),
      name: row.name,
      email: row.email,
      roles: row.roles,
      jobLevel: row.job_level,
      locale: row.locale,
      orgUnit: row.org_unit,
      organisation: { id: toGlobalId('Organisation', row.org_id), slug: row.org_slug, name: row.org_name },
    })),
  });
}
