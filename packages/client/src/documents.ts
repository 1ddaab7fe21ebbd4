import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** Variables of an operation: codegen's `Exact<{ … }>` types are assignable to it. */
export type AnyVariables = Record<string, unknown>;

/**
 * A document as codegen's client preset emits it (`documentMode: 'string'`: a `TypedDocumentString`
 * carrying the result and variables types), or plain query text.
 */
export type DocumentInput<TData = unknown, TVars extends AnyVariables = AnyVariables> =
  string | DocumentTypeDecoration<TData, TVars>;

/**
 * The query text urql parses. A `TypedDocumentString` is a `String` object, which urql would take
 * for a parsed document; the build already ships plain strings (scripts/build/documents-plugin.mjs).
 */
export const documentText = (document: DocumentInput<unknown, never>): string => String(document);
