/** The executable schema: every module's SDL merged, with every module's resolvers. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.js';
import { analyticsResolvers } from './modules/analytics/resolvers.js';
import { capabilityResolvers } from './modules/capabilities/resolvers.js';
import { coachingResolvers } from './modules/coaching/resolvers.js';
import { coreResolvers } from './modules/core/resolvers.js';
import { goalResolvers } from './modules/goals/resolvers.js';
import { orgUnitResolvers } from './modules/orgUnits/resolvers.js';
import { peopleResolvers } from './modules/people/resolvers.js';
import { programResolvers } from './modules/programs/resolvers.js';
import { progressResolvers } from './modules/progress/resolvers.js';
import { sessionResolvers } from './modules/sessions/resolvers.js';
import { viewerResolvers } from './modules/viewer/resolvers.js';

const modulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'modules');

export function moduleTypeDefs(): string[] {
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(modulesDir, entry.name, 'schema.graphql'))
    .filter((file) => existsSync(file))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

const moduleResolvers: Resolvers[] = [
  coreResolvers,
  viewerResolvers,
  peopleResolvers,
  orgUnitResolvers,
  programResolvers,
  capabilityResolvers,
  coachingResolvers,
  sessionResolvers,
  goalResolvers,
  progressResolvers,
  analyticsResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: mergeTypeDefs(moduleTypeDefs()),
    resolvers: mergeResolvers(moduleResolvers),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
