/**
 * Where the gateway may call out to (a webhook receiver, an identity provider's discovery document
 * and keys, an organisation's JWKS URL): an `https` URL whose host resolves only to public unicast
 * addresses, so an organisation's settings cannot make the gateway call into its own network (a
 * database, a cloud metadata endpoint, an admin port on localhost). The range table is ipaddr.js's, which
 * keeps up with the IANA special-purpose registries (IPv4-mapped IPv6, 6to4, CGNAT, …) better than
 * a hand-kept list would.
 *
 * The check runs when the URL is saved and again before every call, and the call connects to the
 * address that was checked (`lookup` pinned), so a name that resolves to a public address at the
 * check and to a private one a moment later (DNS rebinding) cannot redirect it. Redirects are not
 * followed, for the same reason. Dev mode (COACHWORK_ENV=dev) allows `http` and any address, for a
 * receiver or provider on the developer's machine.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
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

/** A `lookup` that answers the checked address whatever the name resolves to now. */
export function pinnedLookup(destination: Destination): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: destination.address, family: destination.family }]);
    else callback(null, destination.address, destination.family);
  };
}

/** A call refused before it was made: the URL's shape or its addresses. */
export class DestinationRefused extends Error {
  override readonly name = 'DestinationRefused';
  constructor(readonly problem: DestinationProblem) {
    super(`destination refused: ${problem}`);
  }
}

export interface ScreenedFetchOptions {
  dev: boolean;
  resolve?: Resolver;
  /** Bytes of an answer read at most; documents and key sets are small. */
  maxBytes?: number;
}

/**
 * A `fetch` for small requests and answers that screens the URL on every call and connects to the
 * checked address. It never follows redirects: a 3xx is returned as it is. A body is sent when it is
 * a string (a JSON statement, a form).
 */
export function screenedFetch(options: ScreenedFetchOptions): typeof fetch {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return async (input, init) => {
    const text = input instanceof Request ? input.url : String(input);
    const destination = await resolveDestination(text, options.dev, options.resolve);
    if ('problem' in destination) throw new DestinationRefused(destination.problem);
    const headers = Object.fromEntries(new Headers(init?.headers ?? {}).entries());
    const send = destination.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolve, reject) => {
      const req = send(destination.url, {
        method: init?.method ?? 'GET',
        headers,
        lookup: pinnedLookup(destination),
        ...(init?.signal ? { signal: init.signal } : {}),
      });
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy(new Error(`the answer is larger than ${maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value === undefined) continue;
            for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, one);
          }
          const status = res.statusCode ?? 502;
          const nullBody = status === 204 || status === 304;
          resolve(
            new Response(nullBody ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage ?? '',
              headers: responseHeaders,
            }),
          );
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });
  };
}
