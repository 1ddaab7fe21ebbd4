/**
 * The incremental refresh gives the full rebuild's aggregates: after any sequence of writes it
 * takes back the changed people's old figures and adds their new ones, row for row what a rebuild
 * from scratch computes.
 *
 * Cadence is compared with a relative tolerance: an active enrolment's span runs to now(), and the
 * people a refresh did not touch keep the figures of the previous refresh, seconds older than the
 * rebuild that checks them (over spans of at least 14 days: well under 1e-4). Everything else is
 * compared to the float rounding of a different summation order.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database, Queryable } from '../../db/types.js';
import { addCoach } from '../sessions/test-support.js';
import { createHeatmapFixture, type HeatmapFixture } from './test-fixture.js';

interface AggregateRow {
  key: string;
  capability_codes: string[];
  n: number[];
  sums: Record<string, Array<number | null> | null>;
}

const sumColumns = ['s1', 's2', 'pre_s1', 'pre_s2', 'post_s1', 'post_s2', 'cross_s'] as const;

async function aggregates(tx: Queryable, orgId: string): Promise<AggregateRow[]> {
  const rows = await tx.query<Record<string, unknown>>(
    `select metric, program_key, period_key, unit_id, capability_codes, n, ${sumColumns.join(', ')}
     from analytics_unit_aggregates where org_id = $1
     order by metric, program_key, period_key, unit_id`,
    [orgId],
  );
  return rows.map((row) => ({
    key: `${String(row.metric)}|${String(row.program_key)}|${String(row.period_key)}|${String(row.unit_id)}`,
    capability_codes: row.capability_codes as string[],
    n: row.n as number[],
    sums: Object.fromEntries(sumColumns.map((column) => [column, row[column] as number[] | null])),
  }));
}

class RolledBack extends Error {}

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectSameAggregates(incremental: AggregateRow[], full: AggregateRow[], context: string): void {
  expect(
    incremental.map((row) => row.key),
    context,
  ).toEqual(full.map((row) => row.key));
  incremental.forEach((row, i) => {
    const expected = full[i]!;
    const where = `${context}: ${row.key}`;
    expect(row.capability_codes, where).toEqual(expected.capability_codes);
    expect(row.n, where).toEqual(expected.n);
    const tolerance = row.key.startsWith('SESSION_CADENCE|') ? 1e-4 : 1e-9;
    for (const column of sumColumns) {
      const actual = row.sums[column] ?? null;
      const wanted = expected.sums[column] ?? null;
      if (actual === null || wanted === null) {
        expect(actual, `${where} ${column}`).toEqual(wanted);
        continue;
      }
      actual.forEach((value, j) => {
        const other = wanted[j]!;
        expect(
          Math.abs(value! - other) <= tolerance * Math.max(1, Math.abs(other)),
          `${where} ${column}[${j}]: ${value} vs ${other}`,
        ).toBe(true);
      });
    }
  });
}

describe.each(testEngines())('the incremental analytics refresh on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let coachId: string;

  const refreshIncrementally = (): Promise<string> =>
    db.withTenant(org.orgId, async (tx) => {
      const [row] = await tx.query<{ kind: string }>(
        `select cw_refresh_analytics_incremental($1, interval '1 hour', 1000) as kind`,
        [org.orgId],
      );
      return row!.kind;
    });

  /** What a full rebuild gives now, without keeping it. */
  async function rebuiltFromScratch(): Promise<AggregateRow[]> {
    let rows: AggregateRow[] = [];
    try {
      await db.withTenant(org.orgId, async (tx) => {
        await tx.query('select cw_refresh_analytics($1)', [org.orgId]);
        rows = await aggregates(tx, org.orgId);
        throw new RolledBack();
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
    return rows;
  }

  const current = () => db.withTenant(org.orgId, (tx) => aggregates(tx, org.orgId));

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, `incremental-${engine}`);
    ({ coachId } = await addCoach(db, org.orgId, org.units.R, {
      name: 'Incremental Coach',
      languages: ['en'],
      timeZone: 'UTC',
      specialties: ['DELEGATION'],
    }));
    await db.withTenant(org.orgId, (tx) => tx.query('select cw_refresh_analytics($1)', [org.orgId]));
  }, STORAGE_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await db?.close();
  });

  it(
    'equals a full rebuild after every step of a random sequence of writes',
    async () => {
      const seed = Number(process.env.INCREMENTAL_SEED ?? 20261206);
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
      const teams = [org.units.A, org.units.B, org.units.C, org.units.D, org.units.E, org.units.F1];
      const managers = org.members.map((member) => member.id);
      const day = (from: string, days: number) =>
        new Date(Date.parse(from) + days * 86_400_000).toISOString();
      let slot = 0;
      /** A coach never holds two sessions at once: each session takes the next two-hour slot. */
      const nextSlot = () => new Date(Date.parse('2026-01-12T08:00:00Z') + (slot++ % 2400) * 7_200_000);
      let weeks = 0;

      const writes: Record<string, () => Promise<string>> = {
        async completeSession() {
          const [enrolment] = await db.query<{ id: string; person_id: string }>(
            `select id, person_id from enrolments where org_id = $1 and status in ('ACTIVE', 'COMPLETED')
             order by id offset $2 limit 1`,
            [org.orgId, Math.floor(next() * 20)],
          );
          if (!enrolment) return 'no enrolment';
          const starts = nextSlot();
          const [session] = await db.query<{ id: string }>(
            `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
             values ($1, $2, $3, $4, $5, $5::timestamptz + interval '1 hour', 'en', 'BOOKED') returning id`,
            [org.orgId, coachId, enrolment.person_id, enrolment.id, starts.toISOString()],
          );
          await db.query(`update sessions set status = 'COMPLETED' where id = $1`, [session!.id]);
          if (next() < 0.5) {
            await db.query(
              `insert into session_feedback (org_id, session_id, coach_id, author_id, rating)
               values ($1, $2, $3, $4, $5)`,
              [org.orgId, session!.id, coachId, enrolment.person_id, 1 + Math.floor(next() * 5)],
            );
          }
          return `session for ${enrolment.person_id}`;
        },
        async startEnrolment() {
          const person = pick(managers);
          const program = pick(Object.values(org.programs));
          const enrolled = day('2026-01-20T09:00:00Z', Math.floor(next() * 200));
          const inserted = await db.query(
            `insert into enrolments (org_id, program_id, person_id, status, enrolled_at)
             values ($1, $2, $3, 'ACTIVE', $4) on conflict do nothing returning id`,
            [org.orgId, program, person, enrolled],
          );
          return inserted.length ? `enrolment of ${person}` : 'already enrolled';
        },
        async completeEnrolment() {
          const [enrolment] = await db.query<{ id: string; enrolled_at: Date }>(
            `select id, enrolled_at from enrolments where org_id = $1 and status = 'ACTIVE'
             order by id offset $2 limit 1`,
            [org.orgId, Math.floor(next() * 10)],
          );
          if (!enrolment) return 'no active enrolment';
          const completed = day(enrolment.enrolled_at.toISOString(), 20 + Math.floor(next() * 60));
          await db.query(`update enrolments set status = 'COMPLETED', completed_at = $2 where id = $1`, [
            enrolment.id,
            completed,
          ]);
          return `completed ${enrolment.id}`;
        },
        async movePerson() {
          const person = pick(managers);
          await db.query('update people set org_unit_id = $2 where id = $1', [person, pick(teams)]);
          return `moved ${person}`;
        },
        async addManager() {
          const id = randomUUID();
          await db.query(
            `insert into people (id, org_id, name, email, job_level, org_unit_id, in_role_since, roles)
             values ($1, $2, 'New manager', $3, 'MANAGER', $4, '2025-01-01', array['MANAGER'])`,
            [id, org.orgId, `${id}@incremental.example`, pick(teams)],
          );
          managers.push(id);
          return `added ${id}`;
        },
        async answerWellbeing() {
          const person = pick(managers);
          weeks += 1;
          await db.query(
            `insert into wellbeing_pulse_answers (org_id, person_id, period, energy, workload, support, answered_at)
             values ($1, $2, $3, $4, $4, $4, $5) on conflict do nothing`,
            [
              org.orgId,
              person,
              `2026-W${String(1 + (weeks % 48)).padStart(2, '0')}`,
              1 + Math.floor(next() * 5),
              day('2026-01-05T12:00:00Z', (weeks % 48) * 7),
            ],
          );
          return `wellbeing of ${person}`;
        },
      };

      const kinds: string[] = [];
      for (let step = 0; step < 12; step++) {
        const done: string[] = [];
        const count = 1 + Math.floor(next() * 3);
        for (let i = 0; i < count; i++) done.push(await pick(Object.values(writes))());
        kinds.push(await refreshIncrementally());
        const context = `seed ${seed}, step ${step} (${kinds.at(-1)}): ${done.join('; ')}`;
        expectSameAggregates(await current(), await rebuiltFromScratch(), context);
      }
      // The sequence exercises the difference, not only the fallback to a full rebuild.
      expect(kinds.filter((kind) => kind === 'incremental').length).toBeGreaterThanOrEqual(8);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'rebuilds whole when the unit structure changed or a pulse release is due',
    async () => {
      await db.query(
        `insert into org_units (id, org_id, parent_id, kind, name) values ($1, $2, $3, 'TEAM', 'New')`,
        [randomUUID(), org.orgId, org.units.F2],
      );
      expect(await refreshIncrementally()).toBe('full');
      expect(await refreshIncrementally()).toBe('incremental');
      await db.query(
        `update analytics_refresh_state set next_release_at = now() - interval '1 second' where org_id = $1`,
        [org.orgId],
      );
      expect(await refreshIncrementally()).toBe('full');
      await db.query(
        `update analytics_refresh_state set facts_built_at = now() - interval '2 hours' where org_id = $1`,
        [org.orgId],
      );
      expect(await refreshIncrementally()).toBe('full');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
