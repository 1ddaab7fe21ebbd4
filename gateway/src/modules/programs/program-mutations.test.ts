/**
 * Programs from setup to close through the gateway: every mutation's happy path and the bad input an
 * admin can send (an unknown org unit in a rule, a quota of 0, closing with sessions booked, acting on
 * a program that is not theirs), the participant's answer to an invitation, and the audit log.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import { fromGlobalId, toGlobalId } from '../../ids.js';
import { addPerson, fieldCodes, graphqlCalls, type UserErrorValue } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { tokenFor } from '../../testing/harness.js';
import { programTargeting } from '../../testing/fixtures.js';
import { gatewaySuite } from '../../testing/suite.js';

const programFields = `id name names { locale text } objective status sessionsPerParticipant cadenceDays capacity
  languages viewerCanManage kpis { id name baseline target values { recordedOn value } }
  targetPopulation { jobLevels orgUnits { includeSubtree orgUnit { id } } }
  enrolmentCounts { status count }`;

const create = `mutation Create($input: CreateProgramInput!) {
  createProgram(input: $input) { program { ${programFields} } userErrors { field code message } }
}`;
const update = `mutation Update($input: UpdateProgramInput!) {
  updateProgram(input: $input) { program { ${programFields} } userErrors { field code message } }
}`;
const publish = `mutation Publish($input: PublishProgramInput!) {
  publishProgram(input: $input) { program { status } invitedCount waitlistedCount userErrors { field code message } }
}`;
const pause = `mutation Pause($input: ProgramTransitionInput!) {
  pauseProgram(input: $input) { program { status } userErrors { field code message } }
}`;
const resume = `mutation Resume($input: ProgramTransitionInput!) {
  resumeProgram(input: $input) { program { status } userErrors { field code message } }
}`;
const archive = `mutation Archive($input: ProgramTransitionInput!) {
  archiveProgram(input: $input) { program { status } userErrors { field code message } }
}`;
const close = `mutation Close($input: CloseProgramInput!) {
  closeProgram(input: $input) {
    program { status outcomeSummary { locale text } } completedCount withdrawnCount userErrors { field code message }
  }
}`;
const preview = `query Preview($rules: PopulationRulesInput!, $programId: ID) {
  programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {
    count overlapCount overlaps { program { name } count } sample { name } userErrors { field code message }
  }
}`;
const respond = `mutation Respond($input: RespondToProgramInvitationInput!) {
  respondToProgramInvitation(input: $input) {
    enrolment { status respondedAt history { from to actor { name } reason } } userErrors { field code message }
  }
}`;
const recordKpi = `mutation Record($input: RecordProgramKpiValueInput!) {
  recordProgramKpiValue(input: $input) { kpi { values { recordedOn value } } userErrors { field code message } }
}`;
const changeStatus = `mutation Change($input: ChangeEnrolmentStatusInput!) {
  changeEnrolmentStatus(input: $input) { enrolment { status history { to reason actor { name } } } userErrors { field code message } }
}`;
const assign = `mutation Assign($input: ProgramAdminInput!) {
  assignProgramAdmin(input: $input) { program { admins { name } } userErrors { field code message } }
}`;
const auditLog = `query Audit($programId: ID) {
  auditLog(first: 50, filter: { programId: $programId }) {
    totalCount edges { node { action actor { name } before after subjectId } }
  }
}`;

describe.each(testEngines())('program mutations on %s', (engine) => {
  const suite = gatewaySuite(engine, `programs-${engine}`);
  let programAdminToken: string;
  let otherProgramAdminToken: string;
  let participantToken: string;

  const { call, ok } = graphqlCalls(() => suite.gateway.url);
  const team = () => toGlobalId('OrgUnit', suite.org.teamIds[0]!);
  const baseInput = () => ({
    names: [
      { locale: 'en', text: 'First 100 days' },
      { locale: 'fr', text: 'Les 100 premiers jours' },
    ],
    objectives: [{ locale: 'en', text: 'Faster ramp-up of new managers' }],
    languages: ['en', 'fr'],
    sessionsPerParticipant: 6,
    ...programTargeting(suite.org),
  });

  beforeAll(async () => {
    const person = (name: string, roles: string[]) =>
      addPerson(suite.db, suite.org, name, roles, {
        jobLevel: 'SENIOR_MANAGER',
        orgUnitId: suite.org.regionId,
      });
    const programAdminId = await person('Pat Programs', ['PROGRAM_ADMIN']);
    const otherProgramAdminId = await person('Otto Other', ['PROGRAM_ADMIN']);
    // Otto runs a program of his own; the tests below check that it gives him no hold on others.
    await insertActiveProgram(suite.db, suite.org.orgId, {
      name: 'Other program',
      objective: 'Other objective',
      sessionsPerParticipant: 4,
      durationWeeks: 8,
      adminIds: [otherProgramAdminId],
    });
    programAdminToken = await tokenFor(suite.db, programAdminId);
    otherProgramAdminToken = await tokenFor(suite.db, otherProgramAdminId);
    participantToken = await tokenFor(suite.db, suite.org.reportIds[1]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  it(
    'refuses bad setup input field by field and writes nothing',
    async () => {
      const before = await suite.db.query<{ count: number }>(
        `select count(*)::int as count from programs where org_id = $1`,
        [suite.org.orgId],
      );
      const data = await ok<{ createProgram: { program: null; userErrors: UserErrorValue[] } }>(
        programAdminToken,
        create,
        {
          input: {
            ...baseInput(),
            names: [{ locale: 'de', text: 'Erste 100 Tage' }],
            sessionsPerParticipant: 0,
            startsOn: '2026-06-01',
            endsOn: '2026-05-01',
            focusCapabilities: ['NOT_A_CAPABILITY'],
            targetPopulation: {
              orgUnits: [{ orgUnitId: toGlobalId('OrgUnit', randomUUID()) }],
              minDaysInRole: 100,
              maxDaysInRole: 10,
            },
          },
        },
      );
      expect(data.createProgram.program).toBeNull();
      expect(fieldCodes(data.createProgram.userErrors)).toEqual(
        expect.arrayContaining([
          ['names.0.locale', 'UNSUPPORTED'],
          ['sessionsPerParticipant', 'INVALID'],
          ['endsOn', 'INVALID'],
          ['focusCapabilities.0', 'NOT_FOUND'],
          ['targetPopulation.maxDaysInRole', 'INVALID'],
        ]),
      );
      const unknownUnit = await ok<{ createProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        create,
        {
          input: {
            ...baseInput(),
            targetPopulation: { orgUnits: [{ orgUnitId: toGlobalId('OrgUnit', randomUUID()) }] },
          },
        },
      );
      expect(fieldCodes(unknownUnit.createProgram.userErrors)).toEqual([
        ['targetPopulation.orgUnits.0.orgUnitId', 'NOT_FOUND'],
      ]);
      expect(unknownUnit.createProgram.userErrors[0]!.message).toMatch(/no such org unit/);
      const after = await suite.db.query<{ count: number }>(
        `select count(*)::int as count from programs where org_id = $1`,
        [suite.org.orgId],
      );
      expect(after[0]!.count).toBe(before[0]!.count);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'takes a program from draft to archive, inviting its population, and records every step in the audit log',
    async () => {
      const created = await ok<{
        createProgram: { program: Record<string, unknown> & { id: string; kpis: Array<{ id: string }> } };
      }>(programAdminToken, create, { input: baseInput() });
      const program = created.createProgram.program;
      expect(program).toMatchObject({
        name: 'First 100 days',
        status: 'DRAFT',
        viewerCanManage: true,
        cadenceDays: 21,
      });
      // Every status in the enum's order, zeros included.
      const statuses = ['INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'];
      expect(program['enrolmentCounts']).toEqual(statuses.map((status) => ({ status, count: 0 })));
      const programId = program.id;
      const programUuid = fromGlobalId(programId)!.uuid;

      // A draft is invisible to people who do not manage it, and to the admin of another program.
      const asParticipant = await ok<{ node: null }>(
        participantToken,
        `query($id: ID!) { node(id: $id) { id } }`,
        {
          id: programId,
        },
      );
      expect(asParticipant.node).toBeNull();

      // The live count: the function's managers and reports (job levels MANAGER and IC).
      const counted = await ok<{
        programPopulationPreview: { count: number; overlapCount: number; userErrors: [] };
      }>(programAdminToken, preview, { rules: baseInput().targetPopulation, programId });
      const [expected] = await suite.db.query<{ count: number }>(
        `select count(*)::int as count from people p join org_units u on u.id = p.org_unit_id
         where p.org_id = $1 and $2 = any(u.path) and p.job_level in ('MANAGER', 'IC')`,
        [suite.org.orgId, suite.org.functionId],
      );
      expect(counted.programPopulationPreview.count).toBe(expected!.count);
      // reportIds[0] is enrolled in the fixture's ACTIVE program.
      expect(counted.programPopulationPreview.overlapCount).toBe(1);
      const narrowed = await ok<{ programPopulationPreview: { count: number } }>(programAdminToken, preview, {
        rules: {
          orgUnits: [{ orgUnitId: team(), includeSubtree: false }],
          excludedPersonIds: [toGlobalId('Person', suite.org.reportIds[0]!)],
        },
      });
      expect(narrowed.programPopulationPreview.count).toBe(2); // the team's manager and reportIds[1]

      // Editing: quota 0 is refused; a valid edit is kept.
      const refused = await ok<{ updateProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        update,
        {
          input: { programId, sessionsPerParticipant: 0 },
        },
      );
      expect(fieldCodes(refused.updateProgram.userErrors)).toEqual([['sessionsPerParticipant', 'INVALID']]);
      const edited = await ok<{
        updateProgram: { program: { capacity: number; kpis: Array<{ id: string }> } };
      }>(programAdminToken, update, {
        input: {
          programId,
          capacity: 50,
          kpis: [
            {
              id: program.kpis[0]!.id,
              names: [{ locale: 'en', text: 'Days to first delegation' }],
              baseline: 45,
              target: 28,
            },
          ],
        },
      });
      expect(edited.updateProgram.program.capacity).toBe(50);
      expect(edited.updateProgram.program.kpis[0]!.id).toBe(program.kpis[0]!.id);

      // The admin of another program is refused, and nothing changes.
      const foreign = await call(otherProgramAdminToken, update, { input: { programId, capacity: 3 } });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const foreignPreview = await call(otherProgramAdminToken, preview, { rules: {}, programId });
      expect(foreignPreview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const participantCreate = await call(participantToken, create, { input: baseInput() });
      expect(participantCreate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const published = await ok<{ publishProgram: { program: { status: string }; invitedCount: number } }>(
        programAdminToken,
        publish,
        { input: { programId } },
      );
      expect(published.publishProgram.program.status).toBe('ACTIVE');
      expect(published.publishProgram.invitedCount).toBe(expected!.count);
      const again = await ok<{ publishProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        publish,
        {
          input: { programId },
        },
      );
      expect(fieldCodes(again.publishProgram.userErrors)).toEqual([['programId', 'CONFLICT']]);

      // Once published, the quota only grows.
      const shrink = await ok<{ updateProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        update,
        {
          input: { programId, sessionsPerParticipant: 4 },
        },
      );
      expect(fieldCodes(shrink.updateProgram.userErrors)).toEqual([['sessionsPerParticipant', 'CONFLICT']]);

      // The participant answers in the booker: reportIds[1] accepts.
      const [enrolment] = await suite.db.query<{ id: string }>(
        `select id from enrolments where program_id = $1 and person_id = $2`,
        [programUuid, suite.org.reportIds[1]],
      );
      const enrolmentId = toGlobalId('Enrolment', enrolment!.id);
      const accepted = await ok<{
        respondToProgramInvitation: {
          enrolment: {
            status: string;
            history: Array<{ from: string | null; to: string; actor: { name: string } | null }>;
          };
        };
      }>(participantToken, respond, { input: { enrolmentId, response: 'ACCEPT' } });
      expect(accepted.respondToProgramInvitation.enrolment.status).toBe('ACCEPTED');
      expect(
        accepted.respondToProgramInvitation.enrolment.history.map((event) => [
          event.from,
          event.to,
          event.actor?.name ?? null,
        ]),
      ).toEqual([
        [null, 'INVITED', null],
        ['INVITED', 'ACCEPTED', 'Report 2'],
      ]);
      const twice = await ok<{ respondToProgramInvitation: { userErrors: UserErrorValue[] } }>(
        participantToken,
        respond,
        {
          input: { enrolmentId, response: 'DECLINE' },
        },
      );
      expect(fieldCodes(twice.respondToProgramInvitation.userErrors)).toEqual([['enrolmentId', 'CONFLICT']]);
      // Someone else's invitation is not theirs to answer.
      const [managerEnrolment] = await suite.db.query<{ id: string }>(
        `select id from enrolments where program_id = $1 and person_id = $2`,
        [programUuid, suite.org.managerId],
      );
      const notTheirs = await ok<{ respondToProgramInvitation: { userErrors: UserErrorValue[] } }>(
        participantToken,
        respond,
        {
          input: { enrolmentId: toGlobalId('Enrolment', managerEnrolment!.id), response: 'ACCEPT' },
        },
      );
      expect(fieldCodes(notTheirs.respondToProgramInvitation.userErrors)).toEqual([
        ['enrolmentId', 'NOT_FOUND'],
      ]);

      // An admin withdraws the manager with a reason; completing an invitation is not allowed.
      const badChange = await ok<{ changeEnrolmentStatus: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        changeStatus,
        {
          input: { enrolmentId: toGlobalId('Enrolment', managerEnrolment!.id), status: 'COMPLETED' },
        },
      );
      expect(fieldCodes(badChange.changeEnrolmentStatus.userErrors)).toEqual([['status', 'CONFLICT']]);
      const withdrawn = await ok<{
        changeEnrolmentStatus: {
          enrolment: {
            status: string;
            history: Array<{ to: string; reason: string | null; actor: { name: string } | null }>;
          };
        };
      }>(programAdminToken, changeStatus, {
        input: {
          enrolmentId: toGlobalId('Enrolment', managerEnrolment!.id),
          status: 'WITHDRAWN',
          reason: 'On leave',
        },
      });
      expect(withdrawn.changeEnrolmentStatus.enrolment.history.at(-1)).toEqual({
        to: 'WITHDRAWN',
        reason: 'On leave',
        actor: { name: 'Pat Programs' },
      });

      // KPI values: a future day is refused.
      const kpiId = program.kpis[0]!.id;
      const future = await ok<{ recordProgramKpiValue: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        recordKpi,
        {
          input: { kpiId, recordedOn: '2099-01-01', value: 20 },
        },
      );
      expect(fieldCodes(future.recordProgramKpiValue.userErrors)).toEqual([['recordedOn', 'INVALID']]);
      const recorded = await ok<{
        recordProgramKpiValue: { kpi: { values: Array<{ recordedOn: string; value: number }> } };
      }>(programAdminToken, recordKpi, { input: { kpiId, recordedOn: '2026-01-15', value: 41.5 } });
      expect(recorded.recordProgramKpiValue.kpi.values).toEqual([{ recordedOn: '2026-01-15', value: 41.5 }]);

      // Pause and resume; a booked session blocks closing.
      expect(
        (
          await ok<{ pauseProgram: { program: { status: string } } }>(programAdminToken, pause, {
            input: { programId },
          })
        ).pauseProgram.program.status,
      ).toBe('PAUSED');
      const pausedTwice = await ok<{ pauseProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        pause,
        { input: { programId } },
      );
      expect(fieldCodes(pausedTwice.pauseProgram.userErrors)).toEqual([['programId', 'CONFLICT']]);
      expect(
        (
          await ok<{ resumeProgram: { program: { status: string } } }>(programAdminToken, resume, {
            input: { programId },
          })
        ).resumeProgram.program.status,
      ).toBe('ACTIVE');

      await suite.db.query(`update enrolments set coach_id = $2 where id = $1`, [
        enrolment!.id,
        suite.org.coachId,
      ]);
      const sessionId = randomUUID();
      const starts = new Date(Date.now() + 3 * 86_400_000);
      await suite.db.query(
        `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status, join_url)
         values ($1, $2, $3, $4, $5, $6, $7, 'en', 'BOOKED', 'https://meet.example/x')`,
        [
          sessionId,
          suite.org.orgId,
          suite.org.coachId,
          suite.org.reportIds[1],
          enrolment!.id,
          starts,
          new Date(starts.getTime() + 3_600_000),
        ],
      );
      const summary = [{ locale: 'en', text: 'Ramp-up time fell by a third.' }];
      const blocked = await ok<{ closeProgram: { program: null; userErrors: UserErrorValue[] } }>(
        programAdminToken,
        close,
        {
          input: { programId, outcomeSummary: summary },
        },
      );
      expect(fieldCodes(blocked.closeProgram.userErrors)).toEqual([['programId', 'CONFLICT']]);
      expect(blocked.closeProgram.userErrors[0]!.message).toMatch(/1 session is still booked/);
      await suite.db.query(`update sessions set status = 'CANCELLED', cancelled_at = now() where id = $1`, [
        sessionId,
      ]);
      const foreignClose = await call(otherProgramAdminToken, close, {
        input: { programId, outcomeSummary: summary },
      });
      expect(foreignClose.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const closed = await ok<{
        closeProgram: { program: { status: string }; completedCount: number; withdrawnCount: number };
      }>(programAdminToken, close, { input: { programId, outcomeSummary: summary } });
      expect(closed.closeProgram.program.status).toBe('CLOSED');
      expect(closed.closeProgram.completedCount).toBe(1);
      const closedEdit = await ok<{ updateProgram: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        update,
        {
          input: { programId, capacity: 10 },
        },
      );
      expect(fieldCodes(closedEdit.updateProgram.userErrors)).toEqual([['programId', 'CONFLICT']]);
      expect(
        (
          await ok<{ archiveProgram: { program: { status: string } } }>(programAdminToken, archive, {
            input: { programId },
          })
        ).archiveProgram.program.status,
      ).toBe('ARCHIVED');

      // The audit log: every step, readable by org admins only.
      const log = await ok<{
        auditLog: {
          totalCount: number;
          edges: Array<{
            node: { action: string; actor: { name: string }; before: string | null; after: string | null };
          }>;
        };
      }>(suite.admin, auditLog, { programId });
      expect(log.auditLog.edges.map((edge) => edge.node.action).reverse()).toEqual([
        'PROGRAM_CREATED',
        'PROGRAM_UPDATED',
        'PROGRAM_PUBLISHED',
        'ENROLMENT_STATUS_CHANGED',
        'KPI_VALUE_RECORDED',
        'PROGRAM_PAUSED',
        'PROGRAM_RESUMED',
        'PROGRAM_CLOSED',
        'PROGRAM_ARCHIVED',
      ]);
      const updated = log.auditLog.edges.find((edge) => edge.node.action === 'PROGRAM_UPDATED')!.node;
      expect(JSON.parse(updated.before!)).toMatchObject({ capacity: null });
      expect(JSON.parse(updated.after!)).toMatchObject({ capacity: 50 });
      expect(updated.actor.name).toBe('Pat Programs');
      const refusedLog = await call(programAdminToken, auditLog, { programId });
      expect(refusedLog.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'lets org admins assign program admins, and scopes a program admin to their programs',
    async () => {
      const list = `query { programs(first: 50, manageable: true) { edges { node { name viewerCanManage } } } }`;
      const before = await ok<{ programs: { edges: Array<{ node: { name: string } }> } }>(
        otherProgramAdminToken,
        list,
        {},
      );
      expect(before.programs.edges.map((edge) => edge.node.name)).toEqual(['Other program']);
      const roster = `query($id: ID!) { node(id: $id) { ... on Program { enrolments { totalCount } admins { name } } } }`;
      const refused = await call(otherProgramAdminToken, roster, {
        id: toGlobalId('Program', suite.org.programId),
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const byProgramAdmin = await call(programAdminToken, assign, {
        input: {
          programId: toGlobalId('Program', suite.org.programId),
          personId: toGlobalId('Person', suite.org.reportIds[0]!),
        },
      });
      expect(byProgramAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const notAdmin = await ok<{ assignProgramAdmin: { userErrors: UserErrorValue[] } }>(
        suite.admin,
        assign,
        {
          input: {
            programId: toGlobalId('Program', suite.org.programId),
            personId: toGlobalId('Person', suite.org.reportIds[0]!),
          },
        },
      );
      expect(fieldCodes(notAdmin.assignProgramAdmin.userErrors)).toEqual([['personId', 'INVALID']]);
      const [other] = await suite.db.query<{ id: string }>(`select id from people where email = $1`, [
        `otto@${suite.org.slug}.example`,
      ]);
      const assigned = await ok<{ assignProgramAdmin: { program: { admins: Array<{ name: string }> } } }>(
        suite.admin,
        assign,
        {
          input: {
            programId: toGlobalId('Program', suite.org.programId),
            personId: toGlobalId('Person', other!.id),
          },
        },
      );
      expect(assigned.assignProgramAdmin.program.admins).toEqual([{ name: 'Otto Other' }]);
      const now = await ok<{ node: { enrolments: { totalCount: number } } }>(otherProgramAdminToken, roster, {
        id: toGlobalId('Program', suite.org.programId),
      });
      expect(now.node.enrolments.totalCount).toBe(1);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
