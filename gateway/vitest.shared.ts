import { createRequire } from 'node:module';

/**
 * For every vitest config that loads the gateway's sources (gateway/, test/). Node loads graphql's
 * CommonJS build for every dependency (graphql-tools, Apollo, graphql-jit's require()); Vite would
 * give our own sources its ESM build, a second copy whose classes fail the first's instanceof
 * checks ("Cannot use GraphQLSchema from another module or realm"). So both resolve to one.
 */
export const graphqlCommonJsAlias = {
  find: /^graphql$/,
  replacement: createRequire(import.meta.url).resolve('graphql'),
};
