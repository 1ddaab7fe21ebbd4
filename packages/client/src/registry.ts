import type { Client } from '@urql/core';
import { createGatewayClient } from './create-client.js';
import { resolveEndpoint } from './gateway-url.js';
import { TokenManager, type TokenStore } from './token-manager.js';
import type { TokenProvider } from './token-provider.js';

/**
 * Page-wide registry shared by every copy of this package (two bundles on one intranet page
 * must share one client and one token). The entry shape is a contract between copies:
 * change it incompatibly only together with REGISTRY_VERSION.
 */
const REGISTRY_KEY = Symbol.for('coachwork.clients');
// 3: an urql Client again (2 was the hand-written GatewayClient; an older copy keeps its own entries).
const REGISTRY_VERSION = 3;

interface GatewayEntry {
  readonly version: typeof REGISTRY_VERSION;
  readonly endpoint: string;
  readonly client: Client;
  readonly tokens: TokenStore;
}

type Registry = Map<string, GatewayEntry>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (holder[REGISTRY_KEY] ??= new Map());
}

function entryFor(gateway: string): GatewayEntry {
  const endpoint = resolveEndpoint(gateway);
  const key = `v${REGISTRY_VERSION} ${endpoint}`;
  const map = registry();
  let entry = map.get(key);
  if (!entry) {
    const tokens = new TokenManager();
    entry = { version: REGISTRY_VERSION, endpoint, client: createGatewayClient(endpoint, tokens), tokens };
    map.set(key, entry);
  }
  return entry;
}

/** The one urql client for this gateway on this page. */
export function getClient(gateway: string): Client {
  return entryFor(gateway).client;
}

/**
 * Sets how the widgets of this gateway get embed tokens. Setting the same function again is a
 * no-op; a different one drops the held token so the next operation asks the new provider.
 */
export function setTokenProvider(gateway: string, provider: TokenProvider | undefined): void {
  const entry = entryFor(gateway);
  if (!provider && !entry.tokens.hasProvider()) return;
  entry.tokens.setProvider(provider);
  // A DOM event reaches elements of every bundle on the page: ones showing "signed out" try again.
  globalThis.dispatchEvent?.(new CustomEvent(TOKEN_PROVIDER_EVENT, { detail: { endpoint: entry.endpoint } }));
}

/** Fired on `globalThis` whenever a gateway's token provider is set or cleared; detail `{ endpoint }`. */
export const TOKEN_PROVIDER_EVENT = 'coachwork-token-provider';

export function hasTokenProvider(gateway: string): boolean {
  return entryFor(gateway).tokens.hasProvider();
}
