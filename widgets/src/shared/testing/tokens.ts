import type { TokenProvider } from '@coachwork/client';

// Tokens and requests against the test gateway's dev routes. No test-runner import, so the React
// wrappers' tests (vitest browser mode) use them too.

export interface MintedToken {
  token: string;
  expiresAt: string;
  person: { id: string; name: string; email: string; roles: string[] };
  organisation: { id: string; name: string };
}

/**
 * Who a token is for. `locale`: the token's locale claim; absent, the person's own; null, none
 * (as a host's backend may mint it: the gateway then answers in the request's Accept-Language).
 */
export interface Identity {
  email?: string;
  personId?: string;
  locale?: string | null;
}

/** Mints an embed token from the gateway's dev endpoint, as a host backend would hand one out. */
export async function mintToken(url: string, who: Identity = {}): Promise<MintedToken> {
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

/**
 * A token provider for `who` that answers only once `release` is called: a widget given it stays
 * in its loading state for as long as a test needs to look at that state.
 */
export function heldTokenProvider(
  url: string,
  who: Identity = {},
): { tokenProvider: TokenProvider; release(): void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    tokenProvider: async () => {
      await held;
      return (await mintToken(url, who)).token;
    },
    release: () => release(),
  };
}

/**
 * A gateway address and token provider for one person. The client (and its token) is shared per
 * gateway address, so each identity gets its own address (a query string the gateway ignores),
 * as two hosts signed in as two people would; widgets given the same pair share one cache.
 */
export function signedIn(url: string, who: Identity): { gateway: string; tokenProvider: TokenProvider } {
  const as = encodeURIComponent(who.email ?? who.personId ?? '');
  return {
    gateway: `${url}/graphql?as=${as}${who.locale === undefined ? '' : `&locale=${who.locale}`}`,
    tokenProvider: async () => {
      const minted = await mintToken(url, who);
      return { token: minted.token, expiresAt: minted.expiresAt };
    },
  };
}

/** A GraphQL request outside any widget (test set-up and checks); throws on errors. */
export async function gql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
