import { inject } from 'vitest';
import type { TokenProvider } from '@coachwork/widgets';

export const gatewayUrl = (): string => inject('gatewayUrl');

/**
 * A gateway address and token provider for one seeded person, minted by the gateway's dev endpoint
 * as a host backend would. The page shares one client per gateway address, so each identity gets its
 * own address (a query string the gateway ignores), as widgets/src/shared/testing/gateway.ts does.
 */
export function signedIn(email: string): { gateway: string; tokenProvider: TokenProvider } {
  const url = gatewayUrl();
  return {
    gateway: `${url}/graphql?as=${encodeURIComponent(email)}`,
    tokenProvider: async () => {
      const response = await fetch(`${url}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`/dev/token answered ${response.status}`);
      const minted = (await response.json()) as { token: string; expiresAt: string };
      return { token: minted.token, expiresAt: minted.expiresAt };
    },
  };
}
