/** Rows of the LTI tables (migration 0075). */
import type { JSONWebKeySet } from 'jose';
import { latestOrgRows, orgRowsInCreationOrder } from '../../db/org-rows.js';
import type { Queryable } from '../../db/types.js';

export interface RegistrationRow {
  id: string;
  orgId: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  /** Where the platform publishes its keys; null when they were registered inline (`jwks`). */
  jwksUrl: string | null;
  /** The platform's public keys registered inline (migration 0140); null with a JWKS URL. */
  jwks: JSONWebKeySet | null;
  authLoginUrl: string;
  accessTokenUrl: string;
  emailLinkDomains: string[];
  createdAt: Date;
}

const registrationColumns = `id, org_id as "orgId", issuer, client_id as "clientId",
  deployment_ids as "deploymentIds", jwks_url as "jwksUrl", jwks, auth_login_url as "authLoginUrl",
  access_token_url as "accessTokenUrl", email_link_domains as "emailLinkDomains", created_at as "createdAt"`;

export async function listRegistrations(tx: Queryable, orgId: string): Promise<RegistrationRow[]> {
  return orgRowsInCreationOrder<RegistrationRow>(tx, 'lti_registrations', registrationColumns, orgId);
}

export async function registrationById(tx: Queryable, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await tx.query<RegistrationRow>(
    `select ${registrationColumns} from lti_registrations where id = $1`,
    [id],
  );
  return row;
}

/** The registrations of a platform issuer, in any organisation (the launch path runs as the owner). */
export async function registrationsOfIssuer(tx: Queryable, issuer: string): Promise<RegistrationRow[]> {
  return tx.query<RegistrationRow>(
    `select ${registrationColumns} from lti_registrations where issuer = $1 order by created_at, id`,
    [issuer],
  );
}

export interface RegistrationInput {
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  /** Exactly one of the JWKS URL and the inline key set. */
  jwksUrl: string | null;
  jwks?: JSONWebKeySet | null;
  authLoginUrl: string;
  accessTokenUrl: string;
  emailLinkDomains: string[];
}

/** Inserts a registration; undefined when the issuer and client id are taken (here or elsewhere). */
export async function insertRegistration(
  tx: Queryable,
  orgId: string,
  input: RegistrationInput,
): Promise<RegistrationRow | undefined> {
  const [row] = await tx.query<RegistrationRow>(
    `insert into lti_registrations (org_id, issuer, client_id, deployment_ids, jwks_url, jwks, auth_login_url,
       access_token_url, email_link_domains)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
     on conflict (issuer, client_id) do nothing
     returning ${registrationColumns}`,
    [
      orgId,
      input.issuer,
      input.clientId,
      input.deploymentIds,
      input.jwksUrl,
      input.jwks ? JSON.stringify(input.jwks) : null,
      input.authLoginUrl,
      input.accessTokenUrl,
      input.emailLinkDomains,
    ],
  );
  return row;
}

/** Replaces where a registration's keys come from (a rotation, or a switch between URL and keys). */
export async function updateRegistrationKeys(
  tx: Queryable,
  id: string,
  keys: { jwksUrl: string | null; jwks: JSONWebKeySet | null },
): Promise<RegistrationRow | undefined> {
  const [row] = await tx.query<RegistrationRow>(
    `update lti_registrations set jwks_url = $2, jwks = $3::jsonb where id = $1
     returning ${registrationColumns}`,
    [id, keys.jwksUrl, keys.jwks ? JSON.stringify(keys.jwks) : null],
  );
  return row;
}

export async function deleteRegistration(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query(`delete from lti_registrations where id = $1 returning id`, [id]);
  return rows.length > 0;
}

/** A graded link whose last score the platform refused (4xx) or never took (retries ran out), for the org admins' view. */
export interface GradeRefusalRow {
  id: string;
  personId: string;
  resourceLinkId: string;
  lineItemUrl: string;
  issuer: string;
  lastStatus: 'REFUSED' | 'GAVE_UP';
  lastResponseStatus: number | null;
  lastResponseExcerpt: string | null;
  lastDetail: string | null;
  lastAttemptAt: Date | null;
}

