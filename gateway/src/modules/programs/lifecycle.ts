/**
 * A program's states and its enrolments' lifecycle. Who acted and why reach the enrolment history
 * through the transaction's settings (`app.actor_id`, `app.enrolment_reason`), which the trigger of
 * migration 0030 reads, so every path that changes a status is recorded the same way.
 */
import { SYSTEM, type Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/types.js';
import type { EnrolmentStatus, ProgramStatus } from '../../generated/resolvers.js';
import { recordAudit, type AuditRecord } from '../audit/index.js';
import { populationIds, TAKING_PART } from './population.js';
import { announceEnrolmentChanges, type EnrolmentChange } from '../webhooks/events.js';
import { xapiEnrolmentsChanged } from '../xapi/emit.js';
import type { PopulationRulesRow } from './sql.js';

/** Sets who is acting (and why) for the enrolment-history trigger, for this transaction only. */
export async function actAs(tx: Queryable, actor: Actor | null, reason: string | null = null): Promise<void> {
  const { personId, serviceAccountId } = actor ?? SYSTEM;
  await tx.query(
    `select set_config('app.actor_id', $1, true), set_config('app.actor_service_account_id', $2, true),
            set_config('app.enrolment_reason', $3, true)`,
    [personId ?? '', serviceAccountId ?? '', reason ?? ''],
  );
}

/** Which state changes each mutation makes, from which states. */
export const TRANSITIONS = {
  publish: { from: ['DRAFT'], to: 'ACTIVE' },
  pause: { from: ['ACTIVE'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'ACTIVE' },
  close: { from: ['ACTIVE', 'PAUSED'], to: 'CLOSED' },
  archive: { from: ['CLOSED', 'DRAFT'], to: 'ARCHIVED' },
} as const satisfies Record<string, { from: readonly ProgramStatus[]; to: ProgramStatus }>;

export type Transition = keyof typeof TRANSITIONS;

export function allowed(transition: Transition, status: ProgramStatus): boolean {
  return (TRANSITIONS[transition].from as readonly ProgramStatus[]).includes(status);
}

/** Locks the program row so two admins' state changes and invitations are applied one after the other. */
export async function lockProgram(
  tx: Queryable,
  orgId: string,
  programId: string,
): Promise<{ status: ProgramStatus; capacity: number | null } | null> {
  const [row] = await tx.query<{ status: ProgramStatus; capacity: number | null }>(
    `select status, capacity from programs where org_id = $1 and id = $2 for update`,
    [orgId, programId],
  );
  return row ?? null;
}

export async function setProgramStatus(
  tx: Queryable,
  orgId: string,
  programId: string,
  transition: Transition,
  extra: { outcomeSummary?: string } = {},
): Promise<void> {
  const to = TRANSITIONS[transition].to;
  await tx.query(
    `update programs set status = $3,
       published_at = case when $3 = 'ACTIVE' then coalesce(published_at, now()) else published_at end,
       paused_at = case when $3 = 'PAUSED' then now() else paused_at end,
       closed_at = case when $3 = 'CLOSED' then now() else closed_at end,
       archived_at = case when $3 = 'ARCHIVED' then now() else archived_at end,
       outcome_summary = coalesce($4::jsonb, outcome_summary)
     where org_id = $1 and id = $2`,
    [orgId, programId, to, extra.outcomeSummary ?? null],
  );
}

/** Places taken: people ACCEPTED or ACTIVE (an invitation holds no place until it is accepted). */
export async function placesTaken(tx: Queryable, orgId: string, programId: string): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from enrolments
     where org_id = $1 and program_id = $2 and status in ('ACCEPTED', 'ACTIVE')`,
    [orgId, programId],
  );
  return row?.count ?? 0;
}

/**
 * Invites people: a new enrolment each, or a DECLINED/WITHDRAWN/COMPLETED one re-opened; people already
 * taking part are left alone. Invitations are not limited by capacity (accepting is); once the program
 * is full, the invited are waitlisted instead, oldest first.
 */
export async function invite(
  tx: Queryable,
  orgId: string,
  programId: string,
  personIds: readonly string[],
  capacity: number | null,
): Promise<{ invited: string[]; waitlisted: string[] }> {
  if (!personIds.length) return { invited: [], waitlisted: [] };
  const free =
    capacity === null ? Number.POSITIVE_INFINITY : capacity - (await placesTaken(tx, orgId, programId));
  const status: EnrolmentStatus = free > 0 ? 'INVITED' : 'WAITLISTED';
  const rows = await tx.query<{ id: string; status: EnrolmentStatus }>(
    `insert into enrolments (org_id, program_id, person_id, status, enrolled_at)
     select $1, $2, p, $4, now() from unnest($3::uuid[]) as p
     on conflict (org_id, program_id, person_id) do update
       set status = excluded.status, enrolled_at = now(), responded_at = null, completed_at = null,
           withdrawn_at = null, coach_id = null
       where enrolments.status in ('DECLINED', 'WITHDRAWN', 'COMPLETED')
     returning id, status`,
    [orgId, programId, personIds, status],
  );
  const ids = rows.map((row) => row.id);
  return status === 'INVITED' ? { invited: ids, waitlisted: [] } : { invited: [], waitlisted: ids };
}

/**
 * Re-evaluates the rules: people who match and are not taking part are invited; people taking part who
 * no longer match (or left the organisation's population) are withdrawn, unless they are ACTIVE and have
 * used sessions, whose coaching runs to its end. Explicitly invited people stay.
 */
export async function refreshPopulation(
  tx: Queryable,
  orgId: string,
  programId: string,
  rules: PopulationRulesRow,
  capacity: number | null,
): Promise<{ invited: number; waitlisted: number; withdrawn: number }> {
  const wanted = await populationIds(tx, orgId, rules);
  const current = await tx.query<{ person_id: string; status: EnrolmentStatus }>(
    `select person_id, status from enrolments where org_id = $1 and program_id = $2`,
    [orgId, programId],
  );
  const known = new Map(current.map((row) => [row.person_id, row.status]));
  // Not re-inviting people who declined or were withdrawn: a refresh never overrides a person's answer.
  const fresh = wanted.filter((id) => !known.has(id));
  const result = await invite(tx, orgId, programId, fresh, capacity);
  const withdrawn = await tx.query<{ id: string }>(
    `update enrolments e set status = 'WITHDRAWN', withdrawn_at = now()
     where e.org_id = $1 and e.program_id = $2 and e.status = any($4::text[])
       and not (e.person_id = any($3::uuid[]))
       and not exists (select 1 from enrolment_events ev where ev.org_id = e.org_id and ev.enrolment_id = e.id
                       and num_nonnulls(ev.actor_person_id, ev.actor_service_account_id) > 0
                       and ev.from_status is null)
       and not (e.status = 'ACTIVE' and exists (
         select 1 from sessions s where s.org_id = e.org_id and s.enrolment_id = e.id and s.status <> 'CANCELLED'))
     returning e.id`,
    [orgId, programId, wanted, [...TAKING_PART]],
  );
  return {
    invited: result.invited.length,
    waitlisted: result.waitlisted.length,
    withdrawn: withdrawn.length,
  };
}

/** Invites waitlisted people, oldest first, into places that are free. */
export async function promoteWaitlist(
  tx: Queryable,
  orgId: string,
  programId: string,
  capacity: number | null,
): Promise<number> {
  const free = capacity === null ? 1_000_000 : capacity - (await placesTaken(tx, orgId, programId));
  if (free <= 0) return 0;
  const pending = await tx.query<{ count: number }>(
    `select count(*)::int as count from enrolments where org_id = $1 and program_id = $2 and status = 'INVITED'`,
    [orgId, programId],
  );
  const room = free - (pending[0]?.count ?? 0);
  if (room <= 0) return 0;
  const rows = await tx.query<{ id: string }>(
    `update enrolments set status = 'INVITED', enrolled_at = now() where id in (
       select id from enrolments where org_id = $1 and program_id = $2 and status = 'WAITLISTED'
       order by enrolled_at, id limit $3)
     returning id`,
    [orgId, programId, room],
  );
  await announceEnrolmentChanges(
    tx,
    orgId,
    rows.map((row) => ({ enrolmentId: row.id, previousStatus: 'WAITLISTED', coachChanged: false })),
  );
  return rows.length;
}

/** An audit entry whose subject is the program itself. */
export function recordProgramAudit(
  tx: Queryable,
  orgId: string,
  programId: string,
  entry: Pick<AuditRecord, 'action' | 'actorId' | 'before' | 'after'>,
): Promise<void> {
  return recordAudit(tx, orgId, { ...entry, programId, subjectType: 'Program', subjectId: programId });
}

/** One enrolment a person's request changed, with what the audit log keeps of it. */
export interface AuditedEnrolmentChange
  extends EnrolmentChange, Pick<AuditRecord, 'action' | 'actorId' | 'before' | 'after'> {
  programId: string;
}

/** Subscribers hear of the changed enrolment and the audit log keeps it, in the change's transaction. */
export async function recordEnrolmentChange(
  tx: Queryable,
  orgId: string,
  change: AuditedEnrolmentChange,
): Promise<void> {
  const { enrolmentId, programId, previousStatus, coachChanged, ...entry } = change;
  await announceEnrolmentChanges(tx, orgId, [{ enrolmentId, previousStatus, coachChanged }]);
  await recordAudit(tx, orgId, { ...entry, programId, subjectType: 'Enrolment', subjectId: enrolmentId });
}

/** Future sessions still booked in the program: a program with any cannot close. */
export async function bookedFutureSessions(tx: Queryable, orgId: string, programId: string): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from sessions s join enrolments e on e.org_id = s.org_id and e.id = s.enrolment_id
     where s.org_id = $1 and e.program_id = $2 and s.status = 'BOOKED' and s.ends_at > now()`,
    [orgId, programId],
  );
  return row?.count ?? 0;
}

