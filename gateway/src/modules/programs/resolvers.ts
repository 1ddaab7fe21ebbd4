import { assertEnumType } from 'graphql';
import { actorOf } from '../../auth/actor.js';
import { hasRole, isAdmin, managesProgram, mayRead, requireManagesProgram } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import type { EnrolmentStatus, Resolvers, UserError } from '../../generated/resolvers.js';
import { toGlobalId, toOpaqueId, fromOpaqueId } from '../../ids.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { recordAudit } from '../audit/sql.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { idOf, present, required, userError } from '../core/resolving.js';
import { participationOf, rosterCsv, kpiCsv, sessionsCsv } from './exports.js';
import {
  actAs,
  adminMayChange,
  allowed,
  bookedFutureSessions,
  invite,
  lockEnrolmentWithProgram,
  lockProgram,
  placesTaken,
  promoteWaitlist,
  recordEnrolmentChange,
  recordProgramAudit,
  refreshPopulation,
  setEnrolmentStatus,
  setProgramStatus,
  settleEnrolmentsOnClose,
  type Transition,
} from './lifecycle.js';
import {
  checkReferences,
  populationIds,
  previewPopulation,
  ruleErrors,
  rulesFromInput,
} from './population.js';
import { enrolmentOrError, managedProgram } from './managed.js';
import { auditState, insertProgram, setupFromCreate, setupFromUpdate, updateProgramSetup } from './setup.js';
import { queueProgramReminders } from '../../notifications/program-reminders.js';
import { announceEnrolmentChanges } from '../webhooks/events.js';
import {
  countPrograms,
  listPrograms,
  searchProgramEnrolments,
  type EnrolmentRow,
  inLocale,
  type LocalisedTextRow,
  type ProgramRow,
} from './sql.js';

const byName = (program: ProgramRow) => ({ sort: program.name, id: program.id });
const newestFirst = (enrolment: EnrolmentRow) => ({
  sort: enrolment.enrolledAt.toISOString(),
  id: enrolment.id,
});

const MAX_REASON = 500;

async function reload(caller: Caller, programId: string): Promise<ProgramRow | null> {
  caller.loaders.programs.byId.clear(programId);
  caller.loaders.programs.kpisOfProgram.clear(programId);
  caller.loaders.programs.statusCounts.clear(programId);
  caller.loaders.programs.adminsOf.clear(programId);
  return caller.loaders.programs.byId.load(programId);
}

async function reloadEnrolment(caller: Caller, enrolmentId: string): Promise<EnrolmentRow | null> {
  caller.loaders.programs.enrolmentById.clear(enrolmentId);
  caller.loaders.programs.historyOf.clear(enrolmentId);
  caller.loaders.programs.activityOf.clear(enrolmentId);
  return caller.loaders.programs.enrolmentById.load(enrolmentId);
}

async function organisationContext(caller: Caller) {
  const organisation = await caller.loaders.organisations.byId.load(caller.viewer.orgId);
  if (!organisation) throw notFound('programs.organisationMissing');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: organisation.timeZone }).format(new Date());
  return { organisation, today };
}

/** The refusal of a change the program's status does not allow. */
function cannot(caller: Caller, kind: Transition, status: string | undefined): UserError {
  return userError(caller, ['programId'], 'CONFLICT', `programs.cannot.${kind}` as MessageKey, {
    status: status ?? '',
  });
}

/** The refusal of a change only an ACTIVE program takes. */
function notActive(caller: Caller, status: string | undefined): UserError {
  return userError(caller, ['programId'], 'CONFLICT', 'programs.notActive', { status: status ?? '' });
}

/** Most enrolments one reminder call may name (the roster's selection spans its pages). */
const MAX_CHOSEN_ENROLMENTS = 500;

/**
 * The enrolments a reminder is limited to, decoded: null when the input names none (everyone), or
 * why the list cannot be used (empty, too long, or not enrolment IDs).
 */
function chosenEnrolments(
  caller: Caller,
  ids: readonly string[] | null | undefined,
): { ids: string[] | null } | { problems: UserError[] } {
  if (ids === null || ids === undefined) return { ids: null };
  if (ids.length === 0)
    return { problems: [userError(caller, ['enrolmentIds'], 'INVALID', 'programs.noEnrolmentsChosen')] };
  if (ids.length > MAX_CHOSEN_ENROLMENTS)
    return {
      problems: [
        userError(caller, ['enrolmentIds'], 'INVALID', 'programs.tooManyEnrolments', {
          max: MAX_CHOSEN_ENROLMENTS,
        }),
      ],
    };
  const problems: UserError[] = [];
  const uuids: string[] = [];
  ids.forEach((id, index) => {
    const uuid = idOf(id, 'Enrolment');
    if (uuid) uuids.push(uuid);
    else
      problems.push(userError(caller, ['enrolmentIds', String(index)], 'INVALID', 'programs.notEnrolmentId'));
  });
  return problems.length ? { problems } : { ids: uuids };
}

function reasonError(caller: Caller, reason: string | null | undefined): UserError[] {
  return reason && reason.length > MAX_REASON
    ? [userError(caller, ['reason'], 'INVALID', 'programs.textLength', { max: MAX_REASON })]
    : [];
}

