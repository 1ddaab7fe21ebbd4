/** The executable schema: every module's SDL merged, with every module's resolvers (modules/index.ts). */
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { gatewayModules } from './modules/index.js';

export function moduleTypeDefs(): string[] {
  return gatewayModules.map((module) => module.typeDefs);
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: mergeTypeDefs(moduleTypeDefs()),
    resolvers: mergeResolvers(gatewayModules.map((module) => module.resolvers)),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