/** Closing: live participants complete, open invitations and waitlist places are withdrawn. */
export async function settleEnrolmentsOnClose(
  tx: Queryable,
  orgId: string,
  programId: string,
): Promise<{ completed: number; withdrawn: number }> {
  const completed = await tx.query<{ id: string }>(
    `update enrolments set status = 'COMPLETED', completed_at = now()
     where org_id = $1 and program_id = $2 and status = 'ACTIVE' returning id`,
    [orgId, programId],
  );
  const withdrawn = await tx.query<{ id: string }>(
    `update enrolments set status = 'WITHDRAWN', withdrawn_at = now()
     where org_id = $1 and program_id = $2 and status in ('INVITED', 'ACCEPTED', 'WAITLISTED') returning id`,
    [orgId, programId],
  );
  // Closing is when the participants still taking part complete the program, in their LRS too.
  await xapiEnrolmentsChanged(
    tx,
    orgId,
    completed.map((row) => row.id),
  );
  return { completed: completed.length, withdrawn: withdrawn.length };
}

/** What an admin may set an enrolment to, from each status. */
const ADMIN_CHANGES: Record<string, readonly EnrolmentStatus[]> = {
  WITHDRAWN: ['INVITED', 'ACCEPTED', 'WAITLISTED', 'ACTIVE'],
  COMPLETED: ['ACTIVE'],
  INVITED: ['DECLINED', 'WITHDRAWN', 'WAITLISTED'],
};

