/**
 * Reminders limited to the roster rows an admin selected: only those enrolments are reminded (and
 * only if they still have something to be reminded of), and a list naming anything but this
 * program's enrolments is refused whole, field by field, before anyone is reminded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { addPerson, fieldCodes, graphqlCalls, type UserErrorValue } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';

const remind = `mutation Remind($input: RemindProgramParticipantsInput!) {
  remindProgramParticipants(input: $input) { remindedCount alreadyRemindedCount userErrors { field code message } }
}`;

interface RemindPayload {
  remindProgramParticipants: {
    remindedCount: number;
    alreadyRemindedCount: number;
    userErrors: UserErrorValue[];
  };
}

describe.each(testEngines())('reminding selected participants on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let other: GatewayFixture;
  let running: RunningGateway;
  let adminToken: string;
  let outsiderAdminToken: string;
  let programId: string;
  /** Enrolments of `programId` by person: report 2 and the outsider INVITED, the manager ACCEPTED, the director DECLINED. */
  const enrolment: Record<'report2' | 'outsider' | 'manager' | 'director', string> = {
    report2: '',
    outsider: '',
    manager: '',
    director: '',
  };
  const { call, ok } = graphqlCalls(() => running.url);
  const enrolmentId = (uuid: string) => toGlobalId('Enrolment', uuid);
  const remindersOf = async () =>
    (
      await db.query<{ person_id: string; kind: string }>(
        `select person_id, kind from program_reminders where program_id = $1 order by kind, person_id`,
        [programId],
      )
    ).map((row) => [row.person_id, row.kind]);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `remind-selected-${engine}`);
    other = await createGatewayFixture(db, `remind-selected-other-${engine}`);
    const outsiderAdmin = await addPerson(db, org, 'Otto Other', ['PROGRAM_ADMIN'], {
      jobLevel: 'SENIOR_MANAGER',
      orgUnitId: org.regionId,
    });
    ({ programId } = await insertActiveProgram(db, org.orgId, {
      name: 'First 100 days',
      objective: 'Ramp-up',
    }));
    const rows = await db.query<{ id: string; person_id: string }>(
      `insert into enrolments (org_id, program_id, person_id, status)
       values ($1, $2, $3, 'INVITED'), ($1, $2, $4, 'INVITED'), ($1, $2, $5, 'ACCEPTED'), ($1, $2, $6, 'DECLINED')
       returning id, person_id`,
      [org.orgId, programId, org.reportIds[1], org.outsiderId, org.managerId, org.directorId],
    );
    const idOf = (person: string) => rows.find((row) => row.person_id === person)!.id;
    enrolment.report2 = idOf(org.reportIds[1]!);
    enrolment.outsider = idOf(org.outsiderId);
    enrolment.manager = idOf(org.managerId);
    enrolment.director = idOf(org.directorId);
    running = await startGateway(db);
    adminToken = await tokenFor(db, org.adminId);
    outsiderAdminToken = await tokenFor(db, outsiderAdmin);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses a list naming another program’s or organisation’s enrolment, or no enrolment at all', async () => {
    const input = (ids: string[]) => ({ programId: toGlobalId('Program', programId), enrolmentIds: ids });
    const refusals: Array<[string[], Array<[string | undefined, string]>]> = [
      // The fixture's own enrolment is in the organisation's other program.
      [[enrolmentId(enrolment.report2), enrolmentId(org.enrolmentId)], [['enrolmentIds.1', 'NOT_FOUND']]],
      // Another organisation's enrolment: this tenant cannot see it, so it is not in the program either.
      [[enrolmentId(other.enrolmentId), enrolmentId(enrolment.manager)], [['enrolmentIds.0', 'NOT_FOUND']]],
      [[toGlobalId('Person', org.managerId)], [['enrolmentIds.0', 'INVALID']]],
      [['not-an-id'], [['enrolmentIds.0', 'INVALID']]],
      [[], [['enrolmentIds', 'INVALID']]],
      [Array.from({ length: 501 }, () => enrolmentId(enrolment.report2)), [['enrolmentIds', 'INVALID']]],
    ];
    for (const [ids, expected] of refusals) {
      const data = await ok<RemindPayload>(adminToken, remind, { input: input(ids) });
      expect(fieldCodes(data.remindProgramParticipants.userErrors), JSON.stringify(ids)).toEqual(expected);
      expect(data.remindProgramParticipants.userErrors[0]!.message).not.toBe('');
      expect(data.remindProgramParticipants.remindedCount).toBe(0);
    }
    // A program admin not assigned to the program is refused whatever the list holds.
    const body = await call<RemindPayload>(outsiderAdminToken, remind, {
      input: input([enrolmentId(enrolment.report2)]),
    });
    expect(
      body.errors?.[0]?.extensions?.code ?? body.data?.remindProgramParticipants.userErrors[0]?.code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await remindersOf()).toEqual([]);
  });

  it('reminds only the selected people who still have something to do, once a day', async () => {
    const input = {
      programId: toGlobalId('Program', programId),
      // The director declined: selected, but there is nothing to remind them of.
      enrolmentIds: [enrolment.report2, enrolment.manager, enrolment.director].map(enrolmentId),
    };
    const first = await ok<RemindPayload>(adminToken, remind, { input });
    expect(first.remindProgramParticipants).toEqual({
      remindedCount: 2,
      alreadyRemindedCount: 0,
      userErrors: [],
    });
    expect(await remindersOf()).toEqual(
      [
        [org.managerId, 'BOOK'],
        [org.reportIds[1], 'RESPOND'],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!)),
    );
    // The outsider was not selected: the bulk reminder still finds them, and skips the two above.
    const everyone = await ok<RemindPayload>(adminToken, remind, {
      input: { programId: input.programId },
    });
    expect(everyone.remindProgramParticipants).toMatchObject({ remindedCount: 1, alreadyRemindedCount: 2 });
    const audit = await db.query<{ after: Record<string, unknown> | string }>(
      `select after from audit_log where org_id = $1 and program_id = $2 and action = 'PARTICIPANTS_REMINDED'
       order by at, id`,
      [org.orgId, programId],
    );
    const entries = audit.map((row) => (typeof row.after === 'string' ? JSON.parse(row.after) : row.after));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ RESPOND: 1, BOOK: 1, selected: 3 });
    expect(entries[1]).not.toHaveProperty('selected');
  });
});
