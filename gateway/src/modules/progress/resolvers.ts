import { mayRead } from '../../auth/policy.js';
import { sessionOf, type Session } from '../../context.js';
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

async function personById(session: Session, id: string): Promise<PersonRow> {
  const person = await session.loaders.people.byId.load(uuidOf(id, 'Person', 'person'));
  if (!person) throw notFound('progress.personNotFound');
  return person;
}

async function enrolmentById(session: Session, id: string): Promise<EnrolmentRow> {
  const enrolment = await session.loaders.programs.enrolmentById.load(uuidOf(id, 'Enrolment', 'enrolment'));
  if (!enrolment) throw notFound('progress.enrolmentNotFound');
  return enrolment;
}

export const progressResolvers: Resolvers = {
  Query: {
    async progressCard(_parent, args, context) {
      const session = sessionOf(context);
      if (args.enrolment && args.person) {
        throw badUserInput('progress.enrolmentOrPerson', 'enrolment');
      }
      if (args.enrolment) {
        const enrolment = await enrolmentById(session, args.enrolment);
        const person = await session.loaders.people.byId.load(enrolment.personId);
        if (!person) throw notFound('progress.enrolmentPersonGone');
        const card = await cardOfEnrolment(session, person, enrolment);
        if (!card) throw forbidden('progress.participantOnly');
        return card;
      }
      const person = args.person ? await personById(session, args.person) : await viewerPerson(session);
      if (!(await mayViewCardsOf(session, person))) throw forbidden('progress.personOnly');
      return cardOfPerson(session, person);
    },
    async teamProgressCards(_parent, args, context) {
      const session = sessionOf(context);
      const page = pageRequest(args);
      const { people } = session.loaders;
      const viewerId = session.viewer.personId;
      const reports = await people.directReports.load({ id: viewerId, args: page });
      const connection = toConnection(reports, page, byName, () => people.directReportCount.load(viewerId));
      // Every card is asked for at once, so each loader sends one statement for the whole page.
      const edges = await Promise.all(
        connection.edges.map(async (edge) => ({
          cursor: edge.cursor,
          node: await cardOfPerson(session, edge.node),
        })),
      );
      return { ...connection, edges };
    },
  },
  Mutation: {
    async setProgressSharing(_parent, { input }, context) {
      const session = sessionOf(context);
      const field = ['enrolmentId'];
      const decoded = fromGlobalId(input.enrolmentId);
      const enrolment =
        decoded?.type === 'Enrolment'
          ? await session.loaders.programs.enrolmentById.load(decoded.uuid)
          : null;
      if (!enrolment || (await accessTo(session, enrolment)) === 'NONE') {
        return {
          progress: null,
          userErrors: [{ field, code: 'NOT_FOUND', message: session.t('progress.enrolmentNotVisible') }],
        };
      }
      if (enrolment.personId !== session.viewer.personId) {
        return {
          progress: null,
          userErrors: [
            {
              field,
              code: 'FORBIDDEN',
              message: session.t('progress.participantDecides'),
            },
          ],
        };
      }
      const { orgId } = session.viewer;
      await session.tenant((tx) => setSharedWithManager(tx, orgId, enrolment.id, input.sharedWithManager));
      const updated: EnrolmentRow = { ...enrolment, sharedWithManager: input.sharedWithManager };
      session.loaders.programs.enrolmentById.clear(enrolment.id).prime(enrolment.id, updated);
      return { progress: await progressOf(session, updated), userErrors: [] };
    },
  },
  ProgressCardConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Enrolment: {
    async progress(enrolment, _args, context) {
      const session = sessionOf(context);
      return (await accessTo(session, enrolment)) === 'FULL' ? progressOf(session, enrolment) : null;
    },
  },
  CoachingProgress: {
    enrolment: (progress) => progress.enrolment,
    program: (progress) => progress.program,
    async coach(progress, _args, context) {
      const coachId = progress.enrolment.coachPersonId;
      return coachId ? sessionOf(context).loaders.people.byId.load(coachId) : null;
    },
    async nextSession(progress, _args, context) {
      if (!progress.nextSessionId) return null;
      const session = sessionOf(context);
      const row = await session.loaders.sessions.byId.load(progress.nextSessionId);
      // The card's pace is shared with a manager; the time and link of the next meeting are not.
      return row && (await mayRead(session, 'sessions', { kind: 'session', session: row })) ? row : null;
    },
  },
  CapabilityProgress: {
    async capability(value, _args, context) {
      const capability = await sessionOf(context).loaders.capabilities.byCode.load(value.capabilityCode);
      if (!capability) throw notFound('progress.capabilityGone', { code: value.capabilityCode });
      return capability;
    },
  },
};
