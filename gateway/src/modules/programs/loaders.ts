import type { EnrolmentStatus } from '../../generated/resolvers.js';
import { byIdLoader, byKeyLoader, groupedLoader, type Tenant } from '../core/loaders.js';
import { pageKey, type PageRequest } from '../core/connection.js';
import {
  activityOf,
  adminsOfPrograms,
  coachesServing,
  enrolmentOfPersonIn,
  historyOf,
  peopleEnrolledIn,
  programsAdministeredBy,
  statusCountsOf,
  clientsOfCoach,
  countEnrolments,
  enrolmentsByIds,
  enrolmentsOf,
  kpisByIds,
  kpisOfPrograms,
  programsByIds,
  valuesOfKpis,
  type EnrolmentOwner,
  type EnrolmentRow,
} from './sql.js';

export interface EnrolmentListArgs {
  status: EnrolmentStatus | null;
  page: PageRequest;
}

const listKey = (args: EnrolmentListArgs): string => `${args.status ?? ''}|${pageKey(args.page)}`;

function enrolmentLists(tenant: Tenant, orgId: string, owner: EnrolmentOwner) {
  return {
    list: groupedLoader<EnrolmentListArgs, EnrolmentRow[]>(
      listKey,
      (ids, args) => tenant((tx) => enrolmentsOf(tx, orgId, owner, ids, args.status, args.page)),
      [],
    ),
    count: groupedLoader<EnrolmentStatus | null, number>(
      (status) => status ?? '',
      (ids, status) => tenant((tx) => countEnrolments(tx, orgId, owner, ids, status)),
      0,
    ),
  };
}

export function createProgramLoaders(
  tenant: Tenant,
  orgId: string,
  viewerPersonId: string,
  isProgramAdmin: boolean,
) {
  let clients: Promise<Set<string>> | undefined;
  let administered: Promise<Set<string>> | undefined;
  const administeredProgramIds = (): Promise<Set<string>> => {
    administered ??= isProgramAdmin
      ? tenant((tx) => programsAdministeredBy(tx, orgId, viewerPersonId))
      : Promise.resolve(new Set<string>());
    return administered;
  };
  return {
    /** Programs the viewer is assigned to as a program admin (computed once per request; empty without the role). */
    administeredProgramIds,
    /** Forgets the assignment after the request changed it. */
    forgetAdministered(): void {
      administered = undefined;
    },
    /** Whether each person (by id) is enrolled in a program the viewer administers. */
    administersPerson: byKeyLoader(async (personIds) => {
      const programs = [...(await administeredProgramIds())];
      if (!programs.length) return new Map<string, boolean>();
      return tenant((tx) => peopleEnrolledIn(tx, orgId, personIds, programs));
    }, false),
    /** Whether each coach (by person id) serves a program the viewer administers (its pool, or matched in it). */
    administersCoach: byKeyLoader(async (coachPersonIds) => {
      const programs = [...(await administeredProgramIds())];
      if (!programs.length) return new Map<string, boolean>();
      return tenant((tx) => coachesServing(tx, orgId, coachPersonIds, programs));
    }, false),
    adminsOf: byKeyLoader((ids) => tenant((tx) => adminsOfPrograms(tx, orgId, ids)), []),
    statusCounts: byKeyLoader((ids) => tenant((tx) => statusCountsOf(tx, orgId, ids)), new Map()),
    historyOf: byKeyLoader((ids) => tenant((tx) => historyOf(tx, orgId, ids)), []),
    activityOf: byKeyLoader((ids) => tenant((tx) => activityOf(tx, orgId, ids)), {
      lastActivityAt: null,
      lastSessionHeldAt: null,
      held: 0,
      waitlistPosition: null,
    }),
    viewerEnrolmentIn: byKeyLoader(
      (ids) => tenant((tx) => enrolmentOfPersonIn(tx, orgId, viewerPersonId, ids)),
      null,
    ),
    byId: byIdLoader((ids) => tenant((tx) => programsByIds(tx, orgId, ids))),
    enrolmentById: byIdLoader((ids) => tenant((tx) => enrolmentsByIds(tx, orgId, ids))),
    kpiById: byIdLoader((ids) => tenant((tx) => kpisByIds(tx, orgId, ids))),
    kpisOfProgram: byKeyLoader((ids) => tenant((tx) => kpisOfPrograms(tx, orgId, ids)), []),
    valuesOfKpi: byKeyLoader((ids) => tenant((tx) => valuesOfKpis(tx, orgId, ids)), []),
    enrolmentsOfPerson: enrolmentLists(tenant, orgId, 'person_id'),
    enrolmentsOfProgram: enrolmentLists(tenant, orgId, 'program_id'),
    /** Whether the viewer is enrolled in each program. */
    viewerEnrolled: byKeyLoader(async (programIds) => {
      const lists = await tenant((tx) =>
        enrolmentsOf(tx, orgId, 'person_id', [viewerPersonId], null, { limit: 10_000, after: null }),
      );
      const enrolled = new Set((lists.get(viewerPersonId) ?? []).map((e) => e.programId));
      return new Map(programIds.map((id) => [id, enrolled.has(id)]));
    }, false),
    /** People the viewer coaches now (computed once per request). */
    viewerClients(): Promise<Set<string>> {
      clients ??= tenant((tx) => clientsOfCoach(tx, orgId, viewerPersonId));
      return clients;
    },
  };
}

export type ProgramLoaders = ReturnType<typeof createProgramLoaders>;
