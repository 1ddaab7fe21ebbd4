/**
 * Dev mode hands out embed tokens without credentials, so it must only ever be
 * reachable from the machine it runs on: it listens on a loopback address, and
 * its /dev routes answer only a request whose Host is a loopback name with the
 * gateway's port. The Host check stops DNS rebinding: a page on an attacker's
 * domain whose name now resolves to 127.0.0.1 still sends its own name as Host.
 */
import { isIP } from 'node:net';

/** Host names a browser on this machine sends for the gateway, port excluded. */
const LOOPBACK_HOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the gateway listening on `address` can only be reached from this machine. */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

export class ExposedDevModeError extends Error {
  override readonly name = 'ExposedDevModeError';

  constructor(address: string) {
    super(
      `Dev mode mints embed tokens for anyone who can reach /dev/token, so it listens only on a ` +
        `loopback address (127.0.0.1, ::1 or localhost), not on ${address}. ` +
        `Unset HOST (or set it to 127.0.0.1), or run in production mode without COACHWORK_ENV=dev.`,
    );
  }
}

/** Whether a request's Host header names this machine's gateway on `port`. */
export function isLoopbackHostHeader(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const match = /^(.*):(\d+)$/.exec(host.toLowerCase());
  if (!match) return false;
  return LOOPBACK_HOST_NAMES.has(match[1]!) && Number(match[2]) === port;
}
