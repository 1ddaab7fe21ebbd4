import { limits } from '../../config.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import type { NodeFetchers, NodeValue } from '../module.js';
import { DateScalar, DateTime, Locale, TimeZone } from './scalars.js';

/**
 * The core resolvers: scalars, the Node interface and `node`/`nodes`. Each node type is fetched by
 * the module that owns it (its entry point's `nodes`), so core depends on no domain module.
 */
export function createCoreResolvers(nodes: NodeFetchers): Resolvers {
  /** Resolves a global ID inside the caller's organisation; null for unknown, foreign or unreadable objects. */
  async function loadNode(caller: Caller, id: string): Promise<NodeValue | null> {
    const decoded = fromGlobalId(id);
    const fetch = decoded && nodes[decoded.type];
    return fetch ? fetch(caller, decoded.uuid, decoded.type) : null;
  }

  return {
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
}
