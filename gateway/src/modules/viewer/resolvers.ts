import { sessionOf, type Session } from '../../context.js';
import { isStorageError } from '../../db/errors.js';
import { unauthenticated } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { formatList } from '../../i18n/translate.js';
import { toGlobalId } from '../../ids.js';
import type { PersonRow } from '../people/sql.js';
import { updatePersonPreferences, type OrganisationRow } from './sql.js';

export async function viewerPerson(session: Session): Promise<PersonRow> {
  const person = await session.loaders.people.byId.load(session.viewer.personId);
  // The token verified moments ago; a missing row means the person was removed since.
  if (!person) throw unauthenticated('auth.personGone');
  return person;
}

export async function viewerOrganisation(session: Session): Promise<OrganisationRow> {
  const organisation = await session.loaders.organisations.byId.load(session.viewer.orgId);
  if (!organisation) throw unauthenticated('auth.organisationGone');
  return organisation;
}

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, context) => viewerPerson(sessionOf(context)),
    organisation: (_parent, _args, context) => viewerOrganisation(sessionOf(context)),
  },
  Organisation: {
    id: (organisation) => toGlobalId('Organisation', organisation.id),
  },
  Mutation: {
    async updateViewerPreferences(_parent, { input }, context) {
      const session = sessionOf(context);
      const userErrors: UserError[] = [];
      const locale = input.locale ?? null;
      const timeZone = input.timeZone ?? null;
      if (locale === null && timeZone === null) {
        userErrors.push({ field: null, code: 'REQUIRED', message: session.t('viewer.preferencesRequired') });
      }
      if (locale !== null) {
        const organisation = await viewerOrganisation(session);
        if (!organisation.locales.includes(locale)) {
          userErrors.push({
            field: ['locale'],
            code: 'UNSUPPORTED',
            message: session.t('viewer.localeNotOffered', {
              organisation: organisation.name,
              offered: formatList(session.locale, organisation.locales),
              locale,
            }),
          });
        }
      }
      if (userErrors.length > 0) return { viewer: null, userErrors };

      try {
        await session.tenant((tx) =>
          updatePersonPreferences(tx, session.viewer.orgId, session.viewer.personId, { locale, timeZone }),
        );
      } catch (error) {
        // The scalars mirror the database's CHECKs; should they ever drift, the user still gets a fixable answer.
        if (isStorageError(error) && error.code === 'CHECK_VIOLATION') {
          const field = error.constraint?.includes('locale') ? 'locale' : 'timeZone';
          const message = session.t(field === 'locale' ? 'viewer.localeInvalid' : 'viewer.timeZoneInvalid');
          return { viewer: null, userErrors: [{ field: [field], code: 'INVALID', message }] };
        }
        throw error;
      }
      session.loaders.people.byId.clear(session.viewer.personId);
      return { viewer: await viewerPerson(session), userErrors };
    },
  },
};
