import { mayRead } from '../../auth/policy.js';
import { limits } from '../../config.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput } from '../../errors.js';
import type { Resolvers, ResolversInterfaceTypes, ResolversTypes } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import { goalNode } from '../goals/node.js';
import { coachingNode } from '../sessions/node.js';
import { DateScalar, DateTime, Locale, TimeZone } from './scalars.js';

type NodeValue = ResolversInterfaceTypes<ResolversTypes>['Node'];

/** Resolves a global ID inside the viewer's organisation; null for unknown, foreign or unreadable objects. */
export async function loadNode(caller: Caller, id: string): Promise<NodeValue | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) return null;
  const { loaders } = caller;
  switch (decoded.type) {
    case 'Organisation':
      return decoded.uuid === caller.viewer.orgId ? loaders.organisations.byId.load(decoded.uuid) : null;
    case 'Person':
      return loaders.people.byId.load(decoded.uuid);
    case 'OrgUnit':
      return loaders.orgUnits.byId.load(decoded.uuid);
    case 'Capability':
      return loaders.capabilities.byId.load(decoded.uuid);
    case 'Program':
      return loaders.programs.byId.load(decoded.uuid);
    case 'Enrolment': {
      const enrolment = await loaders.programs.enrolmentById.load(decoded.uuid);
      return enrolment && (await mayRead(caller, 'enrolment', { kind: 'enrolment', enrolment }))
        ? enrolment
        : null;
    }
    case 'Goal':
    case 'GoalMilestone':
    case 'GoalCheckIn':
      return goalNode(caller, decoded.type, decoded.uuid);
    case 'Coach':
    case 'Session':
      return coachingNode(caller, decoded.type, decoded.uuid);
  }
}

export const coreResolvers: Resolvers = {
  DateTime,
  Date: DateScalar,
  TimeZone,
  Locale,
  Node: {
    __resolveType: (node) => node.__typename,
  },
  Query: {
    node: (_parent, { id }, context) => loadNode(callerOf(context), id),
    nodes: (_parent, { ids }, context) => {
      const caller = callerOf(context);
      if (ids.length > limits.maxNodesPerRequest) {
        throw badUserInput('core.tooManyIds', 'ids', { max: limits.maxNodesPerRequest });
      }
      return Promise.all(ids.map((id) => loadNode(caller, id)));
    },
  },
};
