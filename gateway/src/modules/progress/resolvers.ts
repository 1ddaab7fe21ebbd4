import { mayRead } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput, forbidden, notFound } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { fromGlobalId, uuidOf } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import type { PersonRow } from '../people/sql.js';
import type { EnrolmentRow } from '../programs/sql.js';
import { viewerPerson } from '../viewer/resolvers.js';
import { accessTo, cardOfEnrolment, cardOfPerson, mayViewCardsOf, progressOf } from './progress.js';
import { setSharedWithManager } from './sql.js';

const byName = (person: PersonRow) => ({ sort: person.name, id: person.id });

async function personById(caller: Caller, id: string): Promise<PersonRow> {
  const person = await caller.loaders.people.byId.load(uuidOf(id, 'Person', 'person'));
  if (!person) throw notFound('progress.personNotFound');
  return person;
}

async function enrolmentById(caller: Caller, id: string): Promise<EnrolmentRow> {
  const enrolment = await caller.loaders.programs.enrolmentById.load(uuidOf(id, 'Enrolment', 'enrolment'));
  if (!enrolment) throw notFound('progress.enrolmentNotFound');
  return enrolment;
}

export const progressResolvers: Resolvers = {
  Query: {
    async progressCard(_parent, args, context) {
      const caller = callerOf(context);
      if (args.enrolment && args.person) {
        throw badUserInput('progress.enrolmentOrPerson', 'enrolment');
      }
      if (args.enrolment) {
        const enrolment = await enrolmentById(caller, args.enrolment);
        const person = await caller.loaders.people.byId.load(enrolment.personId);
        if (!person) throw notFound('progress.enrolmentPersonGone');
        const card = await cardOfEnrolment(caller, person, enrolment);
        if (!card) throw forbidden('progress.participantOnly');
        return card;
      }
      const person = args.person ? await personById(caller, args.person) : await viewerPerson(caller);
      if (!(await mayViewCardsOf(caller, person))) throw forbidden('progress.personOnly');
      return cardOfPerson(caller, person);
    },
    async teamProgressCards(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const { people } = caller.loaders;
      const viewerId = caller.viewer.personId;
      const reports = await people.directReports.load({ id: viewerId, args: page });
      const connection = toConnection(reports, page, byName, () => people.directReportCount.load(viewerId));
      // Every card is asked for at once, so each loader sends one statement for the whole page.
      const edges = await Promise.all(
        connection.edges.map(async (edge) => ({
          cursor: edge.cursor,
          node: await cardOfPerson(caller, edge.node),
        })),
      );
      return { ...connection, edges };
    },
  },
  Mutation: {
    async setProgressSharing(_parent, { input }, context) {
      const caller = callerOf(context);
      const field = ['enrolmentId'];
      const decoded = fromGlobalId(input.enrolmentId);
      const enrolment =
        decoded?.type === 'Enrolment' ? await caller.loaders.programs.enrolmentById.load(decoded.uuid) : null;
      if (!enrolment || (await accessTo(caller, enrolment)) === 'NONE') {
        return {
          progress: null,
          userErrors: [{ field, code: 'NOT_FOUND', message: caller.t('progress.enrolmentNotVisible') }],
        };
      }
      if (enrolment.personId !== caller.viewer.personId) {
        return {
          progress: null,
          userErrors: [
            {
              field,
              code: 'FORBIDDEN',
              message: caller.t('progress.participantDecides'),
            },
          ],
        };
      }
      const { orgId } = caller.viewer;
      await caller.tenant((tx) => setSharedWithManager(tx, orgId, enrolment.id, input.sharedWithManager));
      const updated: EnrolmentRow = { ...enrolment, sharedWithManager: input.sharedWithManager };
      caller.loaders.programs.enrolmentById.clear(enrolment.id).prime(enrolment.id, updated);
      return { progress: await progressOf(caller, updated), userErrors: [] };
    },
  },
  ProgressCardConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Enrolment: {
    async progress(enrolment, _args, context) {
      const caller = callerOf(context);
      return (await accessTo(caller, enrolment)) === 'FULL' ? progressOf(caller, enrolment) : null;
    },
  },
  CoachingProgress: {
    enrolment: (progress) => progress.enrolment,
    program: (progress) => progress.program,
    async coach(progress, _args, context) {
      const coachId = progress.enrolment.coachPersonId;
      return coachId ? callerOf(context).loaders.people.byId.load(coachId) : null;
    },
    async nextSession(progress, _args, context) {
      if (!progress.nextSessionId) return null;
      const caller = callerOf(context);
      const row = await caller.loaders.sessions.byId.load(progress.nextSessionId);
      // The card's pace is shared with a manager; the time and link of the next meeting are not.
      return row && (await mayRead(caller, 'sessions', { kind: 'session', session: row })) ? row : null;
    },
  },
  CapabilityProgress: {
    async capability(value, _args, context) {
      const capability = await callerOf(context).loaders.capabilities.byCode.load(value.capabilityCode);
      if (!capability) throw notFound('progress.capabilityGone', { code: value.capabilityCode });
      return capability;
    },
  },
};
