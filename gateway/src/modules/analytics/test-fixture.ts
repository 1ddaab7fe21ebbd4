/**
 * A small organisation whose heatmap cells are computed by hand in the tests
 * (minGroupSize 5). Every manager is rated by the admin (MANAGER rater) at PRE
 * in 2026-Q1 and at POST in 2026-Q2, and rates themselves 1.00 (SELF, which the
 * score must ignore). Every pulse closed a fortnight after its ratings. Each
 * manager belongs to exactly one program, so a person's value is the same with
 * and without a program filter.
 *
 *   Region R
 *   ├── Function F1   direct: 1 (Q)          all: 16   P: 14
 *   │   ├── Team A    6 (P)                   all: 6    P: 6
 *   │   ├── Team B    7 (6 P, 1 Q)            all: 7    P: 6
 *   │   └── Team C    2 (P)                   all: 2    P: 2
 *   └── Function F2                           all: 13   P: 7
 *       ├── Team D    7 (P, not enrolled)     all: 7    P: 7
 *       └── Team E    6 (Q)                   all: 6    P: 0
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Database } from '../../db/types.js';
import { postGraphQL } from '../../testing/harness.js';

export interface Member {
  id: string;
  unit: string;
  program: 'P' | 'Q';
  pre: number;
  post: number;
  enrolled: boolean;
}

export interface HeatmapFixture {
  orgId: string;
  units: Record<'R' | 'F1' | 'F2' | 'A' | 'B' | 'C' | 'D' | 'E', string>;
  programs: Record<'P' | 'Q', string>;
  members: Member[];
  orgAdminId: string;
  programAdminId: string;
  participantId: string;
  /** The manager placed directly in F1. */
  functionHeadId: string;
  /** The one manager whose POST rating falls in 2026-Q3 instead of Q2 (in team B, program P). */
  lateRaterId: string;
}

const plan: Array<{
  unit: 'A' | 'B' | 'C' | 'D' | 'E' | 'F1';
  program: 'P' | 'Q';
  pre: number[];
  post: number[];
}> = [
  { unit: 'A', program: 'P', pre: [2, 2, 2, 2, 2, 2], post: [3, 3, 3, 3, 3, 3] },
  { unit: 'B', program: 'P', pre: [3, 3, 3, 4, 3, 3], post: [4, 4, 3, 5, 4, 3] },
  { unit: 'B', program: 'Q', pre: [3], post: [4] },
  { unit: 'C', program: 'P', pre: [1, 4], post: [1, 5] },
  { unit: 'F1', program: 'Q', pre: [2], post: [2] },
  { unit: 'D', program: 'P', pre: [2, 2, 2, 2, 2, 2, 2], post: [2, 3, 2, 3, 2, 3, 2] },
  { unit: 'E', program: 'Q', pre: [4, 4, 4, 4, 4, 4], post: [5, 5, 4, 4, 5, 5] },
];

