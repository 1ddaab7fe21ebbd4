import { callerOf, type GraphQLContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { localised } from '../../i18n/localised.js';
import { countCapabilities, listCapabilities } from './sql.js';

/**
 * The `locale` argument, else the language the person asked for as asked (token claim,
 * Accept-Language), else the one the gateway answers in: an organisation may name its
 * capabilities in languages the message catalogue does not have.
 */
function displayLocale(context: GraphQLContext, argument: string | null | undefined): string {
  return argument || context.contentLocale;
}

export const capabilityResolvers: Resolvers = {
  Query: {
    async capabilities(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listCapabilities(tx, orgId, page));
      return toConnection(
        rows,
        page,
        (row) => ({ sort: row.code, id: row.id }),
        () => caller.tenant((tx) => countCapabilities(tx, orgId)),
      );
    },
    capability: (_parent, { code }, context) => callerOf(context).loaders.capabilities.byCode.load(code),
  },
  Capability: {
    id: (capability) => toGlobalId('Capability', capability.id),
    name(capability, args, context) {
      return localised(capability.names, displayLocale(context, args.locale)) ?? capability.code;
    },
    description(capability, args, context) {
      return localised(capability.descriptions, displayLocale(context, args.locale)) ?? null;
    },
  },
  CapabilityConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
