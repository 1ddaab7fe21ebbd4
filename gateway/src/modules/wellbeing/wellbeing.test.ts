import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import type { HeatmapCellView, HeatmapView } from '../analytics/test-fixture.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import {
  createHeatmapFixture,
  heatmapViewQuery,
  readHeatmapView,
  type HeatmapFixture,
  type Member,
} from '../analytics/test-fixture.js';

const HEATMAP = heatmapViewQuery({ stale: true });

const ANSWER = `
  mutation Answer($input: AnswerWellbeingPulseInput!) {
    answerWellbeingPulse(input: $input) {
      answer { period energy workload support answeredAt }
      userErrors { field code message }
    }
  }`;

const OWN = `{ viewer { wellbeing { period answered eligible latest { period energy workload support } } } }`;

const OF_PERSON = `
  query Of($id: ID!) {
    node(id: $id) { ... on Person { wellbeing { answered latest { energy workload support } } } }
  }`;

type Cell = HeatmapCellView;
type Heatmap = HeatmapView;
interface AnswerResult {
  answerWellbeingPulse: {
    answer: { period: string; energy: number; workload: number; support: number } | null;
    userErrors: Array<{ field: string[] | null; code: string; message: string }>;
  };
}

const hidden = (reason: string): Cell => ({ value: null, count: null, suppressed: true, reason });

