/**
 * A small, fully known organisation for gateway tests, written as the owner the
 * way the seed writes. Each call creates a separate tenant, so two calls give
 * the tenancy tests their "org A" and "org B".
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';

export interface GatewayFixture {
  orgId: string;
  slug: string;
  secret: string;
  origin: string;
  regionId: string;
  functionId: string;
  teamIds: string[];
  /** ORG_ADMIN, placed in the region. */
  adminId: string;
  adminEmail: string;
  /** The director heading the function; every team manager reports to them. */
  directorId: string;
  /** Manager of teamIds[0]; reportIds report to them. */
  managerId: string;
  managerEmail: string;
  reportIds: string[];
  /** A participant in another team: not managed by `managerId`. */
  outsiderId: string;
  coachPersonId: string;
  coachId: string;
  programId: string;
  /** reportIds[0] in programId, matched with the coach. */
  enrolmentId: string;
}

export async function createGatewayFixture(
  db: Database,
  slug: string,
  options: { teams?: number } = {},
): Promise<GatewayFixture> {
  const teams = Math.max(options.teams ?? 3, 2);
  const orgId = randomUUID();
  const secret = `test-signing-secret-${slug}-${randomUUID()}`;
  const origin = `https://${slug}.example`;
  await db.query(
    `insert into organisations (id, slug, name, locales, time_zone, allowed_origins, embed_signing_secret)
     values ($1, $2, $3, array['en','fr','ar'], 'Europe/Paris', array[$4], $5)`,
    [orgId, slug, `Org ${slug}`, origin, secret],
  );
  const regionId = randomUUID();
  const functionId = randomUUID();
  await db.query(
    `insert into org_units (id, org_id, parent_id, kind, name) values ($1, $3, null, 'REGION', 'Region'),
       ($2, $3, $1, 'FUNCTION', 'Function')`,
    [regionId, functionId, orgId],
  );
  const teamIds = Array.from({ length: teams }, () => randomUUID());
  await db.query(
    `insert into org_units (id, org_id, parent_id, kind, name)
     select t.id, $2, $3, 'TEAM', 'Team ' || lpad(t.n::text, 4, '0')
     from unnest($1::uuid[]) with ordinality as t(id, n)`,
    [teamIds, orgId, functionId],
  );

  const adminId = randomUUID();
  const directorId = randomUUID();
  const adminEmail = `admin@${slug}.example`;
  const insertPerson = `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id,
      manager_id, in_role_since, roles) values ($1, $2, $3, $4, $5, 'Europe/Paris', $6, $7, $8, '2025-01-15', $9)`;
  await db.query(insertPerson, [
    adminId,
    orgId,
    'Ada Admin',
    adminEmail,
    'en',
    'DIRECTOR',
    regionId,
    null,
    ['ORG_ADMIN'],
  ]);
  await db.query(insertPerson, [
    directorId,
    orgId,
    'Dana Director',
    `director@${slug}.example`,
    'en',
    'DIRECTOR',
    functionId,
    adminId,
    ['MANAGER'],
  ]);

  // One manager per team, all reporting to the director.
  const managerIds = teamIds.map(() => randomUUID());
  await db.query(
    `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
        in_role_since, roles)
     select m.id, $2, 'Manager ' || lpad(m.n::text, 4, '0'), 'manager' || m.n || '@' || $5 || '.example', 'fr',
        'Europe/Paris', 'MANAGER', t.id, $4, '2025-06-01', array['MANAGER','PARTICIPANT']
     from unnest($1::uuid[]) with ordinality as m(id, n)
     join unnest($3::uuid[]) with ordinality as t(id, n) on t.n = m.n`,
    [managerIds, orgId, teamIds, directorId, slug],
  );
  const managerId = managerIds[0]!;
  const managerEmail = `manager1@${slug}.example`;

  const reportIds = [randomUUID(), randomUUID()];
  for (const [index, id] of reportIds.entries()) {
    await db.query(insertPerson, [
      id,
      orgId,
      `Report ${index + 1}`,
      `report${index + 1}@${slug}.example`,
      'en',
      'IC',
      teamIds[0],
      managerId,
      ['PARTICIPANT'],
    ]);
  }
  const outsiderId = randomUUID();
  await db.query(insertPerson, [
    outsiderId,
    orgId,
    'Olive Outsider',
    `outsider@${slug}.example`,
    'ar',
    'IC',
    teamIds[1],
    managerIds[1],
    ['PARTICIPANT'],
  ]);
  const coachPersonId = randomUUID();
  await db.query(insertPerson, [
    coachPersonId,
    orgId,
    'Cleo Coach',
    `coach@${slug}.example`,
    'en',
    'IC',
    regionId,
    null,
    ['COACH'],
  ]);
  const coachId = randomUUID();
  await db.query(
    `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
     values ($1, $2, $3, array['en','fr'], 'Europe/Paris', 'ICF_PCC', 10)`,
    [coachId, orgId, coachPersonId],
  );
  const programId = randomUUID();
  await db.query(
    `insert into programs (id, org_id, name, objective, kpi_name, kpi_unit, kpi_baseline, kpi_target,
        sessions_per_participant, duration_weeks, languages, status, starts_on, ends_on)
     values ($1, $2, 'First-time managers', 'Help new managers delegate', 'Team engagement', '%', 61.5, 70,
        6, 12, array['en','fr'], 'ACTIVE', '2026-01-05', '2026-04-30')`,
    [programId, orgId],
  );
  await db.query(
    `insert into program_focus_capabilities (org_id, program_id, capability_code, position)
     values ($1, $2, 'DELEGATION', 0), ($1, $2, 'FEEDBACK', 1)`,
    [orgId, programId],
  );
  const enrolmentId = randomUUID();
  await db.query(
    `insert into enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at)
     values ($1, $2, $3, $4, $5, 'ACTIVE', '2026-01-05T09:00:00Z')`,
    [enrolmentId, orgId, programId, reportIds[0], coachId],
  );

  return {
    orgId,
    slug,
    secret,
    origin,
    regionId,
    functionId,
    teamIds,
    adminId,
    adminEmail,
    directorId,
    managerId,
    managerEmail,
    reportIds,
    outsiderId,
    coachPersonId,
    coachId,
    programId,
    enrolmentId,
  };
}

/**
 * What the tests that create a program give it beyond its names and plan: a three-week cadence, one
 * KPI (days to a first delegation, 45 down to 30) and the fixture's function as its target population,
 * managers and individual contributors (fields of CreateProgramInput).
 */
export function programTargeting(org: GatewayFixture) {
  return {
    cadenceDays: 21,
    kpis: [
      { names: [{ locale: 'en', text: 'Time to first delegation' }], unit: 'days', baseline: 45, target: 30 },
    ],
    targetPopulation: {
      orgUnits: [{ orgUnitId: toGlobalId('OrgUnit', org.functionId) }],
      jobLevels: ['MANAGER', 'IC'],
    },
  };
}
