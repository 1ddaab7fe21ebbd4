/**
 * Matching at program scale through the gateway: propose (pairs with reasons, the unmatched with why),
 * adjust, approve (participants become ACTIVE with their coach), re-match one, pause a coach and hand
 * their clients over; the coach pool; and the bad input and refusals of each.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import { toGlobalId } from '../../ids.js';
import { addPerson, fieldCodes, graphqlCalls, type UserErrorValue } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { tokenFor } from '../../testing/harness.js';
import { gatewaySuite } from '../../testing/suite.js';
import { JobQueue } from '../../jobs/queue.js';
import { matchProposalJob } from './proposal-job.js';

const proposalFields = `id kind status matchedCount unmatchedCount
  pairs(first: 50) { totalCount edges { node { enrolment { id person { name } } coach { id name } score adjusted reasons { code message } } } }
  unmatched(first: 50) { totalCount edges { node { enrolment { id person { name } } reason message } } }
  coachLoads { coach { name } proposed current capacity }`;
const propose = `mutation($input: ProposeProgramMatchInput!) {
  proposeProgramMatch(input: $input) { proposal { ${proposalFields} } userErrors { field code message } }
}`;
const proposalNode = `query($id: ID!) { node(id: $id) { ... on MatchProposal { ${proposalFields} } } }`;
const adjust = `mutation($input: AdjustMatchProposalInput!) {
  adjustMatchProposal(input: $input) { proposal { ${proposalFields} } userErrors { field code message } }
}`;
const approve = `mutation($input: DecideMatchProposalInput!) {
  approveMatchProposal(input: $input) { proposal { status } userErrors { field code message } }
}`;
const handover = `mutation($input: ProposeCoachHandoverInput!) {
  proposeCoachHandover(input: $input) { proposal { ${proposalFields} } userErrors { field code message } }
}`;
const rematch = `mutation($input: RematchEnrolmentInput!) {
  rematchEnrolment(input: $input) { enrolment { status coach { name } } userErrors { field code message } }
}`;
const addCoaches = `mutation($input: AddProgramCoachesInput!) {
  addProgramCoaches(input: $input) { program { coachPool { coach { name } capacity activeClients ratingTrend { month average withheld } } } userErrors { field code message } }
}`;
const updateCoach = `mutation($input: ProgramCoachInput!) {
  updateProgramCoach(input: $input) { program { coachPool { coach { name } capacity } } userErrors { field code message } }
}`;
const removeCoach = `mutation($input: ProgramCoachInput!) {
  removeProgramCoach(input: $input) { program { id } userErrors { field code message } }
}`;
const pauseCoach = `mutation($input: CoachStatusInput!) {
  pauseCoach(input: $input) { coach { qualityStatus statusHistory { from to reason actor { name } } } clientsToMove userErrors { field code message } }
}`;
const reinstateCoach = `mutation($input: CoachStatusInput!) {
  reinstateCoach(input: $input) { coach { qualityStatus } userErrors { field code message } }
}`;

describe.each(testEngines())('program matching on %s', (engine) => {
  const suite = gatewaySuite(engine, `matching-${engine}`);
  let queue: JobQueue;
  let programAdminToken: string;
  let otherProgramAdminToken: string;
  let participantToken: string;
  let programId: string;
  let secondCoachId: string;
  const accepted: string[] = [];

  const { call, ok } = graphqlCalls(() => suite.gateway.url);

  beforeAll(async () => {
    const person = (name: string, roles: string[], locale = 'en') =>
      addPerson(suite.db, suite.org, name, roles, {
        locale,
        jobLevel: 'MANAGER',
        orgUnitId: suite.org.teamIds[1]!,
      });
    const programAdminId = await person('Pat Programs', ['PROGRAM_ADMIN']);
    const otherProgramAdminId = await person('Otto Other', ['PROGRAM_ADMIN']);
    // Participants: three English speakers, one Japanese speaker nobody can coach.
    const people = [
      await person('Ann Able', ['PARTICIPANT']),
      await person('Ben Baker', ['PARTICIPANT']),
      await person('Cai Chen', ['PARTICIPANT']),
      await person('Jun Ito', ['PARTICIPANT'], 'ja'),
    ];
    const secondCoachPerson = await person('Sam Second', ['COACH']);
    secondCoachId = randomUUID();
    await suite.db.query(
      `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
       values ($1, $2, $3, array['en'], 'Europe/London', 'ICF_ACC', 1)`,
      [secondCoachId, suite.org.orgId, secondCoachPerson],
    );
    const program = await insertActiveProgram(suite.db, suite.org.orgId, {
      name: 'Matched program',
      languages: ['en', 'ja'],
      adminIds: [programAdminId],
      acceptedIds: people,
    });
    programId = program.programId;
    accepted.push(...program.enrolmentIds);
    queue = new JobQueue(suite.db, [matchProposalJob()], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
    programAdminToken = await tokenFor(suite.db, programAdminId);
    otherProgramAdminToken = await tokenFor(suite.db, otherProgramAdminId);
    participantToken = await tokenFor(suite.db, people[0]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
  });

  it(
    'keeps the pool: adds coaches, refuses unknown ones and removing a coach with clients',
    async () => {
      const bad = await ok<{ addProgramCoaches: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        addCoaches,
        {
          input: {
            programId: toGlobalId('Program', programId),
            coachIds: [toGlobalId('Coach', randomUUID())],
          },
        },
      );
      expect(fieldCodes(bad.addProgramCoaches.userErrors)).toEqual([['coachIds.0', 'NOT_FOUND']]);
      const refused = await call(otherProgramAdminToken, addCoaches, {
        input: {
          programId: toGlobalId('Program', programId),
          coachIds: [toGlobalId('Coach', suite.org.coachId)],
        },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const added = await ok<{
        addProgramCoaches: {
          program: {
            coachPool: Array<{ coach: { name: string }; capacity: number | null; ratingTrend: unknown[] }>;
          };
        };
      }>(programAdminToken, addCoaches, {
        input: {
          programId: toGlobalId('Program', programId),
          coachIds: [toGlobalId('Coach', suite.org.coachId), toGlobalId('Coach', secondCoachId)],
        },
      });
      expect(added.addProgramCoaches.program.coachPool.map((entry) => entry.coach.name)).toEqual([
        'Cleo Coach',
        'Sam Second',
      ]);
      expect(added.addProgramCoaches.program.coachPool[0]!.ratingTrend).toHaveLength(12);
      // Cleo takes at most two of this program's participants.
      const badCapacity = await ok<{ updateProgramCoach: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        updateCoach,
        {
          input: {
            programId: toGlobalId('Program', programId),
            coachId: toGlobalId('Coach', suite.org.coachId),
            capacity: -1,
          },
        },
      );
      expect(fieldCodes(badCapacity.updateProgramCoach.userErrors)).toEqual([['capacity', 'INVALID']]);
      const limited = await ok<{
        updateProgramCoach: { program: { coachPool: Array<{ capacity: number | null }> } };
      }>(programAdminToken, updateCoach, {
        input: {
          programId: toGlobalId('Program', programId),
          coachId: toGlobalId('Coach', suite.org.coachId),
          capacity: 2,
        },
      });
      expect(limited.updateProgramCoach.program.coachPool.map((entry) => entry.capacity)).toEqual([2, null]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'proposes, explains, adjusts and approves a match; re-matches one person; refuses outsiders',
    async () => {
      const participantTry = await call(participantToken, propose, {
        input: { programId: toGlobalId('Program', programId) },
      });
      expect(participantTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const foreign = await call(otherProgramAdminToken, propose, {
        input: { programId: toGlobalId('Program', programId) },
      });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      type Proposal = {
        id: string;
        matchedCount: number;
        unmatchedCount: number;
        pairs: {
          edges: Array<{
            node: {
              enrolment: { id: string; person: { name: string } };
              coach: { id: string; name: string };
              reasons: Array<{ code: string }>;
            };
          }>;
        };
        unmatched: {
          edges: Array<{
            node: { enrolment: { person: { name: string } }; reason: string; message: string };
          }>;
        };
        coachLoads: Array<{ coach: { name: string }; proposed: number; capacity: number }>;
      };
      const proposed = await ok<{ proposeProgramMatch: { proposal: Proposal & { status: string } } }>(
        programAdminToken,
        propose,
        { input: { programId: toGlobalId('Program', programId) } },
      );
      // Queued: the job computes it.
      expect(proposed.proposeProgramMatch.proposal.status).toBe('PENDING');
      const deadline = Date.now() + 60_000;
      let proposal: Proposal & { status: string };
      for (;;) {
        const read = await ok<{ node: Proposal & { status: string } }>(programAdminToken, proposalNode, {
          id: proposed.proposeProgramMatch.proposal.id,
        });
        proposal = read.node;
        if (proposal.status !== 'PENDING' && proposal.status !== 'RUNNING') break;
        if (Date.now() > deadline) throw new Error('the proposal was not computed within a minute');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(proposal.status).toBe('OPEN');
      expect(proposal.matchedCount).toBe(3);
      expect(
        proposal.unmatched.edges.map((edge) => [edge.node.enrolment.person.name, edge.node.reason]),
      ).toEqual([['Jun Ito', 'NO_SHARED_LANGUAGE']]);
      expect(proposal.unmatched.edges[0]!.node.message).toMatch(/speaks this person’s language/);
      for (const edge of proposal.pairs.edges)
        expect(edge.node.reasons.map((reason) => reason.code)).toContain('LANGUAGE');
      // Sam takes one client at most.
      expect(
        proposal.coachLoads.find((load) => load.coach.name === 'Sam Second')?.proposed ?? 0,
      ).toBeLessThanOrEqual(1);

      // Adjusting: giving Sam a second client overfills him; taking someone out leaves them unmatched.
      const cleoPairs = proposal.pairs.edges.filter((edge) => edge.node.coach.name === 'Cleo Coach');
      const samPairs = proposal.pairs.edges.filter((edge) => edge.node.coach.name === 'Sam Second');
      expect(samPairs).toHaveLength(1);
      const overfill = await ok<{ adjustMatchProposal: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        adjust,
        {
          input: {
            proposalId: proposal.id,
            enrolmentId: cleoPairs[0]!.node.enrolment.id,
            coachId: toGlobalId('Coach', secondCoachId),
          },
        },
      );
      expect(fieldCodes(overfill.adjustMatchProposal.userErrors)).toEqual([['coachId', 'CONFLICT']]);
      const removed = await ok<{ adjustMatchProposal: { proposal: Proposal } }>(programAdminToken, adjust, {
        input: { proposalId: proposal.id, enrolmentId: cleoPairs[0]!.node.enrolment.id, coachId: null },
      });
      expect(
        removed.adjustMatchProposal.proposal.unmatched.edges.map((edge) => edge.node.reason).sort(),
      ).toEqual(['NO_SHARED_LANGUAGE', 'REMOVED_BY_ADMIN']);

      const approved = await ok<{ approveMatchProposal: { proposal: { status: string } } }>(
        programAdminToken,
        approve,
        {
          input: { proposalId: proposal.id },
        },
      );
      expect(approved.approveMatchProposal.proposal.status).toBe('APPROVED');
      const again = await ok<{ approveMatchProposal: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        approve,
        {
          input: { proposalId: proposal.id },
        },
      );
      expect(fieldCodes(again.approveMatchProposal.userErrors)).toEqual([['proposalId', 'CONFLICT']]);
      const statuses = await suite.db.query<{ status: string; n: number }>(
        `select status, count(*)::int as n from enrolments where program_id = $1 group by status order by status`,
        [programId],
      );
      expect(statuses).toEqual([
        { status: 'ACCEPTED', n: 2 },
        { status: 'ACTIVE', n: 2 },
      ]);

      // Re-match one: Sam is full, so asking for him is refused; with no coach named, Cleo is chosen.
      const samClient = samPairs[0]!.node.enrolment.id;
      const toFull = await ok<{ rematchEnrolment: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        rematch,
        {
          input: {
            enrolmentId: cleoPairs[1]!.node.enrolment.id,
            coachId: toGlobalId('Coach', secondCoachId),
          },
        },
      );
      expect(fieldCodes(toFull.rematchEnrolment.userErrors)).toEqual([['coachId', 'CONFLICT']]);
      const moved = await ok<{ rematchEnrolment: { enrolment: { coach: { name: string } } } }>(
        programAdminToken,
        rematch,
        {
          input: { enrolmentId: samClient, reason: 'Time zones' },
        },
      );
      expect(moved.rematchEnrolment.enrolment.coach.name).toBe('Cleo Coach');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'pauses a coach with a reason, hands their clients over, and reinstates them',
    async () => {
      const noReason = await ok<{ pauseCoach: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        pauseCoach,
        {
          input: { coachId: toGlobalId('Coach', suite.org.coachId), reason: '  ' },
        },
      );
      expect(fieldCodes(noReason.pauseCoach.userErrors)).toEqual([['reason', 'INVALID']]);
      const notTheirs = await call(otherProgramAdminToken, pauseCoach, {
        input: { coachId: toGlobalId('Coach', suite.org.coachId), reason: 'Complaints' },
      });
      expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const paused = await ok<{
        pauseCoach: {
          coach: {
            qualityStatus: string;
            statusHistory: Array<{ to: string; reason: string; actor: { name: string } }>;
          };
          clientsToMove: number;
        };
      }>(programAdminToken, pauseCoach, {
        input: { coachId: toGlobalId('Coach', suite.org.coachId), reason: 'Ratings slid this quarter' },
      });
      expect(paused.pauseCoach.coach.qualityStatus).toBe('PAUSED');
      expect(paused.pauseCoach.coach.statusHistory[0]).toMatchObject({
        to: 'PAUSED',
        reason: 'Ratings slid this quarter',
        actor: { name: 'Pat Programs' },
      });
      // Cleo also coaches the fixture's own enrolment in another program.
      expect(paused.pauseCoach.clientsToMove).toBeGreaterThanOrEqual(2);

      const removeBusy = await ok<{ removeProgramCoach: { userErrors: UserErrorValue[] } }>(
        programAdminToken,
        removeCoach,
        {
          input: {
            programId: toGlobalId('Program', programId),
            coachId: toGlobalId('Coach', suite.org.coachId),
          },
        },
      );
      expect(fieldCodes(removeBusy.removeProgramCoach.userErrors)).toEqual([['coachId', 'CONFLICT']]);

      // Sam has no room in the program: the handover leaves Cleo's clients unmatched, with why.
      await ok(programAdminToken, updateCoach, {
        input: {
          programId: toGlobalId('Program', programId),
          coachId: toGlobalId('Coach', secondCoachId),
          capacity: 0,
        },
      });
      const handed = await ok<{
        proposeCoachHandover: {
          proposal: {
            kind: string;
            matchedCount: number;
            unmatched: { edges: Array<{ node: { reason: string } }> };
          };
        };
      }>(programAdminToken, handover, {
        input: {
          programId: toGlobalId('Program', programId),
          coachId: toGlobalId('Coach', suite.org.coachId),
        },
      });
      expect(handed.proposeCoachHandover.proposal.kind).toBe('HANDOVER');
      expect(handed.proposeCoachHandover.proposal.matchedCount).toBe(0);
      expect(
        new Set(handed.proposeCoachHandover.proposal.unmatched.edges.map((edge) => edge.node.reason)),
      ).toEqual(new Set(['NO_CAPACITY']));
      await suite.db.query(`update coaches set capacity = 10 where id = $1`, [secondCoachId]);
      await ok(programAdminToken, updateCoach, {
        input: {
          programId: toGlobalId('Program', programId),
          coachId: toGlobalId('Coach', secondCoachId),
          capacity: null,
        },
      });
      const handedAgain = await ok<{
        proposeCoachHandover: { proposal: { id: string; matchedCount: number } };
      }>(programAdminToken, handover, {
        input: {
          programId: toGlobalId('Program', programId),
          coachId: toGlobalId('Coach', suite.org.coachId),
        },
      });
      expect(handedAgain.proposeCoachHandover.proposal.matchedCount).toBe(2);
      await ok(programAdminToken, approve, {
        input: { proposalId: handedAgain.proposeCoachHandover.proposal.id },
      });
      const [left] = await suite.db.query<{ n: number }>(
        `select count(*)::int as n from enrolments where program_id = $1 and coach_id = $2`,
        [programId, suite.org.coachId],
      );
      expect(left!.n).toBe(0);

      const reinstated = await ok<{ reinstateCoach: { coach: { qualityStatus: string } } }>(
        suite.admin,
        reinstateCoach,
        {
          input: { coachId: toGlobalId('Coach', suite.org.coachId), reason: 'Reviewed with the coach' },
        },
      );
      expect(reinstated.reinstateCoach.coach.qualityStatus).toBe('ACTIVE');
      const twice = await ok<{ reinstateCoach: { userErrors: UserErrorValue[] } }>(
        suite.admin,
        reinstateCoach,
        {
          input: { coachId: toGlobalId('Coach', suite.org.coachId), reason: 'Again' },
        },
      );
      expect(fieldCodes(twice.reinstateCoach.userErrors)).toEqual([['coachId', 'CONFLICT']]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
