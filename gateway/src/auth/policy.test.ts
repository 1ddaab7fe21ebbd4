/**
 * The access policy's decisions from plain inputs: a caller whose loaders answer from maps, no
 * database. The authorisation matrix (authorisation-matrix.test.ts) checks the running gateway
 * against the table; these pin the table to the published promise and each rule that turns rows
 * into relations, fast enough to be run once per mutant (`pnpm mutation access-policy`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Caller, ServiceScope } from '../context.js';
import type { EnrolmentStatus, Role } from '../generated/resolvers.js';
import type { EnrolmentRow } from '../modules/programs/sql.js';
import type { SessionRow } from '../modules/sessions/sql.js';
import {
  accessTable,
  administersProgram,
  fieldAccess,
  goalCategory,
  grantsOf,
  hasRole,
  holdsScope,
  holdsSession,
  isAdmin,
  managesProgram,
  mayRead,
  nodeCategory,
  readable,
  relations,
  relationsTo,
  requireAdmin,
  requireManagesProgram,
  requireRead,
  rowGrants,
  serviceAccountMayRun,
  serviceAccountMutations,
  type Category,
  type Grant,
  type Relation,
  type Subject,
} from './policy.js';
import { reachableFields } from './testing/schema-walk.js';

const VIEWER = 'viewer';

interface World {
  roles?: Role[];
  scopes?: ServiceScope[];
  /** Each person's managers, nearest first. */
  chains?: Record<string, string[]>;
  /** The people the viewer coaches now. */
  clients?: string[];
  administered?: string[];
  administersPeople?: string[];
  administersCoaches?: string[];
  enrolments?: EnrolmentRow[];
  /** Coach id → the coach's person. */
  coaches?: Record<string, string>;
}

function callerIn(world: World = {}): Caller {
  const enrolments = new Map((world.enrolments ?? []).map((row) => [row.id, row]));
  const viewer = world.scopes
    ? {
        orgId: 'org',
        personId: 'service-account',
        roles: [],
        serviceAccount: { id: 'service-account', name: 'sync', scopes: world.scopes },
      }
    : { orgId: 'org', personId: VIEWER, roles: world.roles ?? [] };
  const loaders = {
    programs: {
      administeredProgramIds: async () => new Set(world.administered ?? []),
      enrolmentById: { load: async (id: string) => enrolments.get(id) ?? null },
      administersPerson: { load: async (id: string) => (world.administersPeople ?? []).includes(id) },
      administersCoach: { load: async (id: string) => (world.administersCoaches ?? []).includes(id) },
      viewerClients: async () => new Set(world.clients ?? []),
    },
    people: { managerChain: { load: async (id: string) => world.chains?.[id] ?? [] } },
    coaching: {
      byId: {
        load: async (id: string) =>
          world.coaches?.[id] === undefined ? null : { id, personId: world.coaches[id] },
      },
    },
  };
  return { viewer, loaders } as unknown as Caller;
}

function enrolment(fields: Partial<EnrolmentRow> = {}): EnrolmentRow {
  return {
    id: 'enrolment',
    programId: 'program',
    personId: 'participant',
    coachPersonId: null,
    status: 'ACTIVE',
    sharedWithManager: false,
    ...fields,
  } as EnrolmentRow;
}

function session(fields: Partial<SessionRow> = {}): SessionRow {
  return {
    id: 'session',
    coachId: 'coach-1',
    participantId: 'participant',
    enrolmentId: 'enrolment',
    ...fields,
  } as SessionRow;
}

const person = (personId: string): Subject => ({ kind: 'person', personId });
const ofEnrolment = (row: EnrolmentRow): Subject => ({ kind: 'enrolment', enrolment: row });
const ofSession = (row: SessionRow): Subject => ({ kind: 'session', session: row });

async function relationsOf(world: World, subject: Subject): Promise<Relation[]> {
  return [...(await relationsTo(callerIn(world), subject))].sort();
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'expected a refusal').not.toBeNull();
  const { extensions, localised } = error as { extensions: { code: string }; localised: unknown };
  return { code: extensions.code, localised };
}

