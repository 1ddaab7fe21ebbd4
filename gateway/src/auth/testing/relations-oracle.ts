/**
 * The matrix's independent judge of who stands how to what. It reads the
 * fixture's rows and applies the product's definitions (a direct manager is
 * the person's manager_id, a current coach coaches an enrolment that is not
 * over, …) without calling the gateway's policy, then interprets the policy's
 * access table (data) to say what each viewer should get.
 */
import type { Database } from '../../db/types.js';
import { accessTable, type Category, type Relation } from '../policy.js';

export type OracleSubject =
  | { kind: 'person'; id: string }
  | { kind: 'enrolment'; id: string }
  | { kind: 'session'; id: string }
  | { kind: 'coach'; id: string }
  | { kind: 'program'; id: string }
  | { kind: 'goal'; id: string }
  | { kind: 'organisation'; orgId: string }
  | { kind: 'aggregates'; orgId: string; programId: string | null };

interface PersonFact {
  orgId: string;
  managerId: string | null;
  roles: string[];
}
interface EnrolmentFact {
  orgId: string;
  personId: string;
  programId: string;
  coachPersonId: string | null;
  live: boolean;
  shared: boolean;
  status: string;
  enrolledAt: Date;
}
interface SessionFact {
  enrolmentId: string;
  coachPersonId: string;
}

export interface Oracle {
  relations(viewerId: string, subject: OracleSubject): Set<Relation>;
  allowed(viewerId: string, category: Category, subject: OracleSubject): boolean;
  /** The organisation a subject belongs to. */
  orgOf(subject: OracleSubject): string;
  goalVisibility(goalId: string): 'PRIVATE' | 'COACH' | 'MANAGER';
  /** The enrolment a person's progress card is about (the latest active, else invited, completed, withdrawn). */
  currentEnrolment(personId: string): string | null;
  /** The goal a goal, milestone or check-in id belongs to. */
  goalOf(type: 'Goal' | 'GoalMilestone' | 'GoalCheckIn', id: string): string;
  orgOfUnitOrCapability(id: string): string | null;
  /** The program a match proposal belongs to. */
  programOfProposal(id: string): string;
}

const STATUS_RANK: Record<string, number> = { ACTIVE: 0, INVITED: 1, COMPLETED: 2, WITHDRAWN: 3 };

