/**
 * Content retention after deprovisioning, on each engine: org admins read and set the retention
 * through GraphQL (others are refused), and the sweep job erases what a person deactivated longer
 * ago than it wrote while every figure stays. The clock is the data's: deactivations are dated in
 * the past rather than waited for.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, tokenFor } from '../../testing/harness.js';
import { gatewaySuite } from '../../testing/suite.js';
import { notesOfSessions, writeNote } from '../coachDesk/sql.js';
import { ERASED_TITLE, RETENTION_SWEEP_QUEUE, retentionSweepJob } from './retention.js';

const READ = `{ deprovisioningSettings { contentRetentionDays } }`;
const SET = `mutation($days: Int) {
  setContentRetention(input: { contentRetentionDays: $days }) {
    deprovisioningSettings { contentRetentionDays }
    userErrors { field code }
  }
}`;
const LOG = `query($actions: [AuditAction!]) {
  auditLog(first: 50, filter: { actions: $actions }) { edges { node { action subjectId actor { id } before after } } }
}`;

/**
 * Deep equality where numbers may differ by a part per million: rates over an active enrolment's
 * time so far are divided by the rebuild's `now()`, so two rebuilds seconds apart differ by parts
 * per billion. Erasing a row or a rating would move a figure by far more.
 */
function near(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => near(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => near((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return a === b;
}

interface Written {
  goalId: string;
  sessionId: string | null;
}

describe.each(testEngines())('content retention on %s', (engine) => {
  const suite = gatewaySuite(engine, `retention-${engine}`);
  const { gql } = suite;
  let other: GatewayFixture;
  let otherAdmin: string;
  const job = retentionSweepJob();

  beforeAll(async () => {
    other = await createGatewayFixture(suite.db, `retention-other-${engine}`);
    otherAdmin = await tokenFor(suite.db, other.adminId);
  });

  /** A goal with a milestone and a check-in, and (with an enrolment) a held session with feedback and a note. */
  async function write(
    fixture: GatewayFixture,
    personId: string,
    enrolmentId: string | null,
  ): Promise<Written> {
    const goalId = randomUUID();
    await suite.db.query(
      `insert into goals (id, org_id, owner_id, enrolment_id, capability_code, title, description, status, progress)
       values ($1, $2, $3, $4, 'DELEGATION', 'Delegate the quarterly report', 'Because I drown in it', 'IN_PROGRESS', 40)`,
      [goalId, fixture.orgId, personId, enrolmentId],
    );
    await suite.db.query(
      `insert into goal_milestones (org_id, goal_id, position, title, done, done_at)
       values ($1, $2, 0, 'Name a deputy', true, now() - interval '50 days')`,
      [fixture.orgId, goalId],
    );
    await suite.db.query(
      `insert into goal_check_ins (org_id, goal_id, author_id, progress, note, mood, confidence, checked_in_at)
       values ($1, $2, $3, 40, 'My manager keeps taking it back', 2, 3, now() - interval '50 days'),
              ($1, $2, $4, 40, 'Talked it through with them', null, null, now() - interval '49 days')`,
      [fixture.orgId, goalId, personId, fixture.coachPersonId],
    );
    if (!enrolmentId) return { goalId, sessionId: null };
    const sessionId = randomUUID();
    await suite.db.query(
      `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, $5, now() - interval '60 days', now() - interval '60 days' + interval '1 hour', 'en', 'COMPLETED')`,
      [sessionId, fixture.orgId, fixture.coachId, personId, enrolmentId],
    );
    await suite.db.query(
      `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment)
       values ($1, $2, $3, $4, 4, 'Helpful, though we ran late')`,
      [fixture.orgId, sessionId, fixture.coachId, personId],
    );
    await suite.db.withTenant(fixture.orgId, (tx) =>
      writeNote(tx, {
        orgId: fixture.orgId,
        sessionId,
        coachId: fixture.coachId,
        body: 'Struggles to let go; family worries',
        capabilityCodes: ['DELEGATION'],
      }),
    );
    return { goalId, sessionId };
  }

  /** The words a person's rows hold, in a stable order. */
  async function words(orgId: string, written: Written) {
    const goal = await suite.db.query(`select title, description from goals where id = $1`, [written.goalId]);
    const milestones = await suite.db.query(`select title from goal_milestones where goal_id = $1`, [
      written.goalId,
    ]);
    const notes = await suite.db.query(
      `select note from goal_check_ins where goal_id = $1 order by checked_in_at`,
      [written.goalId],
    );
    const comments = written.sessionId
      ? await suite.db.query(`select comment from session_feedback where session_id = $1`, [
          written.sessionId,
        ])
      : [];
    const sessionNotes = written.sessionId
      ? [
          ...(
            await suite.db.withTenant(orgId, (tx) => notesOfSessions(tx, orgId, [written.sessionId!]))
          ).values(),
        ].map((note) => note.body)
      : [];
    return { goal, milestones, notes, comments, sessionNotes };
  }

  /** Every figure the organisation's readers see: rebuilt aggregates, progress, ratings, counts. */
  async function figures(orgId: string) {
    await suite.db.query('select cw_refresh_analytics($1)', [orgId]);
    const aggregates = await suite.db.query(
      `select metric, program_key, period_key, unit_id, capability_codes, n, s1, s2, pre_s1, pre_s2, post_s1, post_s2, cross_s
       from analytics_unit_aggregates where org_id = $1
       order by metric, program_key, period_key, unit_id, capability_codes::text`,
      [orgId],
    );
    const facts = await suite.db.query(
      `select (select json_agg(json_build_array(status, progress, target_date, completed_at, created_at) order by id)
                 from goals where org_id = $1) as goals,
              (select json_agg(json_build_array(done, done_at, position) order by id) from goal_milestones where org_id = $1) as milestones,
              (select json_agg(json_build_array(progress, mood, confidence, checked_in_at) order by id)
                 from goal_check_ins where org_id = $1) as check_ins,
              (select json_agg(json_build_array(rating, submitted_at) order by id) from session_feedback where org_id = $1) as ratings,
              (select json_agg(to_jsonb(c) - 'updated_at' order by id) from coaches c where org_id = $1) as coaches`,
      [orgId],
    );
    return { aggregates, facts };
  }

  async function deactivate(personId: string, daysAgo: number) {
    await suite.db.query(
      `update people set active = false, deactivated_at = now() - make_interval(days => $2) where id = $1`,
      [personId, daysAgo],
    );
  }

  async function sweep(fixture: GatewayFixture, generation?: string) {
    const [state] = await suite.db.query<{ generation: string }>(
      `select generation from content_retention_sweeps where org_id = $1`,
      [fixture.orgId],
    );
    const payload = { generation: generation ?? state?.generation ?? randomUUID() };
    if (job.perform.kind !== 'transaction') throw new Error('the sweep is one transaction');
    const perform = job.perform;
    await suite.db.withTenant(fixture.orgId, (tx) =>
      perform.run({ id: randomUUID(), orgId: fixture.orgId, payload, retryCount: 0 }, tx),
    );
  }

  async function erasures(token = suite.admin) {
    const data = await gql<{ auditLog: { edges: Array<{ node: { subjectId: string; after: string } }> } }>(
      LOG,
      { actions: ['CONTENT_ERASED'] },
      token,
    );
    return data.auditLog.edges.map((edge) => ({ ...edge.node, after: JSON.parse(edge.node.after) }));
  }

  it('refuses the setting to everyone but org admins', async () => {
    for (const personId of [
      suite.org.managerId,
      suite.org.reportIds[0]!,
      suite.org.coachPersonId,
      suite.org.directorId,
    ]) {
      const token = await tokenFor(suite.db, personId);
      for (const [query, variables] of [
        [READ, {}],
        [SET, { days: 1 }],
      ] as const) {
        const refused = await postGraphQL(suite.gateway.url, { query, variables }, { token });
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect((await gql<{ deprovisioningSettings: unknown }>(READ)).deprovisioningSettings).toEqual({
      contentRetentionDays: null,
    });
  });

  it('refuses a retention out of range and keeps the old one', async () => {
    for (const days of [0, -3, 36_501]) {
      const data = await gql<{
        setContentRetention: { deprovisioningSettings: unknown; userErrors: unknown[] };
      }>(SET, {
        days,
      });
      expect(data.setContentRetention).toEqual({
        deprovisioningSettings: null,
        userErrors: [{ field: ['contentRetentionDays'], code: 'INVALID' }],
      });
    }
    expect((await gql<{ deprovisioningSettings: unknown }>(READ)).deprovisioningSettings).toEqual({
      contentRetentionDays: null,
    });
  });

  it(
    'erases what a person deactivated past the retention wrote, keeps every figure and spares everyone else',
    async () => {
      const gone = suite.org.reportIds[0]!;
      const recent = suite.org.reportIds[1]!;
      const back = suite.org.outsiderId;
      const goneWords = await write(suite.org, gone, suite.org.enrolmentId);
      const recentWords = await write(suite.org, recent, null);
      const backWords = await write(suite.org, back, null);
      const elsewhere = await write(other, other.reportIds[0]!, other.enrolmentId);
      await deactivate(gone, 40);
      await deactivate(recent, 10);
      // Deactivated long ago, then reactivated: SCIM clears deactivated_at with active.
      await deactivate(back, 400);
      await suite.db.query(`update people set active = true, deactivated_at = null where id = $1`, [back]);
      // The other organisation keeps what people wrote forever (no retention set).
      await deactivate(other.reportIds[0]!, 4000);

      const intact = await words(suite.org.orgId, goneWords);
      expect(intact.sessionNotes).toEqual(['Struggles to let go; family worries']);
      const recentBefore = await words(suite.org.orgId, recentWords);
      const backBefore = await words(suite.org.orgId, backWords);
      const elsewhereBefore = await words(other.orgId, elsewhere);
      const before = await figures(suite.org.orgId);
      expect(before.aggregates.length).toBeGreaterThan(0);
      const otherBefore = await figures(other.orgId);

      // Before any retention is set, a sweep (say, of a chain stopped meanwhile) erases nothing.
      await sweep(suite.org);
      expect(await words(suite.org.orgId, goneWords)).toEqual(intact);

      const set = await gql<{
        setContentRetention: { deprovisioningSettings: unknown; userErrors: unknown[] };
      }>(SET, {
        days: 30,
      });
      expect(set.setContentRetention).toEqual({
        deprovisioningSettings: { contentRetentionDays: 30 },
        userErrors: [],
      });
      expect((await gql<{ deprovisioningSettings: unknown }>(READ)).deprovisioningSettings).toEqual({
        contentRetentionDays: 30,
      });
      const queued = await suite.db.query<{ payload: { generation: string } }>(
        `select payload from job_outbox where org_id = $1 and queue = $2`,
        [suite.org.orgId, RETENTION_SWEEP_QUEUE],
      );
      expect(queued).toHaveLength(1);
      const audit = await gql<{ auditLog: { edges: Array<{ node: Record<string, unknown> }> } }>(LOG, {
        actions: ['CONTENT_RETENTION_SET'],
      });
      expect(audit.auditLog.edges.map((edge) => edge.node)).toEqual([
        {
          action: 'CONTENT_RETENTION_SET',
          subjectId: toGlobalId('Organisation', suite.org.orgId),
          actor: { id: toGlobalId('Person', suite.org.adminId) },
          before: JSON.stringify({ contentRetentionDays: null }),
          after: JSON.stringify({ contentRetentionDays: 30 }),
        },
      ]);

      await sweep(suite.org, queued[0]!.payload.generation);

      expect(await words(suite.org.orgId, goneWords)).toEqual({
        goal: [{ title: ERASED_TITLE, description: null }],
        milestones: [{ title: ERASED_TITLE }],
        notes: [{ note: null }, { note: null }],
        comments: [{ comment: null }],
        sessionNotes: [],
      });
      expect(await words(suite.org.orgId, recentWords)).toEqual(recentBefore);
      expect(await words(suite.org.orgId, backWords)).toEqual(backBefore);
      expect(await words(other.orgId, elsewhere)).toEqual(elsewhereBefore);
      expect(near(await figures(suite.org.orgId), before)).toBe(true);
      expect(near(await figures(other.orgId), otherBefore)).toBe(true);

      const logged = await erasures();
      expect(logged).toEqual([
        {
          action: 'CONTENT_ERASED',
          subjectId: toGlobalId('Person', gone),
          actor: null,
          before: null,
          after: { retentionDays: 30, goals: 1, milestones: 1, checkIns: 2, feedback: 1, sessionNotes: 1 },
        },
      ]);
      // The chain goes on a day later.
      const next = await suite.db.query<{ later: boolean }>(
        `select run_after > now() + interval '23 hours' as later from job_outbox where org_id = $1 and queue = $2
         order by created_at desc limit 1`,
        [suite.org.orgId, RETENTION_SWEEP_QUEUE],
      );
      expect(next).toEqual([{ later: true }]);

      // Again: nothing left to erase, nothing counted, nothing logged.
      await sweep(suite.org);
      expect(await erasures()).toHaveLength(1);
      expect(near(await figures(suite.org.orgId), before)).toBe(true);

      // The other organisation's own chain, were one left over, erases nothing without a retention.
      await suite.db.query(`insert into content_retention_sweeps (org_id, generation) values ($1, $2)`, [
        other.orgId,
        randomUUID(),
      ]);
      await sweep(other);
      expect(await words(other.orgId, elsewhere)).toEqual(elsewhereBefore);
      expect(await erasures(otherAdmin)).toEqual([]);
      expect(
        await suite.db.query(`select 1 from content_retention_sweeps where org_id = $1`, [other.orgId]),
      ).toEqual([]);

      // Back to keeping forever: the chain stops, and a later deactivation keeps its words.
      await gql(SET, { days: null });
      await deactivate(recent, 4000);
      await sweep(suite.org, queued[0]!.payload.generation);
      expect(await words(suite.org.orgId, recentWords)).toEqual(recentBefore);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
