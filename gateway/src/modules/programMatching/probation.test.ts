/**
 * Ending a coach's probation: kept (ACTIVE, back in matching) or removed from coaching (PAUSED),
 * with the reason in the coach's history and an audit entry naming the outcome; refused to callers
 * who do not manage a program the coach is in, and to a coach who is not on probation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { addPerson, fieldCodes, graphqlCalls, type UserErrorValue } from '../../testing/calls.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';

const end = `mutation($input: EndCoachProbationInput!) {
  endCoachProbation(input: $input) {
    coach { qualityStatus statusHistory { from to reason actor { name } } } clientsToMove userErrors { field code message }
  }
}`;
const auditLog = `query { auditLog(first: 20) { edges { node { action actor { name } before after subjectId } } } }`;

interface Ended {
  endCoachProbation: {
    coach: {
      qualityStatus: string;
      statusHistory: Array<{ from: string; to: string; reason: string; actor: { name: string } | null }>;
    } | null;
    clientsToMove: number;
    userErrors: UserErrorValue[];
  };
}
interface Audit {
  auditLog: {
    edges: Array<{
      node: { action: string; actor: { name: string } | null; after: string; subjectId: string };
    }>;
  };
}

describe.each(testEngines())('ending a coach probation on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let adminToken: string;
  let programAdminToken: string;
  let strangerAdminToken: string;
  let participantToken: string;
  const { call, ok } = graphqlCalls(() => running.url);
  const coach = () => toGlobalId('Coach', org.coachId);
  const onProbation = () =>
    db.query(`update coaches set quality_status = 'PROBATION' where id = $1`, [org.coachId]);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `probation-${engine}`);
    const place = { jobLevel: 'SENIOR_MANAGER', orgUnitId: org.regionId };
    const programAdmin = await addPerson(db, org, 'Pat Programs', ['PROGRAM_ADMIN'], place);
    const stranger = await addPerson(db, org, 'Sam Stranger', ['PROGRAM_ADMIN'], place);
    await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      org.orgId,
      org.programId,
      programAdmin,
    ]);
    await db.query(
      `insert into program_coaches (org_id, program_id, coach_id) values ($1, $2, $3) on conflict do nothing`,
      [org.orgId, org.programId, org.coachId],
    );
    running = await startGateway(db);
    adminToken = await tokenFor(db, org.adminId);
    programAdminToken = await tokenFor(db, programAdmin);
    strangerAdminToken = await tokenFor(db, stranger);
    participantToken = await tokenFor(db, org.reportIds[1]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses callers who run no program with the coach, and a coach not on probation', async () => {
    await onProbation();
    const input = { coachId: coach(), outcome: 'KEEP', reason: 'Ratings recovered' };
    for (const token of [participantToken, strangerAdminToken]) {
      const body = await call<Ended>(token, end, { input });
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const noReason = await ok<Ended>(programAdminToken, end, { input: { ...input, reason: ' ' } });
    expect(fieldCodes(noReason.endCoachProbation.userErrors)).toEqual([['reason', 'INVALID']]);
    const [still] = await db.query<{ quality_status: string }>(
      `select quality_status from coaches where id = $1`,
      [org.coachId],
    );
    expect(still!.quality_status).toBe('PROBATION');

    await db.query(`update coaches set quality_status = 'ACTIVE' where id = $1`, [org.coachId]);
    const active = await ok<Ended>(adminToken, end, { input });
    expect(fieldCodes(active.endCoachProbation.userErrors)).toEqual([['coachId', 'CONFLICT']]);
    expect(active.endCoachProbation.userErrors[0]!.message).toBe(
      'Only a coach on probation can have their probation ended.',
    );
  });

  it('keeps a coach (ACTIVE) or removes them (PAUSED, clients to move), audited with the outcome', async () => {
    await onProbation();
    const kept = await ok<Ended>(programAdminToken, end, {
      input: { coachId: coach(), outcome: 'KEEP', reason: 'Ratings recovered after supervision' },
    });
    expect(kept.endCoachProbation.userErrors).toEqual([]);
    expect(kept.endCoachProbation.coach!.qualityStatus).toBe('ACTIVE');
    expect(kept.endCoachProbation.coach!.statusHistory.at(-1)).toMatchObject({
      from: 'PROBATION',
      to: 'ACTIVE',
      reason: 'Ratings recovered after supervision',
      actor: { name: 'Pat Programs' },
    });

    await onProbation();
    const removed = await ok<Ended>(adminToken, end, {
      input: { coachId: coach(), outcome: 'REMOVE', reason: 'No improvement' },
    });
    expect(removed.endCoachProbation.coach!.qualityStatus).toBe('PAUSED');
    expect(removed.endCoachProbation.clientsToMove).toBe(1);

    const audit = await ok<Audit>(adminToken, auditLog, {});
    const ended = audit.auditLog.edges
      .map((e) => e.node)
      .filter((n) => n.action === 'COACH_PROBATION_ENDED')
      .map((n) => ({ actor: n.actor?.name, after: JSON.parse(n.after) as unknown }));
    expect(ended).toHaveLength(2);
    expect(ended).toContainEqual({
      actor: 'Pat Programs',
      after: { qualityStatus: 'ACTIVE', reason: 'Ratings recovered after supervision', outcome: 'KEEP' },
    });
    expect(ended).toContainEqual({
      actor: 'Ada Admin',
      after: { qualityStatus: 'PAUSED', reason: 'No improvement', outcome: 'REMOVE' },
    });
  });
});
