/**
 * Where the gateway may send a webhook: an `https` URL whose host resolves only to public unicast
 * addresses, so a subscription cannot make the gateway call into its own network (a database, a
 * cloud metadata endpoint, an admin port on localhost). The range table is ipaddr.js's, which
 * keeps up with the IANA special-purpose registries (IPv4-mapped IPv6, 6to4, CGNAT, …) better than
 * a hand-kept list would.
 *
 * The check runs when a subscription is saved and again before every attempt, and the attempt
 * connects to the address that was checked (`lookup` pinned), so a name that resolves to a public
 * address at the check and to a private one a moment later (DNS rebinding) cannot redirect it.
 * Dev mode (COACHWORK_ENV=dev) allows `http` and any address, for a receiver on the developer's
 * machine.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type DestinationProblem = 'INVALID_URL' | 'NOT_HTTPS' | 'UNRESOLVED' | 'PRIVATE_ADDRESS';

export interface Destination {
  url: URL;
  /** The address to connect to, checked. */
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The URL's shape alone: absolute, http(s), no credentials, https unless in dev mode. */
export function urlProblem(text: string, dev: boolean): DestinationProblem | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'INVALID_URL';
  }
  if (url.username || url.password || url.hash) return 'INVALID_URL';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') return dev ? null : 'NOT_HTTPS';
  return 'INVALID_URL';
}

/** Whether an address is one the gateway may call outside dev mode: public unicast only. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  return ipaddr.process(address).range() === 'unicast';
}

/** The checked destination of a URL, or why the gateway will not call it. */
export async function resolveDestination(
  text: string,
  dev: boolean,
  resolve: Resolver = systemResolver,
): Promise<Destination | { problem: DestinationProblem }> {
  const problem = urlProblem(text, dev);
  if (problem) return { problem };
  const url = new URL(text);
  // WHATWG URLs keep IPv6 literals in brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      return { problem: 'UNRESOLVED' };
    }
  }
  if (addresses.length === 0) return { problem: 'UNRESOLVED' };
  // Every address must pass: a name with one public and one private address could be steered to either.
  if (!dev && addresses.some((entry) => !isPublicAddress(entry.address)))
    return { problem: 'PRIVATE_ADDRESS' };
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