/** Runs a state change of a program: checks the state, writes it and its audit entry in one transaction. */
async function transition(
  caller: Caller,
  programId: string,
  kind: Transition,
  action: 'PROGRAM_PAUSED' | 'PROGRAM_RESUMED' | 'PROGRAM_ARCHIVED',
  reason: string | null | undefined,
) {
  const { program, errors } = await managedProgram(caller, programId);
  if (!program) return { program: null, userErrors: errors };
  const invalid = reasonError(caller, reason);
  if (invalid.length) return { program: null, userErrors: invalid };
  const { orgId, personId } = caller.viewer;
  const refused = await caller.tenant(async (tx) => {
    const locked = await lockProgram(tx, orgId, program.id);
    if (!locked || !allowed(kind, locked.status)) return locked?.status ?? program.status;
    await setProgramStatus(tx, orgId, program.id, kind);
    await recordProgramAudit(tx, orgId, program.id, {
      action,
      actorId: personId,
      before: { status: locked.status },
      after: {
        status: kind === 'pause' ? 'PAUSED' : kind === 'resume' ? 'ACTIVE' : 'ARCHIVED',
        reason: reason ?? null,
      },
    });
    return null;
  });
  if (refused) {
    return {
      program: null,
      userErrors: [cannot(caller, kind, refused)],
    };
  }
  return { program: await reload(caller, program.id), userErrors: [] };
}

