/** GraphQL calls and people the module suites share on top of the fixture organisation. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Database } from '../db/types.js';
import type { GatewayFixture } from './fixtures.js';
import { postGraphQL } from './harness.js';

export interface UserErrorValue {
  field: string[] | null;
  code: string;
  message: string;
}

/**
 * Calls to a running test gateway as a token's holder: `call` gives the answer's body as it is,
 * `ok` the data of an answer that must carry no GraphQL error. `url` is read at each call, so a
 * suite can make these before its gateway is started.
 */
export function graphqlCalls(url: () => string) {
  const call = async <D = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ) => (await postGraphQL<D>(url(), { query, variables }, { token })).body;
  const ok = async <D = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const body = await call<D>(token, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  return { call, ok };
}

/** User errors as `[field path, code]` pairs, what a refusal is compared by. */
export const fieldCodes = (errors: UserErrorValue[]) =>
  errors.map((error) => [error.field?.join('.'), error.code]);

/** Adds a person to the fixture organisation, in Europe/Paris, in their role since 2024; their ID. */
export async function addPerson(
  db: Database,
  org: GatewayFixture,
  name: string,
  roles: string[],
  placed: { locale?: string; jobLevel: string; orgUnitId: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, in_role_since, roles)
     values ($1, $2, $3, $4, $5, 'Europe/Paris', $6, $7, '2024-01-01', $8)`,
    [
      id,
      org.orgId,
      name,
      `${name.split(' ')[0]!.toLowerCase()}@${org.slug}.example`,
      placed.locale ?? 'en',
      placed.jobLevel,
      placed.orgUnitId,
      roles,
    ],
  );
  return id;
}
