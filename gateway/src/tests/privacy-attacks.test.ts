/**
 * The privacy attack suite: an attacker with every view the gateway answers
 * tries to recover a withheld figure, or a figure about fewer than k people or
 * raters, by
 *   1. sibling subtraction (a parent minus its visible children),
 *   2. differencing two filters (a program or a period against a wider view),
 *   3. participation numerators (a rate times its count, and its complement),
 *   4. polling between ratings (before and after each new 360 rating), and
 *   5. subtracting what a viewer knows (their self or manager rating) from a
 *      360 figure, and
 *   6. reading a coach's rating where it is not theirs to read: as a
 *      participant, manager or other coach, as an admin below k ratings, or
 *      by working it back from a participant's match scores.
 * Every attempt is counted, and every attempt must fail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { writeProgressWorld, type Figure, type ProgressWorld } from '../modules/progress/test-fixture.js';
import { createHeatmapFixture, type HeatmapFixture } from '../modules/analytics/test-fixture.js';
import { insertBackdatedPeerRating } from '../modules/pulses/test-support.js';
import { addCoach } from '../modules/sessions/test-support.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

const K = 5;
const small = (size: number): boolean => size > 0 && size < K;

const HEATMAP = `query Heatmap($input: HeatmapInput!) {
  heatmap(input: $input) {
    columns { capability { code } organisation { ...Cell } }
    total { unit { name } cells { ...Cell } }
    rows { unit { name } cells { ...Cell } }
  }
}
fragment Cell on HeatmapCell { value count suppressed }`;

const CARD = `query Card($person: ID) {
  progressCard(person: $person) {
    progress { capabilities { capability { code } baseline { ...Figure } latest { ...Figure } } }
  }
}
fragment Figure on AssessmentFigure { phase mean raters withheld }`;

interface Cell {
  value: number | null;
  count: number | null;
  suppressed: boolean;
}
interface Heatmap {
  columns: Array<{ capability: { code: string }; organisation: Cell }>;
  total: { unit: { name: string }; cells: Cell[] } | null;
  rows: Array<{ unit: { name: string }; cells: Cell[] }>;
}
interface Card {
  progress: null | {
    capabilities: Array<{ capability: { code: string }; baseline: Figure | null; latest: Figure | null }>;
  };
}

/** What a visible cell tells: how many people, their total, and for a rate how many take part. */
interface Known {
  count: number;
  total: number;
  yes: number | null;
}

type Metric = 'SCORE' | 'DELTA_FROM_BASELINE' | 'PARTICIPATION_RATE';
const METRICS: readonly Metric[] = ['SCORE', 'DELTA_FROM_BASELINE', 'PARTICIPATION_RATE'];
const PROGRAMS = [null, 'P', 'Q'] as const;
const PERIODS = [null, '2026-Q1', '2026-Q2', '2026-Q3'] as const;
const CODES = ['DELEGATION', 'FEEDBACK'];
/** The fixture's families (test-fixture.ts in analytics), the organisation first. */
const FAMILIES: Record<string, string[]> = {
  ORG: ['R'],
  R: ['F1', 'F2'],
  F1: ['A', 'B', 'C'],
  F2: ['D', 'E'],
};

interface Filter {
  program: (typeof PROGRAMS)[number];
  period: (typeof PERIODS)[number];
}
const filterKey = (f: Filter): string => `${f.program ?? '*'}|${f.period ?? '*'}`;
/** The wider views a filtered view can be differenced against. */
function widerThan(f: Filter): Filter[] {
  const wider: Filter[] = [];
  if (f.program) wider.push({ program: null, period: f.period });
  if (f.period) wider.push({ program: f.program, period: null });
  if (f.program && f.period) wider.push({ program: null, period: null });
  return wider;
}

class Attempts {
  tried = 0;
  readonly succeeded: string[] = [];
  attempt(recovered: boolean, what: () => string): void {
    this.tried += 1;
    if (recovered) this.succeeded.push(what());
  }
}

