import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, raceOn, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import {
  addCoach,
  addParticipant,
  createBookingFixture,
  enrol,
  type BookingFixture,
} from '../sessions/test-support.js';

const SUGGESTIONS = `query($id: ID!) { node(id: $id) { ... on Enrolment {
  matchedCoach { name }
  coachSuggestions(first: 5) {
    score
    coach { id name languages rating { average count withheld } }
    reasons { code message points language hours ratingAverage ratingCount capability { code } }
  } } } }`;
const CHOOSE = `mutation($input: ChooseCoachInput!) { chooseCoach(input: $input) {
  enrolment { status matchedCoach { name } } userErrors { field code message } } }`;

interface Suggestion {
  score: number;
  coach: {
    id: string;
    name: string;
    languages: string[];
    rating: { average: number | null; count: number | null; withheld: boolean } | null;
  };
  reasons: Array<{ code: string; message: string; points: number; capability: { code: string } | null }>;
}

describe.each(testEngines())('coach matching on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;
  let marta: string;
  let admin: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await postGraphQL<T>(running.url, { query, variables }, { token });
    return res.body;
  }

  /** The audit log's entries of one action about one subject, as the database holds them. */
  function auditEntries(action: string, subjectId: string) {
    return db.query<{ actor: string; program: string; after: unknown }>(
      `select actor_person_id as actor, program_id as program, after from audit_log
       where action = $1 and subject_id = $2 order by at`,
      [action, subjectId],
    );
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `matching-${engine}`);
    running = await startGateway(db, { dev: true });
    marta = await tokenFor(db, org.madridPersonId);
    admin = await tokenFor(db, org.adminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('suggests only active Spanish-speaking coaches with room, ranked, each with its reasons', async () => {
    const body = await gql<{ node: { coachSuggestions: Suggestion[] } }>(marta, SUGGESTIONS, {
      id: toGlobalId('Enrolment', org.madridEnrolmentId),
    });
    expect(body.errors).toBeUndefined();
    const suggestions = body.data!.node.coachSuggestions;
    // Probation, full and German-only coaches are out; the fixture's en/fr coach too.
    expect(suggestions.map((s) => s.coach.name)).toEqual(['Sofía Coach', 'Diego Coach']);
    const [best, second] = suggestions;
    expect(best!.score).toBeGreaterThan(second!.score);
    // Marta's token says Spanish: reasons are worded in it, with Spanish capability and language names.
    const messages = best!.reasons.map((r) => r.message);
    expect(messages).toContain('Habla español');
    expect(messages).toContain('Especialista en Toma de decisiones');
    expect(messages).toContain('Especialista en Delegación');
    expect(messages.some((m) => /^40 h semanales en común/.test(m))).toBe(true);
    // A participant sees no coach's rating: not on the profile, not as a reason.
    expect(suggestions.map((s) => s.coach.rating)).toEqual([null, null]);
    expect(suggestions.flatMap((s) => s.reasons.map((r) => r.code))).not.toContain('RATING');
    // Mexico City's 09:00–17:00 overlaps Madrid's working day by two hours a day.
    expect(second!.reasons.find((r) => r.code === 'HOURS_OVERLAP')?.message).toBe(
      '10 h semanales en común con su horario laboral',
    );
    // The score is the sum of the reasons shown: the rating's points cannot be worked back from it.
    for (const suggestion of suggestions) {
      const sum = suggestion.reasons.reduce((total, r) => total + r.points, 0);
      expect(Math.abs(sum - suggestion.score)).toBeLessThan(0.5);
    }
  });

  it('gives admins the rating reason of a coach rated by at least the minimum group size', async () => {
    const body = await gql<{ node: { coachSuggestions: Suggestion[] } }>(admin, SUGGESTIONS, {
      id: toGlobalId('Enrolment', org.madridEnrolmentId),
    });
    expect(body.errors).toBeUndefined();
    const [best] = body.data!.node.coachSuggestions;
    expect(best!.coach.rating).toEqual({ average: 4.8, count: 120, withheld: false });
    const rating = best!.reasons.find((r) => r.code === 'RATING');
    expect(rating?.message).toBe('4.8 from 120 ratings');
    const sum = best!.reasons.reduce((total, r) => total + r.points, 0);
    expect(Math.abs(sum - best!.score)).toBeLessThan(0.5);
  });

  it('keeps capacity and quality private from participants', async () => {
    const body = await gql(marta, `{ coaches(first: 10) { edges { node { name qualityStatus } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = await gql<{ coaches: { totalCount: number } }>(
      marta,
      `{ coaches(first: 10) { totalCount edges { node { name languages rating { average } } } } }`,
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.coaches.totalCount).toBe(6);
    const asAdmin = await gql(
      admin,
      `{ coaches(first: 10) { edges { node { capacity activeClients qualityStatus } } } }`,
    );
    expect(asAdmin.errors).toBeUndefined();
  });

  it('refuses a coach who fails a hard constraint, with nothing written', async () => {
    const enrolmentId = toGlobalId('Enrolment', org.madridEnrolmentId);
    for (const [coachId, code, message] of [
      [org.germanCoachId, 'INVALID', 'Este coach no habla su idioma.'],
      [org.probationCoachId, 'INVALID', 'Este coach no acepta clientes nuevos por el momento.'],
      [org.fullCoachId, 'CONFLICT', 'Este coach acaba de cubrir su última plaza. Elija otro coach.'],
    ] as const) {
      const body = await gql<{ chooseCoach: { userErrors: unknown[] } }>(marta, CHOOSE, {
        input: { enrolmentId, coachId: toGlobalId('Coach', coachId) },
      });
      expect(body.data!.chooseCoach.userErrors).toEqual([{ field: ['coachId'], code, message }]);
    }
    const [row] = await db.query<{ coach_id: string | null }>(
      `select coach_id from enrolments where id = $1`,
      [org.madridEnrolmentId],
    );
    expect(row?.coach_id).toBeNull();
  });

  it('sets the coach and activates the enrolment; a second choice is refused', async () => {
    const input = {
      enrolmentId: toGlobalId('Enrolment', org.madridEnrolmentId),
      coachId: toGlobalId('Coach', org.spanishCoachId),
    };
    const body = await gql<{ chooseCoach: unknown }>(marta, CHOOSE, { input });
    expect(body.data!.chooseCoach).toEqual({
      enrolment: { status: 'ACTIVE', matchedCoach: { name: 'Sofía Coach' } },
      userErrors: [],
    });
    const again = await gql<{ chooseCoach: { userErrors: Array<{ code: string }> } }>(marta, CHOOSE, {
      input,
    });
    expect(again.data!.chooseCoach.userErrors[0]?.code).toBe('CONFLICT');
    // A participant's own choice is not an admin action: nothing in the audit log.
    expect(await auditEntries('COACH_CHOSEN_FOR_PARTICIPANT', org.madridEnrolmentId)).toEqual([]);
  });

  it('records an admin choosing a coach for a participant in the audit log, with the choice', async () => {
    const person = await addParticipant(db, org, 'Chosen For', 'es');
    const enrolmentId = await enrol(db, org.orgId, org.programId, person, null, 'INVITED');
    const body = await gql<{ chooseCoach: { userErrors: unknown[] } }>(admin, CHOOSE, {
      input: {
        enrolmentId: toGlobalId('Enrolment', enrolmentId),
        coachId: toGlobalId('Coach', org.spanishCoachId),
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.chooseCoach.userErrors).toEqual([]);
    expect(await auditEntries('COACH_CHOSEN_FOR_PARTICIPANT', enrolmentId)).toEqual([
      { actor: org.adminId, program: org.programId, after: { coachId: org.spanishCoachId } },
    ]);
  });

  it(`never overfills a coach when many participants choose the last places at once${raceOn(engine)}`, async () => {
    const { coachId } = await addCoach(db, org.orgId, org.functionId, {
      name: 'Last Seats',
      languages: ['en'],
      timeZone: 'Europe/London',
      specialties: ['FEEDBACK'],
      capacity: 3,
    });
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) => addParticipant(db, org, `Racer ${i}`)),
    );
    const enrolments: string[] = [];
    for (const person of people)
      enrolments.push(await enrol(db, org.orgId, org.programId, person, null, 'INVITED'));
    const tokens = await Promise.all(people.map((person) => tokenFor(db, person)));
    const results = await Promise.all(
      tokens.map((token, i) =>
        gql<{ chooseCoach: { userErrors: Array<{ code: string }> } }>(token, CHOOSE, {
          input: {
            enrolmentId: toGlobalId('Enrolment', enrolments[i]!),
            coachId: toGlobalId('Coach', coachId),
          },
        }),
      ),
    );
    const ok = results.filter((r) => r.data?.chooseCoach.userErrors.length === 0);
    const conflicts = results.filter((r) => r.data?.chooseCoach.userErrors[0]?.code === 'CONFLICT');
    expect(ok).toHaveLength(3);
    expect(conflicts).toHaveLength(9);
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from enrolments where coach_id = $1`,
      [coachId],
    );
    expect(row?.n).toBe(3);
  });

  it('bulk-matches a cohort for admins only, within capacity', async () => {
    const people = await Promise.all(
      Array.from({ length: 8 }, (_, i) => addParticipant(db, org, `Cohort ${i}`, i % 2 ? 'es' : 'en')),
    );
    for (const person of people) await enrol(db, org.orgId, org.programId, person, null, 'INVITED');
    const mutation = `mutation($input: BulkMatchProgramInput!) { bulkMatchProgram(input: $input) {
      matchedCount unmatchedCount totalScore optimalityGap enrolments { matchedCoach { name } } userErrors { code } } }`;
    const input = { programId: toGlobalId('Program', org.programId) };
    const refused = await gql(marta, mutation, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const dry = await gql<{ bulkMatchProgram: { matchedCount: number } }>(admin, mutation, {
      input: { ...input, dryRun: true },
    });
    expect(dry.errors).toBeUndefined();
    const before = await db.query(`select 1 from enrolments where program_id = $1 and coach_id is null`, [
      org.programId,
    ]);
    // A dry run changes nothing and records nothing.
    expect(await auditEntries('PROGRAM_BULK_MATCHED', org.programId)).toEqual([]);
    const body = await gql<{
      bulkMatchProgram: { matchedCount: number; unmatchedCount: number; optimalityGap: number };
    }>(admin, mutation, { input });
    expect(body.errors).toBeUndefined();
    const result = body.data!.bulkMatchProgram;
    expect(await auditEntries('PROGRAM_BULK_MATCHED', org.programId)).toEqual([
      {
        actor: org.adminId,
        program: org.programId,
        after: { matched: result.matchedCount, unmatched: result.unmatchedCount },
      },
    ]);
    expect(result.matchedCount).toBe(dry.data!.bulkMatchProgram.matchedCount);
    expect(result.matchedCount + result.unmatchedCount).toBe(before.length);
    expect(result.optimalityGap).toBeLessThan(0.01);
    const overfull = await db.query(
      `select c.id from coaches c where c.org_id = $1 and c.capacity <
         (select count(*) from enrolments e where e.coach_id = c.id and e.status in ('INVITED','ACTIVE'))`,
      [org.orgId],
    );
    expect(overfull).toEqual([]);
    const wrongLanguage = await db.query(
      `select 1 from enrolments e join people p on p.id = e.person_id join coaches c on c.id = e.coach_id
       where e.program_id = $1 and p.name like 'Cohort %'
         and not (split_part(p.locale, '-', 1) = any(c.languages))`,
      [org.programId],
    );
    expect(wrongLanguage).toEqual([]);
    const cohortMatched = await db.query(
      `select 1 from enrolments e join people p on p.id = e.person_id
       where e.program_id = $1 and p.name like 'Cohort %' and e.coach_id is not null`,
      [org.programId],
    );
    expect(cohortMatched).toHaveLength(8);
  });
});
