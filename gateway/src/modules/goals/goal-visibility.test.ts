/**
 * Who reads which goals, for every role: the owner sees all of theirs; the coach
 * sees goals shared with coaches or managers; managers (direct and skip-level)
 * see goals shared with managers; admins, another participant and people of
 * another team see nothing (admins see goals only as aggregates). Private goals reach nobody but the owner, through
 * every entry point (`goals`, `goal`, `node`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../db/testing.js';
import {
  gql,
  gqlErrors,
  newGoal,
  openGoalWorld,
  personId,
  type GoalValue,
  type GoalWorld,
} from './test-support.js';

type Role = keyof GoalWorld['tokens'];

const expected: Record<Role, Array<'PRIVATE' | 'COACH' | 'MANAGER'> | 'FORBIDDEN'> = {
  owner: ['PRIVATE', 'COACH', 'MANAGER'],
  coach: ['COACH', 'MANAGER'],
  manager: ['MANAGER'],
  director: ['MANAGER'],
  programAdmin: 'FORBIDDEN',
  orgAdmin: 'FORBIDDEN',
  peer: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
};

const listQuery = `query($owner: ID) {
  goals(first: 50, filter: { owner: $owner }) { totalCount edges { node { id visibility viewerCanEdit } } }
}`;

describe.each(testEngines())('goal visibility on %s', (engine) => {
  let world: GoalWorld;
  const goals: Partial<Record<'PRIVATE' | 'COACH' | 'MANAGER', GoalValue>> = {};

  beforeAll(async () => {
    world = await openGoalWorld(engine, 'goalvis');
    for (const visibility of ['PRIVATE', 'COACH', 'MANAGER'] as const) {
      goals[visibility] = await newGoal(world, { visibility, title: `A ${visibility.toLowerCase()} goal` });
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  it.each(Object.entries(expected) as Array<[Role, (typeof expected)[Role]]>)(
    '%s lists exactly the goals shared with them',
    async (role, allowed) => {
      const variables = { owner: personId(world.ownerId) };
      if (allowed === 'FORBIDDEN') {
        const errors = await gqlErrors(world, world.tokens[role], listQuery, variables);
        expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        return;
      }
      const data = await gql<{
        goals: {
          totalCount: number;
          edges: Array<{ node: { id: string; visibility: string; viewerCanEdit: boolean } }>;
        };
      }>(world, world.tokens[role], listQuery, variables);
      expect(data.goals.edges.map((e) => e.node.visibility).sort()).toEqual([...allowed].sort());
      expect(data.goals.totalCount).toBe(allowed.length);
      expect(data.goals.edges.every((e) => e.node.viewerCanEdit === (role === 'owner'))).toBe(true);
    },
  );

  it.each(Object.entries(expected) as Array<[Role, (typeof expected)[Role]]>)(
    '%s reads a single goal through goal(id) and node(id) only when it is shared with them',
    async (role, allowed) => {
      for (const visibility of ['PRIVATE', 'COACH', 'MANAGER'] as const) {
        const goal = goals[visibility]!;
        const milestoneFree = await gql<{ goal: { id: string } | null; node: { id: string } | null }>(
          world,
          world.tokens[role],
          `query($id: ID!) { goal(id: $id) { id } node(id: $id) { id ... on Goal { title } } }`,
          { id: goal.id },
        );
        const visible = allowed !== 'FORBIDDEN' && allowed.includes(visibility);
        expect(milestoneFree.goal, `${role} → ${visibility}`).toEqual(visible ? { id: goal.id } : null);
        expect(milestoneFree.node === null, `${role} → ${visibility} via node`).toBe(!visible);
      }
    },
  );

  it('hides a private goal’s milestones and check-ins from node(id) too', async () => {
    const goal = await newGoal(world, { visibility: 'PRIVATE', milestones: ['Secret step'] });
    await gql(
      world,
      world.tokens.owner,
      `mutation($input: AddGoalCheckInInput!) { addGoalCheckIn(input: $input) { userErrors { code } } }`,
      { input: { goalId: goal.id, progress: 20, note: 'private note' } },
    );
    const owned = await gql<{ goal: { latestCheckIn: { id: string } } }>(
      world,
      world.tokens.owner,
      `query($id: ID!) { goal(id: $id) { latestCheckIn { id } } }`,
      { id: goal.id },
    );
    const ids = [goal.milestones[0]!.id, owned.goal.latestCheckIn.id];
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    expect((await gql<{ nodes: unknown[] }>(world, world.tokens.owner, query, { ids })).nodes).toEqual(
      ids.map((id) => ({ id })),
    );
    for (const role of ['coach', 'manager', 'orgAdmin', 'programAdmin', 'peer'] as const) {
      expect((await gql<{ nodes: unknown[] }>(world, world.tokens[role], query, { ids })).nodes).toEqual([
        null,
        null,
      ]);
    }
  });

  it('lists the viewer’s own goals when no owner is given, and nobody else’s', async () => {
    const mine = await gql<{ goals: { totalCount: number } }>(world, world.tokens.coach, listQuery, {});
    expect(mine.goals.totalCount).toBe(0);
  });

  it('refuses an owner ID that is not a person', async () => {
    const errors = await gqlErrors(world, world.tokens.owner, listQuery, { owner: goals.COACH!.id });
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