describe('the access table', () => {
  it('is the published table: who may see what about a person', () => {
    // docs/ARCHITECTURE.md, "Privacy rules and where they are enforced", column by column.
    expect({
      goalsPrivate: accessTable.goalsPrivate,
      goalsCoach: accessTable.goalsCoach,
      goalsManager: accessTable.goalsManager,
      progressCard: accessTable.progressCard,
      sessions: accessTable.sessions,
      sessionNotes: accessTable.sessionNotes,
      individual360: accessTable.individual360,
      roster: accessTable.roster,
      aggregates: accessTable.aggregates,
      coachRatings: accessTable.coachRatings,
    }).toEqual({
      goalsPrivate: { self: 'yes' },
      goalsCoach: { self: 'yes', currentCoach: 'yes' },
      goalsManager: { self: 'yes', directManager: 'yes', skipLevelManager: 'yes', currentCoach: 'yes' },
      progressCard: { self: 'yes', directManager: 'ifShared', currentCoach: 'yes' },
      sessions: { self: 'yes', currentCoach: 'theirSessions' },
      sessionNotes: { currentCoach: 'ownNotes' },
      individual360: { self: 'yes', directManager: 'ifShared', currentCoach: 'ifShared' },
      roster: {
        self: 'yes',
        currentCoach: 'yes',
        programAdmin: 'yes',
        orgAdmin: 'yes',
        programsService: 'yes',
      },
      aggregates: {
        analyticsService: 'groupsOfK',
        directManager: 'groupsOfK',
        skipLevelManager: 'groupsOfK',
        programAdmin: 'groupsOfK',
        orgAdmin: 'groupsOfK',
      },
      coachRatings: { self: 'aggregated', programAdmin: 'groupsOfK', orgAdmin: 'groupsOfK' },
    });
  });

  it('says who reads the facts the published table leaves out', () => {
    const admins = { programAdmin: 'yes', orgAdmin: 'yes' };
    const services = { analyticsService: 'yes', programsService: 'yes', provisioningService: 'yes' };
    const orgAdminsAlone = { orgAdmin: 'yes' };
    const { goalsPrivate, goalsCoach, goalsManager, progressCard, sessions, sessionNotes, ...rest } =
      accessTable;
    void [goalsPrivate, goalsCoach, goalsManager, progressCard, sessions, sessionNotes];
    const { individual360, roster, aggregates, coachRatings, ...others } = rest;
    void [individual360, roster, aggregates, coachRatings];
    expect(others).toEqual({
      organisation: { member: 'yes', ...services },
      viewerSelf: { member: 'yes' },
      viewerOwn: { member: 'yes', ...services },
      profile: {
        self: 'yes',
        directManager: 'yes',
        skipLevelManager: 'yes',
        currentCoach: 'yes',
        ...admins,
        provisioningService: 'yes',
      },
      peopleDirectory: { ...admins, provisioningService: 'yes' },
      programRoster: { ...admins, programsService: 'yes' },
      programManagement: { ...admins, programsService: 'yes' },
      auditLog: orgAdminsAlone,
      webhookSubscriptions: orgAdminsAlone,
      ltiRegistrations: orgAdminsAlone,
      ltiCourses: admins,
      xapi: orgAdminsAlone,
      provisioning: orgAdminsAlone,
      integrations: orgAdminsAlone,
      enrolment: {
        self: 'yes',
        directManager: 'ifShared',
        currentCoach: 'yes',
        ...admins,
        programsService: 'yes',
      },
      progressCardFrame: { self: 'yes', directManager: 'yes', currentCoach: 'yes' },
      booking: { self: 'yes', currentCoach: 'yes', ...admins },
      matching: { self: 'yes', ...admins },
      sessionFeedback: { self: 'yes' },
      wellbeingAnswers: { self: 'yes' },
      coachQualitySettings: orgAdminsAlone,
      coachOperations: { self: 'yes', ...admins },
    });
  });

  it('grants nothing to a former coach or to another organisation, and nothing about people to a service account', () => {
    for (const [category, row] of Object.entries(accessTable)) {
      expect(row, category).not.toHaveProperty('formerCoach');
      expect(row, category).not.toHaveProperty('otherOrganisation');
    }
    const personal: Category[] = ['goalsPrivate', 'goalsCoach', 'goalsManager', 'progressCard', 'sessions'];
    for (const category of [
      ...personal,
      'sessionNotes',
      'individual360',
      'sessionFeedback',
      'wellbeingAnswers',
    ] as const) {
      expect(
        rowGrants(category, ['analyticsService', 'programsService', 'provisioningService']),
        category,
      ).toEqual([]);
    }
  });

  it('names every relation a viewer can stand in', () => {
    expect(relations).toEqual([
      'self',
      'directManager',
      'skipLevelManager',
      'currentCoach',
      'formerCoach',
      'programAdmin',
      'orgAdmin',
      'member',
      'otherOrganisation',
      'analyticsService',
      'programsService',
      'provisioningService',
    ]);
  });

  it('decides each object refetched by ID by the row its kind names, and goals by their visibility', () => {
    expect(nodeCategory).toEqual({
      Person: 'organisation',
      OrgUnit: 'organisation',
      Organisation: 'organisation',
      Capability: 'organisation',
      Coach: 'organisation',
      Program: 'organisation',
      MatchProposal: 'programManagement',
      Enrolment: 'enrolment',
      Session: 'sessions',
      Goal: 'byVisibility',
      GoalMilestone: 'byVisibility',
      GoalCheckIn: 'byVisibility',
    });
    expect(goalCategory).toEqual({ PRIVATE: 'goalsPrivate', COACH: 'goalsCoach', MANAGER: 'goalsManager' });
  });

  it('rowGrants lists the grant of each relation held that the row names, and only those', () => {
    expect(rowGrants('progressCard', [])).toEqual([]);
    expect(rowGrants('progressCard', ['member', 'formerCoach'])).toEqual([]);
    expect(rowGrants('progressCard', ['directManager', 'member', 'currentCoach'])).toEqual([
      'ifShared',
      'yes',
    ]);
    expect(rowGrants('coachRatings', new Set<Relation>(['self', 'orgAdmin']))).toEqual([
      'aggregated',
      'groupsOfK',
    ]);
  });

  it('rowGrants, for any relations held, is the row read relation by relation (property)', () => {
    const categories = Object.keys(accessTable) as Category[];
    fc.assert(
      fc.property(
        fc.constantFrom(...categories),
        fc.uniqueArray(fc.constantFrom(...relations)),
        fc.uniqueArray(fc.constantFrom(...relations)),
        (category, held, more) => {
          const row = accessTable[category] as Partial<Record<Relation, Grant>>;
          const grants = rowGrants(category, held);
          expect(grants).toEqual(held.filter((relation) => relation in row).map((relation) => row[relation]));
          // Holding more relations never takes a grant away.
          const wider = new Set(rowGrants(category, [...held, ...more]));
          for (const grant of grants) expect(wider.has(grant)).toBe(true);
        },
      ),
    );
  });
});