describe.each(testEngines())('privacy attacks on %s', (engine) => {
  let db: Database;
  let heat: HeatmapFixture;
  let org: GatewayFixture;
  let world: ProgressWorld;
  let running: RunningGateway;
  const tokens = new Map<string, string>();
  const tally: Record<string, number> = {};

  async function ask<D>(personId: string, query: string, variables: Record<string, unknown>): Promise<D> {
    let token = tokens.get(personId);
    if (!token) tokens.set(personId, (token = await tokenFor(db, personId)));
    const res = await postGraphQL<D>(running.url, { query, variables }, { token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!;
  }

  const unitName = (name: string): string => name.split(' ')[1]!;

  /** Every visible figure of one metric under one filter, per capability and unit, from several views. */
  async function gather(metric: Metric, filter: Filter): Promise<Map<string, Map<string, Known>>> {
    const known = new Map(CODES.map((code) => [code, new Map<string, Known>()]));
    for (const scope of [null, 'F1', 'F2'] as const) {
      const { heatmap } = await ask<{ heatmap: Heatmap }>(heat.orgAdminId, HEATMAP, {
        input: {
          metric,
          capabilities: CODES,
          depth: scope ? 1 : 3,
          ...(scope ? { unit: toGlobalId('OrgUnit', heat.units[scope]) } : {}),
          ...(filter.program ? { program: toGlobalId('Program', heat.programs[filter.program]) } : {}),
          ...(filter.period ? { period: filter.period } : {}),
        },
      });
      const cells: Array<[string, Cell[]]> = [
        ['ORG', heatmap.columns.map((column) => column.organisation)],
        ...(heatmap.total
          ? [[unitName(heatmap.total.unit.name), heatmap.total.cells] as [string, Cell[]]]
          : []),
        ...heatmap.rows.map((row) => [unitName(row.unit.name), row.cells] as [string, Cell[]]),
      ];
      for (const [unit, row] of cells) {
        row.forEach((cell, i) => {
          if (cell.suppressed) {
            expect(cell.value).toBeNull();
            expect(cell.count).toBeNull();
            return;
          }
          const total = cell.value! * cell.count!;
          known.get(CODES[i]!)!.set(unit, {
            count: cell.count!,
            total,
            yes: metric === 'PARTICIPATION_RATE' ? Math.round(total) : null,
          });
        });
      }
    }
    return known;
  }

  /** A group the attacker isolated: too few people, or too few (non-)participants. */
  const isolates = (count: number, yes: number | null): boolean =>
    small(count) || (yes !== null && (small(Math.abs(yes)) || small(Math.abs(count - yes))));

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    heat = await createHeatmapFixture(db, 'attacks');
    org = await createGatewayFixture(db, 'attacks-card');
    world = await writeProgressWorld(db, org);
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
    // The figure the issue note asks for: how many attacks were tried.
    console.info(`privacy attacks on ${engine}: ${JSON.stringify(tally)}`);
  });

  describe('on the heatmap', () => {
    const views = new Map<string, Map<string, Map<string, Known>>>();
    const viewOf = (metric: Metric, filter: Filter) => views.get(`${metric}|${filterKey(filter)}`)!;

    beforeAll(async () => {
      for (const metric of METRICS) {
        for (const program of PROGRAMS) {
          for (const period of PERIODS) {
            views.set(
              `${metric}|${filterKey({ program, period })}`,
              await gather(metric, { program, period }),
            );
          }
        }
      }
    });

    const everyView = () =>
      METRICS.flatMap((metric) =>
        PROGRAMS.flatMap((program) => PERIODS.map((period) => ({ metric, filter: { program, period } }))),
      );

    it('recovers nothing by subtracting visible children from their parent', () => {
      const attacks = new Attempts();
      for (const { metric, filter } of everyView()) {
        for (const [code, known] of viewOf(metric, filter)) {
          for (const [parent, children] of Object.entries(FAMILIES)) {
            const whole = known.get(parent);
            if (!whole) continue;
            const visible = children.flatMap((child) => known.get(child) ?? []);
            const count = whole.count - visible.reduce((sum, figure) => sum + figure.count, 0);
            const yes =
              whole.yes === null
                ? null
                : whole.yes - visible.reduce((sum, figure) => sum + (figure.yes ?? 0), 0);
            attacks.attempt(isolates(count, yes), () =>
              JSON.stringify({ metric, filter, code, parent, count, yes }),
            );
          }
        }
      }
      tally['sibling subtraction'] = attacks.tried;
      expect(attacks.tried).toBeGreaterThan(50);
      expect(attacks.succeeded).toEqual([]);
    });

    it('recovers nothing by differencing a program or period filter against a wider view', () => {
      const attacks = new Attempts();
      for (const { metric, filter } of everyView()) {
        for (const wider of widerThan(filter)) {
          for (const code of CODES) {
            const narrow = viewOf(metric, filter).get(code)!;
            const wide = viewOf(metric, wider).get(code)!;
            // A unit against itself.
            for (const [unit, figure] of narrow) {
              const base = wide.get(unit);
              if (!base) continue;
              const yes = figure.yes === null || base.yes === null ? null : base.yes - figure.yes;
              attacks.attempt(isolates(base.count - figure.count, yes), () =>
                JSON.stringify({ metric, filter, wider, code, unit }),
              );
            }
            // A family's hidden block against itself: the parent minus the children visible in both.
            for (const [parent, children] of Object.entries(FAMILIES)) {
              const [n, w] = [narrow.get(parent), wide.get(parent)];
              if (!n || !w) continue;
              const common = children.filter((child) => narrow.has(child) && wide.has(child));
              const rest = (view: Map<string, Known>, whole: Known) => ({
                count: whole.count - common.reduce((sum, child) => sum + view.get(child)!.count, 0),
                yes:
                  whole.yes === null
                    ? null
                    : whole.yes - common.reduce((sum, child) => sum + (view.get(child)!.yes ?? 0), 0),
              });
              const [a, b] = [rest(narrow, n), rest(wide, w)];
              const yes = a.yes === null || b.yes === null ? null : b.yes - a.yes;
              attacks.attempt(isolates(b.count - a.count, yes), () =>
                JSON.stringify({ metric, filter, wider, code, parent, block: [a, b] }),
              );
            }
          }
        }
      }
      tally['filter differencing'] = attacks.tried;
      expect(attacks.tried).toBeGreaterThan(100);
      expect(attacks.succeeded).toEqual([]);
    });

    it('recovers no participant and no non-participant from a participation rate', () => {
      const attacks = new Attempts();
      for (const program of PROGRAMS) {
        for (const period of PERIODS) {
          for (const [code, known] of viewOf('PARTICIPATION_RATE', { program, period })) {
            for (const [unit, figure] of known) {
              attacks.attempt(small(figure.yes!) || small(figure.count - figure.yes!), () =>
                JSON.stringify({ program, period, code, unit, figure }),
              );
            }
          }
        }
      }
      tally['participation numerators'] = attacks.tried;
      expect(attacks.tried).toBeGreaterThan(20);
      expect(attacks.succeeded).toEqual([]);
    });
  });

  describe('polling between ratings', () => {
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;

    async function rate(
      subject: string,
      program: string,
      phase: string,
      raterType: string,
      rater: string,
      score = 5,
    ) {
      await db.query(
        `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score)
         select p.org_id, p.id, $2::uuid, c, $3::text, $4::text, $5::uuid, $6::numeric
         from people p, unnest(array['DELEGATION', 'FEEDBACK']) c
         where p.id = $1::uuid`,
        [subject, program, phase, raterType, rater, score],
      );
    }
    async function closeWindow(subject: string, program: string, phase: string, at: string) {
      await db.query(
        `update assessment_windows set closes_at = ${at} where subject_id = $1 and program_id = $2 and phase = $3`,
        [subject, program, phase],
      );
    }

    /** Rebuilds now, then reads the heatmap's 360 views, whole and filtered to the program. */
    async function pollRebuilt(program: string): Promise<string> {
      await db.query('select cw_refresh_analytics($1)', [heat.orgId]);
      // An in-process PGlite rebuild holds the event loop for seconds: let the server close the
      // keep-alive connections that timed out meanwhile before the client reuses one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const answers: string[] = [];
      for (const metric of ['SCORE', 'DELTA_FROM_BASELINE'] as const) {
        for (const filter of [{}, { program: toGlobalId('Program', program) }]) {
          const { heatmap } = await ask<{ heatmap: Heatmap }>(heat.orgAdminId, HEATMAP, {
            input: { metric, capabilities: CODES, depth: 3, ...filter },
          });
          answers.push(JSON.stringify([heatmap.columns, heatmap.rows]));
        }
      }
      return answers.join('\n');
    }

    it('learns no single rating from the heatmap: a pulse is released whole, when it closes', async () => {
      // Program Q's POST phase is open again, and new raters answer one by one for one of Team E's six.
      const subject = heat.members.find((member) => member.unit === 'E')!;
      const program = heat.programs.Q;
      // A closed pulse cannot be reopened (its close cannot move); the phase's pulses are withdrawn
      // instead (as erasing them would) and new ones opened in their place. One pulse withdrawn and
      // opened alone would, once closed, wait for k more (a phase already released takes late pulses
      // k at a time).
      await db.query(`delete from assessment_windows where program_id = $1 and phase = 'POST'`, [program]);
      await db.query(
        `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
         select org_id, $2, id, 'POST', now() + interval '1 day' from people where id = any($1::uuid[])`,
        [heat.members.filter((member) => member.program === 'Q').map((member) => member.id), program],
      );
      const raters: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        const id = heat.members.filter((member) => member.unit === 'D')[i]!.id;
        raters.push(id);
      }
      const poll = async (): Promise<string[]> => {
        const answers: string[] = [];
        for (const metric of ['SCORE', 'DELTA_FROM_BASELINE'] as const) {
          for (const filter of [{}, { program: toGlobalId('Program', program) }, { period: quarter }]) {
            const { heatmap } = await ask<{ heatmap: Heatmap }>(heat.orgAdminId, HEATMAP, {
              input: { metric, capabilities: CODES, depth: 3, ...filter },
            });
            answers.push(JSON.stringify([heatmap.columns, heatmap.rows]));
          }
        }
        return answers;
      };
      const attacks = new Attempts();
      const compare = (before: string[], after: string[], step: string) =>
        before.forEach((answer, i) => attacks.attempt(answer !== after[i], () => `${step}, view ${i}`));

      // The withdrawal moved the figures (the subject's closed POST pulse no longer counts); its
      // debounced rebuild may still be pending. Rebuild now, so the first poll already shows it and a
      // late trailing rebuild of the same data changes nothing.
      await db.query('select cw_refresh_analytics($1)', [heat.orgId]);
      let before = await poll();
      for (const [i, rater] of raters.entries()) {
        // Scores unlike the subject's others, so that each rating would move their mean.
        await rate(subject.id, program, 'POST', 'PEER', rater, 1 + (i % 3));
        const after = await poll();
        compare(before, after, `rating ${i + 1} into the open pulse`);
        before = after;
      }
      // The phase's close releases it: the figures move once, for all six ratings together.
      await db.query(
        `update assessment_windows set closes_at = now() where program_id = $1 and phase = 'POST'`,
        [program],
      );
      // Rebuilds are debounced per organisation (analytics/freshness.ts): on a loaded machine the
      // release may be served by the trailing rebuild, a few seconds later.
      let released = await poll();
      for (let wait = 0; wait < 40 && JSON.stringify(released) === JSON.stringify(before); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        released = await poll();
      }
      // A poll's six views may straddle the rebuild's commit: read until two polls agree.
      for (let wait = 0; wait < 10; wait += 1) {
        const again = await poll();
        if (JSON.stringify(again) === JSON.stringify(released)) break;
        released = again;
      }
      // A closed pulse is frozen: a rating after the close is refused, and nothing moves.
      await expect(
        rate(subject.id, program, 'POST', 'REPORT', heat.members.find((m) => m.unit === 'A')!.id, 1),
      ).rejects.toMatchObject({ constraint: 'assessments_pulse_open' });
      compare(released, await poll(), 'a rating after the close');
      tally['polling the heatmap between ratings'] = attacks.tried;
      expect(attacks.tried).toBe(7 * 6);
      expect(attacks.succeeded).toEqual([]);
      expect(released).not.toEqual(before);
    });

    it('learns no one person’s result when a phase’s pulses close one by one: they are released k at a time', async () => {
      // Imported pulses close person by person (each on their own date). Were each close to move
      // the figures, the difference between two polls would be one person's 360 result.
      const program = heat.programs.P;
      const subjects = heat.members.filter((member) => member.program === 'P').map((member) => member.id);
      const [{ k }] = (await db.query<{ k: number }>(
        'select min_group_size as k from organisations where id = $1',
        [heat.orgId],
      )) as [{ k: number }];
      // A closed pulse cannot be reopened; the phase's pulses are withdrawn and opened again.
      await db.query(`delete from assessment_windows where program_id = $1 and phase = 'POST'`, [program]);
      for (const [i, subject] of subjects.entries()) {
        await db.query(
          `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
           select org_id, $2, id, 'POST', now() + interval '1 day' + $3 * interval '1 minute' from people where id = $1`,
          [subject, program, i],
        );
      }
      const poll = () => pollRebuilt(program);
      const attacks = new Attempts();
      let before = await poll();
      let closedSinceChange = 0;
      let changes = 0;
      for (const subject of subjects) {
        await closeWindow(subject, program, 'POST', 'now()');
        closedSinceChange += 1;
        const after = await poll();
        if (after !== before) {
          changes += 1;
          attacks.attempt(closedSinceChange < k, () => `figures moved after ${closedSinceChange} closes`);
          closedSinceChange = 0;
        }
        before = after;
      }
      tally['polling the heatmap as pulses close one by one'] = subjects.length;
      expect(subjects.length).toBeGreaterThan(3 * k);
      expect(attacks.succeeded).toEqual([]);
      // Released in steps, and whole once the last pulse closed.
      expect(changes).toBeGreaterThanOrEqual(2);
      expect(closedSinceChange).toBe(0);
    });

    it('learns no one person’s result from a pulse added after its phase was released: late pulses wait for k', async () => {
      // Program P's POST phase has closed and been released. An import then brings pulses in late,
      // one person at a time (here Q's members, rated in P as well). Were the released set computed
      // afresh, the addition would shrink it and the late pulse's close grow it back one person past
      // where it was; recorded releases only grow, k late pulses at a time.
      const program = heat.programs.P;
      const [{ k }] = (await db.query<{ k: number }>(
        'select min_group_size as k from organisations where id = $1',
        [heat.orgId],
      )) as [{ k: number }];
      await db.query(
        `update assessment_windows set closes_at = now() where program_id = $1 and phase = 'POST' and closes_at > now()`,
        [program],
      );
      const poll = () => pollRebuilt(program);
      const latecomers = heat.members.filter((member) => member.program === 'Q');
      const attacks = new Attempts();
      let before = await poll();
      let closedSinceChange = 0;
      let changes = 0;
      const observe = async (step: string) => {
        const after = await poll();
        if (after !== before) {
          changes += 1;
          attacks.attempt(
            closedSinceChange < k,
            () => `figures moved ${step}, ${closedSinceChange} late closes after the last move`,
          );
          closedSinceChange = 0;
        }
        before = after;
      };
      for (const [i, latecomer] of latecomers.entries()) {
        await db.query(
          `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
           values ($1, $2, $3, 'POST', now() + interval '1 day')`,
          [heat.orgId, program, latecomer.id],
        );
        await observe(`when late pulse ${i + 1} opened`);
        // A peer from team D rates each latecomer (the backdating attack below keeps the program admin
        // as a rater of no one).
        const rater = heat.members.filter((member) => member.unit === 'D')[i % 7]!.id;
        await rate(latecomer.id, program, 'POST', 'PEER', rater, 1 + (i % 3));
        await observe(`when late pulse ${i + 1} was rated`);
        await closeWindow(latecomer.id, program, 'POST', 'now()');
        closedSinceChange += 1;
        await observe(`when late pulse ${i + 1} closed`);
      }
      tally['polling the heatmap as late pulses arrive'] = latecomers.length * 3;
      expect(latecomers.length).toBeGreaterThan(k);
      expect(attacks.succeeded).toEqual([]);
      // The first k late pulses were released together; the rest wait for k more.
      expect(changes).toBe(1);
      expect(closedSinceChange).toBe(latecomers.length - k);
    });

    it('learns no single rating from a progress card: a pulse is released whole, when it closes', async () => {
      const subject = world.participantId;
      // Everyone who may read the subject's individual figures: the participant, and the coach and
      // the direct manager once the participant shares (admins never see them one person at a time).
      const viewers = { participant: subject, coach: org.coachPersonId, manager: org.managerId };
      await db.query(
        `update enrolments set shared_with_manager = true where org_id = $1 and person_id = $2 and program_id = $3`,
        [org.orgId, subject, org.programId],
      );
      try {
        await db.query(
          `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
           values ($1, $2, $3, 'POST', now() + interval '1 day')`,
          [org.orgId, org.programId, subject],
        );
        const raters: Array<[string, string]> = [
          ['MANAGER', org.managerId],
          ['REPORT', org.reportIds[1]!],
          ['REPORT', org.outsiderId],
          ...world.peerIds.map((id): [string, string] => ['PEER', id]),
        ];
        const poll = async (): Promise<string[]> => {
          const cards: string[] = [];
          for (const viewer of Object.values(viewers)) {
            const { progressCard } = await ask<{ progressCard: Card }>(viewer, CARD, {
              person: toGlobalId('Person', subject),
            });
            cards.push(JSON.stringify(progressCard.progress?.capabilities ?? null));
          }
          return cards;
        };
        const attacks = new Attempts();
        const compare = (before: string[], after: string[], step: string) =>
          before.forEach((card, i) => attacks.attempt(card !== after[i], () => `${step}, viewer ${i}`));

        let before = await poll();
        await rate(subject, org.programId, 'POST', 'SELF', subject);
        for (const [i, [raterType, rater]] of raters.entries()) {
          const after = await poll();
          compare(before, after, `rating ${i}`);
          before = after;
          await rate(subject, org.programId, 'POST', raterType, rater);
        }
        const last = await poll();
        compare(before, last, 'the last rating');
        await closeWindow(subject, org.programId, 'POST', 'now()');
        const released = await poll();
        await expect(rate(subject, org.programId, 'POST', 'REPORT', org.directorId)).rejects.toMatchObject({
          constraint: 'assessments_pulse_open',
        });
        // Nor can a rating of the closed pulse change, or its close move.
        await expect(
          db.query(
            `update assessments set score = 1 where subject_id = $1 and program_id = $2 and phase = 'POST'`,
            [subject, org.programId],
          ),
        ).rejects.toMatchObject({ constraint: 'assessments_pulse_frozen' });
        await expect(
          closeWindow(subject, org.programId, 'POST', `now() + interval '1 day'`),
        ).rejects.toMatchObject({ constraint: 'assessment_windows_frozen' });
        compare(released, await poll(), 'a rating after the close');
        tally['polling a progress card between ratings'] = attacks.tried;
        // Each of the raters, the last one, and one after the close, as seen by three viewers.
        expect(attacks.tried).toBe((raters.length + 2) * 3);
        expect(attacks.succeeded).toEqual([]);
        // The close released the pulse whole: manager, two reports and five peers; self left out.
        const card = JSON.parse(released[0]!) as NonNullable<Card['progress']>['capabilities'];
        expect(card[0]!.latest).toEqual({ phase: 'POST', mean: 5, raters: 8, withheld: false });
      } finally {
        await db.query(
          `update enrolments set shared_with_manager = false where org_id = $1 and person_id = $2 and program_id = $3`,
          [org.orgId, subject, org.programId],
        );
      }
    });

    it('slips no backdated rating into a pulse that has closed: the database refuses each one', async () => {
      // A rating written after its pulse closed but dated before the close would count (the figures
      // read ratings submitted by the close), and move a figure already released. Imported pulses
      // carry no phase of their own, so only their window guards them.
      const closed = await db.query<{ subject_id: string; program_id: string; closes_at: Date }>(
        `select subject_id, program_id, closes_at from assessment_windows
         where org_id = $1 and phase = 'POST' and closes_at <= now() order by subject_id`,
        [heat.orgId],
      );
      // Someone none of the subjects, who has rated none of them.
      const rater = heat.programAdminId;
      const poll = async (): Promise<string> => {
        await db.query('select cw_refresh_analytics($1)', [heat.orgId]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const answers: string[] = [];
        for (const metric of ['SCORE', 'DELTA_FROM_BASELINE'] as const) {
          const { heatmap } = await ask<{ heatmap: Heatmap }>(heat.orgAdminId, HEATMAP, {
            input: { metric, capabilities: CODES, depth: 3 },
          });
          answers.push(JSON.stringify([heatmap.columns, heatmap.rows]));
        }
        return answers.join('\n');
      };
      const attacks = new Attempts();
      const before = await poll();
      for (const window of closed) {
        let accepted = true;
        try {
          await insertBackdatedPeerRating(db, {
            orgId: heat.orgId,
            subjectId: window.subject_id,
            programId: window.program_id,
            phase: 'POST',
            raterId: rater,
            closesAt: window.closes_at,
          });
        } catch (error) {
          expect(error).toMatchObject({ constraint: 'assessments_pulse_open' });
          accepted = false;
        }
        attacks.attempt(accepted, () => `a backdated rating of ${window.subject_id} accepted`);
      }
      attacks.attempt((await poll()) !== before, () => 'the figures moved');
      tally['backdated ratings into closed pulses'] = attacks.tried;
      expect(closed.length).toBeGreaterThanOrEqual(3 * K);
      expect(attacks.tried).toBe(closed.length + 1);
      expect(attacks.succeeded).toEqual([]);

      // An import brings a closed pulse and its ratings in one transaction: that is accepted.
      const subject = heat.members.find((member) => member.unit === 'B')!;
      const program = heat.programs[subject.program];
      try {
        await db.transaction(async (tx) => {
          await tx.query(
            `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
             values ($1, $2, $3, 'MID', now() - interval '30 days')`,
            [heat.orgId, program, subject.id],
          );
          await tx.query(
            `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id,
               score, submitted_at)
             values ($1, $2, $3, 'DELEGATION', 'MID', 'PEER', $4, 3, now() - interval '40 days')`,
            [heat.orgId, subject.id, program, rater],
          );
        });
      } finally {
        await db.query(`delete from assessments where subject_id = $1 and phase = 'MID'`, [subject.id]);
        await db.query(`delete from assessment_windows where subject_id = $1 and phase = 'MID'`, [
          subject.id,
        ]);
      }
    });
  });

  it('lets no viewer subtract their own rating from a 360 figure: every one rests on k reports and peers', async () => {
    const attacks = new Attempts();
    for (const minGroupSize of [3, 5, 6]) {
      await db.query('update organisations set min_group_size = $2 where id = $1', [org.orgId, minGroupSize]);
      try {
        const { progressCard } = await ask<{ progressCard: Card }>(world.participantId, CARD, {});
        for (const capability of progressCard.progress!.capabilities) {
          for (const figure of [capability.baseline, capability.latest]) {
            if (!figure || figure.withheld) continue;
            // What the ratings behind the figure are, by the database's own account.
            const [truth] = await db.query<{ mean: number; anonymous: number; self: number }>(
              `select avg(a.score) filter (where a.rater_type <> 'SELF')::float8 as mean,
                 count(*) filter (where a.rater_type in ('REPORT', 'PEER'))::int as anonymous,
                 count(*) filter (where a.rater_type = 'SELF')::int as self
               from assessments a
               join assessment_windows w on w.org_id = a.org_id and w.program_id = a.program_id
                 and w.subject_id = a.subject_id and w.phase = a.phase and a.submitted_at <= w.closes_at
               where a.subject_id = $1 and a.program_id = $2 and a.capability_code = $3 and a.phase = $4`,
              [world.participantId, org.programId, capability.capability.code, figure.phase],
            );
            // The participant knows their self rating and the manager their own: what is left
            // must still be at least k raters whose anonymity was promised, and self must not be in it.
            attacks.attempt(
              truth!.anonymous < minGroupSize || Math.abs(truth!.mean - figure.mean!) > 0.005,
              () => JSON.stringify({ minGroupSize, capability: capability.capability.code, figure, truth }),
            );
          }
        }
      } finally {
        await db.query('update organisations set min_group_size = 5 where id = $1', [org.orgId]);
      }
    }
    tally['subtracting a known rating'] = attacks.tried;
    expect(attacks.tried).toBeGreaterThan(5);
    expect(attacks.succeeded).toEqual([]);
  });
  describe("a coach's rating", () => {
    const RATING = `query($id: ID!) { node(id: $id) { ... on Coach { rating { average count withheld } } }
      coaches(first: 50) { edges { node { id rating { average count withheld } } } } }`;
    const SUGGESTIONS = `query($id: ID!) { node(id: $id) { ... on Enrolment {
      coachSuggestions(first: 20) { score coach { id } reasons { code points ratingAverage ratingCount } } } } }`;
    type Rating = { average: number | null; count: number | null; withheld: boolean } | null;
    interface Ratings {
      node: { rating: Rating };
      coaches: { edges: Array<{ node: { id: string; rating: Rating } }> };
    }
    interface Suggestions {
      node: {
        coachSuggestions: Array<{
          score: number;
          coach: { id: string };
          reasons: Array<{ code: string; points: number; ratingAverage: number | null }>;
        }>;
      };
    }
    const coachId = () => toGlobalId('Coach', org.coachId);
    const setSummary = (count: number, sum: number) =>
      db.query(`update coaches set released_rating_count = $2, released_rating_sum = $3 where id = $1`, [
        org.coachId,
        count,
        sum,
      ]);

    it('shows it to no participant, manager or other coach, and to admins only from k ratings', async () => {
      const attacks = new Attempts();
      const otherCoach = randomUUID();
      await db.query(
        `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, roles, in_role_since)
         values ($1, $2, 'Other Coach', 'other-coach@attacks.example', 'en', 'UTC', 'IC', $3, '{COACH}', '2025-01-15')`,
        [otherCoach, org.orgId, org.regionId],
      );
      const outsiders = [org.reportIds[0]!, org.reportIds[1]!, org.managerId, org.directorId, otherCoach];
      try {
        for (const count of [1, 2, K - 1, K, 40]) {
          await setSummary(count, count * 4 - 1);
          for (const viewer of [...outsiders, org.adminId]) {
            const { node, coaches } = await ask<Ratings>(viewer, RATING, { id: coachId() });
            const listed = coaches.edges.find((edge) => edge.node.id === coachId())!.node.rating;
            for (const rating of [node.rating, listed]) {
              const shown = rating !== null && (rating.average !== null || rating.count !== null);
              const entitled = viewer === org.adminId && count >= K;
              attacks.attempt(shown && !entitled, () => JSON.stringify({ viewer, count, rating }));
            }
          }
        }
      } finally {
        await setSummary(0, 0);
      }
      tally["reading a coach's rating"] = attacks.tried;
      expect(attacks.succeeded).toEqual([]);
    });

    it("works no rating back from a participant's match scores", async () => {
      const attacks = new Attempts();
      const scores = new Map<string, number>();
      try {
        for (const [count, sum] of [
          [0, 0],
          [3, 5],
          [3, 15],
          [40, 60],
          [40, 200],
        ] as const) {
          await setSummary(count, sum);
          const { node } = await ask<Suggestions>(org.reportIds[0]!, SUGGESTIONS, {
            id: toGlobalId('Enrolment', org.enrolmentId),
          });
          for (const suggestion of node.coachSuggestions) {
            const shown = suggestion.reasons.reduce((total, reason) => total + reason.points, 0);
            // The score beyond the reasons shown would be the rating's points.
            attacks.attempt(
              Math.abs(suggestion.score - shown) >= 0.5 ||
                suggestion.reasons.some((r) => r.code === 'RATING'),
              () => JSON.stringify({ count, sum, suggestion }),
            );
            // Polling: a participant's view of a coach must not move with the coach's ratings.
            const before = scores.get(suggestion.coach.id);
            attacks.attempt(before !== undefined && Math.abs(before - suggestion.score) > 0.001, () =>
              JSON.stringify({ count, sum, before, after: suggestion.score }),
            );
            scores.set(suggestion.coach.id, suggestion.score);
          }
        }
      } finally {
        await setSummary(0, 0);
      }
      tally["working a coach's rating back from match scores"] = attacks.tried;
      expect(attacks.tried).toBeGreaterThan(4);
      expect(attacks.succeeded).toEqual([]);
    });

    it('learns no single rating by polling as feedback arrives one rating at a time', async () => {
      const attacks = new Attempts();
      const polled = await addCoach(db, heat.orgId, heat.units.R, {
        name: 'Polled Coach',
        languages: ['en'],
        timeZone: 'UTC',
        specialties: ['DELEGATION'],
      });
      const raters = heat.members.filter((member) => member.enrolled).slice(0, 3 * K + 2);
      expect(raters).toHaveLength(3 * K + 2);
      const POLL = `query($id: ID!) { node(id: $id) { ... on Coach { rating { average count withheld } } } }`;
      // The program admin, and the coach, who knows whose session was just rated.
      const pollers = [heat.orgAdminId, polled.personId];
      const read = async (viewer: string) =>
        (await ask<{ node: { rating: Rating } }>(viewer, POLL, { id: toGlobalId('Coach', polled.coachId) }))
          .node.rating;
      /** Per poller: the figure last seen, and how many ratings had been given when it first appeared. */
      const seen = new Map<string, { figure: string; givenAtChange: number; count: number }>();
      for (const viewer of pollers) {
        seen.set(viewer, { figure: JSON.stringify(await read(viewer)), givenAtChange: 0, count: 0 });
      }
      for (const [index, member] of raters.entries()) {
        const [session] = await db.query<{ id: string }>(
          `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
           select $1, $2, e.person_id, e.id, now() - make_interval(days => $4), now() - make_interval(days => $4)
                  + interval '1 hour', 'en', 'COMPLETED'
           from enrolments e where e.org_id = $1 and e.person_id = $3 order by e.id limit 1
           returning id`,
          [heat.orgId, polled.coachId, member.id, 40 - index],
        );
        const rating = ((index * 3) % 5) + 1;
        const { submitSessionFeedback } = await ask<{ submitSessionFeedback: { userErrors: unknown[] } }>(
          member.id,
          `mutation($input: SubmitSessionFeedbackInput!) { submitSessionFeedback(input: $input) { userErrors { code } } }`,
          { input: { sessionId: toGlobalId('Session', session!.id), rating } },
        );
        expect(submitSessionFeedback.userErrors).toEqual([]);
        const given = index + 1;
        for (const viewer of pollers) {
          const rating = await read(viewer);
          const last = seen.get(viewer)!;
          const figure = JSON.stringify(rating);
          if (figure !== last.figure) {
            // A figure that moved after fewer than k new raters gives their ratings away: the
            // difference of two sums (mean × count) is the sum of the new ones.
            const newRaters = given - last.givenAtChange;
            attacks.attempt(newRaters < K, () =>
              JSON.stringify({ viewer, given, before: last.figure, after: figure }),
            );
            seen.set(viewer, { figure, givenAtChange: given, count: rating?.count ?? 0 });
          } else {
            attacks.attempt(false, () => '');
          }
        }
      }
      tally['polling a coach’s rating between ratings'] = attacks.tried;
      expect(attacks.succeeded).toEqual([]);
      // Released in steps, not withheld for good: after 3k + 2 ratings the figure rests on 3k of them.
      for (const viewer of pollers) expect(seen.get(viewer)!.count).toBe(3 * K);
    });
  });
});
