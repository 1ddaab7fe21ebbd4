import { sessionOf, type GraphQLContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { viewerPerson } from '../viewer/resolvers.js';
import { countCapabilities, listCapabilities, localised } from './sql.js';

/** The `locale` argument, else the viewer's own locale, else the request's Accept-Language, else English. */
async function displayLocale(context: GraphQLContext, argument: string | null | undefined): Promise<string> {
  if (argument) return argument;
  const viewer = await viewerPerson(sessionOf(context));
  return viewer.locale || context.requestLocale || 'en';
}

export const capabilityResolvers: Resolvers = {
  Query: {
    async capabilities(_parent, args, context) {
      const session = sessionOf(context);
      const page = pageRequest(args);
      const { orgId } = session.viewer;
      const rows = await session.tenant((tx) => listCapabilities(tx, orgId, page));
      return toConnection(
        rows,
        page,
        (row) => ({ sort: row.code, id: row.id }),
        () => session.tenant((tx) => countCapabilities(tx, orgId)),
      );
    },
    capability: (_parent, { code }, context) => sessionOf(context).loaders.capabilities.byCode.load(code),
  },
  Capability: {
    id: (capability) => toGlobalId('Capability', capability.id),
    async name(capability, args, context) {
      return localised(capability.names, await displayLocale(context, args.locale)) ?? capability.code;
    },
    async description(capability, args, context) {
      return localised(capability.descriptions, await displayLocale(context, args.locale)) ?? null;
    },
  },
  CapabilityConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