export function adminMayChange(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return ADMIN_CHANGES[to]?.includes(from) ?? false;
}

export async function setEnrolmentStatus(
  tx: Queryable,
  orgId: string,
  enrolmentId: string,
  to: EnrolmentStatus,
  options: { responded?: boolean } = {},
): Promise<void> {
  await tx.query(
    `update enrolments set status = $3,
       completed_at = case when $3 = 'COMPLETED' then now() end,
       withdrawn_at = case when $3 = 'WITHDRAWN' then now() end,
       responded_at = case when $4 then now() when $3 = 'INVITED' then null else responded_at end,
       coach_id = case when $3 in ('INVITED', 'DECLINED', 'WAITLISTED') then null else coach_id end,
       enrolled_at = case when $3 = 'INVITED' then now() else enrolled_at end
     where org_id = $1 and id = $2`,
    [orgId, enrolmentId, to, options.responded ?? false],
  );
}

/** Locks one enrolment with its program's status and capacity. */
export async function lockEnrolmentWithProgram(
  tx: Queryable,
  orgId: string,
  enrolmentId: string,
): Promise<{
  personId: string;
  programId: string;
  status: EnrolmentStatus;
  programStatus: ProgramStatus;
  capacity: number | null;
} | null> {
  const [row] = await tx.query<{
    person_id: string;
    program_id: string;
    status: EnrolmentStatus;
    program_status: ProgramStatus;
    capacity: number | null;
  }>(
    `select e.person_id, e.program_id, e.status, g.status as program_status, g.capacity
     from enrolments e join programs g on g.org_id = e.org_id and g.id = e.program_id
     where e.org_id = $1 and e.id = $2 for update of e, g`,
    [orgId, enrolmentId],
  );
  return row
    ? {
        personId: row.person_id,
        programId: row.program_id,
        status: row.status,
        programStatus: row.program_status,
        capacity: row.capacity,
      }
    : null;
}
