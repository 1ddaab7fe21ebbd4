import { mayRead, requireRead } from '../../auth/policy.js';
import { callerOf, type GraphQLContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { toGlobalId, uuidOf } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { viewerOrganisation } from '../viewer/resolvers.js';
import type { EnrolmentRow } from '../programs/sql.js';
import { countPeople, listPeople, type PeopleQuery, type PersonRow } from './sql.js';

const byName = (person: PersonRow) => ({ sort: person.name, id: person.id });

/** A contact or account detail: the policy's `profile` row decides. */
async function personal<T>(context: GraphQLContext, person: PersonRow, field: string, value: T): Promise<T> {
  await requireRead(callerOf(context), 'profile', { kind: 'person', personId: person.id }, field);
  return value;
}

/** Enough for every enrolment a person ever had, so the list can be filtered before it is paged. */
const ALL_ENROLMENTS = { limit: 1_000, after: null };

export const peopleResolvers: Resolvers = {
  Query: {
    async people(_parent, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'peopleDirectory', { kind: 'organisation' }))) {
        throw forbidden('access.peopleDirectoryAdminsOnly');
      }
      const page = pageRequest(args);
      const filter: PeopleQuery = {
        search: args.filter?.search ?? null,
        orgUnitId: args.filter?.orgUnit ? uuidOf(args.filter.orgUnit, 'OrgUnit', 'filter.orgUnit') : null,
        jobLevels: args.filter?.jobLevels ?? null,
        role: args.filter?.role ?? null,
      };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listPeople(tx, orgId, filter, page));
      return toConnection(rows, page, byName, () => caller.tenant((tx) => countPeople(tx, orgId, filter)));
    },
  },
  Person: {
    id: (person) => toGlobalId('Person', person.id),
    orgUnit: (person, _args, context) => callerOf(context).loaders.orgUnits.byId.load(person.orgUnitId),
    manager: (person, _args, context) =>
      person.managerId ? callerOf(context).loaders.people.byId.load(person.managerId) : null,
    organisation: (_person, _args, context) => viewerOrganisation(callerOf(context)),
    email: (person, _args, context) => personal(context, person, 'email', person.email),
    locale: (person, _args, context) => personal(context, person, 'locale', person.locale),
    timeZone: (person, _args, context) => personal(context, person, 'timeZone', person.timeZone),
    roles: (person, _args, context) => {
      // The viewer's roles are what this request may do: the token can narrow the stored ones.
      const caller = callerOf(context);
      if (person.id === caller.viewer.personId) return [...caller.viewer.roles];
      return personal(context, person, 'roles', person.roles);
    },
    inRoleSince: (person, _args, context) => personal(context, person, 'inRoleSince', person.inRoleSince),
    async directReports(person, args, context) {
      const { loaders } = callerOf(context);
      const page = pageRequest(args);
      const rows = await loaders.people.directReports.load({ id: person.id, args: page });
      return toConnection(rows, page, byName, () => loaders.people.directReportCount.load(person.id));
    },
    async enrolments(person, args, context) {
      const caller = callerOf(context);
      await requireRead(caller, 'roster', { kind: 'person', personId: person.id }, 'enrolments');
      const page = pageRequest(args);
      const { enrolmentsOfPerson } = caller.loaders.programs;
      const all = await enrolmentsOfPerson.list.load({
        id: person.id,
        args: { status: null, page: ALL_ENROLMENTS },
      });
      // Each enrolment is its own subject: a coach sees the one they coach now, not one another coach held.
      const verdicts = await Promise.all(
        all.map((enrolment) => mayRead(caller, 'roster', { kind: 'enrolment', enrolment })),
      );
      const visible = all.filter((_enrolment, index) => verdicts[index]);
      const key = (enrolment: EnrolmentRow) => [enrolment.enrolledAt.toISOString(), enrolment.id].join('|');
      const after = page.after;
      // Newest first, as the statement orders them.
      const rest = after ? visible.filter((row) => key(row) < [after.sort, after.id].join('|')) : visible;
      return toConnection(
        rest.slice(0, page.limit + 1),
        page,
        (enrolment) => ({ sort: enrolment.enrolledAt.toISOString(), id: enrolment.id }),
        () => Promise.resolve(visible.length),
      );
    },
  },
  PersonConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