export const programResolvers: Resolvers = {
  Query: {
    async programs(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const orgAdmin = hasRole(caller, 'ORG_ADMIN');
      const administered = orgAdmin ? [] : [...(await caller.loaders.programs.administeredProgramIds())];
      const scope = {
        status: args.status ?? null,
        viewer: orgAdmin
          ? null
          : { personId: caller.viewer.personId, administered, onlyAdministered: args.manageable ?? false },
      };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listPrograms(tx, orgId, scope, page));
      return toConnection(rows, page, byName, () => caller.tenant((tx) => countPrograms(tx, orgId, scope)));
    },
    async programPopulationPreview(_parent, args, context) {
      const caller = callerOf(context);
      if (!isAdmin(caller)) throw forbidden('programs.previewAdminsOnly');
      let programId: string | null = null;
      if (args.programId) {
        programId = idOf(args.programId, 'Program');
        if (!programId || !(await managesProgram(caller, programId)))
          throw forbidden('programs.notYourProgram');
      }
      const sampleSize = Math.min(Math.max(args.sampleSize ?? 10, 0), 50);
      const { rules, errors } = rulesFromInput(args.rules, ['rules']);
      const { orgId } = caller.viewer;
      return caller.tenant(async (tx) => {
        const all = errors.length ? errors : await checkReferences(tx, orgId, args.rules, rules, ['rules']);
        if (all.length) {
          return {
            count: 0,
            overlapCount: 0,
            overlaps: [],
            samplePersonIds: [],
            userErrors: ruleErrors(all, caller.t),
          };
        }
        const figures = await previewPopulation(tx, orgId, rules, { programId, sampleSize });
        return { ...figures, userErrors: [] };
      });
    },
  },
  Program: {
    id: (program) => toGlobalId('Program', program.id),
    name: (program, _args, context) => inLocale(program.names, callerOf(context).locale),
    objective: (program, _args, context) => inLocale(program.objectives, callerOf(context).locale),
    status: (program) => (program.status === 'COMPLETED' ? 'CLOSED' : program.status),
    kpi: async (program, _args, context) =>
      (await callerOf(context).loaders.programs.kpisOfProgram.load(program.id))[0] ?? null,
    kpis: (program, _args, context) => callerOf(context).loaders.programs.kpisOfProgram.load(program.id),
    async focusCapabilities(program, _args, context) {
      const found = await callerOf(context).loaders.capabilities.byCode.loadMany(
        program.focusCapabilityCodes,
      );
      return found.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
    async targetPopulation(program, _args, context) {
      const caller = callerOf(context);
      return (await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id }))
        ? program.targetPopulation
        : null;
    },
    async population(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      const figures = await caller.tenant((tx) =>
        previewPopulation(tx, caller.viewer.orgId, program.targetPopulation, {
          programId: program.id,
          sampleSize: 10,
        }),
      );
      return { ...figures, userErrors: [] };
    },
    async enrolmentCounts(program, _args, context, info) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      const counts = await caller.loaders.programs.statusCounts.load(program.id);
      // The field promises every status in the enum's order, so the enum itself lists them.
      const statuses = assertEnumType(info.schema.getType('EnrolmentStatus')).getValues();
      return statuses.map(({ value }: { value: EnrolmentStatus }) => ({
        status: value,
        count: counts.get(value) ?? 0,
      }));
    },
    async admins(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      const ids = await caller.loaders.programs.adminsOf.load(program.id);
      const people = await caller.loaders.people.byId.loadMany(ids);
      return people.filter(present);
    },
    // A service account reads what a manager reads but changes nothing (its mutations are refused).
    viewerCanManage: (program, _args, context) => managesProgram(callerOf(context), program.id),
    viewerEnrolment: (program, _args, context) =>
      callerOf(context).loaders.programs.viewerEnrolmentIn.load(program.id),
    async participation(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      return caller.tenant((tx) => participationOf(tx, caller.viewer.orgId, program));
    },
    async enrolments(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programRoster', { kind: 'program', programId: program.id }))) {
        throw forbidden('access.enrolmentListAdminsOnly');
      }
      const page = pageRequest(args);
      const status = args.status ?? null;
      const search = args.search?.trim();
      if (search) {
        const { rows, count } = await caller.tenant((tx) =>
          searchProgramEnrolments(tx, caller.viewer.orgId, program.id, search.slice(0, 200), status, page),
        );
        return toConnection(rows, page, newestFirst, () => caller.tenant((tx) => count(tx)));
      }
      const { enrolmentsOfProgram } = caller.loaders.programs;
      const rows = await enrolmentsOfProgram.list.load({ id: program.id, args: { status, page } });
      return toConnection(rows, page, newestFirst, () =>
        enrolmentsOfProgram.count.load({ id: program.id, args: status }),
      );
    },
    async rosterCsv(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programRoster', { kind: 'program', programId: program.id }))) {
        throw forbidden('access.enrolmentListAdminsOnly');
      }
      return caller.tenant((tx) => rosterCsv(tx, caller, program, args.locale ?? caller.locale));
    },
    async kpiCsv(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programRoster', { kind: 'program', programId: program.id }))) {
        throw forbidden('access.enrolmentListAdminsOnly');
      }
      const kpis = await caller.loaders.programs.kpisOfProgram.load(program.id);
      const values = await caller.loaders.programs.valuesOfKpi.loadMany(kpis.map((kpi) => kpi.id));
      return kpiCsv(
        caller,
        kpis,
        values.map((list) => (Array.isArray(list) ? list : [])),
        args.locale ?? caller.locale,
      );
    },
    async sessionsCsv(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programRoster', { kind: 'program', programId: program.id }))) {
        throw forbidden('access.enrolmentListAdminsOnly');
      }
      return caller.tenant((tx) => sessionsCsv(tx, caller, program, args.locale ?? caller.locale));
    },
  },
  ProgramKpi: {
    id: (kpi) => toOpaqueId('ProgramKpi', kpi.id),
    name: (kpi, _args, context) => inLocale(kpi.names, callerOf(context).locale),
    values: (kpi, _args, context) => callerOf(context).loaders.programs.valuesOfKpi.load(kpi.id),
  },
  KpiValue: {
    recordedBy: (value, _args, context) =>
      value.recordedBy ? callerOf(context).loaders.people.byId.load(value.recordedBy) : null,
  },
  PopulationRules: {
    orgUnits: (rules) => (rules.orgUnits ?? []).map((u) => ({ orgUnitId: u.id, includeSubtree: u.subtree })),
    excludedOrgUnits: (rules) =>
      (rules.excludedOrgUnits ?? []).map((u) => ({ orgUnitId: u.id, includeSubtree: u.subtree })),
    jobLevels: (rules) => (rules.jobLevels ?? []) as never,
    minDaysInRole: (rules) => rules.minDaysInRole ?? null,
    maxDaysInRole: (rules) => rules.maxDaysInRole ?? null,
    managesManagers: (rules) => rules.managesManagers ?? null,
    timeZones: (rules) => rules.timeZones ?? [],
    locales: (rules) => rules.locales ?? [],
    async includedPeople(rules, _args, context) {
      const found = await callerOf(context).loaders.people.byId.loadMany(rules.include ?? []);
      return found.filter(present);
    },
    async excludedPeople(rules, _args, context) {
      const found = await callerOf(context).loaders.people.byId.loadMany(rules.exclude ?? []);
      return found.filter(present);
    },
  },
  PopulationOrgUnit: {
    orgUnit: (unit, _args, context) =>
      required(callerOf(context).loaders.orgUnits.byId.load(unit.orgUnitId), 'programs.ruleUnknownOrgUnit'),
  },
  PopulationPreview: {
    async sample(preview, _args, context) {
      const found = await callerOf(context).loaders.people.byId.loadMany(preview.samplePersonIds);
      return found.filter(present);
    },
  },
  ProgramOverlap: {
    program: (overlap, _args, context) =>
      required(callerOf(context).loaders.programs.byId.load(overlap.programId), 'programs.programNotFound'),
  },
  Enrolment: {
    id: (enrolment) => toGlobalId('Enrolment', enrolment.id),
    person: (enrolment, _args, context) =>
      required(
        callerOf(context).loaders.people.byId.load(enrolment.personId),
        'programs.enrolmentPersonMissing',
      ),
    program: (enrolment, _args, context) =>
      required(
        callerOf(context).loaders.programs.byId.load(enrolment.programId),
        'programs.enrolmentProgramMissing',
      ),
    coach: (enrolment, _args, context) =>
      enrolment.coachPersonId ? callerOf(context).loaders.people.byId.load(enrolment.coachPersonId) : null,
    async waitlistPosition(enrolment, _args, context) {
      if (enrolment.status !== 'WAITLISTED') return null;
      return (await callerOf(context).loaders.programs.activityOf.load(enrolment.id)).waitlistPosition;
    },
    async viewerCanRespond(enrolment, _args, context) {
      const caller = callerOf(context);
      if (enrolment.personId !== caller.viewer.personId || enrolment.status !== 'INVITED') return false;
      const program = await caller.loaders.programs.byId.load(enrolment.programId);
      return program?.status === 'ACTIVE';
    },
    async history(enrolment, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'roster', { kind: 'enrolment', enrolment }))) {
        throw forbidden('access.personalField', { field: 'history' });
      }
      return caller.loaders.programs.historyOf.load(enrolment.id);
    },
    async lastActivityAt(enrolment, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'roster', { kind: 'enrolment', enrolment }))) {
        throw forbidden('access.personalField', { field: 'lastActivityAt' });
      }
      return (await caller.loaders.programs.activityOf.load(enrolment.id)).lastActivityAt;
    },
    async daysSinceLastSession(enrolment, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'roster', { kind: 'enrolment', enrolment }))) {
        throw forbidden('access.personalField', { field: 'daysSinceLastSession' });
      }
      const last = (await caller.loaders.programs.activityOf.load(enrolment.id)).lastSessionHeldAt;
      return last ? Math.floor((Date.now() - last.getTime()) / 86_400_000) : null;
    },
    async pace(enrolment, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'roster', { kind: 'enrolment', enrolment }))) {
        throw forbidden('access.personalField', { field: 'pace' });
      }
      if (enrolment.status === 'WITHDRAWN' || enrolment.status === 'DECLINED') return 'WITHDRAWN';
      if (enrolment.status === 'COMPLETED') return 'FINISHED';
      const [program, activity] = await Promise.all([
        caller.loaders.programs.byId.load(enrolment.programId),
        caller.loaders.programs.activityOf.load(enrolment.id),
      ]);
      if (!program) return null;
      if (activity.held >= program.sessionsPerParticipant) return 'FINISHED';
      if (enrolment.status !== 'ACTIVE') return 'NOT_STARTED';
      const started = enrolment.respondedAt ?? enrolment.enrolledAt;
      const days = (Date.now() - started.getTime()) / 86_400_000;
      const expected = Math.min(program.sessionsPerParticipant, Math.floor(days / program.cadenceDays));
      if (activity.held === 0 && expected === 0) return 'NOT_STARTED';
      return activity.held >= expected - 1 ? 'ON_TRACK' : 'BEHIND';
    },
  },
  EnrolmentEvent: {
    actor: (event, _args, context) =>
      event.actorId ? callerOf(context).loaders.people.byId.load(event.actorId) : null,
  },
  ProgramConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  EnrolmentConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Mutation: {
    async createProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      if (!isAdmin(caller)) throw forbidden('programs.createAdminsOnly');
      const { organisation, today } = await organisationContext(caller);
      const { orgId, personId } = caller.viewer;
      const created = await caller.tenant(async (tx) => {
        const { setup, errors } = await setupFromCreate(
          { tx, orgId, locales: organisation.locales, t: caller.t, today },
          input,
        );
        if (errors.length) return { id: null, errors };
        const id = await insertProgram(tx, orgId, setup, actorOf(caller.viewer));
        // A program admin who creates a program manages it (a service account is nobody's admin).
        if (!hasRole(caller, 'ORG_ADMIN') && !caller.viewer.serviceAccount) {
          await tx.query(
            `insert into program_admins (org_id, program_id, person_id, assigned_by) values ($1, $2, $3, $3)`,
            [orgId, id, personId],
          );
        }
        await recordProgramAudit(tx, orgId, id, {
          action: 'PROGRAM_CREATED',
          actorId: personId,
          after: { ...setup, status: 'DRAFT' },
        });
        return { id, errors: [] };
      });
      if (!created.id) return { program: null, userErrors: created.errors };
      caller.loaders.programs.forgetAdministered();
      return { program: await reload(caller, created.id), userErrors: [] };
    },
    async updateProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { program: null, userErrors: errors };
      const { organisation, today } = await organisationContext(caller);
      const { orgId, personId } = caller.viewer;
      const existingKpis = await caller.loaders.programs.kpisOfProgram.load(program.id);
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        const current = { ...program, status: locked?.status ?? program.status };
        const { setup, errors: setupErrors } = await setupFromUpdate(
          { tx, orgId, locales: organisation.locales, t: caller.t, today },
          current,
          input,
          { existingKpis, placesTaken: await placesTaken(tx, orgId, program.id) },
        );
        if (setupErrors.length) return setupErrors;
        await updateProgramSetup(tx, orgId, program.id, setup);
        await recordProgramAudit(tx, orgId, program.id, {
          action: 'PROGRAM_UPDATED',
          actorId: personId,
          before: auditState(program),
          after: { ...auditState(program), ...setup, kpis: setup.kpis ?? undefined },
        });
        return [];
      });
      if (result.length) return { program: null, userErrors: result };
      return { program: await reload(caller, program.id), userErrors: [] };
    },
    async publishProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      const empty = { program: null, invitedCount: 0, waitlistedCount: 0 };
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { ...empty, userErrors: errors };
      const { orgId, personId } = caller.viewer;
      const { today } = await organisationContext(caller);
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        if (!locked || !allowed('publish', locked.status))
          return { errors: [cannot(caller, 'publish', locked?.status)] };
        const problems: UserError[] = [];
        if (program.languages.length === 0) {
          problems.push(userError(caller, ['languages'], 'REQUIRED', 'programs.languagesRequired'));
        }
        if (program.endsOn && program.endsOn < today) {
          problems.push(userError(caller, ['endsOn'], 'INVALID', 'programs.endsInPast'));
        }
        const people = await populationIds(tx, orgId, program.targetPopulation);
        if (people.length === 0) {
          problems.push(userError(caller, ['targetPopulation'], 'INVALID', 'programs.populationEmpty'));
        }
        if (problems.length) return { errors: problems };
        await setProgramStatus(tx, orgId, program.id, 'publish');
        // Invitations by publishing are the system's, not a person's choice of who to invite.
        await actAs(tx, null);
        const outcome = await invite(tx, orgId, program.id, people, program.capacity);
        await recordProgramAudit(tx, orgId, program.id, {
          action: 'PROGRAM_PUBLISHED',
          actorId: personId,
          before: { status: 'DRAFT' },
          after: { status: 'ACTIVE', invited: outcome.invited.length, waitlisted: outcome.waitlisted.length },
        });
        return { errors: [], invited: outcome.invited.length, waitlisted: outcome.waitlisted.length };
      });
      if (result.errors.length) return { ...empty, userErrors: result.errors };
      return {
        program: await reload(caller, program.id),
        invitedCount: result.invited ?? 0,
        waitlistedCount: result.waitlisted ?? 0,
        userErrors: [],
      };
    },
    pauseProgram: (_parent, { input }, context) =>
      transition(callerOf(context), input.programId, 'pause', 'PROGRAM_PAUSED', input.reason),
    resumeProgram: (_parent, { input }, context) =>
      transition(callerOf(context), input.programId, 'resume', 'PROGRAM_RESUMED', input.reason),
    archiveProgram: (_parent, { input }, context) =>
      transition(callerOf(context), input.programId, 'archive', 'PROGRAM_ARCHIVED', input.reason),
    async closeProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      const empty = { program: null, completedCount: 0, withdrawnCount: 0 };
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { ...empty, userErrors: errors };
      const { organisation } = await organisationContext(caller);
      const summaryErrors: UserError[] = [];
      if (input.outcomeSummary.length === 0) {
        summaryErrors.push(userError(caller, ['outcomeSummary'], 'REQUIRED', 'programs.translationRequired'));
      }
      const summary: LocalisedTextRow[] = [];
      input.outcomeSummary.forEach((entry, index) => {
        const text = entry.text.trim();
        if (!organisation.locales.includes(entry.locale)) {
          summaryErrors.push(
            userError(
              caller,
              ['outcomeSummary', String(index), 'locale'],
              'UNSUPPORTED',
              'programs.localeNotOffered',
              {
                locale: entry.locale,
              },
            ),
          );
        }
        if (text.length < 1 || text.length > 2000) {
          summaryErrors.push(
            userError(caller, ['outcomeSummary', String(index), 'text'], 'INVALID', 'programs.textLength', {
              max: 2000,
            }),
          );
        }
        summary.push({ locale: entry.locale, text });
      });
      if (summaryErrors.length) return { ...empty, userErrors: summaryErrors };
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        if (!locked || !allowed('close', locked.status))
          return { errors: [cannot(caller, 'close', locked?.status)] };
        const booked = await bookedFutureSessions(tx, orgId, program.id);
        if (booked > 0) {
          return {
            errors: [
              userError(caller, ['programId'], 'CONFLICT', 'programs.sessionsStillBooked', { count: booked }),
            ],
          };
        }
        await setProgramStatus(tx, orgId, program.id, 'close', { outcomeSummary: JSON.stringify(summary) });
        await actAs(tx, actorOf(caller.viewer));
        const settled = await settleEnrolmentsOnClose(tx, orgId, program.id);
        await recordProgramAudit(tx, orgId, program.id, {
          action: 'PROGRAM_CLOSED',
          actorId: personId,
          before: { status: locked.status },
          after: { status: 'CLOSED', outcomeSummary: summary, ...settled },
        });
        return { errors: [], ...settled };
      });
      if (result.errors.length) return { ...empty, userErrors: result.errors };
      return {
        program: await reload(caller, program.id),
        completedCount: 'completed' in result ? result.completed : 0,
        withdrawnCount: 'withdrawn' in result ? result.withdrawn : 0,
        userErrors: [],
      };
    },
    async recordProgramKpiValue(_parent, { input }, context) {
      const caller = callerOf(context);
      const kpiId = fromOpaqueId(input.kpiId, 'ProgramKpi');
      if (!kpiId)
        return { kpi: null, userErrors: [userError(caller, ['kpiId'], 'INVALID', 'programs.notKpiId')] };
      if (!isAdmin(caller)) throw forbidden('programs.notYourProgram');
      const kpi = await caller.loaders.programs.kpiById.load(kpiId);
      if (!kpi)
        return { kpi: null, userErrors: [userError(caller, ['kpiId'], 'NOT_FOUND', 'programs.kpiNotFound')] };
      await requireManagesProgram(caller, kpi.programId);
      const program = await caller.loaders.programs.byId.load(kpi.programId);
      const { today } = await organisationContext(caller);
      const errors: UserError[] = [];
      if (program?.status === 'ARCHIVED')
        errors.push(
          userError(caller, ['programId'], 'CONFLICT', 'programs.readOnlyInStatus', { status: 'ARCHIVED' }),
        );
      if (!Number.isFinite(input.value))
        errors.push(userError(caller, ['value'], 'INVALID', 'programs.notFinite'));
      if (input.recordedOn > today)
        errors.push(userError(caller, ['recordedOn'], 'INVALID', 'programs.kpiDateInFuture'));
      if (input.note && input.note.length > 500)
        errors.push(userError(caller, ['note'], 'INVALID', 'programs.textLength', { max: 500 }));
      if (errors.length) return { kpi: null, userErrors: errors };
      const { orgId, personId } = caller.viewer;
      await caller.tenant(async (tx) => {
        const [previous] = await tx.query<{ value: string }>(
          `select value::text from program_kpi_values where org_id = $1 and kpi_id = $2 and recorded_on = $3`,
          [orgId, kpiId, input.recordedOn],
        );
        await tx.query(
          `insert into program_kpi_values (org_id, kpi_id, recorded_on, value, note, recorded_by,
             recorded_by_service_account_id)
           values ($1, $2, $3, $4, $5, $6, $7)
           on conflict (kpi_id, recorded_on) do update
             set value = excluded.value, note = excluded.note, recorded_by = excluded.recorded_by,
                 recorded_by_service_account_id = excluded.recorded_by_service_account_id, recorded_at = now()`,
          [
            orgId,
            kpiId,
            input.recordedOn,
            input.value,
            input.note?.trim() || null,
            actorOf(caller.viewer).personId,
            actorOf(caller.viewer).serviceAccountId,
          ],
        );
        await recordAudit(tx, orgId, {
          action: 'KPI_VALUE_RECORDED',
          actorId: personId,
          programId: kpi.programId,
          subjectType: 'ProgramKpi',
          subjectId: kpiId,
          before: previous ? { recordedOn: input.recordedOn, value: Number(previous.value) } : undefined,
          after: { recordedOn: input.recordedOn, value: input.value, note: input.note ?? null },
        });
      });
      caller.loaders.programs.valuesOfKpi.clear(kpiId);
      return { kpi, userErrors: [] };
    },
    async refreshProgramPopulation(_parent, { input }, context) {
      const caller = callerOf(context);
      const empty = { program: null, invitedCount: 0, waitlistedCount: 0, withdrawnCount: 0 };
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { ...empty, userErrors: errors };
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        if (locked?.status !== 'ACTIVE') return { error: notActive(caller, locked?.status) };
        await actAs(tx, null);
        const counts = await refreshPopulation(
          tx,
          orgId,
          program.id,
          program.targetPopulation,
          program.capacity,
        );
        await recordProgramAudit(tx, orgId, program.id, {
          action: 'POPULATION_REFRESHED',
          actorId: personId,
          after: counts,
        });
        return { counts };
      });
      if ('error' in result && result.error) return { ...empty, userErrors: [result.error] };
      const counts = result.counts!;
      return {
        program: await reload(caller, program.id),
        invitedCount: counts.invited,
        waitlistedCount: counts.waitlisted,
        withdrawnCount: counts.withdrawn,
        userErrors: [],
      };
    },
    async remindProgramParticipants(_parent, { input }, context) {
      const caller = callerOf(context);
      const empty = { remindedCount: 0, alreadyRemindedCount: 0 };
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { ...empty, userErrors: errors };
      const kinds = [...new Set(input.kinds?.length ? input.kinds : (['RESPOND', 'BOOK'] as const))];
      const chosen = chosenEnrolments(caller, input.enrolmentIds);
      if ('problems' in chosen) return { ...empty, userErrors: chosen.problems };
      const { today } = await organisationContext(caller);
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        if (locked?.status !== 'ACTIVE') return { refused: notActive(caller, locked?.status) };
        if (chosen.ids) {
          // Another program's enrolment, or one this tenant cannot see (another organisation's), is
          // refused by position: a reminder never reaches anyone outside the program named.
          const inProgram = await tx.query<{ id: string }>(
            `select id from enrolments where org_id = $1 and program_id = $2 and id = any($3::uuid[])`,
            [orgId, program.id, chosen.ids],
          );
          const known = new Set(inProgram.map((row) => row.id));
          const strangers = chosen.ids.flatMap((id, index) =>
            known.has(id)
              ? []
              : [
                  userError(
                    caller,
                    ['enrolmentIds', String(index)],
                    'NOT_FOUND',
                    'programs.enrolmentNotInProgram',
                  ),
                ],
          );
          if (strangers.length) return { problems: strangers };
        }
        const sent: Record<string, number> = {};
        let reminded = 0;
        let already = 0;
        for (const kind of kinds) {
          const outcome = await queueProgramReminders(
            tx,
            orgId,
            program.id,
            kind,
            today,
            personId,
            chosen.ids,
          );
          sent[kind] = outcome.queued.length;
          reminded += outcome.queued.length;
          already += outcome.already;
        }
        // A click that reminds nobody new changes nothing, so it leaves no entry.
        if (reminded > 0) {
          await recordProgramAudit(tx, orgId, program.id, {
            action: 'PARTICIPANTS_REMINDED',
            actorId: personId,
            after: { day: today, ...sent, ...(chosen.ids ? { selected: new Set(chosen.ids).size } : {}) },
          });
        }
        return { reminded, already };
      });
      if (result.refused) return { ...empty, userErrors: [result.refused] };
      if (result.problems) return { ...empty, userErrors: result.problems };
      return { remindedCount: result.reminded!, alreadyRemindedCount: result.already!, userErrors: [] };
    },
    async inviteToProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { enrolments: [], userErrors: errors };
      const problems: UserError[] = [];
      if (input.personIds.length > 500) {
        problems.push(
          userError(caller, ['personIds'], 'INVALID', 'programs.ruleTooManyEntries', { max: 500 }),
        );
      }
      const ids: string[] = [];
      input.personIds.forEach((id, index) => {
        const uuid = idOf(id, 'Person');
        if (!uuid)
          problems.push(
            userError(caller, ['personIds', String(index)], 'INVALID', 'programs.ruleNotPersonId'),
          );
        else ids.push(uuid);
      });
      if (problems.length) return { enrolments: [], userErrors: problems };
      const people = await caller.loaders.people.byId.loadMany(ids);
      people.forEach((person, index) => {
        if (!person || person instanceof Error) {
          problems.push(
            userError(caller, ['personIds', String(index)], 'NOT_FOUND', 'programs.ruleUnknownPerson'),
          );
        }
      });
      if (problems.length) return { enrolments: [], userErrors: problems };
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const locked = await lockProgram(tx, orgId, program.id);
        if (locked?.status !== 'ACTIVE') return { error: notActive(caller, locked?.status) };
        await actAs(tx, actorOf(caller.viewer));
        const outcome = await invite(tx, orgId, program.id, ids, locked.capacity);
        await recordProgramAudit(tx, orgId, program.id, {
          action: 'PARTICIPANTS_INVITED',
          actorId: personId,
          after: { invited: outcome.invited, waitlisted: outcome.waitlisted },
        });
        return { ids: [...outcome.invited, ...outcome.waitlisted] };
      });
      if ('error' in result && result.error) return { enrolments: [], userErrors: [result.error] };
      const enrolments = await caller.loaders.programs.enrolmentById.loadMany(result.ids ?? []);
      return {
        enrolments: enrolments.filter((row): row is EnrolmentRow => !!row && !(row instanceof Error)),
        userErrors: [],
      };
    },
    async respondToProgramInvitation(_parent, { input }, context) {
      const caller = callerOf(context);
      const enrolmentId = idOf(input.enrolmentId, 'Enrolment');
      if (!enrolmentId) {
        return {
          enrolment: null,
          userErrors: [userError(caller, ['enrolmentId'], 'INVALID', 'programs.notEnrolmentId')],
        };
      }
      const invalid = reasonError(caller, input.reason);
      if (invalid.length) return { enrolment: null, userErrors: invalid };
      const { orgId, personId } = caller.viewer;
      const refusal = await caller.tenant(async (tx) => {
        const locked = await lockEnrolmentWithProgram(tx, orgId, enrolmentId);
        if (!locked || locked.personId !== personId) {
          return userError(caller, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotYours');
        }
        if (locked.status !== 'INVITED') {
          return userError(caller, ['enrolmentId'], 'CONFLICT', 'programs.notInvited', {
            status: locked.status,
          });
        }
        if (locked.programStatus !== 'ACTIVE') {
          return userError(caller, ['enrolmentId'], 'CONFLICT', 'programs.notActive', {
            status: locked.programStatus,
          });
        }
        await actAs(
          tx,
          actorOf(caller.viewer),
          input.response === 'DECLINE' ? input.reason?.trim() || null : null,
        );
        let to: EnrolmentStatus = 'DECLINED';
        if (input.response === 'ACCEPT') {
          const full =
            locked.capacity !== null && (await placesTaken(tx, orgId, locked.programId)) >= locked.capacity;
          to = full ? 'WAITLISTED' : 'ACCEPTED';
        }
        await setEnrolmentStatus(tx, orgId, enrolmentId, to, { responded: true });
        await announceEnrolmentChanges(tx, orgId, [
          { enrolmentId, previousStatus: locked.status, coachChanged: false },
        ]);
        return null;
      });
      if (refusal) return { enrolment: null, userErrors: [refusal] };
      return { enrolment: await reloadEnrolment(caller, enrolmentId), userErrors: [] };
    },
    async changeEnrolmentStatus(_parent, { input }, context) {
      const caller = callerOf(context);
      const found = await enrolmentOrError(caller, input.enrolmentId);
      if (!found.enrolment) return found;
      const enrolmentId = found.enrolment.id;
      const invalid = reasonError(caller, input.reason);
      if (invalid.length) return { enrolment: null, userErrors: invalid };
      const { orgId, personId } = caller.viewer;
      const refusal = await caller.tenant(async (tx) => {
        const locked = await lockEnrolmentWithProgram(tx, orgId, enrolmentId);
        if (!locked) return userError(caller, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotFound');
        if (locked.programStatus === 'CLOSED' || locked.programStatus === 'ARCHIVED') {
          return userError(caller, ['programId'], 'CONFLICT', 'programs.readOnlyInStatus', {
            status: locked.programStatus,
          });
        }
        if (!adminMayChange(locked.status, input.status)) {
          return userError(caller, ['status'], 'CONFLICT', 'programs.enrolmentChangeNotAllowed', {
            from: locked.status,
            to: input.status,
          });
        }
        await actAs(tx, actorOf(caller.viewer), input.reason?.trim() || null);
        await setEnrolmentStatus(tx, orgId, enrolmentId, input.status);
        // A freed place goes to the waitlist.
        if (input.status === 'WITHDRAWN' && locked.programStatus === 'ACTIVE') {
          await actAs(tx, null);
          await promoteWaitlist(tx, orgId, locked.programId, locked.capacity);
        }
        await recordEnrolmentChange(tx, orgId, {
          enrolmentId,
          programId: locked.programId,
          previousStatus: locked.status,
          coachChanged: false,
          action: 'ENROLMENT_STATUS_CHANGED',
          actorId: personId,
          before: { status: locked.status },
          after: { status: input.status, reason: input.reason ?? null },
        });
        return null;
      });
      if (refusal) return { enrolment: null, userErrors: [refusal] };
      return { enrolment: await reloadEnrolment(caller, enrolmentId), userErrors: [] };
    },
    assignProgramAdmin: (_parent, { input }, context) => changeProgramAdmin(callerOf(context), input, true),
    unassignProgramAdmin: (_parent, { input }, context) =>
      changeProgramAdmin(callerOf(context), input, false),
  },
};

