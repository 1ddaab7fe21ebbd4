/**
 * Collecting 360 pulses through the gateway: a program admin opens a phase and raters are invited by
 * rule; each rater sees only what they owe, saves a draft that survives a new request, and submits;
 * the participant adjusts their raters within limits before the cut-off. Every mutation is refused
 * for bad input, the wrong role, a non-rater (the coach, a former coach, an admin) and a closed
 * phase; a closed phase's released figures never move, not even under a backdated write; and the
 * answers collected in PRE and POST move the progress card's lines and the heatmap's delta.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { insertBackdatedPeerRating } from './test-support.js';

const OPEN = `mutation($input: OpenPulsePhaseInput!) { openPulsePhase(input: $input) {
  phase { phase opensAt closesAt ratersCutoffAt raterLimits { minPeers maxPeers } requested submitted }
  userErrors { field code message } } }`;
const CLOSE = `mutation($input: ClosePulsePhaseInput!) { closePulsePhase(input: $input) {
  phase { phase closesAt requested submitted } userErrors { field code message } } }`;
const OWED = `{ pulseRequests { subject { id name } program { id } phase raterType
  capabilities { id code } scale { min max } dueAt draft { capability { code } score }
  raters { person { id } raterType } raterLimits { minPeers maxPeers } ratersCutoffAt } }`;
const SAVE = `mutation($input: SavePulseDraftInput!) { savePulseDraft(input: $input) {
  request { raterType draft { capability { code } score } } submitted userErrors { field code message } } }`;
const SUBMIT = `mutation($input: SubmitPulseInput!) { submitPulse(input: $input) {
  submitted userErrors { field code message } } }`;
const RATERS = `mutation($input: SetPulseRatersInput!) { setPulseRaters(input: $input) {
  request { raters { person { id } raterType } } userErrors { field code message } } }`;
const CHOICES = `{ pulseRaterChoices { subject { id } phase raterType ratersCutoffAt
  raters { person { id } raterType } raterCandidates { person { id name } raterType } } }`;
const PHASES = `query($id: ID!) { node(id: $id) { ... on Program { pulsePhases { phase requested submitted } } } }`;
const CARD = `query($person: ID!) { progressCard(person: $person) { progress { capabilities {
  capability { code } baseline { mean raters withheld } latest { phase mean withheld } delta } } } }`;
const HEATMAP = `query($input: HeatmapInput!) { heatmap(input: $input) { total { cells { value count suppressed } } } }`;

const DAY = 86_400_000;

interface UserErrors {
  userErrors: Array<{ field: string[] | null; code: string; message: string }>;
}
type Owed = {
  pulseRequests: Array<{
    subject: { id: string; name: string };
    phase: string;
    raterType: string;
    capabilities: Array<{ id: string; code: string }>;
    scale: { min: number; max: number };
    draft: Array<{ capability: { code: string }; score: number }>;
    raters: Array<{ person: { id: string }; raterType: string }>;
    raterLimits: { minPeers: number; maxPeers: number } | null;
  }>;
};

describe.each(testEngines())('360 pulse collection on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};
  const people: Record<string, string> = {};
  let programId: string;
  let capability: Record<string, string>;

  async function ask<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphQL<T>(running.url, { query, variables }, { token: tokens[who] })).body;
  }
  async function mutate<K extends string, T extends UserErrors>(
    who: string,
    query: string,
    field: K,
    input: Record<string, unknown>,
  ): Promise<T> {
    const body = await ask<Record<K, T>>(who, query, { input });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data![field];
  }
  const codes = (result: UserErrors) => result.userErrors.map((e) => e.code);
  const open = (who: string, input: Record<string, unknown>) =>
    mutate<'openPulsePhase', UserErrors & { phase: { requested: number } | null }>(
      who,
      OPEN,
      'openPulsePhase',
      {
        programId,
        closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
        ...input,
      },
    );
  const close = (who: string, phase: string) =>
    mutate<'closePulsePhase', UserErrors & { phase: unknown }>(who, CLOSE, 'closePulsePhase', {
      programId,
      phase,
    });
  const answers = (scores: Record<string, number>) =>
    Object.entries(scores).map(([code, score]) => ({ capabilityId: capability[code], score }));
  const save = (who: string, subject: string, phase: string, scores: Record<string, number>) =>
    mutate<'savePulseDraft', UserErrors & { request: { draft: unknown[] } | null; submitted: boolean }>(
      who,
      SAVE,
      'savePulseDraft',
      { programId, subjectId: toGlobalId('Person', people[subject]!), phase, answers: answers(scores) },
    );
  const submit = (who: string, subject: string, phase: string, scores: Record<string, number> = {}) =>
    mutate<'submitPulse', UserErrors & { submitted: boolean }>(who, SUBMIT, 'submitPulse', {
      programId,
      subjectId: toGlobalId('Person', people[subject]!),
      phase,
      answers: answers(scores),
    });
  const owed = async (who: string) => {
    const body = await ask<Owed>(who, OWED);
    expect(body.errors).toBeUndefined();
    return body.data!.pulseRequests;
  };
  const card = async (who: string, subject: string) => {
    const body = await ask<{
      progressCard: {
        progress: {
          capabilities: Array<{
            capability: { code: string };
            baseline: { mean: number | null; raters: number | null; withheld: boolean } | null;
            latest: { phase: string; mean: number | null; withheld: boolean } | null;
            delta: number | null;
          }>;
        } | null;
      };
    }>(who, CARD, { person: toGlobalId('Person', people[subject]!) });
    expect(body.errors).toBeUndefined();
    return body.data!.progressCard.progress!.capabilities;
  };

  async function addPerson(name: string, managerId: string, roles: string[] = ['PARTICIPANT']) {
    const id = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, $3, $4, 'en', 'Europe/Paris', 'IC', $5, $6, '2025-01-15', $7)`,
      [
        id,
        org.orgId,
        name,
        `${name.toLowerCase().replace(/\W+/g, '.')}@${org.slug}.example`,
        org.teamIds[0],
        managerId,
        roles,
      ],
    );
    return id;
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `pulses-${engine}-${randomUUID().slice(0, 6)}`);
    programId = toGlobalId('Program', org.programId);
    await db.query(`update organisations set min_group_size = 3 where id = $1`, [org.orgId]);
    people.participant = org.reportIds[0]!;
    people.report2 = org.reportIds[1]!;
    people.manager = org.managerId;
    people.coach = org.coachPersonId;
    people.admin = org.adminId;
    people.outsider = org.outsiderId;
    // Three more peers of the participant (same manager); "Peer …" sorts before "Report 2".
    for (const name of ['Peer A', 'Peer B', 'Peer C']) people[name] = await addPerson(name, org.managerId);
    // A direct report of the participant.
    people.directReport = await addPerson('Dee Report', org.reportIds[0]!);
    // Program admins: one assigned to the program, one to no program.
    people.programAdmin = await addPerson('Pam Admin', org.directorId, ['PROGRAM_ADMIN']);
    people.otherProgramAdmin = await addPerson('Otto Admin', org.directorId, ['PROGRAM_ADMIN']);
    await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      org.orgId,
      org.programId,
      people.programAdmin,
    ]);
    // A former coach: their enrolment with the participant, in another program, is over.
    const formerCoach = await addPerson('Fern Former', org.directorId, ['COACH']);
    people.formerCoach = formerCoach;
    const formerCoachId = randomUUID();
    await db.query(
      `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
       values ($1, $2, $3, array['en'], 'Europe/Paris', 'ICF_PCC', 5)`,
      [formerCoachId, org.orgId, formerCoach],
    );
    const oldProgram = randomUUID();
    await db.query(
      `insert into programs (id, org_id, name, objective, sessions_per_participant, duration_weeks, languages,
         status, starts_on, ends_on)
       values ($1, $2, 'Earlier program', 'Earlier', 4, 8, array['en'], 'ACTIVE', '2025-01-05', '2025-03-30')`,
      [oldProgram, org.orgId],
    );
    await db.query(
      `insert into enrolments (org_id, program_id, person_id, coach_id, status, enrolled_at, completed_at)
       values ($1, $2, $3, $4, 'COMPLETED', '2025-01-05', '2025-03-30')`,
      [org.orgId, oldProgram, org.reportIds[0], formerCoachId],
    );
    // Report 2 and two peers join the program, so a heatmap group reaches the minimum size.
    for (const who of ['report2', 'Peer A', 'Peer B']) {
      await db.query(
        `insert into enrolments (org_id, program_id, person_id, status, enrolled_at)
         values ($1, $2, $3, 'ACTIVE', '2026-01-05T09:00:00Z')`,
        [org.orgId, org.programId, people[who]],
      );
    }
    const rows = await db.query<{ id: string; code: string }>(
      `select id, code from capabilities where org_id = $1`,
      [org.orgId],
    );
    capability = Object.fromEntries(rows.map((row) => [row.code, toGlobalId('Capability', row.id)]));
    running = await startGateway(db, { dev: true });
    for (const [who, id] of Object.entries(people)) tokens[who] = await tokenFor(db, id);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses to open a phase to anyone but the program’s admins, and bad windows and limits', async () => {
    for (const who of ['participant', 'manager', 'coach', 'otherProgramAdmin']) {
      const body = await ask<unknown>(who, OPEN, {
        input: { programId, phase: 'PRE', closesAt: new Date(Date.now() + DAY).toISOString() },
      });
      expect(body.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(codes(await open('admin', { programId: 'nope', phase: 'PRE' }))).toEqual(['INVALID']);
    const backwards = await open('programAdmin', {
      phase: 'PRE',
      opensAt: new Date(Date.now() + 2 * DAY).toISOString(),
      closesAt: new Date(Date.now() + DAY).toISOString(),
    });
    expect(backwards.userErrors.map((e) => e.field)).toEqual([
      ['input', 'closesAt'],
      ['input', 'ratersCutoffAt'],
    ]);
    const past = await open('programAdmin', {
      phase: 'PRE',
      opensAt: new Date(Date.now() - DAY).toISOString(),
    });
    expect(past.userErrors.map((e) => e.field)).toEqual([['input', 'opensAt']]);
    const limits = await open('programAdmin', { phase: 'PRE', minPeers: 4, maxPeers: 2, maxReports: 21 });
    expect(limits.userErrors.map((e) => e.field)).toEqual([
      ['input', 'maxReports'],
      ['input', 'maxPeers'],
    ]);
    expect(await db.query(`select 1 from pulse_phases where org_id = $1`, [org.orgId])).toEqual([]);
  });

  it('opens PRE and invites self, manager, first reports and first peers by rule', async () => {
    const opened = await open('programAdmin', {
      phase: 'PRE',
      ratersCutoffAt: new Date(Date.now() + 2 * DAY).toISOString(),
      minPeers: 2,
      maxPeers: 3,
    });
    expect(opened.userErrors).toEqual([]);
    // 4 participants: self + manager each; the participant has 1 report; each has 3 peers.
    expect(opened.phase!.requested).toBe(4 * 2 + 1 + 4 * 3);
    expect(codes(await open('admin', { phase: 'PRE' }))).toEqual(['CONFLICT']);

    const mine = await owed('participant');
    const self = mine.find((r) => r.raterType === 'SELF')!;
    expect(self.subject.id).toBe(toGlobalId('Person', people.participant!));
    expect(self.capabilities.map((c) => c.code)).toEqual(['DELEGATION', 'FEEDBACK']);
    expect(self.scale).toEqual({ min: 1, max: 5 });
    expect(self.raterLimits).toEqual({ minPeers: 2, maxPeers: 3 });
    expect(self.raters.map((r) => [r.raterType, r.person.id])).toEqual([
      ['MANAGER', toGlobalId('Person', people.manager!)],
      ['REPORT', toGlobalId('Person', people.directReport!)],
      ['PEER', toGlobalId('Person', people['Peer A']!)],
      ['PEER', toGlobalId('Person', people['Peer B']!)],
      ['PEER', toGlobalId('Person', people['Peer C']!)],
    ]);
    // The participant also rates their peers in the program; no other request lists raters.
    const peerRequests = mine.filter((r) => r.raterType === 'PEER');
    expect(peerRequests.map((r) => r.subject.name).sort()).toEqual(['Peer A', 'Peer B']);
    for (const request of peerRequests) expect([request.raters, request.raterLimits]).toEqual([[], null]);

    const managerOwes = await owed('manager');
    expect(managerOwes.map((r) => r.raterType)).toEqual(['MANAGER', 'MANAGER', 'MANAGER', 'MANAGER']);
    expect((await owed('directReport')).map((r) => [r.raterType, r.subject.name])).toEqual([
      ['REPORT', 'Report 1'],
    ]);
    for (const who of ['coach', 'formerCoach', 'admin', 'outsider', 'programAdmin']) {
      expect(await owed(who), who).toEqual([]);
    }
  });

  it('lets the participant change their peers within the limits before the cut-off', async () => {
    const set = (who: string, reports: string[], peers: string[]) =>
      mutate<
        'setPulseRaters',
        UserErrors & { request: { raters: Array<{ person: { id: string } }> } | null }
      >(who, RATERS, 'setPulseRaters', {
        programId,
        phase: 'PRE',
        reports: reports.map((p) => toGlobalId('Person', people[p]!)),
        peers: peers.map((p) => toGlobalId('Person', people[p]!)),
      });
    expect(codes(await set('participant', ['directReport'], ['Peer A']))).toEqual(['INVALID']);
    const wrongKind = await set('participant', ['Peer A'], ['directReport', 'outsider', 'Peer B']);
    expect(wrongKind.userErrors.map((e) => e.field)).toEqual([
      ['input', 'reports', '0'],
      ['input', 'peers', '0'],
      ['input', 'peers', '1'],
    ]);
    expect(codes(await set('coach', [], ['Peer A', 'Peer B']))).toEqual(['NOT_FOUND']);
    expect(codes(await set('formerCoach', [], ['Peer A', 'Peer B']))).toEqual(['NOT_FOUND']);
    const done = await set('participant', ['directReport'], ['Peer A', 'report2', 'Peer C']);
    expect(done.userErrors).toEqual([]);
    expect(done.request!.raters.map((r) => r.person.id)).toContain(toGlobalId('Person', people.report2!));
    expect((await owed('Peer B')).some((r) => r.subject.name === 'Report 1')).toBe(false);
    expect((await owed('report2')).some((r) => r.subject.name === 'Report 1')).toBe(true);

    // Where the participant makes that choice: their own SELF request with everyone they may ask.
    type Choices = {
      pulseRaterChoices: Array<{
        subject: { id: string };
        raterType: string;
        raters: Array<{ person: { id: string }; raterType: string }>;
        raterCandidates: Array<{ person: { id: string; name: string }; raterType: string }>;
      }>;
    };
    const choices = async (who: string) => {
      const body = await ask<Choices>(who, CHOICES);
      expect(body.errors).toBeUndefined();
      return body.data!.pulseRaterChoices;
    };
    const [mine] = await choices('participant');
    expect(mine!.subject.id).toBe(toGlobalId('Person', people.participant!));
    expect(mine!.raterType).toBe('SELF');
    expect(mine!.raterCandidates.map((c) => [c.raterType, c.person.name])).toEqual([
      ['REPORT', 'Dee Report'],
      ['PEER', 'Peer A'],
      ['PEER', 'Peer B'],
      ['PEER', 'Peer C'],
      ['PEER', 'Report 2'],
    ]);
    expect(mine!.raters.filter((r) => r.raterType === 'PEER').length).toBe(3);
    // Another participant's choice is their own; a non-participant has none.
    const [peers] = await choices('Peer A');
    expect(peers!.subject.id).toBe(toGlobalId('Person', people['Peer A']!));
    expect(peers!.raterCandidates.map((c) => c.person.name)).not.toContain('Peer A');
    for (const who of ['coach', 'formerCoach', 'admin', 'manager', 'outsider']) {
      expect(await choices(who), who).toEqual([]);
    }
    await db.query(`update pulse_phases set raters_cutoff_at = now() where org_id = $1`, [org.orgId]);
    expect(codes(await set('participant', ['directReport'], ['Peer A', 'Peer B']))).toEqual(['CONFLICT']);
  });

  it('keeps a draft across requests, refuses bad answers and non-raters, and submits once', async () => {
    expect(codes(await save('Peer A', 'participant', 'PRE', { DELEGATION: 6 }))).toEqual(['INVALID']);
    const notRated = Object.keys(capability).find((code) => !['DELEGATION', 'FEEDBACK'].includes(code))!;
    expect(codes(await save('Peer A', 'participant', 'PRE', { [notRated]: 3 }))).toEqual(['NOT_FOUND']);
    for (const who of ['coach', 'formerCoach', 'admin', 'programAdmin', 'Peer B', 'outsider']) {
      expect(codes(await save(who, 'participant', 'PRE', { DELEGATION: 1 })), who).toEqual(['NOT_FOUND']);
      expect(codes(await submit(who, 'participant', 'PRE', { DELEGATION: 1, FEEDBACK: 1 })), who).toEqual([
        'NOT_FOUND',
      ]);
    }
    expect(codes(await save('Peer A', 'participant', 'MID', { DELEGATION: 3 }))).toEqual(['NOT_FOUND']);
    const saved = await save('Peer A', 'participant', 'PRE', { DELEGATION: 2 });
    expect(saved.userErrors).toEqual([]);
    // A new request (a reopened tab) reads the draft back; nobody else's request shows it.
    const draftOf = async (who: string) =>
      (await owed(who)).find((r) => r.subject.name === 'Report 1' && r.raterType !== 'SELF')?.draft;
    expect(await draftOf('Peer A')).toEqual([{ capability: { code: 'DELEGATION' }, score: 2 }]);
    expect(await draftOf('manager')).toEqual([]);
    expect(await draftOf('report2')).toEqual([]);
    expect(codes(await submit('Peer A', 'participant', 'PRE'))).toEqual(['REQUIRED']);
    const done = await submit('Peer A', 'participant', 'PRE', { FEEDBACK: 3 });
    expect(done).toEqual({ submitted: true, userErrors: [] });
    expect(codes(await submit('Peer A', 'participant', 'PRE', { DELEGATION: 2, FEEDBACK: 3 }))).toEqual([
      'CONFLICT',
    ]);
    const stored = await db.query<{ capability_code: string; score: string; rater_type: string }>(
      `select capability_code, score::text, rater_type from assessments
       where org_id = $1 and rater_id = $2 order by capability_code`,
      [org.orgId, people['Peer A']],
    );
    expect(stored).toEqual([
      { capability_code: 'DELEGATION', score: '2.00', rater_type: 'PEER' },
      { capability_code: 'FEEDBACK', score: '3.00', rater_type: 'PEER' },
    ]);
    expect(await db.query(`select 1 from pulse_draft_answers where org_id = $1`, [org.orgId])).toEqual([]);
    expect((await owed('Peer A')).some((r) => r.subject.name === 'Report 1')).toBe(false);
  });

  it('shows the phases to the program’s admins only', async () => {
    const as = (who: string) =>
      ask<{ node: { pulsePhases: unknown[] } | null }>(who, PHASES, { id: programId });
    expect((await as('programAdmin')).data!.node!.pulsePhases).toEqual([
      { phase: 'PRE', requested: 21, submitted: 1 },
    ]);
    for (const who of ['participant', 'manager', 'coach', 'otherProgramAdmin']) {
      expect((await as(who)).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
  });

  it('collects PRE and POST answers whose release moves the progress card and the heatmap delta', async () => {
    const everyone = ['participant', 'report2', 'Peer A', 'Peer B'];
    // PRE: the manager rates everyone 2; two more peers (3 anonymous raters) rate the participant 2.
    for (const subject of everyone)
      expect((await submit('manager', subject, 'PRE', { DELEGATION: 2, FEEDBACK: 2 })).submitted).toBe(true);
    for (const rater of ['report2', 'Peer C']) {
      expect((await submit(rater, 'participant', 'PRE', { DELEGATION: 2, FEEDBACK: 3 })).submitted).toBe(
        true,
      );
    }
    expect(
      (await submit('participant', 'participant', 'PRE', { DELEGATION: 5, FEEDBACK: 5 })).submitted,
    ).toBe(true);
    // A self-rating given is no longer owed, yet the participant still sees who rates them.
    expect((await owed('participant')).some((r) => r.raterType === 'SELF')).toBe(false);
    expect(
      (await ask<{ pulseRaterChoices: unknown[] }>('participant', CHOICES)).data!.pulseRaterChoices,
    ).toHaveLength(1);
    // Open: nothing is released yet.
    expect((await card('participant', 'participant'))[0]!.baseline).toBeNull();
    const heatmapInput = {
      unit: toGlobalId('OrgUnit', org.teamIds[0]!),
      metric: 'DELTA_FROM_BASELINE',
      capabilities: ['DELEGATION'],
      program: programId,
    };
    const delta = async () => {
      const body = await ask<{
        heatmap: { total: { cells: Array<{ value: number | null; count: number | null }> } };
      }>('admin', HEATMAP, { input: heatmapInput });
      expect(body.errors).toBeUndefined();
      return body.data!.heatmap.total.cells[0]!;
    };
    expect((await delta()).value).toBeNull();

    for (const who of ['participant', 'manager', 'otherProgramAdmin']) {
      const refused = await ask<unknown>(who, CLOSE, { input: { programId, phase: 'PRE' } });
      expect(refused.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await close('programAdmin', 'PRE')).userErrors).toEqual([]);
    expect(codes(await close('programAdmin', 'PRE'))).toEqual(['CONFLICT']);
    const baseline = (await card('participant', 'participant')).find(
      (c) => c.capability.code === 'DELEGATION',
    )!;
    // Manager 2, three peers 2: self (5) is never counted.
    expect(baseline.baseline).toEqual({ mean: 2, raters: 4, withheld: false });
    expect(baseline.delta).toBeNull();

    expect((await open('admin', { phase: 'POST' })).userErrors).toEqual([]);
    for (const subject of everyone)
      expect((await submit('manager', subject, 'POST', { DELEGATION: 4, FEEDBACK: 4 })).submitted).toBe(true);
    for (const rater of ['Peer A', 'Peer B', 'Peer C']) {
      expect((await submit(rater, 'participant', 'POST', { DELEGATION: 4, FEEDBACK: 4 })).submitted).toBe(
        true,
      );
    }
    expect((await delta()).value).toBeNull();
    expect((await close('admin', 'POST')).userErrors).toEqual([]);
    const after = (await card('participant', 'participant')).find((c) => c.capability.code === 'DELEGATION')!;
    expect(after.latest).toEqual({ phase: 'POST', mean: 4, withheld: false });
    expect(after.delta).toBe(2);
    expect(await delta()).toMatchObject({ value: 2, count: 4 });
  });

  it('refuses every answer into a closed phase, and no write moves its released figures', async () => {
    const before = await card('participant', 'participant');
    // Peer B never answered PRE; the phase is closed now.
    expect(codes(await save('Peer B', 'report2', 'PRE', { DELEGATION: 1 }))).toEqual(['CONFLICT']);
    expect(codes(await submit('Peer B', 'report2', 'PRE', { DELEGATION: 1, FEEDBACK: 1 }))).toEqual([
      'CONFLICT',
    ]);
    expect(await owed('Peer B')).toEqual([]);
    const [window] = await db.query<{ closes_at: Date }>(
      `select closes_at from pulse_phases where org_id = $1 and phase = 'PRE'`,
      [org.orgId],
    );
    // A backdated rating (dated before the close, written after it) is refused by the database.
    await expect(
      db.withTenant(org.orgId, (tx) =>
        insertBackdatedPeerRating(tx, {
          orgId: org.orgId,
          subjectId: people.participant!,
          programId: org.programId,
          phase: 'PRE',
          raterId: people['Peer B']!,
          closesAt: window!.closes_at,
        }),
      ),
    ).rejects.toThrow(/not open|closed/);
    await expect(
      db.withTenant(org.orgId, (tx) =>
        tx.query(`update assessments set score = 1 where org_id = $1 and phase = 'PRE'`, [org.orgId]),
      ),
    ).rejects.toThrow(/not open|closed/);
    await expect(
      db.query(`update pulse_phases set closes_at = now() + interval '1 day' where org_id = $1`, [org.orgId]),
    ).rejects.toThrow(/closed/);
    expect(await card('participant', 'participant')).toEqual(before);
    // Nor can a phase be answered before it opens.
    expect(
      (
        await open('admin', {
          phase: 'MID',
          opensAt: new Date(Date.now() + DAY).toISOString(),
          closesAt: new Date(Date.now() + 3 * DAY).toISOString(),
        })
      ).userErrors,
    ).toEqual([]);
    expect(await owed('manager')).toEqual([]);
    expect(codes(await save('manager', 'participant', 'MID', { DELEGATION: 3 }))).toEqual(['CONFLICT']);
  });
});
