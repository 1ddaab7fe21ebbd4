import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { addCoach } from '../sessions/test-support.js';
import {
  createHeatmapFixture,
  heatmapViewQuery,
  readHeatmapView,
  type HeatmapFixture,
  type HeatmapView,
  type Member,
} from './test-fixture.js';

const HEATMAP = heatmapViewQuery();

type Heatmap = HeatmapView;

/**
 * The heatmap fixture's enrolled managers (everyone but team D) each rate one
 * session in May 2026:
 *   A (6, program P)  4, no capability named → P's focus: DELEGATION, FEEDBACK;
 *                     one of them rates a second session 1 in August (Q3);
 *   B (6 P + 1 Q)     P: 5 5 4 4 3 5 naming DELEGATION only; Q: 2, no capability → Q's focus, DELEGATION;
 *   C (2, P)          1 each, no capability;
 *   F1 direct (1, Q)  3;
 *   E (6, Q)          5 each.
 * And an admin's word on someone else's session, which must not count.
 */
const ratingOf: Record<string, number[]> = { A: [4], C: [1], F1: [3], E: [5] };
const bRatings = [5, 5, 4, 4, 3, 5];

describe.each(testEngines())('the session quality metric on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let running: RunningGateway;
  let token: string;

  const view = (input: Record<string, unknown>): Promise<Heatmap> =>
    readHeatmapView(running.url, token, HEATMAP, { metric: 'SESSION_QUALITY', ...input });
  const row = (map: Heatmap, name: string) => map.rows.find((r) => r.unit.name === `Team ${name}`)!;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, `quality-${engine}`);
    const { coachId } = await addCoach(db, org.orgId, org.units.R, {
      name: 'Quality Coach',
      languages: ['en'],
      timeZone: 'UTC',
      specialties: ['DELEGATION'],
    });
    let hour = 0;
    const rate = async (member: Member, rating: number, at: string, named: string[], author = member.id) => {
      hour += 2;
      const [session] = await db.query<{ id: string }>(
        `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
         select $1, $2, e.person_id, e.id, $4::timestamptz + make_interval(hours => $5),
                $4::timestamptz + make_interval(hours => $5 + 1), 'en', 'COMPLETED'
         from enrolments e where e.org_id = $1 and e.person_id = $3
         returning id`,
        [org.orgId, coachId, member.id, at, hour],
      );
      const [feedback] = await db.query<{ id: string }>(
        `insert into session_feedback (org_id, session_id, coach_id, author_id, rating)
         values ($1, $2, $3, $4, $5) returning id`,
        [org.orgId, session!.id, coachId, author, rating],
      );
      for (const code of named) {
        await db.query(
          `insert into session_feedback_capabilities (org_id, feedback_id, capability_code) values ($1, $2, $3)`,
          [org.orgId, feedback!.id, code],
        );
      }
    };
    const may = '2026-05-01T00:00:00Z';
    let b = 0;
    for (const member of org.members.filter((m) => m.enrolled)) {
      if (member.unit === 'B') {
        if (member.program === 'P') await rate(member, bRatings[b++]!, may, ['DELEGATION']);
        else await rate(member, 2, may, []);
      } else {
        await rate(member, ratingOf[member.unit]![0]!, may, []);
      }
    }
    const [firstOfA] = org.members.filter((m) => m.unit === 'A');
    await rate(firstOfA!, 1, '2026-08-03T00:00:00Z', []);
    const [firstOfE] = org.members.filter((m) => m.unit === 'E');
    await rate(firstOfE!, 1, may, [], org.orgAdminId);
    running = await startGateway(db);
    token = await tokenFor(db, org.orgAdminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('averages each participant’s ratings first, then the people of each unit subtree', async () => {
    const map = await view({ capabilities: ['DELEGATION'] });
    expect(map.metric).toBe('SESSION_QUALITY');
    // A: five people at 4 and one at (4 + 1) / 2; B: 26 + 2; C: 2; F1 direct: 3; E: 30.
    // The admin's rating of an E member's session is not a participant's and is left out.
    const organisation = map.columns[0]!.organisation;
    expect(organisation).toMatchObject({ count: 22, suppressed: false, reason: null });
    expect(organisation.value).toBeCloseTo((22.5 + 28 + 2 + 3 + 30) / 22, 10);
  });

  it('withholds small units and hides the next-smallest sibling, like every other figure', async () => {
    const map = await view({ unit: toGlobalId('OrgUnit', org.units.F1), capabilities: ['DELEGATION'] });
    expect(map.total!.cells[0]).toMatchObject({ count: 16, suppressed: false });
    expect(map.total!.cells[0]!.value).toBeCloseTo((22.5 + 28 + 2 + 3) / 16, 10);
    expect(row(map, 'C').cells[0]).toEqual({
      value: null,
      count: null,
      suppressed: true,
      reason: 'BELOW_MIN_GROUP_SIZE',
    });
    // C (2) and F1's own manager (1) are 3 people: A, the smallest visible sibling, goes too.
    expect(row(map, 'A').cells[0]).toEqual({
      value: null,
      count: null,
      suppressed: true,
      reason: 'COMPLEMENTARY',
    });
    expect(row(map, 'B').cells[0]).toMatchObject({ count: 7, value: 4, suppressed: false });
    expect(map.csv).not.toMatch(/\b3\.75\b/);
  });

  it('counts a session for the capabilities its feedback names, else its program’s focus', async () => {
    const map = await view({ unit: toGlobalId('OrgUnit', org.units.F1), capabilities: ['FEEDBACK'] });
    // B's program-P sessions name DELEGATION only; its program-Q session falls back to Q's focus.
    expect(row(map, 'B').cells[0]).toMatchObject({ suppressed: true, reason: 'BELOW_MIN_GROUP_SIZE' });
    expect(map.total!.cells[0]).toMatchObject({ count: 8 });
    expect(map.total!.cells[0]!.value).toBeCloseTo((22.5 + 2) / 8, 10);
  });

  it('files a rating under the quarter of its session', async () => {
    expect((await view({})).periods).toEqual(expect.arrayContaining(['2026-Q2', '2026-Q3']));
    const spring = await view({
      unit: toGlobalId('OrgUnit', org.units.R),
      capabilities: ['DELEGATION'],
      period: '2026-Q2',
    });
    expect(spring.total!.cells[0]).toMatchObject({ count: 22 });
    expect(spring.total!.cells[0]!.value).toBeCloseTo((24 + 28 + 2 + 3 + 30) / 22, 10);
  });
});
