/** What the goal tests share: a gateway over a fixture organisation, tokens per role, and GraphQL calls. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { openTestDatabase } from '../../db/testing.js';
import type { Database, Engine } from '../../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { toGlobalId } from '../../ids.js';

export interface GoalWorld {
  db: Database;
  org: GatewayFixture;
  running: RunningGateway;
  /** reportIds[0]: enrolled, coached by the fixture's coach, managed by managerId under directorId. */
  ownerId: string;
  programAdminId: string;
  tokens: Record<
    'owner' | 'coach' | 'manager' | 'director' | 'programAdmin' | 'orgAdmin' | 'peer' | 'outsider',
    string
  >;
  close(): Promise<void>;
}

export async function openGoalWorld(engine: Engine, slug: string): Promise<GoalWorld> {
  const db = await openTestDatabase(engine);
  const org = await createGatewayFixture(db, slug);
  const programAdminId = randomUUID();
  await db.query(
    `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
       in_role_since, roles)
     values ($1, $2, 'Pat Programs', $3, 'en', 'Europe/Paris', 'SENIOR_MANAGER', $4, null, '2024-01-01',
       array['PROGRAM_ADMIN'])`,
    [programAdminId, org.orgId, `programs@${slug}.example`, org.regionId],
  );
  const running = await startGateway(db);
  const ownerId = org.reportIds[0]!;
  const tokens = {
    owner: await tokenFor(db, ownerId),
    coach: await tokenFor(db, org.coachPersonId),
    manager: await tokenFor(db, org.managerId),
    director: await tokenFor(db, org.directorId),
    programAdmin: await tokenFor(db, programAdminId),
    orgAdmin: await tokenFor(db, org.adminId),
    peer: await tokenFor(db, org.reportIds[1]!),
    outsider: await tokenFor(db, org.outsiderId),
  };
  return {
    db,
    org,
    running,
    ownerId,
    programAdminId,
    tokens,
    async close() {
      await running.close();
      await db.close();
    },
  };
}

import type { UserErrorValue } from '../../testing/calls.js';

export type { UserErrorValue };

/** Runs an operation and fails the test on any GraphQL error. */
export async function gql<D>(world: GoalWorld, token: string, query: string, variables = {}): Promise<D> {
  const res = await postGraphQL<D>(world.running.url, { query, variables }, { token });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

export async function gqlErrors(world: GoalWorld, token: string, query: string, variables = {}) {
  const res = await postGraphQL(world.running.url, { query, variables }, { token });
  return res.body.errors ?? [];
}

/** A date `days` from today (UTC); |days| ≥ 2 stays on the same side of "today" in any viewer time zone. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const goalFields = `id title description targetDate status progress visibility archivedAt completedAt
  viewerCanEdit capability { code name } owner { id name }
  milestones { id title position done doneAt }
  latestCheckIn { id progress note mood confidence author { name } }`;

export interface GoalValue {
  id: string;
  title: string;
  description: string | null;
  targetDate: string | null;
  status: string;
  progress: number;
  visibility: string;
  archivedAt: string | null;
  completedAt: string | null;
  viewerCanEdit: boolean;
  capability: { code: string; name: string };
  owner: { id: string; name: string };
  milestones: Array<{ id: string; title: string; position: number; done: boolean; doneAt: string | null }>;
  latestCheckIn: {
    id: string;
    progress: number;
    note: string | null;
    mood: number | null;
    confidence: number | null;
    author: { name: string };
  } | null;
}

export interface GoalPayloadValue {
  goal: GoalValue | null;
  userErrors: UserErrorValue[];
}

const createGoalDocument = `mutation Create($input: CreateGoalInput!) {
  createGoal(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;

export async function createGoal(
  world: GoalWorld,
  token: string,
  input: Record<string, unknown>,
): Promise<GoalPayloadValue> {
  const data = await gql<{ createGoal: GoalPayloadValue }>(world, token, createGoalDocument, { input });
  return data.createGoal;
}

/** Creates a goal that must succeed and returns it. */
export async function newGoal(world: GoalWorld, input: Record<string, unknown> = {}): Promise<GoalValue> {
  const payload = await createGoal(world, world.tokens.owner, {
    capability: 'DELEGATION',
    title: 'Delegate the weekly forecast to my two leads',
    targetDate: daysFromToday(60),
    ...input,
  });
  expect(payload.userErrors).toEqual([]);
  return payload.goal!;
}

/** Every row the goal tables hold for the organisation, to prove a refused mutation wrote nothing. */
export async function goalTableSnapshot(world: GoalWorld): Promise<string> {
  const [row] = await world.db.query<{ snapshot: string }>(
    `select json_build_array(
       (select coalesce(json_agg(g order by g.id), '[]') from goals g where g.org_id = $1),
       (select coalesce(json_agg(m order by m.id), '[]') from goal_milestones m where m.org_id = $1),
       (select coalesce(json_agg(c order by c.id), '[]') from goal_check_ins c where c.org_id = $1)
     )::text as snapshot`,
    [world.org.orgId],
  );
  return row!.snapshot;
}

export const personId = (uuid: string): string => toGlobalId('Person', uuid);
