/**
 * One DataLoader set per request: listing 10 or 100 org units with their
 * manager, headcount and children sends the same number of SQL statements.
 */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../db/testing.js';
import { postGraphQL } from '../testing/harness.js';
import { gatewaySuite } from '../testing/suite.js';

const query = `query Units($first: Int!) {
  orgUnits(first: $first) {
    totalCount
    edges {
      node {
        name
        kind
        peopleCount
        manager { name jobLevel }
        parent { name }
        children(first: 5) { totalCount edges { node { name manager { name } } } }
      }
    }
  }
}`;

interface UnitsData {
  orgUnits: {
    totalCount: number;
    edges: Array<{ node: { name: string; peopleCount: number; manager: { name: string } | null } }>;
  };
}

describe.each(testEngines())('no N+1 on %s', (engine) => {
  const suite = gatewaySuite(engine, 'nplusone', {}, { teams: 110 });

  async function countStatements(first: number): Promise<{ statements: number; data: UnitsData }> {
    const seen: string[] = [];
    const stop = suite.db.onStatement((sql) => seen.push(sql));
    try {
      const res = await postGraphQL<UnitsData>(
        suite.gateway.url,
        { query, variables: { first } },
        { token: suite.admin },
      );
      expect(res.body.errors).toBeUndefined();
      return { statements: seen.length, data: res.body.data! };
    } finally {
      stop();
    }
  }

  it('sends as many statements for 100 org units as for 10', async () => {
    // The first request also reads the caller's keys and roles (cached afterwards).
    await countStatements(10);
    const ten = await countStatements(10);
    const hundred = await countStatements(100);

    expect(ten.data.orgUnits.edges).toHaveLength(10);
    expect(hundred.data.orgUnits.edges).toHaveLength(100);
    expect(hundred.data.orgUnits.totalCount).toBe(112);
    // The data is real: teams have a manager and a headcount.
    const team = hundred.data.orgUnits.edges.find((edge) => edge.node.name === 'Team 0001')!.node;
    expect(team.manager?.name).toBe('Manager 0001');
    expect(team.peopleCount).toBe(3);

    console.log(
      `SQL statements on ${engine}: ${ten.statements} for 10 org units, ${hundred.statements} for 100`,
    );
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });
});