export async function loadOracle(db: Database): Promise<Oracle> {
  const people = new Map<string, PersonFact>();
  for (const row of await db.query<{
    id: string;
    org_id: string;
    manager_id: string | null;
    roles: string[];
  }>(`select id, org_id, manager_id, roles from people`)) {
    people.set(row.id, { orgId: row.org_id, managerId: row.manager_id, roles: row.roles });
  }
  const enrolments = new Map<string, EnrolmentFact>();
  for (const row of await db.query<{
    id: string;
    org_id: string;
    person_id: string;
    program_id: string;
    coach_person_id: string | null;
    status: string;
    shared_with_manager: boolean;
    enrolled_at: Date;
  }>(
    `select e.id, e.org_id, e.person_id, e.program_id, c.person_id as coach_person_id, e.status,
       e.shared_with_manager, e.enrolled_at
     from enrolments e left join coaches c on c.id = e.coach_id`,
  )) {
    enrolments.set(row.id, {
      orgId: row.org_id,
      personId: row.person_id,
      programId: row.program_id,
      coachPersonId: row.coach_person_id,
      live: row.status === 'INVITED' || row.status === 'ACTIVE',
      shared: row.shared_with_manager,
      status: row.status,
      enrolledAt: new Date(row.enrolled_at),
    });
  }
  const sessions = new Map<string, SessionFact>();
  for (const row of await db.query<{ id: string; enrolment_id: string; coach_person_id: string }>(
    `select s.id, s.enrolment_id, c.person_id as coach_person_id from sessions s join coaches c on c.id = s.coach_id`,
  )) {
    sessions.set(row.id, { enrolmentId: row.enrolment_id, coachPersonId: row.coach_person_id });
  }
  const coaches = new Map<string, string>();
  for (const row of await db.query<{ id: string; person_id: string }>(`select id, person_id from coaches`)) {
    coaches.set(row.id, row.person_id);
  }
  const programs = new Map<string, string>();
  for (const row of await db.query<{ id: string; org_id: string }>(`select id, org_id from programs`)) {
    programs.set(row.id, row.org_id);
  }
  // Program admins stand as one only to their assigned programs and what is in them.
  const administered = new Map<string, Set<string>>();
  for (const row of await db.query<{ person_id: string; program_id: string }>(
    `select person_id, program_id from program_admins`,
  )) {
    administered.set(row.person_id, (administered.get(row.person_id) ?? new Set()).add(row.program_id));
  }
  const pools = new Map<string, Set<string>>();
  for (const row of await db.query<{ coach_id: string; program_id: string }>(
    `select coach_id, program_id from program_coaches`,
  )) {
    pools.set(row.coach_id, (pools.get(row.coach_id) ?? new Set()).add(row.program_id));
  }
  const proposals = new Map<string, string>();
  for (const row of await db.query<{ id: string; program_id: string }>(
    `select id, program_id from match_proposals`,
  )) {
    proposals.set(row.id, row.program_id);
  }
  const goals = new Map<string, { ownerId: string; visibility: 'PRIVATE' | 'COACH' | 'MANAGER' }>();
  for (const row of await db.query<{
    id: string;
    owner_id: string;
    visibility: 'PRIVATE' | 'COACH' | 'MANAGER';
  }>(`select id, owner_id, visibility from goals`)) {
    goals.set(row.id, { ownerId: row.owner_id, visibility: row.visibility });
  }
  const parts = new Map<string, string>();
  for (const row of await db.query<{ id: string; goal_id: string }>(
    `select id, goal_id from goal_milestones union all select id, goal_id from goal_check_ins`,
  )) {
    parts.set(row.id, row.goal_id);
  }
  const units = new Map<string, string>();
  for (const row of await db.query<{ id: string; org_id: string }>(
    `select id, org_id from org_units union all select id, org_id from capabilities
     union all select id, id from organisations`,
  )) {
    units.set(row.id, row.org_id);
  }

  const person = (id: string): PersonFact => {
    const fact = people.get(id);
    if (!fact) throw new Error(`the oracle does not know person ${id}`);
    return fact;
  };
  const enrolment = (id: string): EnrolmentFact => {
    const fact = enrolments.get(id);
    if (!fact) throw new Error(`the oracle does not know enrolment ${id}`);
    return fact;
  };
  const hasRole = (viewerId: string, role: string) => person(viewerId).roles.includes(role);

  function orgOf(subject: OracleSubject): string {
    switch (subject.kind) {
      case 'person':
        return person(subject.id).orgId;
      case 'enrolment':
        return enrolment(subject.id).orgId;
      case 'session':
        return enrolment(sessions.get(subject.id)!.enrolmentId).orgId;
      case 'coach':
        return person(coaches.get(subject.id)!).orgId;
      case 'program':
        return programs.get(subject.id)!;
      case 'goal':
        return person(goals.get(subject.id)!.ownerId).orgId;
      case 'organisation':
      case 'aggregates':
        return subject.orgId;
    }
  }

  /** Self, direct manager, skip-level manager; acting as a manager takes the MANAGER role. */
  function line(viewerId: string, personId: string): Relation[] {
    if (viewerId === personId) return ['self'];
    if (!hasRole(viewerId, 'MANAGER')) return [];
    const chain: string[] = [];
    for (let at = person(personId).managerId; at && chain.length < 32; at = person(at).managerId)
      chain.push(at);
    if (chain[0] === viewerId) return ['directManager'];
    return chain.includes(viewerId) ? ['skipLevelManager'] : [];
  }

  function coachOf(viewerId: string, fact: EnrolmentFact): Relation[] {
    if (!hasRole(viewerId, 'COACH') || fact.coachPersonId !== viewerId) return [];
    return [fact.live ? 'currentCoach' : 'formerCoach'];
  }

  /** Whether a program admin is assigned to what the subject is about. */
  function administers(viewerId: string, subject: OracleSubject): boolean {
    if (!hasRole(viewerId, 'PROGRAM_ADMIN')) return false;
    const mine = administered.get(viewerId) ?? new Set<string>();
    switch (subject.kind) {
      case 'organisation':
        return true;
      case 'aggregates':
        return subject.programId !== null && mine.has(subject.programId);
      case 'program':
        return mine.has(subject.id);
      case 'enrolment':
        return mine.has(enrolment(subject.id).programId);
      case 'session':
        return mine.has(enrolment(sessions.get(subject.id)!.enrolmentId).programId);
      case 'person':
        return [...enrolments.values()].some(
          (fact) => fact.personId === subject.id && mine.has(fact.programId),
        );
      case 'coach': {
        const coachPerson = coaches.get(subject.id);
        const inPool = [...(pools.get(subject.id) ?? [])].some((id) => mine.has(id));
        return (
          inPool ||
          [...enrolments.values()].some(
            (fact) => fact.coachPersonId === coachPerson && mine.has(fact.programId),
          )
        );
      }
      case 'goal':
        return administers(viewerId, { kind: 'person', id: goals.get(subject.id)!.ownerId });
    }
  }

  function relations(viewerId: string, subject: OracleSubject): Set<Relation> {
    if (person(viewerId).orgId !== orgOf(subject)) return new Set(['otherOrganisation']);
    const held = new Set<Relation>(['member']);
    if (administers(viewerId, subject)) held.add('programAdmin');
    if (hasRole(viewerId, 'ORG_ADMIN')) held.add('orgAdmin');
    const add = (more: Relation[]) => more.forEach((relation) => held.add(relation));
    switch (subject.kind) {
      case 'person': {
        add(line(viewerId, subject.id));
        if (viewerId === subject.id) break;
        const theirs = [...enrolments.values()].filter((fact) => fact.personId === subject.id);
        const coaching = theirs.flatMap((fact) => coachOf(viewerId, fact));
        if (coaching.includes('currentCoach')) held.add('currentCoach');
        else if (coaching.length) held.add('formerCoach');
        break;
      }
      case 'enrolment': {
        const fact = enrolment(subject.id);
        add(line(viewerId, fact.personId));
        add(coachOf(viewerId, fact));
        break;
      }
      case 'session': {
        const fact = sessions.get(subject.id)!;
        const of = enrolment(fact.enrolmentId);
        add(line(viewerId, of.personId));
        if (fact.coachPersonId === viewerId) {
          const holds = of.live && of.coachPersonId === viewerId && hasRole(viewerId, 'COACH');
          held.add(holds ? 'currentCoach' : 'formerCoach');
        }
        break;
      }
      case 'coach':
        if (coaches.get(subject.id) === viewerId) held.add('self');
        break;
      case 'goal':
        return relations(viewerId, { kind: 'person', id: goals.get(subject.id)!.ownerId });
      case 'organisation':
      case 'aggregates':
        if (hasRole(viewerId, 'MANAGER')) add(['directManager', 'skipLevelManager']);
        break;
    }
    return held;
  }

  function shared(subject: OracleSubject): boolean {
    if (subject.kind === 'enrolment') return enrolment(subject.id).shared;
    if (subject.kind === 'session') return enrolment(sessions.get(subject.id)!.enrolmentId).shared;
    return false;
  }

  return {
    relations,
    orgOf,
    programOfProposal: (id) => proposals.get(id)!,
    allowed(viewerId, category, subject) {
      const row: Partial<Record<Relation, string>> = accessTable[category];
      return [...relations(viewerId, subject)].some((relation) => {
        const grant = row[relation];
        if (!grant) return false;
        if (grant === 'ifShared') return shared(subject);
        if (grant === 'theirSessions') return relation === 'currentCoach';
        return true;
      });
    },
    goalVisibility: (goalId) => goals.get(goalId)!.visibility,
    goalOf: (type, id) => (type === 'Goal' ? id : parts.get(id)!),
    currentEnrolment(personId) {
      const theirs = [...enrolments.entries()]
        .filter(([, fact]) => fact.personId === personId)
        .sort(
          ([, a], [, b]) =>
            (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) ||
            b.enrolledAt.getTime() - a.enrolledAt.getTime(),
        );
      return theirs[0]?.[0] ?? null;
    },
    orgOfUnitOrCapability: (id) => units.get(id) ?? null,
  };
}
