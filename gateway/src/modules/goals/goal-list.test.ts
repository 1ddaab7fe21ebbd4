/**
 * The goals connection: order by target date (undated last), filters, cursor
 * pages, and a constant statement count for a page of goals with milestones
 * and latest check-in, whatever the page size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../db/testing.js';
import { daysFromToday, gql, newGoal, openGoalWorld, type GoalWorld } from './test-support.js';

interface ListData {
  goals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        title: string;
        targetDate: string | null;
        status: string;
        capability: { code: string; name: string };
        milestones: Array<{ title: string }>;
        latestCheckIn: { progress: number; note: string | null } | null;
      };
    }>;
  };
}

const listQuery = `query List($first: Int!, $after: String, $filter: GoalFilter) {
  goals(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      title targetDate status progress capability { code name }
      owner { name }
      milestones { title done }
      latestCheckIn { progress note author { name } }
    } }
  }
}`;

const checkIn = `mutation($input: AddGoalCheckInInput!) { addGoalCheckIn(input: $input) { userErrors { code } } }`;

describe.each(testEngines())('goals connection on %s', (engine) => {
  let world: GoalWorld;
  const list = (variables: Record<string, unknown>) =>
    gql<ListData>(world, world.tokens.owner, listQuery, variables).then((data) => data.goals);

  beforeAll(async () => {
    world = await openGoalWorld(engine, 'goallist');
    // 40 goals across capabilities and dates, each with milestones and two check-ins.
    const capabilities = ['DELEGATION', 'FEEDBACK', 'WELLBEING', 'PRIORITISATION'];
    for (let i = 0; i < 40; i++) {
      const goal = await newGoal(world, {
        title: `Goal ${String(i).padStart(2, '0')}`,
        capability: capabilities[i % capabilities.length],
        targetDate: i % 10 === 9 ? null : daysFromToday(100 - i),
        milestones: [`Step ${i}.1`, `Step ${i}.2`],
      });
      for (const progress of [10 + i, i % 5 === 0 ? 100 : 20 + i]) {
        await gql(world, world.tokens.owner, checkIn, {
          input: { goalId: goal.id, progress, note: `at ${progress}` },
        });
      }
    }
  }, 300_000);
  afterAll(async () => {
    await world?.close();
  });

  it('orders by target date with undated goals last, and pages with cursors', async () => {
    const seen: Array<string | null> = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: ListData['goals'] = await list({ first: 15, after });
      seen.push(...page.edges.map((edge) => edge.node.targetDate));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(40);
    const dated = seen.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort());
    expect(seen.slice(dated.length)).toEqual([null, null, null, null]);
  });

  it('filters by capability and status', async () => {
    const wellbeing = await list({ first: 100, filter: { capability: 'WELLBEING' } });
    expect(wellbeing.totalCount).toBe(10);
    expect(new Set(wellbeing.edges.map((edge) => edge.node.capability.code))).toEqual(new Set(['WELLBEING']));

    const completed = await list({ first: 100, filter: { status: ['COMPLETED'] } });
    expect(completed.totalCount).toBe(8);
    expect(completed.edges.every((edge) => edge.node.status === 'COMPLETED')).toBe(true);

    const both = await list({ first: 100, filter: { status: ['COMPLETED'], capability: 'DELEGATION' } });
    // i % 5 === 0 and i % 4 === 0: 0, 20
    expect(both.edges.map((edge) => edge.node.title).sort()).toEqual(['Goal 00', 'Goal 20']);
  });

  it('sends as many statements for 40 goals with milestones and latest check-ins as for 5', async () => {
    const count = async (first: number) => {
      // The caller's identity is cached for a few seconds (tokens.directoryTtlMs): on a slow machine
      // it can expire between two counts and add its lookup to one of them. Ask once before counting.
      await list({ first: 1 });
      const seen: string[] = [];
      const stop = world.db.onStatement((sql) => seen.push(sql));
      try {
        const page = await list({ first });
        return { page, statements: seen.length };
      } finally {
        stop();
      }
    };
    const five = await count(5);
    const forty = await count(40);
    expect(five.page.edges).toHaveLength(5);
    expect(forty.page.edges).toHaveLength(40);
    // The data is real: every goal has its milestones and its newest check-in.
    for (const { node } of forty.page.edges) {
      const i = Number(node.title.slice(5));
      expect(node.milestones.map((m) => m.title)).toEqual([`Step ${i}.1`, `Step ${i}.2`]);
      expect(node.latestCheckIn?.progress).toBe(i % 5 === 0 ? 100 : 20 + i);
    }
    expect(five.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(five.statements);
  });
});