async function changeProgramAdmin(
  caller: Caller,
  input: { programId: string; personId: string },
  assign: boolean,
) {
  if (!hasRole(caller, 'ORG_ADMIN')) throw forbidden('programs.assignAdminsOrgAdminsOnly');
  const programId = idOf(input.programId, 'Program');
  const personId = idOf(input.personId, 'Person');
  const errors: UserError[] = [];
  if (!programId) errors.push(userError(caller, ['programId'], 'INVALID', 'programs.notProgramId'));
  if (!personId) errors.push(userError(caller, ['personId'], 'INVALID', 'programs.ruleNotPersonId'));
  if (!programId || !personId) return { program: null, userErrors: errors };
  const [program, person] = await Promise.all([
    caller.loaders.programs.byId.load(programId),
    caller.loaders.people.byId.load(personId),
  ]);
  if (!program) errors.push(userError(caller, ['programId'], 'NOT_FOUND', 'programs.programNotFound'));
  if (!person) errors.push(userError(caller, ['personId'], 'NOT_FOUND', 'programs.ruleUnknownPerson'));
  if (!program || !person) return { program: null, userErrors: errors };
  const { orgId, personId: actorId } = caller.viewer;
  const actor = actorOf(caller.viewer);
  const refusal = await caller.tenant(async (tx) => {
    if (assign) {
      const [row] = await tx.query<{ roles: string[] }>(
        `select roles from people where org_id = $1 and id = $2`,
        [orgId, personId],
      );
      if (!row?.roles.includes('PROGRAM_ADMIN')) {
        return userError(caller, ['personId'], 'INVALID', 'programs.notAProgramAdmin');
      }
      const inserted = await tx.query(
        `insert into program_admins (org_id, program_id, person_id, assigned_by, assigned_by_service_account_id)
         values ($1, $2, $3, $4, $5) on conflict do nothing returning person_id`,
        [orgId, programId, personId, actor.personId, actor.serviceAccountId],
      );
      if (!inserted.length) return userError(caller, ['personId'], 'CONFLICT', 'programs.alreadyAssigned');
    } else {
      const deleted = await tx.query(
        `delete from program_admins where org_id = $1 and program_id = $2 and person_id = $3 returning person_id`,
        [orgId, programId, personId],
      );
      if (!deleted.length) return userError(caller, ['personId'], 'NOT_FOUND', 'programs.notAssigned');
    }
    await recordProgramAudit(tx, orgId, programId, {
      action: assign ? 'PROGRAM_ADMIN_ASSIGNED' : 'PROGRAM_ADMIN_UNASSIGNED',
      actorId,
      before: assign ? undefined : { admin: personId },
      after: assign ? { admin: personId } : undefined,
    });
    return null;
  });
  if (refusal) return { program: null, userErrors: [refusal] };
  return { program: await reload(caller, programId), userErrors: [] };
}