export async function createHeatmapFixture(db: Database, slug: string): Promise<HeatmapFixture> {
  const orgId = randomUUID();
  await db.query(
    `insert into organisations (id, slug, name, locales, time_zone, allowed_origins, embed_signing_secret, min_group_size)
     values ($1, $2, $3, array['en','fr'], 'UTC', array['https://hr.example'], $4, 5)`,
    [orgId, slug, `Heatmap ${slug}`, `heatmap-secret-${randomUUID()}`],
  );
  const units = {
    R: randomUUID(),
    F1: randomUUID(),
    F2: randomUUID(),
    A: randomUUID(),
    B: randomUUID(),
    C: randomUUID(),
    D: randomUUID(),
    E: randomUUID(),
  };
  const insertUnit = 'insert into org_units (id, org_id, parent_id, kind, name) values ($1, $2, $3, $4, $5)';
  await db.query(insertUnit, [units.R, orgId, null, 'REGION', 'Region R']);
  await db.query(insertUnit, [units.F1, orgId, units.R, 'FUNCTION', 'Function F1']);
  await db.query(insertUnit, [units.F2, orgId, units.R, 'FUNCTION', 'Function F2']);
  for (const team of ['A', 'B', 'C'] as const) {
    await db.query(insertUnit, [units[team], orgId, units.F1, 'TEAM', `Team ${team}`]);
  }
  for (const team of ['D', 'E'] as const) {
    await db.query(insertUnit, [units[team], orgId, units.F2, 'TEAM', `Team ${team}`]);
  }

  let serial = 0;
  const insertPerson = async (unit: string, jobLevel: string, roles: string[]): Promise<string> => {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `insert into people (id, org_id, name, email, job_level, org_unit_id, in_role_since, roles)
       values ($1, $2, $3, $4, $5, $6, '2025-01-01', $7)`,
      [id, orgId, `Person ${serial}`, `person${serial}@${slug}.example`, jobLevel, unit, roles],
    );
    return id;
  };
  const orgAdminId = await insertPerson(units.R, 'IC', ['ORG_ADMIN']);
  const programAdminId = await insertPerson(units.R, 'IC', ['PROGRAM_ADMIN']);
  const participantId = await insertPerson(units.A, 'IC', ['PARTICIPANT']);

  const programs = { P: randomUUID(), Q: randomUUID() };
  for (const [name, id] of Object.entries(programs)) {
    await db.query(
      `insert into programs (id, org_id, name, objective, kpi_name, sessions_per_participant, duration_weeks,
         languages, status, starts_on, ends_on)
       values ($1, $2, $3, 'Grow managers', 'Engagement', 6, 12, array['en'], 'ACTIVE', '2026-01-05', '2026-06-30')`,
      [id, orgId, `Program ${name}`],
    );
  }
  await db.query(
    `insert into program_focus_capabilities (org_id, program_id, capability_code, position)
     values ($1, $2, 'DELEGATION', 0), ($1, $2, 'FEEDBACK', 1), ($1, $3, 'DELEGATION', 0)`,
    [orgId, programs.P, programs.Q],
  );

  const members: Member[] = [];
  for (const group of plan) {
    for (const [i, pre] of group.pre.entries()) {
      const id = await insertPerson(units[group.unit], 'MANAGER', ['MANAGER', 'PARTICIPANT']);
      members.push({
        id,
        unit: group.unit,
        program: group.program,
        pre,
        post: group.post[i]!,
        enrolled: group.unit !== 'D',
      });
    }
  }
  const functionHeadId = members.find((member) => member.unit === 'F1')!.id;
  const lateRaterId = members.find((member) => member.unit === 'B' && member.program === 'P')!.id;

  for (const member of members) {
    const programId = programs[member.program];
    if (member.enrolled) {
      await db.query(
        `insert into enrolments (org_id, program_id, person_id, status, enrolled_at)
         values ($1, $2, $3, 'ACTIVE', '2026-01-05T09:00:00Z')`,
        [orgId, programId, member.id],
      );
    }
    const postAt = member.id === lateRaterId ? '2026-08-10T10:00:00Z' : '2026-05-10T10:00:00Z';
    // Each pulse closes a fortnight after its ratings came in. A closed pulse takes no rating written
    // later (migration 0143): the pulses are imported with their ratings, in one transaction.
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
       values ($1, $2, $3, 'PRE', '2026-02-03T00:00:00Z'),
              ($1, $2, $3, 'POST', $4::timestamptz + interval '14 days')`,
        [orgId, programId, member.id, postAt],
      );
      for (const capability of ['DELEGATION', 'FEEDBACK']) {
        await tx.query(
          `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score, submitted_at)
         values ($1, $2, $3, $4, 'PRE', 'MANAGER', $5, $6, '2026-01-20T10:00:00Z'),
                ($1, $2, $3, $4, 'POST', 'MANAGER', $5, $7, $8),
                ($1, $2, $3, $4, 'PRE', 'SELF', $2, 1, '2026-01-20T10:00:00Z'),
                ($1, $2, $3, $4, 'POST', 'SELF', $2, 1, $8)`,
          [orgId, member.id, programId, capability, orgAdminId, member.pre, member.post, postAt],
        );
      }
    });
  }
  return {
    orgId,
    units,
    programs,
    members,
    orgAdminId,
    programAdminId,
    participantId,
    functionHeadId,
    lateRaterId,
  };
}

/** A heatmap cell as the tests over this fixture select it. */
export interface HeatmapCellView {
  value: number | null;
  count: number | null;
  suppressed: boolean;
  reason: string | null;
}

/** A heatmap as the tests over this fixture select it (`stale` only where they ask for it). */
export interface HeatmapView {
  metric: string;
  periods: string[];
  stale?: boolean;
  columns: Array<{ capability: { code: string }; organisation: HeatmapCellView }>;
  total: { unit: { name: string }; cells: HeatmapCellView[] } | null;
  rows: Array<{ unit: { name: string }; cells: HeatmapCellView[] }>;
  csv: string;
}

/** The query that selects a HeatmapView, with `stale` where the test asks for it. */
export function heatmapViewQuery({ stale = false } = {}): string {
  return `
  query Heatmap($input: HeatmapInput!) {
    heatmap(input: $input) {
      metric periods${stale ? ' stale' : ''}
      columns { capability { code } organisation { ...Cell } }
      total { ...Row }
      rows { ...Row }
      csv
    }
  }
  fragment Row on HeatmapRow { unit { name } cells { ...Cell } }
  fragment Cell on HeatmapCell { value count suppressed reason }`;
}

/** The heatmap of `input` read through the gateway at `url` with `token`; fails the test on any error. */
export async function readHeatmapView(
  url: string,
  token: string,
  query: string,
  input: Record<string, unknown>,
): Promise<HeatmapView> {
  const res = await postGraphQL<{ heatmap: HeatmapView }>(url, { query, variables: { input } }, { token });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.heatmap;
}