/** Refused and given-up grade deliveries, the latest first. */
export async function gradeRefusals(tx: Queryable, orgId: string, first: number): Promise<GradeRefusalRow[]> {
  return tx.query<GradeRefusalRow>(
    `select l.id, l.person_id as "personId", l.resource_link_id as "resourceLinkId",
            l.lineitem_url as "lineItemUrl", r.issuer, l.last_status as "lastStatus", l.last_response_status as "lastResponseStatus",
            l.last_response_excerpt as "lastResponseExcerpt", l.last_detail as "lastDetail",
            l.last_attempt_at as "lastAttemptAt"
     from lti_grade_links l join lti_registrations r on r.id = l.registration_id
     where l.org_id = $1 and l.last_status in ('REFUSED', 'GAVE_UP')
     order by l.last_attempt_at desc nulls last, l.id limit $2`,
    [orgId, first],
  );
}

export interface CourseRow {
  id: string;
  registrationId: string;
  issuer: string;
  contextId: string;
  label: string | null;
  title: string | null;
  membershipsUrl: string | null;
  lastLaunchAt: Date;
}

const courseColumns = `c.id, c.registration_id as "registrationId", r.issuer, c.context_id as "contextId",
  c.label, c.title, c.memberships_url as "membershipsUrl", c.last_launch_at as "lastLaunchAt"`;

/** Courses launched from, the latest first. */
export async function listCourses(tx: Queryable, orgId: string, first: number): Promise<CourseRow[]> {
  return tx.query<CourseRow>(
    `select ${courseColumns} from lti_contexts c join lti_registrations r on r.id = c.registration_id
     where c.org_id = $1 order by c.last_launch_at desc, c.id limit $2`,
    [orgId, first],
  );
}

export async function courseById(tx: Queryable, orgId: string, id: string): Promise<CourseRow | null> {
  const [row] = await tx.query<CourseRow>(
    `select ${courseColumns} from lti_contexts c join lti_registrations r on r.id = c.registration_id
     where c.org_id = $1 and c.id = $2`,
    [orgId, id],
  );
  return row ?? null;
}

export interface RosterImportRow {
  id: string;
  courseId: string;
  programId: string;
  status: 'PENDING' | 'DONE' | 'FAILED';
  requestedAt: Date;
  finishedAt: Date | null;
  memberCount: number | null;
  invitedCount: number | null;
  alreadyEnrolledCount: number | null;
  skippedCount: number | null;
  unknownMembers: Array<{ userId: string; name: string | null; email: string | null; reason: string }>;
  error: string | null;
}

const importColumns = `id, context_id as "courseId", program_id as "programId", status,
  requested_at as "requestedAt", finished_at as "finishedAt", member_count as "memberCount",
  invited_count as "invitedCount", already_count as "alreadyEnrolledCount", skipped_count as "skippedCount",
  unknown_members as "unknownMembers", error`;

export async function insertRosterImport(
  tx: Queryable,
  orgId: string,
  input: { courseId: string; programId: string; requestedBy: string | null },
): Promise<RosterImportRow> {
  const [row] = await tx.query<RosterImportRow>(
    `insert into lti_roster_imports (org_id, context_id, program_id, requested_by)
     values ($1, $2, $3, (select id from people where org_id = $1 and id = $4::uuid))
     returning ${importColumns}`,
    [orgId, input.courseId, input.programId, input.requestedBy],
  );
  return row!;
}

/** A program's roster imports, the latest first. */
export async function rosterImportsOfProgram(
  tx: Queryable,
  orgId: string,
  programId: string,
  first: number,
): Promise<RosterImportRow[]> {
  return latestOrgRows<RosterImportRow>(
    tx,
    { table: 'lti_roster_imports', columns: importColumns, column: 'program_id', datedBy: 'requested_at' },
    orgId,
    programId,
    first,
  );
}
