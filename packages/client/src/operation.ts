import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** Variables of an operation: codegen's `Exact<{ … }>` types are assignable to it. */
export type AnyVariables = Record<string, unknown>;

/**
 * A document as codegen's client preset emits it (`documentMode: 'string'`: a `TypedDocumentString`
 * carrying the result and variables types), or plain query text. The client only ever sends its text.
 */
export type DocumentInput<TData = unknown, TVars extends AnyVariables = AnyVariables> =
  string | DocumentTypeDecoration<TData, TVars>;

/** The query text of a document (a `TypedDocumentString` is a `String`; the build ships plain strings). */
export const documentText = (document: DocumentInput<unknown, never>): string => String(document);

/** JSON with object keys sorted, so `{ a, b }` and `{ b, a }` name the same request. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What identifies one request: the document's text and its variables. */
export const requestKey = (
  document: DocumentInput<unknown, never>,
  variables: AnyVariables | undefined,
): string => `${documentText(document)} ${stableJson(variables ?? {})}`;
