/**
 * Finding an org unit by name in an organisation with more units than one page holds (the program
 * console's unit pickers search instead of listing the first hundred).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { graphqlCalls } from '../../testing/calls.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';

const units = `query Units($search: String, $first: Int, $rootsOnly: Boolean) {
  orgUnits(search: $search, first: $first, rootsOnly: $rootsOnly) { totalCount edges { node { name } } }
}`;
interface Units {
  orgUnits: { totalCount: number; edges: Array<{ node: { name: string } }> };
}

describe.each(testEngines())('org unit search on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let token: string;
  const { ok } = graphqlCalls(() => running.url);
  const names = (data: Units) => data.orgUnits.edges.map((e) => e.node.name);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    // 150 teams ("Team 0001" … "Team 0150") under a region and a function.
    org = await createGatewayFixture(db, `unit-search-${engine}`, { teams: 150 });
    await db.query(
      `insert into org_units (org_id, parent_id, kind, name) values ($1, $2, 'TEAM', '100% Sales_Ops')`,
      [org.orgId, org.functionId],
    );
    running = await startGateway(db);
    token = await tokenFor(db, org.adminId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('finds a unit past the first hundred by part of its name, in any case', async () => {
    const all = await ok<Units>(token, units, { first: 100 });
    expect(all.orgUnits.totalCount).toBe(153);
    expect(names(all)).not.toContain('Team 0140');
    const found = await ok<Units>(token, units, { search: 'team 014', first: 100 });
    expect(names(found)).toEqual([
      'Team 0140',
      'Team 0141',
      'Team 0142',
      'Team 0143',
      'Team 0144',
      'Team 0145',
      'Team 0146',
      'Team 0147',
      'Team 0148',
      'Team 0149',
    ]);
    expect(found.orgUnits.totalCount).toBe(10);
  });

  it('takes the wildcards in the text literally and combines with rootsOnly', async () => {
    expect(names(await ok<Units>(token, units, { search: '0%', first: 10 }))).toEqual(['100% Sales_Ops']);
    expect(names(await ok<Units>(token, units, { search: 's_o' }))).toEqual(['100% Sales_Ops']);
    expect(names(await ok<Units>(token, units, { search: 'team', rootsOnly: true }))).toEqual([]);
    expect(names(await ok<Units>(token, units, { search: 'REG', rootsOnly: true }))).toEqual(['Region']);
    expect(names(await ok<Units>(token, units, { search: '  ', first: 2 })).length).toBe(2);
  });
});
