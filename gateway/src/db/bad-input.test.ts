import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StorageError, type StorageErrorCode } from './errors.js';
import { openTwoTenants, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';
import {
  countRows,
  insertGoal as insertFixtureGoal,
  insertSessionOf,
  type TenantFixture,
} from './test-fixtures.js';
import type { Database, Queryable } from './types.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

interface BadInputCase {
  name: string;
  table: string;
  write: (tx: Queryable, a: TenantFixture, b: TenantFixture) => Promise<unknown>;
  expected: { code: StorageErrorCode; constraint?: string; message: string | RegExp; field?: string };
}

const insertGoal = (
  tx: Queryable,
  values: { orgId: string; ownerId: string; capability?: string; title?: string; progress?: number },
) =>
  tx.query(
    `INSERT INTO goals (id, org_id, owner_id, capability_code, title, progress)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      randomUUID(),
      values.orgId,
      values.ownerId,
      values.capability ?? 'FEEDBACK',
      values.title ?? 'Give weekly feedback',
      values.progress ?? 0,
    ],
  );

/** 09:00 to 10:00 on 4 May: a session that breaks no rule by its times. */
const WELL_TIMED = { startsAt: '2026-05-04T09:00:00Z', endsAt: '2026-05-04T10:00:00Z' };

const cases: BadInputCase[] = [
  {
    name: 'a session ending before it starts',
    table: 'sessions',
    write: (tx, a) =>
      insertSessionOf(tx, a, { startsAt: '2026-05-04T10:00:00Z', endsAt: '2026-05-04T09:00:00Z' }),
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'sessions_ends_after_starts',
      message: 'session must end after it starts',
      field: 'endsAt',
    },
  },
  {
    name: 'a goal progress of 140',
    table: 'goals',
    write: (tx, a) => insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, progress: 140 }),
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'goals_progress_range',
      message: 'goal progress must be between 0 and 100',
      field: 'progress',
    },
  },
  {
    name: 'a check-in progress of -1',
    table: 'goal_check_ins',
    write: async (tx, a) => {
      const goalId = await insertFixtureGoal(tx, a.orgId, a.participantId);
      return tx.query(
        `INSERT INTO goal_check_ins (org_id, goal_id, author_id, progress) VALUES ($1, $2, $3, -1)`,
        [a.orgId, goalId, a.participantId],
      );
    },
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'goal_check_ins_progress_range',
      message: 'check-in progress must be between 0 and 100',
    },
  },
  {
    name: 'an unknown capability',
    table: 'goals',
    write: (tx, a) => insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, capability: 'TELEPATHY' }),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'goals_capability_fkey',
      message: 'unknown capability for this organisation',
      field: 'capability',
    },
  },
  {
    name: "a capability that exists only in another organisation's catalogue",
    table: 'goals',
    write: (tx, a) => insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, capability: 'NEGOTIATION' }),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'goals_capability_fkey',
      message: 'unknown capability for this organisation',
    },
  },
  {
    name: "a goal owned by another organisation's person",
    table: 'goals',
    write: (tx, a, b) => insertGoal(tx, { orgId: a.orgId, ownerId: b.participantId }),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'goals_owner_fkey',
      message: 'the goal owner does not exist in this organisation',
      field: 'ownerId',
    },
  },
  {
    name: "a session with another organisation's coach",
    table: 'sessions',
    write: (tx, a, b) => insertSessionOf(tx, a, { ...WELL_TIMED, coachId: b.coachId }),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'sessions_coach_fkey',
      message: 'the referenced coach does not exist in this organisation',
      field: 'coach',
    },
  },
  {
    name: "a session whose participant is not the enrolment's person",
    table: 'sessions',
    write: (tx, a) => insertSessionOf(tx, a, { ...WELL_TIMED, participantId: a.secondParticipantId }),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'sessions_enrolment_fkey',
      message: /belongs to another participant/,
    },
  },
  {
    name: "an enrolment in another organisation's program",
    table: 'enrolments',
    write: (tx, a, b) =>
      tx.query(`INSERT INTO enrolments (org_id, program_id, person_id) VALUES ($1, $2, $3)`, [
        a.orgId,
        b.programId,
        a.managerId,
      ]),
    expected: {
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'enrolments_program_fkey',
      message: 'the referenced program does not exist in this organisation',
    },
  },
  {
    name: 'a goal title of 301 characters',
    table: 'goals',
    write: (tx, a) => insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, title: 'x'.repeat(301) }),
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'goals_title_length',
      message: 'goal title must be 1 to 300 characters',
    },
  },
  {
    name: 'an assessment score of 6',
    table: 'assessments',
    write: (tx, a) =>
      tx.query(
        `INSERT INTO assessments (org_id, subject_id, program_id, capability_code, phase, rater_type,
                                  rater_id, score)
         VALUES ($1, $2, $3, 'DELEGATION', 'PRE', 'SELF', $2, 6)`,
        [a.orgId, a.participantId, a.programId],
      ),
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'assessments_score_range',
      message: 'assessment score must be between 1 and 5',
    },
  },
  {
    name: 'a person in an unknown time zone',
    table: 'people',
    write: (tx, a) =>
      tx.query(
        `INSERT INTO people (org_id, name, email, time_zone, job_level, org_unit_id, in_role_since)
         VALUES ($1, 'Zed', 'zed@alpha.example', 'Mars/Olympus_Mons', 'IC', $2, '2026-01-01')`,
        [a.orgId, a.teamId],
      ),
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'people_time_zone_valid',
      message: 'time zone is not a valid value',
      field: 'timeZone',
    },
  },
  {
    name: 'a team placed directly under a region',
    table: 'org_units',
    write: async (tx, a) => {
      const [region] = await tx.query<{ id: string }>(
        `SELECT id FROM org_units WHERE kind = 'REGION' AND org_id = $1`,
        [a.orgId],
      );
      return tx.query(
        `INSERT INTO org_units (org_id, parent_id, kind, name) VALUES ($1, $2, 'TEAM', 'Misplaced')`,
        [a.orgId, region?.id],
      );
    },
    expected: {
      code: 'CHECK_VIOLATION',
      constraint: 'org_units_kind_hierarchy',
      message: 'an org unit of kind TEAM cannot be placed under a REGION',
    },
  },
  {
    name: 'an id that is not a UUID',
    table: 'goals',
    write: (tx, a) =>
      tx.query(
        `INSERT INTO goals (org_id, owner_id, capability_code, title) VALUES ($1, $2, 'FEEDBACK', 'x')`,
        [a.orgId, 'not-a-uuid'],
      ),
    expected: { code: 'INVALID_INPUT', message: /invalid input syntax for type uuid/ },
  },
  {
    name: 'a goal without a title',
    table: 'goals',
    write: (tx, a) =>
      tx.query(
        `INSERT INTO goals (org_id, owner_id, capability_code, title) VALUES ($1, $2, 'FEEDBACK', NULL)`,
        [a.orgId, a.participantId],
      ),
    expected: { code: 'NOT_NULL_VIOLATION', message: 'title is required', field: 'title' },
  },
];

describe.each(testEngines())('bad input on %s', (engine) => {
  let db: Database;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    ({ db, a, b } = await openTwoTenants(engine));
    await db.query(
      `INSERT INTO capabilities (org_id, code, names) VALUES ($1, 'NEGOTIATION', '{"en": "Negotiation"}')`,
      [b.orgId],
    );
  });
  afterAll(() => db?.close());

  it.each(cases)('$name fails with a typed error and writes nothing', async (testCase) => {
    const before = await countRows(db, testCase.table);
    const attempt = db.withTenant(a.orgId, (tx) => testCase.write(tx, a, b));
    const error: unknown = await attempt.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StorageError);
    const { message, ...rest } = testCase.expected;
    expect(error).toMatchObject(rest);
    if (typeof message === 'string') expect((error as StorageError).message).toBe(message);
    else expect((error as StorageError).message).toMatch(message);
    expect(await countRows(db, testCase.table)).toBe(before);
  });

  it('rolls back the valid rows of a transaction that then fails', async () => {
    const before = await countRows(db, 'goals');
    await expect(
      db.withTenant(a.orgId, async (tx) => {
        await insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, title: 'valid' });
        await insertGoal(tx, { orgId: a.orgId, ownerId: a.participantId, progress: 140 });
      }),
    ).rejects.toMatchObject({ code: 'CHECK_VIOLATION' });
    expect(await countRows(db, 'goals')).toBe(before);
  });

  it('reports the same typed errors outside tenant transactions', async () => {
    await expect(
      insertGoal(db, { orgId: a.orgId, ownerId: a.participantId, progress: 140 }),
    ).rejects.toMatchObject({ code: 'CHECK_VIOLATION', constraint: 'goals_progress_range' });
  });
});
