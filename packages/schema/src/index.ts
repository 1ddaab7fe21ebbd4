/** The merged SDL (written by `pnpm codegen`) and the typed-document helpers for clients. */
export const schemaUrl: URL = new URL('../schema.graphql', import.meta.url);
export * from './gql/index.js';
