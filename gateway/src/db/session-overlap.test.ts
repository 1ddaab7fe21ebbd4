import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, raceOn, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';
import {
  countRows,
  createTenantFixture,
  insertSessionOf,
  type FixtureSession,
  type TenantFixture,
} from './test-fixtures.js';
import type { Database } from './types.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

describe.each(testEngines())('no double booking on %s', (engine) => {
  let db: Database;
  let org: TenantFixture;
  let secondCoachId: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createTenantFixture(db, 'overlap');
    const [coachPerson] = await db.query<{ id: string }>(
      `INSERT INTO people (org_id, name, email, job_level, org_unit_id, in_role_since, roles)
       VALUES ($1, 'Second Coach', 'coach2@overlap.example', 'IC', $2, '2025-01-01', ARRAY['COACH'])
       RETURNING id`,
      [org.orgId, org.teamId],
    );
    const [coach] = await db.query<{ id: string }>(
      `INSERT INTO coaches (org_id, person_id, languages, time_zone, credential, capacity)
       VALUES ($1, $2, ARRAY['en'], 'America/New_York', 'ICF_ACC', 5) RETURNING id`,
      [org.orgId, coachPerson?.id],
    );
    secondCoachId = coach!.id;
  });
  beforeEach(() => db.query('DELETE FROM sessions'));
  afterAll(() => db?.close());

  const book = (session: FixtureSession) =>
    db.withTenant(org.orgId, (tx) => insertSessionOf(tx, org, session));

  it("refuses a second session overlapping the coach's booked session", async () => {
    await book({ startsAt: '2026-04-06T09:00:00Z', endsAt: '2026-04-06T10:00:00Z' });
    const clash = book({
      participantId: org.secondParticipantId,
      enrolmentId: org.secondEnrolmentId,
      startsAt: '2026-04-06T09:30:00Z',
      endsAt: '2026-04-06T10:30:00Z',
    });
    await expect(clash).rejects.toMatchObject({
      code: 'CONFLICT',
      constraint: 'sessions_coach_no_overlap',
      message: 'the coach already has a session that overlaps this time',
    });
    expect(await countRows(db, 'sessions')).toBe(1);
  });

  it("refuses a session overlapping the participant's session with another coach", async () => {
    await book({ startsAt: '2026-04-06T09:00:00Z', endsAt: '2026-04-06T10:00:00Z' });
    const clash = book({
      coachId: secondCoachId,
      startsAt: '2026-04-06T08:30:00Z',
      endsAt: '2026-04-06T09:01:00Z',
    });
    await expect(clash).rejects.toMatchObject({
      code: 'CONFLICT',
      constraint: 'sessions_participant_no_overlap',
      message: 'the participant already has a session that overlaps this time',
    });
    expect(await countRows(db, 'sessions')).toBe(1);
  });

  it('treats a completed or no-show session as occupying its slot', async () => {
    await book({
      startsAt: '2026-04-06T09:00:00Z',
      endsAt: '2026-04-06T10:00:00Z',
      status: 'NO_SHOW',
    });
    await expect(
      book({
        participantId: org.secondParticipantId,
        enrolmentId: org.secondEnrolmentId,
        startsAt: '2026-04-06T09:15:00Z',
        endsAt: '2026-04-06T09:45:00Z',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('allows back-to-back sessions (touching ranges do not overlap)', async () => {
    await book({ startsAt: '2026-04-06T09:00:00Z', endsAt: '2026-04-06T10:00:00Z' });
    await book({
      participantId: org.secondParticipantId,
      enrolmentId: org.secondEnrolmentId,
      startsAt: '2026-04-06T10:00:00Z',
      endsAt: '2026-04-06T11:00:00Z',
    });
    await book({ startsAt: '2026-04-06T11:00:00Z', endsAt: '2026-04-06T12:00:00Z' });
    expect(await countRows(db, 'sessions')).toBe(3);
  });

  it('ignores cancelled sessions, so a cancelled slot can be booked again', async () => {
    await book({
      startsAt: '2026-04-06T09:00:00Z',
      endsAt: '2026-04-06T10:00:00Z',
      status: 'CANCELLED',
    });
    await book({ startsAt: '2026-04-06T09:00:00Z', endsAt: '2026-04-06T10:00:00Z' });
    expect(await countRows(db, 'sessions')).toBe(2);
  });

  it('refuses to un-cancel a session whose slot was taken meanwhile', async () => {
    const [cancelled] = await book({
      startsAt: '2026-04-06T09:00:00Z',
      endsAt: '2026-04-06T10:00:00Z',
      status: 'CANCELLED',
    });
    await book({ startsAt: '2026-04-06T09:00:00Z', endsAt: '2026-04-06T10:00:00Z' });
    const revive = db.withTenant(org.orgId, (tx) =>
      tx.query(`UPDATE sessions SET status = 'BOOKED', cancelled_at = NULL WHERE id = $1`, [
        (cancelled as { id: string }).id,
      ]),
    );
    await expect(revive).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it(`lets only one of two concurrent overlapping bookings through${raceOn(engine)}`, async () => {
    const attempts = await Promise.allSettled([
      book({ startsAt: '2026-04-07T09:00:00Z', endsAt: '2026-04-07T10:00:00Z' }),
      book({
        participantId: org.secondParticipantId,
        enrolmentId: org.secondEnrolmentId,
        startsAt: '2026-04-07T09:30:00Z',
        endsAt: '2026-04-07T10:30:00Z',
      }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = attempts.filter((attempt) => attempt.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await countRows(db, 'sessions')).toBe(1);
  });
});
