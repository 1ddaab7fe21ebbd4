/** The executable schema: every module's SDL merged, with every module's resolvers (modules/index.ts). */
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { gatewayModules } from './modules/index.js';

/** Every module's SDL, by module name: the order codegen merges them in, so both schemas list fields alike. */
export function moduleTypeDefs(): string[] {
  return [...gatewayModules]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((module) => module.typeDefs);
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: mergeTypeDefs(moduleTypeDefs()),
    resolvers: mergeResolvers(gatewayModules.map((module) => module.resolvers)),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
