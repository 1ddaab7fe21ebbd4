/**
 * Coach quality as program and org admins govern it: the organisation's probation thresholds (read
 * and set by org admins alone, validated, audited, deciding the next rating), and participants'
 * comments on a coach as the admins of one program read them: that program's sessions only, no
 * author, dated by release month, released only in batches of at least minGroupSize commenters.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { fieldCodes, graphqlCalls, type UserErrorValue } from '../../testing/calls.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { addParticipant, addProgramAdmin, enrol } from '../sessions/test-support.js';
import { releaseComments } from './feedback-comments.js';

const read = `query { coachQualitySettings { probationBelow restoreAtOrAbove minRatings window } }`;
const set = `mutation($input: CoachQualitySettingsInput!) { setCoachQualitySettings(input: $input) {
  settings { probationBelow restoreAtOrAbove minRatings window } userErrors { field code message } } }`;
const submit = `mutation($input: SubmitSessionFeedbackInput!) { submitSessionFeedback(input: $input) {
  userErrors { code } } }`;
const pool = `query($id: ID!) { node(id: $id) { ... on Program { coachPool { coach { id }
  feedbackComments { withheld minGroupSize comments { month text } } } } } }`;

interface Settings {
  probationBelow: number;
  restoreAtOrAbove: number;
  minRatings: number;
  window: number;
}
interface SetResult {
  setCoachQualitySettings: { settings: Settings | null; userErrors: UserErrorValue[] };
}
interface Comments {
  withheld: boolean;
  minGroupSize: number;
  comments: Array<{ month: string; text: string }>;
}
interface Pool {
  node: { coachPool: Array<{ coach: { id: string }; feedbackComments: Comments }> | null } | null;
}

const at = (iso: string) => new Date(iso);

describe('releasing comments in batches', () => {
  it('shows nothing below k distinct authors, then whole batches dated by their release month', () => {
    const rows = [
      { authorId: 'a', comment: 'zeta', submittedAt: at('2026-01-03T10:00:00Z') },
      { authorId: 'a', comment: 'again a', submittedAt: at('2026-01-20T10:00:00Z') },
      { authorId: 'b', comment: 'beta', submittedAt: at('2026-02-02T10:00:00Z') },
    ];
    expect(releaseComments(rows, 3)).toEqual([]);
    const third = { authorId: 'c', comment: 'gamma', submittedAt: at('2026-03-09T10:00:00Z') };
    expect(releaseComments([...rows, third], 3)).toEqual([
      { month: '2026-03-01', text: 'again a' },
      { month: '2026-03-01', text: 'beta' },
      { month: '2026-03-01', text: 'gamma' },
      { month: '2026-03-01', text: 'zeta' },
    ]);
    // Two more authors after the batch: they wait for a third, even one who was in the first batch.
    const later = [
      { authorId: 'd', comment: 'delta', submittedAt: at('2026-04-01T10:00:00Z') },
      { authorId: 'e', comment: 'epsilon', submittedAt: at('2026-04-02T10:00:00Z') },
    ];
    expect(releaseComments([...rows, third, ...later], 3)).toHaveLength(4);
    const next = { authorId: 'a', comment: 'alpha', submittedAt: at('2026-05-01T10:00:00Z') };
    expect(releaseComments([...rows, third, ...later, next], 3).slice(0, 3)).toEqual([
      { month: '2026-05-01', text: 'alpha' },
      { month: '2026-05-01', text: 'delta' },
      { month: '2026-05-01', text: 'epsilon' },
    ]);
  });
});

describe.each(testEngines())('coach quality for admins on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let otherProgramId: string;
  const tokens: Record<string, string> = {};
  const { call, ok } = graphqlCalls(() => running.url);

  async function heldSession(participantId: string, enrolmentId: string, hoursAgo: number) {
    const [row] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, now() - make_interval(hours => $5), now() - make_interval(hours => $5 - 1), 'en',
         'COMPLETED') returning id`,
      [org.orgId, org.coachId, participantId, enrolmentId, hoursAgo],
    );
    return row!.id;
  }

  /** A new participant of the program who rated one session of the coach, with a comment. */
  let hoursAgo = 100;
  async function commenter(programId: string, comment: string) {
    const personId = await addParticipant(db, org, `Commenter ${randomUUID().slice(0, 4)}`);
    const enrolmentId = await enrol(db, org.orgId, programId, personId, org.coachId);
    const sessionId = await heldSession(personId, enrolmentId, (hoursAgo += 2));
    await db.query(
      `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment)
       values ($1, $2, $3, $4, 4, $5)`,
      [org.orgId, sessionId, org.coachId, personId, comment],
    );
  }

  async function commentsSeen(token: string, programId: string): Promise<Comments | null> {
    const body = await ok<Pool>(token, pool, { id: toGlobalId('Program', programId) });
    const entry = body.node?.coachPool?.find((c) => c.coach.id === toGlobalId('Coach', org.coachId));
    return entry ? entry.feedbackComments : null;
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `coach-quality-${engine}`);
    await db.query(`update organisations set min_group_size = 3 where id = $1`, [org.orgId]);
    otherProgramId = randomUUID();
    await db.query(
      `insert into programs (id, org_id, name, objective, kpi_name, kpi_unit, kpi_baseline, kpi_target,
          sessions_per_participant, duration_weeks, languages, status, starts_on, ends_on)
       select $1, org_id, 'Second program', objective, kpi_name, kpi_unit, kpi_baseline, kpi_target,
          sessions_per_participant, duration_weeks, languages, status, starts_on, ends_on
       from programs where id = $2`,
      [otherProgramId, org.programId],
    );
    for (const programId of [org.programId, otherProgramId]) {
      await db.query(`insert into program_coaches (org_id, program_id, coach_id) values ($1, $2, $3)`, [
        org.orgId,
        programId,
        org.coachId,
      ]);
    }
    const programAdmin = await addProgramAdmin(db, org, 'Pat Programs', org.programId);
    const otherAdmin = await addProgramAdmin(db, org, 'Olga Other', otherProgramId);
    running = await startGateway(db);
    tokens.orgAdmin = await tokenFor(db, org.adminId);
    tokens.programAdmin = await tokenFor(db, programAdmin);
    tokens.otherAdmin = await tokenFor(db, otherAdmin);
    tokens.coach = await tokenFor(db, org.coachPersonId);
    tokens.participant = await tokenFor(db, org.reportIds[0]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const valid = { probationBelow: 3.2, restoreAtOrAbove: 3.8, minRatings: 4, window: 10 };

  it('refuses the thresholds to program admins, coaches and participants, reading and writing', async () => {
    for (const who of ['programAdmin', 'coach', 'participant']) {
      const reading = await call(tokens[who]!, read, {});
      expect(reading.errors?.[0]?.extensions?.['code'], who).toBe('FORBIDDEN');
      const writing = await call<SetResult>(tokens[who]!, set, { input: valid });
      expect(writing.errors?.[0]?.extensions?.['code'], who).toBe('FORBIDDEN');
    }
    const [row] = await db.query<{ quality: unknown }>(
      `select settings -> 'coachQuality' as quality from organisations where id = $1`,
      [org.orgId],
    );
    expect(row!.quality ?? null).toBeNull();
  });

  it('answers every out-of-range threshold with a userError naming its field, storing nothing', async () => {
    const bad = await ok<SetResult>(tokens.orgAdmin!, set, {
      input: { probationBelow: 0.5, restoreAtOrAbove: 3.25, minRatings: 0, window: 201 },
    });
    expect(bad.setCoachQualitySettings.settings).toBeNull();
    expect(fieldCodes(bad.setCoachQualitySettings.userErrors)).toEqual([
      ['probationBelow', 'INVALID'],
      ['restoreAtOrAbove', 'INVALID'],
      ['minRatings', 'INVALID'],
      ['window', 'INVALID'],
    ]);
    expect(bad.setCoachQualitySettings.userErrors[0]!.message).toBe(
      'Give a rating from 1 to 5, with at most one decimal.',
    );
    const crossed = await ok<SetResult>(tokens.orgAdmin!, set, {
      input: { probationBelow: 4, restoreAtOrAbove: 3.5, minRatings: 12, window: 10 },
    });
    expect(fieldCodes(crossed.setCoachQualitySettings.userErrors)).toEqual([
      ['restoreAtOrAbove', 'INVALID'],
      ['minRatings', 'INVALID'],
    ]);
    const current = await ok<{ coachQualitySettings: Settings }>(tokens.orgAdmin!, read, {});
    expect(current.coachQualitySettings).toEqual({
      probationBelow: 3.5,
      restoreAtOrAbove: 4,
      minRatings: 5,
      window: 20,
    });
  });

  it('stores valid thresholds, audits before and after, and judges the next rating by them', async () => {
    // The organisation's thresholds and the coach's status are put back afterwards, whatever happens.
    const [saved] = await db.query<{ settings: unknown; quality_status: string }>(
      `select o.settings, c.quality_status from organisations o, coaches c where o.id = $1 and c.id = $2`,
      [org.orgId, org.coachId],
    );
    try {
      const done = await ok<SetResult>(tokens.orgAdmin!, set, {
        input: { probationBelow: 4.5, restoreAtOrAbove: 4.8, minRatings: 1, window: 1 },
      });
      expect(done.setCoachQualitySettings.userErrors).toEqual([]);
      expect(done.setCoachQualitySettings.settings).toEqual({
        probationBelow: 4.5,
        restoreAtOrAbove: 4.8,
        minRatings: 1,
        window: 1,
      });
      const audit = await ok<{
        auditLog: {
          edges: Array<{ node: { action: string; actor: { name: string }; before: string; after: string } }>;
        };
      }>(
        tokens.orgAdmin!,
        `query { auditLog(first: 5, filter: { actions: [COACH_QUALITY_SETTINGS_CHANGED] }) {
          edges { node { action actor { name } before after } } } }`,
        {},
      );
      const entry = audit.auditLog.edges[0]!.node;
      expect(entry.actor.name).toBeTruthy();
      expect(JSON.parse(entry.before)).toMatchObject({ probationBelow: 3.5, minRatings: 5 });
      expect(JSON.parse(entry.after)).toMatchObject({ probationBelow: 4.5, window: 1 });

      // A 4 is below the new 4.5: one rating is now enough to put the coach on probation.
      const sessionId = await heldSession(org.reportIds[0]!, org.enrolmentId, 40);
      const rated = await ok<{ submitSessionFeedback: { userErrors: unknown[] } }>(
        tokens.participant!,
        submit,
        {
          input: { sessionId: toGlobalId('Session', sessionId), rating: 4 },
        },
      );
      expect(rated.submitSessionFeedback.userErrors).toEqual([]);
      const [coach] = await db.query<{ quality_status: string }>(
        `select quality_status from coaches where id = $1`,
        [org.coachId],
      );
      expect(coach!.quality_status).toBe('PROBATION');
    } finally {
      await db.query(`update organisations set settings = $2::jsonb where id = $1`, [
        org.orgId,
        JSON.stringify(saved!.settings),
      ]);
      await db.query(`update coaches set quality_status = $2 where id = $1`, [
        org.coachId,
        saved!.quality_status,
      ]);
    }
  });

  it('never returns a comment below k commenters, and never another program’s', async () => {
    await commenter(org.programId, 'Listens well');
    await commenter(org.programId, 'Too many slides');
    await commenter(otherProgramId, 'Helped with my delegation plan');
    await commenter(otherProgramId, 'Always on time');
    // Two commenters in each program: nothing is shown to either program's admin, nor to the org admin.
    for (const [token, programId] of [
      [tokens.programAdmin!, org.programId],
      [tokens.otherAdmin!, otherProgramId],
      [tokens.orgAdmin!, org.programId],
      [tokens.orgAdmin!, otherProgramId],
    ] as const) {
      expect(await commentsSeen(token, programId)).toEqual({ withheld: true, minGroupSize: 3, comments: [] });
    }

    await commenter(org.programId, 'Good questions');
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    const released = await commentsSeen(tokens.programAdmin!, org.programId);
    expect(released).toEqual({
      withheld: false,
      minGroupSize: 3,
      comments: ['Good questions', 'Listens well', 'Too many slides'].map((text) => ({ month, text })),
    });
    // The other program is still below k, and its admin cannot open this program's pool at all.
    expect((await commentsSeen(tokens.otherAdmin!, otherProgramId))!.comments).toEqual([]);
    const foreign = await ok<Pool>(tokens.otherAdmin!, pool, { id: toGlobalId('Program', org.programId) });
    expect(foreign.node?.coachPool ?? null).toBeNull();
    // Participants and coaches read no pool either.
    for (const who of ['participant', 'coach']) {
      const body = await ok<Pool>(tokens[who]!, pool, { id: toGlobalId('Program', org.programId) });
      expect(body.node?.coachPool ?? null, who).toBeNull();
    }
  });
});
