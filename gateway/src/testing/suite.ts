/**
 * The set-up most gateway suites share: a test database with one fixture organisation, a
 * gateway over it and the org admin's token, opened before the suite's tests and closed after
 * them. Suites that need more (people, programs, a mail queue) add their own `beforeAll` after
 * calling `gatewaySuite`, which runs after this one.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS } from '../db/testing.js';
import type { Database, Engine } from '../db/types.js';
import type { GatewayOptions } from '../server.js';
import { createGatewayFixture, type GatewayFixture } from './fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from './harness.js';

export interface GatewaySuite {
  db: Database;
  org: GatewayFixture;
  gateway: RunningGateway;
  /** The token of `org.adminId`, the org admin. */
  admin: string;
  /** Sends `query` (as the org admin unless `token` is given), expects no errors and returns `data`. */
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
}

/**
 * Registers the hooks that open and close the suite's database, organisation and gateway;
 * the returned object's fields are set once the first `beforeAll` has run.
 */
export function gatewaySuite(
  engine: Engine,
  slug: string,
  options: Partial<GatewayOptions> = {},
  fixture: { teams?: number } = {},
): GatewaySuite {
  const suite = {
    async gql<T>(query: string, variables: Record<string, unknown> = {}, token = suite.admin): Promise<T> {
      const answer = await postGraphQL<T>(suite.gateway.url, { query, variables }, { token });
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data!;
    },
  } as GatewaySuite;

  beforeAll(async () => {
    suite.db = await openTestDatabase(engine);
    suite.org = await createGatewayFixture(suite.db, slug, fixture);
    suite.gateway = await startGateway(suite.db, options);
    suite.admin = await tokenFor(suite.db, suite.org.adminId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await suite.gateway?.close();
    await suite.db?.close();
  });

  return suite;
}
