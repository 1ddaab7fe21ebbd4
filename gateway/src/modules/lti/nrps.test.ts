/**
 * Names and Role Provisioning Services through the durable queue: a launch stores the course's
 * membership URL, an admin asks for its learners to be invited to a program, and the roster job
 * reads every page of the membership from a platform played in process (its token endpoint checking
 * the tool's client assertion and the scope, its membership endpoint checking the token, the media
 * type, and paging with `Link: rel="next"`). Members map to people only as launches map users.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { JobQueue } from '../../jobs/queue.js';
import { addPerson } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { toolKeyForJobs } from './keys.js';
import { MEMBERSHIP_MEDIA_TYPE, MEMBERSHIP_SCOPE, nextPageOf, rosterJob } from './nrps.js';
import { insertRegistration } from './sql.js';
import { startPlatform, type SimulatedPlatform } from './testing/platform.js';

const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';

const COURSES = `{ ltiCourses { id issuer contextId label title rosterAvailable lastLaunchAt } }`;
const INVITE = `mutation($input: InviteLtiCourseMembersInput!) { inviteLtiCourseMembers(input: $input) {
  rosterImport { id status programId course { contextId } } userErrors { field code message } } }`;
const IMPORTS = `query($id: ID!) { node(id: $id) { ... on Program { ltiRosterImports { id status memberCount
  invitedCount alreadyEnrolledCount skippedCount unknownMembers { userId name email reason } error
  finishedAt course { label title } } } } }`;

interface Course {
  id: string;
  issuer: string;
  contextId: string;
  rosterAvailable: boolean;
}

describe('NRPS Link header', () => {
  it('finds rel="next" among other links, quoted or not, relative or absolute', () => {
    const base = 'https://lms.example/api/memberships?page=1';
    expect(
      nextPageOf(
        '<https://lms.example/api/memberships?page=1>; rel="first", <https://lms.example/api/memberships?page=2>; rel="next"',
        base,
      ),
    ).toBe('https://lms.example/api/memberships?page=2');
    expect(nextPageOf('</api/memberships?page=3>; rel=next', base)).toBe(
      'https://lms.example/api/memberships?page=3',
    );
    expect(nextPageOf('<https://lms.example/x>; rel="prev"', base)).toBeNull();
    expect(nextPageOf(null, base)).toBeNull();
  });
});

describe.each(testEngines())('LTI course rosters (%s)', (engine) => {
  let db: Database;
  let gateway: RunningGateway;
  let org: GatewayFixture;
  let other: GatewayFixture;
  let platform: SimulatedPlatform;
  let foreign: SimulatedPlatform;
  let queue: JobQueue;
  let admin: string;
  let programAdmin: string;
  let otherProgramAdmin: string;
  let otherProgramId: string;
  let courseId: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphQL<T>(gateway.url, { query, variables }, { token })).body;
  }

  async function launch(from: SimulatedPlatform, sub: string, email: string): Promise<void> {
    const login = await fetch(
      from.loginUrl(gateway.url, { user: { sub, email }, custom: { widget: 'viewer-badge' } }),
      { redirect: 'manual' },
    );
    const form = await from.authorise(login.headers.get('location')!);
    const launched = await fetch(`${gateway.url}/lti/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }).toString(),
    });
    expect(launched.status).toBe(200);
  }

  async function register(fixture: GatewayFixture, from: SimulatedPlatform): Promise<void> {
    await insertRegistration(db, fixture.orgId, {
      issuer: from.issuer,
      clientId: from.clientId,
      deploymentIds: [from.deploymentId],
      jwksUrl: from.jwksUrl,
      authLoginUrl: from.authLoginUrl,
      accessTokenUrl: from.accessTokenUrl,
      emailLinkDomains: [`${fixture.slug}.example`],
    });
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `nrps-${engine}`);
    other = await createGatewayFixture(db, `nrps-other-${engine}`);
    // The platform runs on 127.0.0.1 over http: its JWKS is fetched outside dev mode only from public https.
    gateway = await startGateway(db, { lti: { dev: true } });
    platform = await startPlatform({ name: 'moodle' });
    foreign = await startPlatform({ name: 'canvas' });
    platform.toolUrl = gateway.url;
    foreign.toolUrl = gateway.url;
    await register(org, platform);
    await register(other, foreign);
    // The platform runs on 127.0.0.1 over http: the screened fetch allows that in dev mode only.
    queue = new JobQueue(db, [rosterJob({ toolKey: await toolKeyForJobs(db), dev: true })], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
    admin = await tokenFor(db, org.adminId);
    const programAdminId = await addPerson(db, org, 'Pat Programs', ['PROGRAM_ADMIN'], {
      jobLevel: 'SENIOR_MANAGER',
      orgUnitId: org.regionId,
    });
    const otherProgramAdminId = await addPerson(db, org, 'Otto Other', ['PROGRAM_ADMIN'], {
      jobLevel: 'SENIOR_MANAGER',
      orgUnitId: org.regionId,
    });
    ({ programId: otherProgramId } = await insertActiveProgram(db, org.orgId, {
      name: 'Other program',
      objective: 'Other objective',
      sessionsPerParticipant: 4,
      durationWeeks: 8,
      adminIds: [otherProgramAdminId],
    }));
    await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      org.orgId,
      org.programId,
      programAdminId,
    ]);
    programAdmin = await tokenFor(db, programAdminId);
    otherProgramAdmin = await tokenFor(db, otherProgramAdminId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
    await gateway?.close();
    await platform?.close();
    await foreign?.close();
    await db?.close();
  });

  it(
    'stores the course and its membership URL at launch, for admins to see',
    async () => {
      // The manager launches once: their platform user is linked to them from now on.
      await launch(platform, 'moodle-manager', org.managerEmail);
      await launch(foreign, 'canvas-someone', `manager1@${other.slug}.example`);
      const [stored] = await db.query<{ memberships_url: string; org_id: string }>(
        `select memberships_url, org_id from lti_contexts where registration_id =
           (select id from lti_registrations where issuer = $1)`,
        [platform.issuer],
      );
      expect(stored).toEqual({
        memberships_url: `${platform.url}/courses/course-1/memberships`,
        org_id: org.orgId,
      });
      const listed = await gql<{ ltiCourses: Course[] }>(admin, COURSES);
      expect(listed.errors).toBeUndefined();
      // Only this organisation's platform's course: the other organisation's launch is not listed.
      expect(listed.data!.ltiCourses).toEqual([
        expect.objectContaining({
          issuer: platform.issuer,
          contextId: 'course-1',
          label: 'LEAD-101',
          title: 'Leadership Essentials',
          rosterAvailable: true,
        }),
      ]);
      courseId = listed.data!.ltiCourses[0]!.id;
      expect((await gql<{ ltiCourses: Course[] }>(programAdmin, COURSES)).data!.ltiCourses).toHaveLength(1);
      const refused = await gql(await tokenFor(db, org.reportIds[1]!), COURSES);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a participant, a program admin of another program and another organisation’s admin',
    async () => {
      const input = { courseId, programId: toGlobalId('Program', org.programId) };
      for (const token of [await tokenFor(db, org.reportIds[1]!), await tokenFor(db, org.managerId)]) {
        const refused = await gql(token, INVITE, { input });
        expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      const notTheirs = await gql(otherProgramAdmin, INVITE, { input });
      expect(notTheirs.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      // Their own program, but the course is this organisation's and the program is not theirs to see.
      const stranger = await gql<{ inviteLtiCourseMembers: { userErrors: Array<{ code: string }> } }>(
        await tokenFor(db, other.adminId),
        INVITE,
        { input: { courseId, programId: toGlobalId('Program', other.programId) } },
      );
      expect(stranger.errors).toBeUndefined();
      expect(stranger.data!.inviteLtiCourseMembers.userErrors.map((error) => error.code)).toEqual([
        'NOT_FOUND',
      ]);
      const bad = await gql<{
        inviteLtiCourseMembers: { userErrors: Array<{ field: string[]; code: string }> };
      }>(admin, INVITE, {
        input: { courseId: 'not-a-course', programId: toGlobalId('Program', org.programId) },
      });
      expect(bad.data!.inviteLtiCourseMembers.userErrors).toEqual([
        expect.objectContaining({ field: ['courseId'], code: 'NOT_FOUND' }),
      ]);
      expect(platform.membershipLog).toEqual([]);
      const imports = await db.query(`select id from lti_roster_imports`);
      expect(imports).toEqual([]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'reads every page of the roster and invites the learners the organisation’s rule matches, reporting the rest',
    async () => {
      platform.members = [
        // Linked at their launch: matched by user id, whatever e-mail the roster shows.
        { user_id: 'moodle-manager', roles: [LEARNER], status: 'Active', name: 'Manager One' },
        // Never launched: matched by the e-mail the platform gives, its domain being allowed.
        {
          user_id: 'moodle-report-2',
          roles: [LEARNER],
          name: 'Report Two',
          email: `Report2@${org.slug}.example`,
        },
        // Already taking part in the program.
        { user_id: 'moodle-report-1', roles: [LEARNER], email: `report1@${org.slug}.example` },
        // Nobody of the organisation has this address.
        {
          user_id: 'moodle-stranger',
          roles: [LEARNER],
          name: 'Sam Stranger',
          email: `sam@${org.slug}.example`,
        },
        // An address of a domain the registration does not trust for linking.
        { user_id: 'moodle-gmail', roles: [LEARNER], name: 'Gil Mail', email: 'gil@gmail.example' },
        // Not learners, or not in the course any more: left out.
        { user_id: 'moodle-teacher', roles: [INSTRUCTOR], email: `director@${org.slug}.example` },
        {
          user_id: 'moodle-gone',
          roles: [LEARNER],
          status: 'Inactive',
          email: `outsider@${org.slug}.example`,
        },
      ];
      const asked = await gql<{
        inviteLtiCourseMembers: { rosterImport: { id: string; status: string }; userErrors: unknown[] };
      }>(programAdmin, INVITE, { input: { courseId, programId: toGlobalId('Program', org.programId) } });
      expect(asked.errors).toBeUndefined();
      expect(asked.data!.inviteLtiCourseMembers).toMatchObject({
        rosterImport: { status: 'PENDING', course: { contextId: 'course-1' } },
        userErrors: [],
      });

      type Imported = Record<string, unknown> & { status: string };
      let imported: Imported | undefined;
      await vi.waitFor(
        async () => {
          const read = await gql<{ node: { ltiRosterImports: Imported[] } }>(programAdmin, IMPORTS, {
            id: toGlobalId('Program', org.programId),
          });
          expect(read.errors).toBeUndefined();
          imported = read.data!.node.ltiRosterImports[0];
          expect(imported?.status).toBe('DONE');
        },
        { timeout: 60_000, interval: 300 },
      );
      expect(imported).toMatchObject({
        // The platform listed its learners only (the teacher was filtered out by role).
        memberCount: 6,
        invitedCount: 2,
        alreadyEnrolledCount: 1,
        skippedCount: 1,
        error: null,
        course: { label: 'LEAD-101', title: 'Leadership Essentials' },
        unknownMembers: [
          {
            userId: 'moodle-stranger',
            name: 'Sam Stranger',
            email: `sam@${org.slug}.example`,
            reason: 'NO_PERSON_WITH_EMAIL',
          },
          {
            userId: 'moodle-gmail',
            name: 'Gil Mail',
            email: 'gil@gmail.example',
            reason: 'EMAIL_DOMAIN_NOT_ALLOWED',
          },
        ],
      });

      const enrolled = await db.query<{ person_id: string; status: string }>(
        `select person_id, status from enrolments where program_id = $1 order by status, person_id`,
        [org.programId],
      );
      expect(enrolled).toEqual(
        expect.arrayContaining([
          { person_id: org.managerId, status: 'INVITED' },
          { person_id: org.reportIds[1], status: 'INVITED' },
          { person_id: org.reportIds[0], status: 'ACTIVE' },
        ]),
      );
      expect(enrolled).toHaveLength(3);
      // Nobody was created for the unknown members.
      const strangers = await db.query(`select id from people where email in ($1, 'gil@gmail.example')`, [
        `sam@${org.slug}.example`,
      ]);
      expect(strangers).toEqual([]);

      // Three pages of two (six learners), asked by the LIS Learner role, each with the membership media
      // type and a bearer token of the read-only membership scope, the next page taken from the Link header.
      const learners = `role=${encodeURIComponent(LEARNER)}`;
      expect(platform.membershipLog.map((entry) => entry.request.url)).toEqual([
        `${platform.url}/courses/course-1/memberships?${learners}`,
        `${platform.url}/courses/course-1/memberships?${learners}&page=2`,
        `${platform.url}/courses/course-1/memberships?${learners}&page=3`,
      ]);
      for (const entry of platform.membershipLog) {
        expect(entry.request.headers.accept).toBe(MEMBERSHIP_MEDIA_TYPE);
        expect(entry.response.status).toBe(200);
      }
      expect(platform.membershipLog[2]!.response.headers['link']).toBeUndefined();
      expect([...platform.tokenScopes.values()]).toContain(MEMBERSHIP_SCOPE);

      const [audit] = await db.query<{ action: string; after: Record<string, unknown> }>(
        `select action, after from audit_log where org_id = $1 and action = 'PARTICIPANTS_INVITED'`,
        [org.orgId],
      );
      expect(audit).toMatchObject({ after: { source: 'LTI_ROSTER', invited: expect.any(Array) } });

      if (process.env['NRPS_EXCHANGE_OUT'] && engine === 'pglite') {
        writeFileSync(
          process.env['NRPS_EXCHANGE_OUT'],
          `${JSON.stringify({ exchange: platform.membershipLog, import: imported }, null, 2)}\n`,
        );
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'keeps a refusal of the platform on the import, and invites nobody',
    async () => {
      const before = platform.membershipLog.length;
      platform.failNextMemberships(403, 1);
      const asked = await gql<{ inviteLtiCourseMembers: { rosterImport: { id: string } } }>(admin, INVITE, {
        input: { courseId, programId: toGlobalId('Program', otherProgramId) },
      });
      expect(asked.errors).toBeUndefined();
      await vi.waitFor(
        async () => {
          const [row] = await db.query<{ status: string; error: string }>(
            `select status, error from lti_roster_imports where program_id = $1`,
            [otherProgramId],
          );
          expect(row).toEqual({ status: 'FAILED', error: expect.stringContaining('membership 403') });
        },
        { timeout: 60_000, interval: 300 },
      );
      expect(platform.membershipLog.length).toBe(before + 1);
      const enrolled = await db.query(`select id from enrolments where program_id = $1`, [otherProgramId]);
      expect(enrolled).toEqual([]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'leaves out the other roles itself when the platform ignores the role filter',
    async () => {
      platform.honoursRoleFilter = false;
      try {
        const before = platform.membershipLog.length;
        const asked = await gql<{ inviteLtiCourseMembers: { rosterImport: { id: string } } }>(admin, INVITE, {
          input: { courseId, programId: toGlobalId('Program', otherProgramId) },
        });
        expect(asked.errors).toBeUndefined();
        await vi.waitFor(
          async () => {
            const [row] = await db.query<{ status: string }>(
              `select status from lti_roster_imports where program_id = $1 order by requested_at desc limit 1`,
              [otherProgramId],
            );
            expect(row?.status).toBe('DONE');
          },
          { timeout: 60_000, interval: 300 },
        );
        const [row] = await db.query(
          `select member_count, skipped_count, pages from lti_roster_imports where program_id = $1 and status = 'DONE'`,
          [otherProgramId],
        );
        // Every member listed (seven, on four pages); the instructor and the inactive learner skipped here.
        expect(row).toEqual({ member_count: 7, skipped_count: 2, pages: 4 });
        expect(
          platform.membershipLog
            .slice(before)
            .map((entry) => new URL(entry.request.url).searchParams.get('role')),
        ).toEqual([LEARNER, LEARNER, LEARNER, LEARNER]);
        const invited = await db.query<{ person_id: string }>(
          `select person_id from enrolments where program_id = $1`,
          [otherProgramId],
        );
        expect(invited.length).toBe(3);
      } finally {
        platform.honoursRoleFilter = true;
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
