import { executeServerCommand } from '@web/test-runner-commands';
import type { TokenProvider } from '@coachwork/client';

export interface TestGateway {
  /** The real gateway started by web-test-runner.config.mjs (PGlite in memory, seeded, dev mode). */
  url: string;
}

let gateway: Promise<TestGateway> | undefined;

export function startGateway(): Promise<TestGateway> {
  gateway ??= executeServerCommand<TestGateway, undefined>('coachwork-gateway');
  return gateway;
}

export interface MintedToken {
  token: string;
  expiresAt: string;
  person: { id: string; name: string; email: string; roles: string[] };
  organisation: { id: string; name: string };
}

/** Mints an embed token from the gateway's dev endpoint, as a host backend would hand one out. */
export async function mintToken(
  url: string,
  who: { email?: string; personId?: string } = {},
): Promise<MintedToken> {
  const response = await fetch(`${url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as MintedToken;
}

/** A tokenProvider backed by /dev/token that counts how often it was asked. */
export function devTokenProvider(
  url: string,
  who: { email?: string } = {},
): TokenProvider & { calls: number } {
  const provider = Object.assign(
    async () => {
      provider.calls++;
      const minted = await mintToken(url, who);
      return { token: minted.token, expiresAt: minted.expiresAt };
    },
    { calls: 0 },
  );
  return provider;
}