describe.each(testEngines())('the wellbeing pulse on %s', (engine) => {
  let db: Database;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const viewAs = (token: string, input: Record<string, unknown>): Promise<Heatmap> =>
    readHeatmapView(running.url, token, HEATMAP, { metric: 'WELLBEING', ...input });
  /** The view once the rebuild that the latest answers started has finished. */
  async function freshView(token: string, input: Record<string, unknown>): Promise<Heatmap> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const map = await viewAs(token, input);
      if (!map.stale) return map;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the aggregates stayed stale');
  }
  const row = (map: Heatmap, name: string) => map.rows.find((r) => r.unit.name === `Team ${name}`)!;

  /**
   * Answers and check-ins written as they would have been in 2026 (the heatmap fixture's year):
   *   A (6, P)   pulse 4 4 4 in May; the first of them 1 1 1 in August too (Q3) → 4 ×5, 2.5;
   *   B (7)      P: pulse 2 3 4 → 3 ×6; Q: 5 5 5 → 5;
   *   C (2, P)   1 1 1 → 1;
   *   F1 (1, Q)  3 3 3 → 3;
   *   E (6, Q)   no pulse; goal check-ins with mood 5, confidence 4 → 4.5 (and an admin's
   *              check-in with mood 1 on one of their goals, which is not theirs to give).
   */
  describe('as a heatmap metric', () => {
    let org: HeatmapFixture;
    let adminToken: string;

    beforeAll(async () => {
      org = await createHeatmapFixture(db, `wellbeing-${engine}`);
      const pulse = (member: Member, items: [number, number, number], at: string, period: string) =>
        db.query(
          `insert into wellbeing_pulse_answers (org_id, person_id, period, energy, workload, support, answered_at)
           values ($1, $2, $3, $4, $5, $6, $7)`,
          [org.orgId, member.id, period, ...items, at],
        );
      const enrolled = org.members.filter((m) => m.enrolled);
      for (const member of enrolled) {
        const may = ['2026-05-04T09:00:00Z', '2026-W19'] as const;
        if (member.unit === 'A') await pulse(member, [4, 4, 4], ...may);
        if (member.unit === 'B') await pulse(member, member.program === 'P' ? [2, 3, 4] : [5, 5, 5], ...may);
        if (member.unit === 'C') await pulse(member, [1, 1, 1], ...may);
        if (member.unit === 'F1') await pulse(member, [3, 3, 3], ...may);
        if (member.unit === 'E') {
          const [goal] = await db.query<{ id: string }>(
            `insert into goals (org_id, owner_id, enrolment_id, capability_code, title)
             select $1, $2, e.id, 'DELEGATION', 'Delegate more' from enrolments e
             where e.org_id = $1 and e.person_id = $2 returning id`,
            [org.orgId, member.id],
          );
          await db.query(
            `insert into goal_check_ins (org_id, goal_id, author_id, progress, mood, confidence, checked_in_at)
             values ($1, $2, $3, 20, 5, 4, '2026-05-06T09:00:00Z'), ($1, $2, $3, 40, 4, 5, '2026-05-13T09:00:00Z')`,
            [org.orgId, goal!.id, member.id],
          );
          if (member === enrolled.find((m) => m.unit === 'E')) {
            await db.query(
              `insert into goal_check_ins (org_id, goal_id, author_id, progress, mood, confidence, checked_in_at)
               values ($1, $2, $3, 50, 1, 1, '2026-05-20T09:00:00Z')`,
              [org.orgId, goal!.id, org.orgAdminId],
            );
          }
        }
      }
      const firstOfA = enrolled.find((m) => m.unit === 'A')!;
      await pulse(firstOfA, [1, 1, 1], '2026-08-03T09:00:00Z', '2026-W32');
      adminToken = await tokenFor(db, org.orgAdminId);
    });

    it('shows one WELLBEING column by default and averages each person first, then the unit', async () => {
      const map = await viewAs(adminToken, {});
      expect(map.metric).toBe('WELLBEING');
      expect(map.columns.map((c) => c.capability.code)).toEqual(['WELLBEING']);
      const organisation = map.columns[0]!.organisation;
      // 22 people: A 4×5 + 2.5, B 3×6 + 5, C 1+1, F1 3, E 4.5×6. The admin's check-in is left out.
      expect(organisation).toMatchObject({ count: 22, suppressed: false, reason: null });
      expect(organisation.value).toBeCloseTo((22.5 + 23 + 2 + 3 + 27) / 22, 10);
    });

    it('withholds a unit of fewer than k answerers, and the sibling that would reveal it', async () => {
      const map = await viewAs(adminToken, { unit: toGlobalId('OrgUnit', org.units.F1) });
      expect(map.total!.cells[0]).toMatchObject({ count: 16, suppressed: false });
      expect(map.total!.cells[0]!.value).toBeCloseTo((22.5 + 23 + 2 + 3) / 16, 10);
      expect(row(map, 'C').cells[0]).toEqual(hidden('BELOW_MIN_GROUP_SIZE'));
      // C (2) and F1's own manager (1) are 3 people: F1 minus A and B would reveal them, so A goes too.
      expect(row(map, 'A').cells[0]).toEqual(hidden('COMPLEMENTARY'));
      expect(row(map, 'B').cells[0]).toMatchObject({ count: 7, suppressed: false });
      expect(row(map, 'B').cells[0]!.value).toBeCloseTo(23 / 7, 10);
      // Neither A's mean nor C's appears anywhere in the export.
      expect(map.csv).not.toMatch(/\b3\.75\b|,1(\.0+)?\b/);
    });

    it('files answers and check-ins under their quarter and their programs', async () => {
      expect((await viewAs(adminToken, {})).periods).toEqual(expect.arrayContaining(['2026-Q2', '2026-Q3']));
      const spring = await viewAs(adminToken, {
        unit: toGlobalId('OrgUnit', org.units.R),
        period: '2026-Q2',
      });
      expect(spring.total!.cells[0]!.value).toBeCloseTo((24 + 23 + 2 + 3 + 27) / 22, 10);
      const q = await viewAs(adminToken, {
        unit: toGlobalId('OrgUnit', org.units.R),
        program: toGlobalId('Program', org.programs.Q),
      });
      // Program Q: B's one Q member and F1's manager (2, withheld), E (6); the region would be F2
      // plus the withheld F1, so it is withheld too.
      const f1 = q.rows.find((r) => r.unit.name === 'Function F1')!;
      const f2 = q.rows.find((r) => r.unit.name === 'Function F2')!;
      expect(f1.cells[0]).toEqual(hidden('BELOW_MIN_GROUP_SIZE'));
      expect(f2.cells[0]).toMatchObject({ value: 4.5, count: 6, suppressed: false });
      expect(q.total!.cells[0]).toEqual(hidden('COMPLEMENTARY'));
    });

    it('is refused to a participant, like every heatmap', async () => {
      const res = await postGraphQL(
        running.url,
        { query: HEATMAP, variables: { input: { metric: 'WELLBEING' } } },
        { token: await tokenFor(db, org.members[0]!.id) },
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('answered by a participant', () => {
    let org: HeatmapFixture;
    const answer = async (personId: string, input: Record<string, unknown>) => {
      const res = await postGraphQL<AnswerResult>(
        running.url,
        { query: ANSWER, variables: { input } },
        { token: await tokenFor(db, personId) },
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.answerWellbeingPulse;
    };

    beforeAll(async () => {
      org = await createHeatmapFixture(db, `wellbeing-answers-${engine}`);
    });

    it('refuses an item outside 1–5, naming each', async () => {
      const member = org.members.find((m) => m.unit === 'B')!;
      const result = await answer(member.id, { energy: 0, workload: 3, support: 6 });
      expect(result.answer).toBeNull();
      expect(result.userErrors.map((e) => [e.field, e.code])).toEqual([
        [['input', 'energy'], 'INVALID'],
        [['input', 'support'], 'INVALID'],
      ]);
      expect(result.userErrors[0]!.message).toMatch(/1 to 5/);
    });

    it('refuses an answer for someone else, and anyone who is not a participant', async () => {
      const [first, second] = org.members.filter((m) => m.unit === 'B');
      const forOther = await answer(first!.id, {
        person: toGlobalId('Person', second!.id),
        energy: 3,
        workload: 3,
        support: 3,
      });
      expect(forOther).toMatchObject({
        answer: null,
        userErrors: [{ field: ['input', 'person'], code: 'FORBIDDEN' }],
      });
      // Team D's managers are not enrolled; the admin is no participant either.
      for (const personId of [org.members.find((m) => m.unit === 'D')!.id, org.orgAdminId]) {
        const refused = await answer(personId, { energy: 3, workload: 3, support: 3 });
        expect(refused).toMatchObject({ answer: null, userErrors: [{ code: 'FORBIDDEN' }] });
      }
      const [{ count }] = (await db.query<{ count: number }>(
        `select count(*)::int as count from wellbeing_pulse_answers where org_id = $1`,
        [org.orgId],
      )) as [{ count: number }];
      expect(count).toBe(0);
    });

    it('takes one answer per ISO week, and the next week another', async () => {
      const member = org.members.find((m) => m.unit === 'E')!;
      const first = await answer(member.id, {
        person: toGlobalId('Person', member.id),
        energy: 2,
        workload: 1,
        support: 3,
      });
      expect(first.userErrors).toEqual([]);
      expect(first.answer).toMatchObject({ energy: 2, workload: 1, support: 3 });
      expect(first.answer!.period).toMatch(/^\d{4}-W\d{2}$/);
      const again = await answer(member.id, { energy: 5, workload: 5, support: 5 });
      expect(again).toMatchObject({ answer: null, userErrors: [{ field: ['input'], code: 'CONFLICT' }] });
      // The stored answer is last week's once the week has passed.
      await db.query(`update wellbeing_pulse_answers set period = '2000-W01' where person_id = $1`, [
        member.id,
      ]);
      const nextWeek = await answer(member.id, { energy: 4, workload: 4, support: 4 });
      expect(nextWeek.userErrors).toEqual([]);
    });

    it('shows the viewer their own latest answers and nobody else any of them', async () => {
      const member = org.members.find((m) => m.unit === 'A')!;
      await answer(member.id, { energy: 3, workload: 2, support: 4 });
      const own = await postGraphQL<{ viewer: { wellbeing: Record<string, unknown> } }>(
        running.url,
        { query: OWN },
        { token: await tokenFor(db, member.id) },
      );
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data!.viewer.wellbeing).toMatchObject({
        answered: true,
        eligible: true,
        latest: [{ energy: 3, workload: 2, support: 4 }],
      });
      // Their manager, an admin, a program admin and a peer ask for the same person by ID.
      const [managerRow] = await db.query<{ id: string }>(
        `select id from people where org_id = $1 and roles @> array['MANAGER'] and id <> $2 limit 1`,
        [org.orgId, member.id],
      );
      const peer = org.members.find((m) => m.unit === 'A' && m.id !== member.id)!;
      for (const viewerId of [org.orgAdminId, org.programAdminId, peer.id, managerRow!.id]) {
        const res = await postGraphQL<{ node: { wellbeing: unknown } | null }>(
          running.url,
          { query: OF_PERSON, variables: { id: toGlobalId('Person', member.id) } },
          { token: await tokenFor(db, viewerId) },
        );
        expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(res.body.data)).not.toMatch(/"energy"/);
      }
    });

    it('flows into the heatmap once enough people answered, and not before', async () => {
      const teamA = org.members.filter((m) => m.unit === 'A');
      const admin = await tokenFor(db, org.orgAdminId);
      const unit = toGlobalId('OrgUnit', org.units.F1);
      for (const member of teamA.slice(0, 4)) await answer(member.id, { energy: 5, workload: 5, support: 5 });
      // One of them answered 3 2 4 in the previous test: five answerers, one short of team A's six.
      const early = await freshView(admin, { unit });
      expect(row(early, 'A').cells[0]!.count ?? 0).toBeLessThanOrEqual(5);
      for (const member of teamA.slice(4)) await answer(member.id, { energy: 5, workload: 5, support: 5 });
      // F2 has one answerer so far (team E's, above): with A alone in F1, F1 would give F2 away by
      // subtraction from the region, and A would give F1. Four more of E make F2 a group.
      const stillHidden = row(await freshView(admin, { unit }), 'A').cells[0]!;
      expect(stillHidden).toMatchObject({ suppressed: true, count: null, value: null });
      const teamE = org.members.filter((m) => m.unit === 'E').slice(1, 5);
      for (const member of teamE) await answer(member.id, { energy: 2, workload: 2, support: 2 });
      const later = await freshView(admin, { unit });
      const cell = row(later, 'A').cells[0]!;
      expect(cell.suppressed).toBe(false);
      expect(cell.count).toBe(6);
      // Five people at 5; the one who answered 3 2 4 earlier this week was refused a second answer.
      expect(cell.value).toBeCloseTo((5 * 5 + 3) / 6, 10);
    });
  });
});