describe('the field table', () => {
  /** The schema as the modules' SDL files declare it (read here, not through the modules' code). */
  async function moduleSchema() {
    const [{ mergeTypeDefs }, { buildASTSchema }] = await Promise.all([
      import('@graphql-tools/merge'),
      import('graphql'),
    ]);
    const modules = fileURLToPath(new URL('../modules/', import.meta.url));
    const sdl = readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(modules, entry.name, 'schema.graphql'))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'));
    return buildASTSchema(mergeTypeDefs(sdl), { assumeValidSDL: true });
  }

  it('has a rule for every field reachable from Query, and none for fields the schema lacks', async () => {
    const reachable = reachableFields(await moduleSchema());
    expect([...reachable].filter((key) => !(key in fieldAccess)).sort()).toEqual([]);
    expect(
      Object.keys(fieldAccess)
        .filter((key) => !reachable.has(key))
        .sort(),
    ).toEqual([]);
  });

  it('decides each field by a row of the access table, by its object, or by the ID it names', () => {
    const rules = new Set<string>([...Object.keys(accessTable), 'inherit', 'node']);
    expect(Object.entries(fieldAccess).filter(([, rule]) => !rules.has(rule))).toEqual([]);
  });

  it('decides personal fields by their own rows, not by the object they hang on', () => {
    expect(fieldAccess).toMatchObject({
      'Query.node': 'node',
      'Query.viewer': 'viewerSelf',
      'Query.people': 'peopleDirectory',
      'Query.heatmap': 'aggregates',
      'Person.name': 'inherit',
      'Person.email': 'profile',
      'Person.enrolments': 'roster',
      'Person.wellbeing': 'wellbeingAnswers',
      'Session.joinUrl': 'sessions',
      'Session.feedback': 'sessionFeedback',
      'Session.privateNote': 'sessionNotes',
      'Enrolment.progress': 'progressCard',
      'Enrolment.availableSlots': 'booking',
      'Coach.rating': 'coachRatings',
      'AssessmentFigure.mean': 'individual360',
      'PersonConnection.edges': 'inherit',
      'PersonEdge.node': 'inherit',
    });
  });

  it("decides a match proposal's computation state by the program's management row", () => {
    expect(fieldAccess).toMatchObject({
      'Program.openMatchProposal': 'programManagement',
      'Program.pendingMatchProposal': 'programManagement',
      'MatchProposal.status': 'inherit',
      'MatchProposal.cohortSize': 'inherit',
      'MatchProposal.startedAt': 'inherit',
      'MatchProposal.computedAt': 'inherit',
      'MatchProposal.failure': 'inherit',
      'MatchProposal.failureMessage': 'inherit',
    });
    expect(nodeCategory.MatchProposal).toBe('programManagement');
  });
});

