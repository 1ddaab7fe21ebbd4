import type { RequestPolicy } from '@urql/core';
import { documentText, type AnyVariables, type DocumentInput } from './documents.js';
import { failureOf, toGatewayError } from './errors.js';
import type { MutationOutcome } from './mutation-controller.js';
import { getClient } from './registry.js';

/**
 * One answer to a query through the page's shared client, for code that does not render it (a
 * file to download). Never rejects: failures come back as `error`.
 */
export async function query<TData, TVars extends AnyVariables>(
  gateway: string,
  document: DocumentInput<TData, TVars>,
  variables: TVars,
  options: { requestPolicy?: RequestPolicy } = {},
): Promise<MutationOutcome<TData>> {
  try {
    const { data, error } = await getClient(gateway)
      .query<TData, TVars>(documentText(document), variables, options)
      .toPromise();
    return { data: data ?? undefined, error: toGatewayError(error) };
  } catch (cause) {
    return { data: undefined, error: failureOf(cause) };
  }
}
