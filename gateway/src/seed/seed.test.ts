import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSeededTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database, Queryable } from '../db/types.js';
import { DEMO_PEOPLE } from './demo-people.js';
import { seed } from './index.js';
import { SEED_TABLES } from './table-specs.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

const CHECKSUM_TABLES = [
  'organisations',
  'capabilities',
  ...SEED_TABLES.map((spec) => spec.table),
  'wellbeing_pulse_answers',
];
const REFERENCE_DATE = '2026-06-01';

/**
 * One md5 per table over every row as JSON, without the insert-time
 * created_at/updated_at defaults and the signing secrets, which legitimately
 * differ between runs.
 */
async function tableChecksums(db: Queryable): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for (const table of CHECKSUM_TABLES) {
    const [row] = await db.query<{ checksum: string }>(
      `SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS checksum
       FROM (SELECT (to_jsonb(t) - 'created_at' - 'updated_at' - 'embed_signing_secret')::text AS r FROM ${table} t) AS s`,
    );
    checksums[table] = row!.checksum;
  }
  return checksums;
}

async function count(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ count: number }>(sql, params);
  return row?.count ?? 0;
}

describe.each(testEngines())('seed generator on %s', (engine) => {
  let db: Database;
  let checksums: Record<string, string>;

  beforeAll(async () => {
    db = await openSeededTestDatabase(engine, { seed: 7, referenceDate: REFERENCE_DATE });
    checksums = await tableChecksums(db);
  });
  afterAll(() => db?.close());

  it('writes the same rows, ids included, for the same seed, but never the same signing secrets', async () => {
    const again = await openSeededTestDatabase(engine, { seed: 7, referenceDate: REFERENCE_DATE });
    try {
      expect(await tableChecksums(again)).toEqual(checksums);
      const secrets = (from: Queryable) =>
        from.query<{ slug: string; secret: string }>(
          'SELECT slug, embed_signing_secret AS secret FROM organisations ORDER BY slug',
        );
      const first = await secrets(db);
      const second = await secrets(again);
      expect(first.map((row) => row.slug)).toEqual(second.map((row) => row.slug));
      for (const [index, row] of first.entries()) {
        // Random, not drawn from the seed: nobody can derive a seeded organisation's key from the repository.
        expect(row.secret).not.toBe(second[index]!.secret);
        expect(row.secret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      }
    } finally {
      await again.close();
    }
  });

  it('writes the same rows with COPY as with INSERT', async () => {
    const inserted = await openSeededTestDatabase(engine, {
      seed: 7,
      referenceDate: REFERENCE_DATE,
      writeWith: 'insert',
    });
    try {
      expect(await tableChecksums(inserted)).toEqual(checksums);
    } finally {
      await inserted.close();
    }
  });

  it('writes the same rows when it loads in bulk, without foreign keys until the end', async () => {
    const bulk = await openSeededTestDatabase(engine, {
      seed: 7,
      referenceDate: REFERENCE_DATE,
      bulkLoad: true,
    });
    try {
      expect(await tableChecksums(bulk)).toEqual(checksums);
    } finally {
      await bulk.close();
    }
  });

  it('writes different rows for a different seed', async () => {
    const other = await openSeededTestDatabase(engine, { seed: 8, referenceDate: REFERENCE_DATE });
    try {
      const otherChecksums = await tableChecksums(other);
      for (const table of ['people', 'sessions', 'goals', 'assessments']) {
        expect(otherChecksums[table], table).not.toBe(checksums[table]);
      }
    } finally {
      await other.close();
    }
  });

  it('refuses to seed over existing organisations', async () => {
    await expect(seed(db, { seed: 7, managers: 10, organisations: 1, log: () => undefined })).rejects.toThrow(
      /already exist/,
    );
  });

  it('keeps every reference inside its own organisation', async () => {
    const crossOrg = await count(
      db,
      `SELECT count(*) AS count FROM people p
       LEFT JOIN org_units u ON u.id = p.org_unit_id
       LEFT JOIN people m ON m.id = p.manager_id
       WHERE u.org_id <> p.org_id OR (p.manager_id IS NOT NULL AND m.org_id <> p.org_id)`,
    );
    expect(crossOrg).toBe(0);
    const crossOrgSessions = await count(
      db,
      `SELECT count(*) AS count FROM sessions s
       JOIN coaches c ON c.id = s.coach_id JOIN people p ON p.id = s.participant_id
       WHERE c.org_id <> s.org_id OR p.org_id <> s.org_id`,
    );
    expect(crossOrgSessions).toBe(0);
  });

  it('builds a region → function → team tree with people at every job level', async () => {
    const kinds = await db.query<{ kind: string; depth: number }>(
      'SELECT DISTINCT kind, depth FROM org_units ORDER BY depth',
    );
    expect(kinds).toEqual([
      { kind: 'REGION', depth: 0 },
      { kind: 'FUNCTION', depth: 1 },
      { kind: 'TEAM', depth: 2 },
    ]);
    const levels = await db.query<{ slug: string; levels: string[] }>(
      `SELECT o.slug, array_agg(DISTINCT p.job_level ORDER BY p.job_level) AS levels
       FROM people p JOIN organisations o ON o.id = p.org_id GROUP BY o.slug ORDER BY o.slug`,
    );
    for (const row of levels) {
      expect(row.levels).toEqual(['DIRECTOR', 'EXECUTIVE', 'IC', 'MANAGER', 'SENIOR_MANAGER']);
    }
    // Everyone but the CEO and the coaches has a manager.
    const withoutManager = await count(
      db,
      `SELECT count(*) AS count FROM people
       WHERE manager_id IS NULL AND NOT ('COACH' = ANY (roles))`,
    );
    expect(withoutManager).toBe(2);
  });

  it('spreads people over at least six languages with matching IANA zones', async () => {
    const locales = await db.query<{ locale: string; zones: string[] }>(
      `SELECT locale, array_agg(DISTINCT time_zone) AS zones FROM people GROUP BY locale`,
    );
    expect(locales.map((row) => row.locale).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja']);
    const zonesOf = (locale: string) => locales.find((row) => row.locale === locale)?.zones ?? [];
    expect(zonesOf('es')).toContain('Europe/Madrid');
    expect(zonesOf('ja')).toContain('Asia/Tokyo');
    expect(zonesOf('ar')).toContain('Asia/Dubai');
  });

  it('gives coaches languages, specialties, credentials, capacity and weekly availability', async () => {
    const coaches = await db.query<{
      credentials: string[];
      without_rules: number;
      without_specialties: number;
      with_exceptions: number;
    }>(
      `SELECT array_agg(DISTINCT credential ORDER BY credential) AS credentials,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM coach_availability_rules r WHERE r.coach_id = c.id)) AS without_rules,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM coach_specialties s WHERE s.coach_id = c.id)) AS without_specialties,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM coach_availability_exceptions e WHERE e.coach_id = c.id)) AS with_exceptions
       FROM coaches c`,
    );
    expect(coaches[0]).toMatchObject({ without_rules: 0, without_specialties: 0 });
    expect(coaches[0]!.credentials).toEqual(['ICF_ACC', 'ICF_MCC', 'ICF_PCC']);
    expect(coaches[0]!.with_exceptions).toBeGreaterThan(0);
  });

  it('keeps each coach’s rating summary equal to their feedback', async () => {
    const mismatched = await count(
      db,
      `SELECT count(*) AS count FROM coaches c
       LEFT JOIN (SELECT coach_id, count(*) AS n, sum(rating) AS total FROM session_feedback GROUP BY coach_id) f
         ON f.coach_id = c.id
       WHERE c.rating_count <> coalesce(f.n, 0) OR c.rating_sum <> coalesce(f.total, 0)`,
    );
    expect(mismatched).toBe(0);
    expect(await count(db, 'SELECT count(*) AS count FROM session_feedback')).toBeGreaterThan(0);
  });

  it('has past sessions in every outcome and booked future ones', async () => {
    const statuses = await db.query<{ status: string; past: boolean }>(
      `SELECT DISTINCT status, ends_at <= $1::timestamptz AS past FROM sessions ORDER BY status, past`,
      [REFERENCE_DATE],
    );
    expect(statuses).toEqual([
      { status: 'BOOKED', past: false },
      { status: 'CANCELLED', past: true },
      { status: 'COMPLETED', past: true },
      { status: 'NO_SHOW', past: true },
    ]);
    expect(await count(db, `SELECT count(*) AS count FROM sessions WHERE late_cancellation`)).toBeGreaterThan(
      0,
    );
  });

  it('writes goals in every visibility with milestones and check-ins', async () => {
    const visibilities = await db.query<{ visibility: string }>(
      'SELECT DISTINCT visibility FROM goals ORDER BY visibility',
    );
    expect(visibilities.map((row) => row.visibility)).toEqual(['COACH', 'MANAGER', 'PRIVATE']);
    expect(await count(db, 'SELECT count(*) AS count FROM goal_milestones')).toBeGreaterThan(0);
    expect(await count(db, 'SELECT count(*) AS count FROM goal_check_ins')).toBeGreaterThan(0);
    const aheadOfGoal = await count(
      db,
      `SELECT count(*) AS count FROM goal_check_ins c JOIN goals g ON g.id = c.goal_id
       WHERE c.progress > g.progress`,
    );
    expect(aheadOfGoal).toBe(0);
  });

  it('writes 360 ratings whose level differs by region and that improve from PRE to POST', async () => {
    const combinations = await db.query<{ phase: string; rater_type: string }>(
      'SELECT DISTINCT phase, rater_type FROM assessments ORDER BY phase, rater_type',
    );
    const seen = combinations.map((row) => `${row.phase}/${row.rater_type}`);
    for (const phase of ['PRE', 'MID', 'POST']) {
      for (const raterType of ['SELF', 'MANAGER', 'REPORT']) expect(seen).toContain(`${phase}/${raterType}`);
    }
    // Peers rate the managers of a team; the small seed completes few of them, hence no POST here.
    expect(seen).toEqual(expect.arrayContaining(['PRE/PEER', 'MID/PEER']));
    const byRegion = await db.query<{ region: string; pre: number; post: number | null }>(
      `SELECT region.name AS region,
              avg(a.score) FILTER (WHERE a.phase = 'PRE')::float8 AS pre,
              avg(a.score) FILTER (WHERE a.phase = 'POST')::float8 AS post
       FROM assessments a
       JOIN people p ON p.id = a.subject_id
       JOIN org_units u ON u.id = p.org_unit_id
       JOIN org_units region ON region.id = u.path[1]
       JOIN organisations o ON o.id = a.org_id AND o.slug = 'northwind'
       GROUP BY region.name`,
    );
    const pre = byRegion.map((row) => row.pre);
    expect(Math.max(...pre) - Math.min(...pre)).toBeGreaterThan(0.3);
    const [overall] = await db.query<{ pre: number; post: number }>(
      `SELECT avg(score) FILTER (WHERE phase = 'PRE')::float8 AS pre,
              avg(score) FILTER (WHERE phase = 'POST')::float8 AS post FROM assessments`,
    );
    expect(overall!.post - overall!.pre).toBeGreaterThan(0.2);
  });

  it('gives every 360 pulse a close time after its last rating, so a pulse is released whole', async () => {
    const outside = await count(
      db,
      `SELECT count(*)::int AS count FROM assessments a
       LEFT JOIN assessment_windows w ON w.org_id = a.org_id AND w.program_id = a.program_id
         AND w.subject_id = a.subject_id AND w.phase = a.phase
       WHERE w.closes_at IS NULL OR a.submitted_at > w.closes_at`,
    );
    expect(outside).toBe(0);
    expect(await count(db, 'SELECT count(*)::int AS count FROM assessment_windows')).toBeGreaterThan(0);
  });

  it('creates the demo people with their stable emails and roles', async () => {
    for (const [slug, cast] of Object.entries(DEMO_PEOPLE)) {
      const people = await db.query<{ email: string; roles: string[]; time_zone: string; locale: string }>(
        `SELECT p.email, p.roles, p.time_zone, p.locale FROM people p
         JOIN organisations o ON o.id = p.org_id WHERE o.slug = $1 AND p.email = ANY($2::text[])`,
        [slug, Object.values(cast).map((person) => person.email)],
      );
      const byEmail = new Map(people.map((person) => [person.email, person]));
      expect(byEmail.get(cast.participant.email)).toMatchObject({
        time_zone: cast.participant.timeZone,
        locale: cast.participant.locale,
        roles: ['PARTICIPANT', 'MANAGER'],
      });
      expect(byEmail.get(cast.coach.email)?.roles).toEqual(['COACH']);
      expect(byEmail.get(cast.programAdmin.email)?.roles).toEqual(['PROGRAM_ADMIN']);
      expect(byEmail.get(cast.orgAdmin.email)?.roles).toEqual(['ORG_ADMIN']);
      expect(byEmail.get(cast.manager.email)?.roles).toContain('MANAGER');
    }
  });

  it('enrols Lucía in "First 100 days" with her coach, past sessions and upcoming ones', async () => {
    const lucia = DEMO_PEOPLE.northwind.participant.email;
    const [enrolment] = await db.query<{ program: string; status: string; coach_email: string }>(
      `SELECT pr.name AS program, e.status, cp.email AS coach_email
       FROM enrolments e JOIN people p ON p.id = e.person_id JOIN programs pr ON pr.id = e.program_id
       JOIN coaches c ON c.id = e.coach_id JOIN people cp ON cp.id = c.person_id
       WHERE p.email = $1`,
      [lucia],
    );
    expect(enrolment).toEqual({
      program: 'First 100 days',
      status: 'ACTIVE',
      coach_email: DEMO_PEOPLE.northwind.coach.email,
    });
    const sessions = await db.query<{ status: string }>(
      `SELECT s.status FROM sessions s JOIN people p ON p.id = s.participant_id
       WHERE p.email = $1 ORDER BY s.starts_at`,
      [lucia],
    );
    expect(sessions.map((session) => session.status)).toContain('BOOKED');
    expect(sessions.filter((session) => session.status !== 'BOOKED').length).toBeGreaterThan(0);
    const visibilities = await db.query<{ visibility: string }>(
      `SELECT g.visibility FROM goals g JOIN people p ON p.id = g.owner_id WHERE p.email = $1
       ORDER BY g.visibility`,
      [lucia],
    );
    expect(visibilities.map((goal) => goal.visibility)).toEqual(['COACH', 'MANAGER', 'PRIVATE']);
    // Her manager leads at least six coached managers: enough for a privacy-safe team view.
    const coachedReports = await count(
      db,
      `SELECT count(DISTINCT r.id) AS count FROM people m
       JOIN people r ON r.manager_id = m.id JOIN enrolments e ON e.person_id = r.id
       WHERE m.email = $1 AND e.status = 'ACTIVE'`,
      [DEMO_PEOPLE.northwind.manager.email],
    );
    expect(coachedReports).toBeGreaterThanOrEqual(6);
  });

  it('makes the burnout of middle managers in the peak-season function visible in WELLBEING, per unit', async () => {
    const [northwind] = await db.query<{ id: string }>(
      `SELECT id FROM organisations WHERE slug = 'northwind'`,
    );
    await db.query('SELECT cw_refresh_analytics($1)', [northwind!.id]);
    // Function units' all-time WELLBEING means, by function name.
    const functions = await db.query<{ name: string; n: number; mean: number }>(
      `SELECT u.name, a.n[1] AS n, a.s1[1] / a.n[1] AS mean
       FROM analytics_unit_aggregates a JOIN org_units u ON u.org_id = a.org_id AND u.id = a.unit_id
       WHERE a.org_id = $1 AND a.metric = 'WELLBEING' AND a.program_key = '00000000-0000-0000-0000-000000000000'
         AND a.period_key = 'ALL' AND u.kind = 'FUNCTION' AND u.name <> 'Coaching Practice'`,
      [northwind!.id],
    );
    // Pooled over the regions (a 60-manager seed has few answerers per function unit).
    const pooled = (units: typeof functions) =>
      units.reduce((sum, f) => sum + f.mean * f.n, 0) / units.reduce((sum, f) => sum + f.n, 0);
    const operations = functions.filter((f) => f.name === 'Operations');
    const others = functions.filter((f) => f.name !== 'Operations');
    expect(operations.reduce((sum, f) => sum + f.n, 0)).toBeGreaterThanOrEqual(5);
    expect(others.reduce((sum, f) => sum + f.n, 0)).toBeGreaterThanOrEqual(5);
    expect(pooled(others) - pooled(operations)).toBeGreaterThan(0.5);
    // Answers are the participants' own, at most one per person and ISO week.
    const [shape] = await db.query<{ answers: number; duplicates: number; outsiders: number }>(
      `SELECT count(*)::int AS answers,
              (count(*) - count(DISTINCT (person_id, period)))::int AS duplicates,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM enrolments e
                WHERE e.person_id = w.person_id AND e.status IN ('ACTIVE', 'COMPLETED')))::int AS outsiders
       FROM wellbeing_pulse_answers w WHERE org_id = $1`,
      [northwind!.id],
    );
    expect(shape!.answers).toBeGreaterThan(50);
    expect(shape!.duplicates).toBe(0);
    expect(shape!.outsiders).toBe(0);
  });

  it('gives every seeded organisation the standard capability catalogue and dev embed settings', async () => {
    const orgs = await db.query<{ slug: string; capabilities: number; allowed_origins: string[] }>(
      `SELECT o.slug, o.allowed_origins,
              (SELECT count(*) FROM capabilities c WHERE c.org_id = o.id) AS capabilities
       FROM organisations o ORDER BY o.slug`,
    );
    expect(orgs).toEqual([
      {
        slug: 'aurora',
        capabilities: 10,
        allowed_origins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      },
      {
        slug: 'northwind',
        capabilities: 10,
        allowed_origins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      },
    ]);
  });
});

describe.each(testEngines())('the organisation-wide 360 pulse on %s', (engine) => {
  let db: Database;

  beforeAll(async () => {
    db = await openSeededTestDatabase(engine, {
      organisations: 1,
      leadershipPulse: true,
      trustedBulkLoad: true,
    });
  });
  afterAll(() => db?.close());

  it('rates every team lead and manager on every capability, PRE only, in one pulse program', async () => {
    const [pulse] = await db.query<{ id: string; focus: number }>(
      `SELECT g.id, (SELECT count(*) FROM program_focus_capabilities f WHERE f.program_id = g.id)::int AS focus
       FROM programs g WHERE g.name = 'Leadership pulse'`,
    );
    expect(pulse?.focus).toBe(10);
    const rated = await db.query<{ capabilities: number; phases: string[] }>(
      `SELECT count(DISTINCT capability_code)::int AS capabilities, array_agg(DISTINCT phase) AS phases
       FROM assessments WHERE program_id = $1 GROUP BY subject_id`,
      [pulse!.id],
    );
    const managers = await count(
      db,
      `SELECT count(*)::int AS count FROM people p
       WHERE p.job_level IN ('MANAGER', 'SENIOR_MANAGER') AND EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id)`,
    );
    expect(rated.length).toBeGreaterThanOrEqual(managers * 0.9);
    expect(rated.every((r) => r.capabilities === 10 && r.phases.join() === 'PRE')).toBe(true);
  });

  it('writes ratings that satisfy every foreign key, though they skipped the per-row checks', async () => {
    const orphans = await count(
      db,
      `SELECT count(*)::int AS count FROM assessments a
       LEFT JOIN people s ON s.org_id = a.org_id AND s.id = a.subject_id
       LEFT JOIN people r ON r.org_id = a.org_id AND r.id = a.rater_id
       LEFT JOIN programs g ON g.org_id = a.org_id AND g.id = a.program_id
       LEFT JOIN capabilities c ON c.org_id = a.org_id AND c.code = a.capability_code
       WHERE s.id IS NULL OR r.id IS NULL OR g.id IS NULL OR c.code IS NULL`,
    );
    expect(orphans).toBe(0);
    // The checks are back on after the batches: a rating of nobody is refused.
    await expect(
      db.query(
        `INSERT INTO assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score)
         SELECT org_id, gen_random_uuid(), program_id, capability_code, 'PRE', 'REPORT', rater_id, 3
         FROM assessments LIMIT 1`,
      ),
    ).rejects.toThrow();
  });
});