describe('roles and scopes', () => {
  it('hasRole holds when the viewer holds any one of the roles named', () => {
    const caller = callerIn({ roles: ['COACH', 'MANAGER'] });
    expect(hasRole(caller, 'MANAGER')).toBe(true);
    expect(hasRole(caller, 'ORG_ADMIN', 'COACH')).toBe(true);
    expect(hasRole(caller, 'ORG_ADMIN', 'PROGRAM_ADMIN')).toBe(false);
    expect(hasRole(caller)).toBe(false);
  });

  it('holdsScope: only a service account holds a scope, and only the ones it was given', () => {
    expect(holdsScope(callerIn({ roles: ['ORG_ADMIN'] }), 'manage-programs')).toBe(false);
    expect(holdsScope(callerIn({ scopes: ['read-analytics'] }), 'manage-programs')).toBe(false);
    expect(holdsScope(callerIn({ scopes: ['read-analytics', 'manage-programs'] }), 'manage-programs')).toBe(
      true,
    );
  });

  it('lets a service account run only the program administration its scopes list', () => {
    expect(serviceAccountMutations['read-analytics']).toEqual([]);
    expect(serviceAccountMutations.provision).toEqual([]);
    expect(serviceAccountMutations['manage-programs']).toEqual([
      'createProgram',
      'updateProgram',
      'publishProgram',
      'pauseProgram',
      'resumeProgram',
      'closeProgram',
      'archiveProgram',
      'recordProgramKpiValue',
      'refreshProgramPopulation',
      'inviteToProgram',
      'changeEnrolmentStatus',
      'proposeProgramMatch',
      'adjustMatchProposal',
      'approveMatchProposal',
      'discardMatchProposal',
      'rematchEnrolment',
      'addProgramCoaches',
      'updateProgramCoach',
      'removeProgramCoach',
    ]);
    expect(serviceAccountMayRun(['read-analytics', 'manage-programs'], 'createProgram')).toBe(true);
    expect(serviceAccountMayRun(['read-analytics', 'provision'], 'createProgram')).toBe(false);
    expect(serviceAccountMayRun([], 'createProgram')).toBe(false);
    expect(serviceAccountMayRun(['manage-programs'], 'acceptInvitation')).toBe(false);
    expect(serviceAccountMayRun(['manage-programs'], 'assignProgramAdmin')).toBe(false);
  });

  it('isAdmin: either admin role, or a service account that manages programs', () => {
    expect(isAdmin(callerIn({ roles: ['ORG_ADMIN'] }))).toBe(true);
    expect(isAdmin(callerIn({ roles: ['PROGRAM_ADMIN'] }))).toBe(true);
    expect(isAdmin(callerIn({ scopes: ['manage-programs'] }))).toBe(true);
    expect(isAdmin(callerIn({ scopes: ['read-analytics', 'provision'] }))).toBe(false);
    expect(isAdmin(callerIn({ roles: ['MANAGER', 'COACH', 'PARTICIPANT'] }))).toBe(false);
  });

  it('requireAdmin refuses anyone else with the sentence it was given', async () => {
    expect(() => requireAdmin(callerIn({ roles: ['ORG_ADMIN'] }), 'programs.notYourProgram')).not.toThrow();
    const refused = await refusal(
      (async () => requireAdmin(callerIn({ roles: ['MANAGER'] }), 'programs.notYourProgram'))(),
    );
    expect(refused).toEqual({ code: 'FORBIDDEN', localised: { key: 'programs.notYourProgram' } });
  });

  it('a program admin administers the programs assigned to them, and the role is needed too', async () => {
    expect(await administersProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p1')).toBe(
      true,
    );
    expect(await administersProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p2')).toBe(
      false,
    );
    expect(await administersProgram(callerIn({ roles: ['ORG_ADMIN'], administered: ['p1'] }), 'p1')).toBe(
      false,
    );
  });

  it('managesProgram: org admins, assigned program admins and manage-programs service accounts', async () => {
    expect(await managesProgram(callerIn({ roles: ['ORG_ADMIN'] }), 'p1')).toBe(true);
    expect(await managesProgram(callerIn({ scopes: ['manage-programs'] }), 'p1')).toBe(true);
    expect(await managesProgram(callerIn({ scopes: ['read-analytics', 'provision'] }), 'p1')).toBe(false);
    expect(await managesProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p1')).toBe(
      true,
    );
    expect(await managesProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p2')).toBe(
      false,
    );
    expect(await managesProgram(callerIn({ roles: ['MANAGER', 'COACH'], administered: ['p1'] }), 'p1')).toBe(
      false,
    );
  });

  it('requireManagesProgram refuses someone else’s program and passes one’s own', async () => {
    await expect(
      requireManagesProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p1'),
    ).resolves.toBeUndefined();
    expect(
      await refusal(
        requireManagesProgram(callerIn({ roles: ['PROGRAM_ADMIN'], administered: ['p1'] }), 'p2'),
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      localised: { key: 'programs.notYourProgram' },
    });
  });
});

