import { callerOf, type Caller } from '../../context.js';
import { isStorageError } from '../../db/errors.js';
import { forbidden, unauthenticated } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { formatList } from '../../i18n/translate.js';
import { toGlobalId } from '../../ids.js';
import type { PersonRow } from '../people/sql.js';
import { updatePersonPreferences, type OrganisationRow } from './sql.js';

export async function viewerPerson(caller: Caller): Promise<PersonRow> {
  if (caller.viewer.serviceAccount) throw forbidden('access.serviceAccountScope', { field: 'viewer' });
  const person = await caller.loaders.people.byId.load(caller.viewer.personId);
  // The token verified moments ago; a missing row means the person was removed since.
  if (!person) throw unauthenticated('auth.personGone');
  return person;
}

export async function viewerOrganisation(caller: Caller): Promise<OrganisationRow> {
  const organisation = await caller.loaders.organisations.byId.load(caller.viewer.orgId);
  if (!organisation) throw unauthenticated('auth.organisationGone');
  return organisation;
}

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, context) => viewerPerson(callerOf(context)),
    organisation: (_parent, _args, context) => viewerOrganisation(callerOf(context)),
  },
  Organisation: {
    id: (organisation) => toGlobalId('Organisation', organisation.id),
  },
  Mutation: {
    async updateViewerPreferences(_parent, { input }, context) {
      const caller = callerOf(context);
      const userErrors: UserError[] = [];
      const locale = input.locale ?? null;
      const timeZone = input.timeZone ?? null;
      if (locale === null && timeZone === null) {
        userErrors.push({ field: null, code: 'REQUIRED', message: caller.t('viewer.preferencesRequired') });
      }
      if (locale !== null) {
        const organisation = await viewerOrganisation(caller);
        if (!organisation.locales.includes(locale)) {
          userErrors.push({
            field: ['locale'],
            code: 'UNSUPPORTED',
            message: caller.t('viewer.localeNotOffered', {
              organisation: organisation.name,
              offered: formatList(caller.locale, organisation.locales),
              locale,
            }),
          });
        }
      }
      if (userErrors.length > 0) return { viewer: null, userErrors };

      try {
        await caller.tenant((tx) =>
          updatePersonPreferences(tx, caller.viewer.orgId, caller.viewer.personId, { locale, timeZone }),
        );
      } catch (error) {
        // The scalars mirror the database's CHECKs; should they ever drift, the user still gets a fixable answer.
        if (isStorageError(error) && error.code === 'CHECK_VIOLATION') {
          const field = error.constraint?.includes('locale') ? 'locale' : 'timeZone';
          const message = caller.t(field === 'locale' ? 'viewer.localeInvalid' : 'viewer.timeZoneInvalid');
          return { viewer: null, userErrors: [{ field: [field], code: 'INVALID', message }] };
        }
        throw error;
      }
      caller.loaders.people.byId.clear(caller.viewer.personId);
      return { viewer: await viewerPerson(caller), userErrors };
    },
  },
};
