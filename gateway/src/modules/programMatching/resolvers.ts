import type { Resolvers } from '../../generated/resolvers.js';

export const programMatchingResolvers: Resolvers = {};
