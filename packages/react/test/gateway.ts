import { inject } from 'vitest';
import type { TokenProvider } from '@coachwork/widgets';
import { signedIn as signedInAt } from '@coachwork/widgets/shared/testing/tokens.js';

export const gatewayUrl = (): string => inject('gatewayUrl');

/** A gateway address and token provider for one seeded person, as the widgets' tests sign in. */
export function signedIn(email: string): { gateway: string; tokenProvider: TokenProvider } {
  return signedInAt(gatewayUrl(), { email });
}
