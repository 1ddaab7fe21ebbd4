/**
 * A coach's monthly rating trend, read by program admins, on each engine: a month's figure stays
 * withheld while the month is open and never moves once it has ended, so reading it before and
 * after one rating tells nothing about that rating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { createHeatmapFixture, type HeatmapFixture, type Member } from '../analytics/test-fixture.js';
import { addCoach } from '../sessions/test-support.js';
import { ratingTrend } from './sql.js';

describe.each(testEngines())('a coach’s rating trend on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let coachId: string;
  let raters: Member[];
  let slot = 0;

  /** One held session of `member` with the coach in `month` ('previous' or 'current'), rated at `submitted`. */
  async function rate(
    member: Member,
    month: 'previous' | 'current',
    rating: number,
    submitted: 'in month' | 'now',
  ) {
    slot += 1;
    const monthStart =
      month === 'previous' ? `date_trunc('month', now()) - interval '1 month'` : `date_trunc('month', now())`;
    const [session] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       select $1, $2, e.person_id, e.id, ${monthStart} + make_interval(hours => $4),
              ${monthStart} + make_interval(hours => $4 + 1), 'en', 'COMPLETED'
       from enrolments e where e.org_id = $1 and e.person_id = $3 and e.program_id = $5
       order by e.id limit 1 returning id`,
      [org.orgId, coachId, member.id, slot * 2, org.programs.P],
    );
    await db.withTenant(org.orgId, (tx) =>
      tx.query(
        `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, submitted_at)
         values ($1, $2, $3, $4, $5, ${submitted === 'now' ? 'now()' : `${monthStart} + make_interval(hours => $6)`})`,
        submitted === 'now'
          ? [org.orgId, session!.id, coachId, member.id, rating]
          : [org.orgId, session!.id, coachId, member.id, rating, slot * 2 + 2],
      ),
    );
  }

  const trend = () => db.withTenant(org.orgId, (tx) => ratingTrend(tx, org.orgId, org.programs.P, coachId));

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, `trend-${engine}`);
    ({ coachId } = await addCoach(db, org.orgId, org.units.R, {
      name: 'Trend Coach',
      languages: ['en'],
      timeZone: 'UTC',
      specialties: ['DELEGATION'],
    }));
    raters = org.members.filter((member) => member.enrolled && member.program === 'P');
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
  });

  it(
    'shows an ended month from k raters, and a late rating does not move it',
    async () => {
      expect(raters.length).toBeGreaterThanOrEqual(7);
      for (const [index, member] of raters.slice(0, 5).entries()) {
        await rate(member, 'previous', (index % 5) + 1, 'in month');
      }
      const before = (await trend()).at(-2)!;
      expect(before).toEqual({ month: expect.any(String), average: 3, withheld: false });
      // Rated after the month ended: read before and after, the month would have told this rating.
      await rate(raters[5]!, 'previous', 5, 'now');
      expect((await trend()).at(-2)).toEqual(before);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'withholds the open month however many have rated, so polling it between ratings tells nothing',
    async () => {
      const readings: string[] = [];
      for (const [index, member] of raters.slice(0, 7).entries()) {
        await rate(member, 'current', ((index * 2) % 5) + 1, 'now');
        const current = (await trend()).at(-1)!;
        readings.push(JSON.stringify(current));
        expect(current).toMatchObject({ average: null, withheld: true });
      }
      // Every reading from the first rating on is the same.
      expect(new Set(readings).size).toBe(1);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
