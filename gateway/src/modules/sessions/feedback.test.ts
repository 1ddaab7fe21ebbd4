import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import {
  addCoach,
  addParticipant,
  createBookingFixture,
  enrol,
  type BookingFixture,
} from './test-support.js';

const SUBMIT = `mutation($input: SubmitSessionFeedbackInput!) { submitSessionFeedback(input: $input) {
  feedback { rating comment capabilities { code } } userErrors { field code message } } }`;

describe.each(testEngines())('session feedback and coach quality on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await postGraphQL<T>(running.url, { query, variables }, { token });
    return res.body;
  }

  async function heldSession(coachId: string, participantId: string, enrolmentId: string, hoursAgo: number) {
    const [row] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, now() - make_interval(hours => $5), now() - make_interval(hours => $5 - 1), 'en',
         'COMPLETED') returning id`,
      [org.orgId, coachId, participantId, enrolmentId, hoursAgo],
    );
    return toGlobalId('Session', row!.id);
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `feedback-${engine}`);
    await db.query(
      `update organisations set settings = '{"coachQuality": {"probationBelow": 3.0, "minRatings": 3, "window": 3}}'
       where id = $1`,
      [org.orgId],
    );
    running = await startGateway(db, { dev: true });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('validates the rating and refuses others’ and unfinished sessions, writing nothing', async () => {
    const participant = await tokenFor(db, org.reportIds[0]!);
    const held = await heldSession(org.coachId, org.reportIds[0]!, org.enrolmentId, 50);
    const bad = await gql<{ submitSessionFeedback: { userErrors: Array<{ field: string[] }> } }>(
      participant,
      SUBMIT,
      {
        input: { sessionId: held, rating: 6, comment: 'x'.repeat(4001) },
      },
    );
    expect(bad.data!.submitSessionFeedback.userErrors.map((e) => e.field)).toEqual([['rating'], ['comment']]);
    const outsider = await tokenFor(db, org.outsiderId);
    const notYours = await gql<{ submitSessionFeedback: { userErrors: Array<{ code: string }> } }>(
      outsider,
      SUBMIT,
      {
        input: { sessionId: held, rating: 5 },
      },
    );
    expect(notYours.data!.submitSessionFeedback.userErrors[0]?.code).toBe('NOT_FOUND');
    const [booked] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language)
       values ($1, $2, $3, $4, now() + interval '3 days', now() + interval '3 days 1 hour', 'en') returning id`,
      [org.orgId, org.coachId, org.reportIds[0], org.enrolmentId],
    );
    const early = await gql<{ submitSessionFeedback: { userErrors: Array<{ message: string }> } }>(
      participant,
      SUBMIT,
      { input: { sessionId: toGlobalId('Session', booked!.id), rating: 4 } },
    );
    expect(early.data!.submitSessionFeedback.userErrors[0]?.message).toBe(
      'Only a session that took place can be rated.',
    );
    const [count] = await db.query<{ n: number }>(`select count(*)::int as n from session_feedback`);
    expect(count?.n).toBe(0);
  });

  it('records a rating once, with capability tags, and updates the coach’s summary', async () => {
    const participant = await tokenFor(db, org.reportIds[0]!);
    const held = await heldSession(org.coachId, org.reportIds[0]!, org.enrolmentId, 30);
    const [delegation] = await db.query<{ id: string }>(
      `select id from capabilities where org_id = $1 and code = 'DELEGATION'`,
      [org.orgId],
    );
    const input = {
      sessionId: held,
      rating: 5,
      comment: '  Clear next steps  ',
      capabilities: [toGlobalId('Capability', delegation!.id)],
    };
    const body = await gql<{ submitSessionFeedback: unknown }>(participant, SUBMIT, { input });
    expect(body.data!.submitSessionFeedback).toEqual({
      feedback: { rating: 5, comment: 'Clear next steps', capabilities: [{ code: 'DELEGATION' }] },
      userErrors: [],
    });
    const twice = await gql<{ submitSessionFeedback: { userErrors: Array<{ code: string }> } }>(
      participant,
      SUBMIT,
      {
        input,
      },
    );
    expect(twice.data!.submitSessionFeedback.userErrors[0]?.code).toBe('CONFLICT');
    // The coach sees their own aggregate, but it takes in ratings only once the organisation's
    // minimum group size of participants have rated (the coach knows whose session was just rated:
    // a figure that moved now would be this participant's rating); an admin sees it withheld; the
    // participant, another participant and a manager see no rating at all.
    const ratingAs = async (token: string) =>
      (
        await gql<{ node: { rating: unknown } }>(
          token,
          `query($id: ID!) { node(id: $id) { ... on Coach { rating { average count withheld } } } }`,
          { id: toGlobalId('Coach', org.coachId) },
        )
      ).data!.node.rating;
    expect(await ratingAs(await tokenFor(db, org.coachPersonId))).toEqual({
      average: null,
      count: 0,
      withheld: false,
    });
    expect(await ratingAs(await tokenFor(db, org.adminId))).toEqual({
      average: null,
      count: null,
      withheld: true,
    });
    expect(await ratingAs(participant)).toBeNull();
    expect(await ratingAs(await tokenFor(db, org.reportIds[1]!))).toBeNull();
    expect(await ratingAs(await tokenFor(db, org.managerId))).toBeNull();
  });

  it('puts a coach whose rolling average falls below the threshold on probation, and matching drops them', async () => {
    const { coachId } = await addCoach(db, org.orgId, org.functionId, {
      name: 'Rita Rated',
      languages: ['en'],
      timeZone: 'Europe/Paris',
      specialties: ['DELEGATION', 'FEEDBACK'],
    });
    const newcomer = await addParticipant(db, org, 'Nina Newcomer');
    const newcomerEnrolment = await enrol(db, org.orgId, org.programId, newcomer, null, 'INVITED');
    const newcomerToken = await tokenFor(db, newcomer);
    const suggestions = `query($id: ID!) { node(id: $id) { ... on Enrolment { coachSuggestions(first: 10) { coach { name } } } } }`;
    const names = async () =>
      (
        await gql<{ node: { coachSuggestions: Array<{ coach: { name: string } }> } }>(
          newcomerToken,
          suggestions,
          {
            id: toGlobalId('Enrolment', newcomerEnrolment),
          },
        )
      ).data!.node.coachSuggestions.map((s) => s.coach.name);
    expect(await names()).toContain('Rita Rated');

    const raters = await Promise.all([0, 1, 2].map((i) => addParticipant(db, org, `Rater ${i}`)));
    const ratings = [3, 2, 3];
    const quality = `query($id: ID!) { node(id: $id) { ... on Coach { qualityStatus rating { average count } } } }`;
    const admin = await tokenFor(db, org.adminId);
    for (const [i, rater] of raters.entries()) {
      const enrolmentId = await enrol(db, org.orgId, org.programId, rater, coachId);
      const session = await heldSession(coachId, rater, enrolmentId, 10 + 3 * i);
      const token = await tokenFor(db, rater);
      const body = await gql<{ submitSessionFeedback: { userErrors: unknown[] } }>(token, SUBMIT, {
        input: { sessionId: session, rating: ratings[i] },
      });
      expect(body.data!.submitSessionFeedback.userErrors).toEqual([]);
      const status = await gql<{ node: { qualityStatus: string } }>(admin, quality, {
        id: toGlobalId('Coach', coachId),
      });
      // Two ratings are below minRatings (3); the third makes the mean 2.67 < 3.0.
      expect(status.data!.node.qualityStatus).toBe(i < 2 ? 'ACTIVE' : 'PROBATION');
    }
    expect(await names()).not.toContain('Rita Rated');
  });

  it('lets only its author read a session’s feedback: not its coach, a manager, an admin or another participant', async () => {
    const author = await tokenFor(db, org.reportIds[0]!);
    const held = await heldSession(org.coachId, org.reportIds[0]!, org.enrolmentId, 70);
    const submitted = await gql<{ submitSessionFeedback: { userErrors: unknown[] } }>(author, SUBMIT, {
      input: { sessionId: held, rating: 4, comment: 'Kind and direct' },
    });
    expect(submitted.data!.submitSessionFeedback.userErrors).toEqual([]);
    const feedbackAs = async (personId: string) => {
      const body = await gql<{ node: { feedback?: unknown } | null }>(
        await tokenFor(db, personId),
        `query($id: ID!) { node(id: $id) { id ... on Session { feedback { rating comment } } } }`,
        { id: held },
      );
      return {
        feedback: body.data?.node?.feedback ?? null,
        codes: (body.errors ?? []).map((e) => e.extensions?.code),
      };
    };
    expect(await feedbackAs(org.reportIds[0]!)).toEqual({
      feedback: { rating: 4, comment: 'Kind and direct' },
      codes: [],
    });
    // The coach reads the session itself, and is refused the field.
    expect(await feedbackAs(org.coachPersonId)).toEqual({ feedback: null, codes: ['FORBIDDEN'] });
    for (const reader of [org.managerId, org.adminId, org.reportIds[1]!, org.outsiderId]) {
      expect((await feedbackAs(reader)).feedback, reader).toBeNull();
    }
  });
});