describe('relationsTo', () => {
  it('everyone in the organisation is a member; an org admin is one more; a service account only its scopes', async () => {
    expect(await relationsOf({ roles: ['PARTICIPANT'] }, { kind: 'program', programId: 'p1' })).toEqual([
      'member',
    ]);
    expect(await relationsOf({ roles: ['ORG_ADMIN'] }, { kind: 'program', programId: 'p1' })).toEqual([
      'member',
      'orgAdmin',
    ]);
    expect(
      await relationsOf(
        { scopes: ['read-analytics', 'manage-programs', 'provision'] },
        { kind: 'organisation' },
      ),
    ).toEqual(['analyticsService', 'programsService', 'provisioningService']);
    expect(await relationsOf({ scopes: ['provision'] }, person('someone'))).toEqual(['provisioningService']);
  });

  it('a person: self, and their managers under a MANAGER token, nearest as direct and above as skip-level', async () => {
    const chains = { participant: ['boss', VIEWER, 'ceo'] };
    expect(await relationsOf({}, person(VIEWER))).toEqual(['member', 'self']);
    expect(await relationsOf({ roles: ['MANAGER'], chains }, person('participant'))).toEqual([
      'member',
      'skipLevelManager',
    ]);
    expect(
      await relationsOf({ roles: ['MANAGER'], chains: { participant: [VIEWER] } }, person('participant')),
    ).toEqual(['directManager', 'member']);
    expect(
      await relationsOf({ roles: ['MANAGER'], chains: { participant: ['boss'] } }, person('participant')),
    ).toEqual(['member']);
    // The reporting line without the role (a host narrowed the token) makes no manager.
    expect(
      await relationsOf({ roles: ['COACH'], chains: { participant: [VIEWER] } }, person('participant')),
    ).toEqual(['member']);
  });

  it('a person: their current coach is a coach who coaches them now', async () => {
    expect(await relationsOf({ roles: ['COACH'], clients: ['participant'] }, person('participant'))).toEqual([
      'currentCoach',
      'member',
    ]);
    expect(await relationsOf({ roles: ['COACH'], clients: ['other'] }, person('participant'))).toEqual([
      'member',
    ]);
    expect(
      await relationsOf({ roles: ['MANAGER'], clients: ['participant'] }, person('participant')),
    ).toEqual(['member']);
    // A coach is not their own current coach, whatever the client list says.
    expect(await relationsOf({ roles: ['COACH'], clients: [VIEWER] }, person(VIEWER))).toEqual([
      'member',
      'self',
    ]);
  });

  it('an enrolment: its coach while it is invited or active, its former coach once it is over', async () => {
    const coached = (status: EnrolmentStatus) => enrolment({ coachPersonId: VIEWER, status });
    for (const status of ['INVITED', 'ACTIVE'] as const) {
      expect(await relationsOf({ roles: ['COACH'] }, ofEnrolment(coached(status))), status).toEqual([
        'currentCoach',
        'member',
      ]);
    }
    for (const status of ['ACCEPTED', 'DECLINED', 'WAITLISTED', 'COMPLETED', 'WITHDRAWN'] as const) {
      expect(await relationsOf({ roles: ['COACH'] }, ofEnrolment(coached(status))), status).toEqual([
        'formerCoach',
        'member',
      ]);
    }
    expect(
      await relationsOf({ roles: ['COACH'] }, ofEnrolment(enrolment({ coachPersonId: 'other' }))),
    ).toEqual(['member']);
    expect(await relationsOf({ roles: ['MANAGER'] }, ofEnrolment(coached('ACTIVE')))).toEqual(['member']);
  });

  it('an enrolment: its participant and their reporting line', async () => {
    expect(await relationsOf({}, ofEnrolment(enrolment({ personId: VIEWER })))).toEqual(['member', 'self']);
    expect(
      await relationsOf({ roles: ['MANAGER'], chains: { participant: [VIEWER] } }, ofEnrolment(enrolment())),
    ).toEqual(['directManager', 'member']);
  });

  it('a session: held by its own coach while they coach the enrolment; anyone else who coached it is former', async () => {
    const live = enrolment({ coachPersonId: VIEWER });
    const world: World = {
      roles: ['COACH'],
      enrolments: [live],
      coaches: { 'coach-1': VIEWER, 'coach-2': 'other' },
    };
    expect(await relationsOf(world, ofSession(session()))).toEqual(['currentCoach', 'member']);
    // Another coach's session in an enrolment the viewer took over: nothing.
    expect(await relationsOf(world, ofSession(session({ coachId: 'coach-2' })))).toEqual(['member']);
    // The enrolment passed to another coach, or ended: the session's coach is its former coach.
    for (const changed of [
      enrolment({ coachPersonId: 'other' }),
      enrolment({ coachPersonId: VIEWER, status: 'COMPLETED' }),
    ]) {
      expect(await relationsOf({ ...world, enrolments: [changed] }, ofSession(session()))).toEqual([
        'formerCoach',
        'member',
      ]);
    }
    // Without the COACH role, or without the rows, no coach relation at all.
    expect(await relationsOf({ ...world, roles: ['MANAGER'] }, ofSession(session()))).toEqual(['member']);
    expect(await relationsOf({ ...world, enrolments: [] }, ofSession(session()))).toEqual(['member']);
    expect(await relationsOf({ ...world, coaches: {} }, ofSession(session()))).toEqual(['member']);
  });

  it('a session: its participant and their reporting line', async () => {
    expect(await relationsOf({}, ofSession(session({ participantId: VIEWER })))).toEqual(['member', 'self']);
    expect(
      await relationsOf(
        { roles: ['MANAGER'], chains: { participant: ['boss', VIEWER] } },
        ofSession(session()),
      ),
    ).toEqual(['member', 'skipLevelManager']);
  });

  it('a coach: self for the coach themselves', async () => {
    expect(await relationsOf({}, { kind: 'coach', coach: { personId: VIEWER } })).toEqual(['member', 'self']);
    expect(await relationsOf({}, { kind: 'coach', coach: { personId: 'other' } })).toEqual(['member']);
  });

  it('the organisation and aggregates: a manager reads them as manager; a program is no one’s', async () => {
    for (const subject of [{ kind: 'organisation' }, { kind: 'aggregates', programId: null }] as const) {
      expect(await relationsOf({ roles: ['MANAGER'] }, subject)).toEqual([
        'directManager',
        'member',
        'skipLevelManager',
      ]);
      expect(await relationsOf({ roles: ['COACH'] }, subject)).toEqual(['member']);
    }
    expect(await relationsOf({ roles: ['MANAGER', 'COACH'] }, { kind: 'program', programId: 'p1' })).toEqual([
      'member',
    ]);
  });

  it('a program admin stands as one only to what is in their own programs', async () => {
    const admin: World = {
      roles: ['PROGRAM_ADMIN'],
      administered: ['p1'],
      administersPeople: ['in-p1'],
      administersCoaches: ['coach-in-p1'],
      enrolments: [enrolment({ id: 'e1', programId: 'p1' }), enrolment({ id: 'e2', programId: 'p2' })],
    };
    const cases: [Subject, boolean][] = [
      [{ kind: 'organisation' }, true],
      [{ kind: 'program', programId: 'p1' }, true],
      [{ kind: 'program', programId: 'p2' }, false],
      [{ kind: 'aggregates', programId: 'p1' }, true],
      [{ kind: 'aggregates', programId: 'p2' }, false],
      [{ kind: 'aggregates', programId: null }, false],
      [ofEnrolment(enrolment({ programId: 'p1' })), true],
      [ofEnrolment(enrolment({ programId: 'p2' })), false],
      [ofSession(session({ enrolmentId: 'e1' })), true],
      [ofSession(session({ enrolmentId: 'e2' })), false],
      [ofSession(session({ enrolmentId: 'gone' })), false],
      [person('in-p1'), true],
      [person('elsewhere'), false],
      [{ kind: 'coach', coach: { personId: 'coach-in-p1' } }, true],
      [{ kind: 'coach', coach: { personId: 'coach-elsewhere' } }, false],
    ];
    for (const [subject, holds] of cases) {
      const held = await relationsTo(callerIn(admin), subject);
      expect(held.has('programAdmin'), JSON.stringify(subject)).toBe(holds);
      // The same rows without the role make no program admin.
      const without = await relationsTo(callerIn({ ...admin, roles: ['ORG_ADMIN'] }), subject);
      expect(without.has('programAdmin'), JSON.stringify(subject)).toBe(false);
    }
  });

  it('holdsSession needs the session’s coach, the enrolment’s coach and a live enrolment', () => {
    const live = { coachPersonId: VIEWER, status: 'ACTIVE' };
    expect(holdsSession(VIEWER, VIEWER, live)).toBe(true);
    expect(holdsSession(VIEWER, VIEWER, { ...live, status: 'INVITED' })).toBe(true);
    expect(holdsSession(VIEWER, 'other', live)).toBe(false);
    expect(holdsSession(VIEWER, null, live)).toBe(false);
    expect(holdsSession(VIEWER, VIEWER, { ...live, coachPersonId: 'other' })).toBe(false);
    expect(holdsSession(VIEWER, VIEWER, { ...live, status: 'COMPLETED' })).toBe(false);
  });

  it('never holds both coach relations, never another organisation, and self only about oneself (property)', async () => {
    const people = ['participant', VIEWER, 'boss'];
    const statuses: EnrolmentStatus[] = [
      'INVITED',
      'ACCEPTED',
      'DECLINED',
      'WAITLISTED',
      'ACTIVE',
      'COMPLETED',
      'WITHDRAWN',
    ];
    const roles: Role[] = ['COACH', 'MANAGER', 'ORG_ADMIN', 'PARTICIPANT', 'PROGRAM_ADMIN'];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...roles)),
        fc.constantFrom(...people),
        fc.uniqueArray(fc.constantFrom(...people.filter((id) => id !== 'participant'))),
        fc.constantFrom(...people, null),
        fc.constantFrom(...statuses),
        fc.constantFrom(...people),
        async (held, participant, chain, coachPersonId, status, sessionCoach) => {
          const row = enrolment({ personId: participant, coachPersonId, status });
          const world: World = {
            roles: held,
            chains: { [participant]: chain },
            enrolments: [row],
            coaches: { 'coach-1': sessionCoach },
          };
          for (const subject of [
            person(participant),
            ofEnrolment(row),
            ofSession(session({ participantId: participant })),
          ]) {
            const got = await relationsTo(callerIn(world), subject);
            expect(got.has('member')).toBe(true);
            expect(got.has('otherOrganisation')).toBe(false);
            expect(got.has('currentCoach') && got.has('formerCoach')).toBe(false);
            expect(got.has('self')).toBe(participant === VIEWER);
            if (!held.includes('MANAGER')) {
              expect(got.has('directManager') || got.has('skipLevelManager')).toBe(false);
            }
            if (!held.includes('COACH'))
              expect(got.has('currentCoach') || got.has('formerCoach')).toBe(false);
            expect(got.has('orgAdmin')).toBe(held.includes('ORG_ADMIN'));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('grantsOf, mayRead and requireRead', () => {
  const sharing = (shared: boolean) => enrolment({ sharedWithManager: shared });
  const manager: World = { roles: ['MANAGER'], chains: { participant: [VIEWER] } };

  it('a shared grant holds only while the participant shares the enrolment', async () => {
    expect(await grantsOf(callerIn(manager), 'progressCard', ofEnrolment(sharing(true)))).toEqual(
      new Set(['ifShared']),
    );
    expect(await grantsOf(callerIn(manager), 'progressCard', ofEnrolment(sharing(false)))).toEqual(new Set());
    expect(await mayRead(callerIn(manager), 'progressCard', ofEnrolment(sharing(true)))).toBe(true);
    expect(await mayRead(callerIn(manager), 'progressCard', ofEnrolment(sharing(false)))).toBe(false);
  });

  it('a session is shared as its enrolment is; a session whose enrolment is gone, or a person, is not', async () => {
    for (const shared of [true, false]) {
      const world = { ...manager, enrolments: [sharing(shared)] };
      expect(await mayRead(callerIn(world), 'individual360', ofSession(session())), String(shared)).toBe(
        shared,
      );
    }
    expect(await mayRead(callerIn(manager), 'individual360', ofSession(session()))).toBe(false);
    expect(await grantsOf(callerIn(manager), 'individual360', person('participant'))).toEqual(new Set());
    // Unconditional grants are unaffected by sharing.
    expect(await grantsOf(callerIn(manager), 'goalsManager', person('participant'))).toEqual(
      new Set(['yes']),
    );
  });

  it('a coach reads the sessions they hold; session notes are their own notes', async () => {
    const world: World = {
      roles: ['COACH'],
      enrolments: [enrolment({ coachPersonId: VIEWER })],
      coaches: { 'coach-1': VIEWER },
    };
    expect(await grantsOf(callerIn(world), 'sessions', ofSession(session()))).toEqual(
      new Set(['theirSessions']),
    );
    expect(await grantsOf(callerIn(world), 'sessionNotes', ofSession(session()))).toEqual(
      new Set(['ownNotes']),
    );
    const former = { ...world, enrolments: [enrolment({ coachPersonId: VIEWER, status: 'WITHDRAWN' })] };
    expect(await grantsOf(callerIn(former), 'sessions', ofSession(session()))).toEqual(new Set());
  });

  it('gathers the grant of every relation held: a coach rating is aggregated for its coach, groups of k for admins', async () => {
    const coach = { kind: 'coach', coach: { personId: VIEWER } } as const;
    expect(await grantsOf(callerIn({ roles: ['COACH', 'ORG_ADMIN'] }), 'coachRatings', coach)).toEqual(
      new Set(['aggregated', 'groupsOfK']),
    );
    expect(await grantsOf(callerIn({ roles: ['COACH'] }), 'coachRatings', coach)).toEqual(
      new Set(['aggregated']),
    );
    expect(await grantsOf(callerIn({ roles: ['PARTICIPANT', 'MANAGER'] }), 'coachRatings', coach)).toEqual(
      new Set(['aggregated']),
    );
    expect(
      await grantsOf(callerIn({ roles: ['PARTICIPANT'] }), 'coachRatings', {
        kind: 'coach',
        coach: { personId: 'c' },
      }),
    ).toEqual(new Set());
  });

  it('reading Session.feedback: its author alone, never the coach, a manager or an admin', async () => {
    const rows = {
      enrolments: [enrolment({ coachPersonId: VIEWER, sharedWithManager: true })],
      coaches: { 'coach-1': VIEWER },
    };
    const subject = ofSession(session());
    const readers: [string, World, boolean][] = [
      ['another participant', { roles: ['PARTICIPANT'], ...rows, coaches: { 'coach-1': 'someone' } }, false],
      ['its coach', { roles: ['COACH'], ...rows }, false],
      ['the direct manager', { roles: ['MANAGER'], chains: { participant: [VIEWER] }, ...rows }, false],
      ['a program admin', { roles: ['PROGRAM_ADMIN'], administered: ['program'], ...rows }, false],
      ['an org admin', { roles: ['ORG_ADMIN'], ...rows }, false],
      ['a service account', { scopes: ['read-analytics', 'manage-programs', 'provision'], ...rows }, false],
      ['its author', { roles: ['PARTICIPANT'], ...rows }, true],
    ];
    for (const [who, world, may] of readers) {
      const asked = who === 'its author' ? ofSession(session({ participantId: VIEWER })) : subject;
      expect(await mayRead(callerIn(world), 'sessionFeedback', asked), who).toBe(may);
    }
  });

  it('requireRead refuses naming the field, and passes a reader', async () => {
    await expect(
      requireRead(callerIn({}), 'profile', person(VIEWER), 'Person.email'),
    ).resolves.toBeUndefined();
    expect(
      await refusal(requireRead(callerIn({}), 'profile', person('participant'), 'Person.email')),
    ).toEqual({
      code: 'FORBIDDEN',
      localised: { key: 'access.personalField', values: { field: 'Person.email' } },
    });
  });

  it('readable keeps exactly the items the viewer may read, in order', async () => {
    const items = ['a', VIEWER, 'b', 'c'];
    const caller = callerIn({ roles: ['MANAGER'], chains: { b: [VIEWER], c: ['x', VIEWER] } });
    expect(await readable(caller, 'goalsManager', items, person)).toEqual([VIEWER, 'b', 'c']);
    expect(await readable(caller, 'progressCardFrame', items, person)).toEqual([VIEWER, 'b']);
    expect(await readable(caller, 'goalsPrivate', [], person)).toEqual([]);
  });
});
