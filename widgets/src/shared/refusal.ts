import type { GatewayError } from '@coachwork/client';
import { msg } from '@lit/localize';

/** What a refusal's wording needs of the element: its description of the gateway's errors. */
export interface DescribesErrors {
  describeError(error: GatewayError): string;
}

/** The gateway's userErrors in one line, else its error in words, else a general line. */
export function refusalText(
  host: DescribesErrors,
  userErrors: ReadonlyArray<{ message: string }> | undefined,
  error: GatewayError | undefined,
): string {
  if (userErrors && userErrors.length > 0) return userErrors.map((e) => e.message).join(' ');
  return error ? host.describeError(error) : msg('The coaching service had a problem.');
}

/**
 * The gateway's userErrors for a form to place beside its fields, else one error without a field
 * (the gateway's error in words, else a general line).
 */
export function refusalErrors<E extends { message: string }>(
  host: DescribesErrors,
  userErrors: readonly E[] | undefined,
  error: GatewayError | undefined,
): ReadonlyArray<E | { message: string }> {
  return userErrors && userErrors.length > 0
    ? userErrors
    : [{ message: refusalText(host, undefined, error) }];
}
