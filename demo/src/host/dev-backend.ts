import type { TokenProvider } from '@coachwork/client';
/**
 * Stands in for the host's own backend. A real intranet or LMS mints embed tokens server-side with
 * its organisation's signing secret; these demo pages borrow the gateway's dev-only endpoints instead
 * (`GET /dev/people`, `POST /dev/token`), which exist only when the gateway runs in dev mode.
 */

export type DemoRole = 'PARTICIPANT' | 'MANAGER' | 'COACH' | 'PROGRAM_ADMIN' | 'ORG_ADMIN';

export interface DemoOrganisation {
  id: string;
  slug: string;
  name: string;
}

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  roles: string[];
  organisation: DemoOrganisation;
}

export interface DevToken {
  token: string;
  expiresAt: string;
  person: Omit<DemoPerson, 'organisation'>;
  organisation: DemoOrganisation;
}

export class DevBackendError extends Error {
  override name = 'DevBackendError';
  /** The gateway did not answer at all (down, or not started yet), rather than answering with a refusal. */
  get unreachable(): boolean {
    return this.cause !== undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asOrganisation(value: unknown): DemoOrganisation | undefined {
  if (!isRecord(value)) return undefined;
  const { id, slug, name } = value;
  return typeof id === 'string' && typeof slug === 'string' && typeof name === 'string'
    ? { id, slug, name }
    : undefined;
}

function asPersonFields(value: unknown): Omit<DemoPerson, 'organisation'> | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, email, roles } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof email !== 'string') return undefined;
  const roleList = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  return { id, name, email, roles: roleList };
}

function asPerson(value: unknown): DemoPerson | undefined {
  const fields = asPersonFields(value);
  const organisation = isRecord(value) ? asOrganisation(value.organisation) : undefined;
  return fields && organisation ? { ...fields, organisation } : undefined;
}

export class DevBackend {
  constructor(private readonly gateway: string) {}

  /** Seeded people holding `role`, for the "Viewing as" picker; `org` is an organisation slug. */
  async people(query: { role?: DemoRole; org?: string; limit?: number }): Promise<DemoPerson[]> {
    const url = new URL('/dev/people', this.gateway);
    if (query.role) url.searchParams.set('role', query.role);
    if (query.org) url.searchParams.set('org', query.org);
    if (query.limit) url.searchParams.set('limit', String(query.limit));
    const body = await this.request(url, { method: 'GET' });
    const list = isRecord(body) ? body.people : undefined;
    if (!Array.isArray(list)) throw new DevBackendError(`Unexpected response from ${url.pathname}`);
    return list.map(asPerson).filter((p): p is DemoPerson => p !== undefined);
  }

  /** A fresh embed token for `email`, or for the gateway's default demo person when omitted. */
  async token(person: { email?: string; org?: string } = {}): Promise<DevToken> {
    const url = new URL('/dev/token', this.gateway);
    const body = await this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        person.email ? { email: person.email, ...(person.org ? { org: person.org } : {}) } : {},
      ),
    });
    if (!isRecord(body) || typeof body.token !== 'string' || typeof body.expiresAt !== 'string') {
      throw new DevBackendError(`Unexpected response from ${url.pathname}`);
    }
    const fields = asPersonFields(body.person);
    const organisation = asOrganisation(body.organisation);
    if (!fields || !organisation) throw new DevBackendError(`Unexpected response from ${url.pathname}`);
    return { token: body.token, expiresAt: body.expiresAt, person: fields, organisation };
  }

  /** A widget's tokenProvider that mints for `email` each time it is asked. */
  tokenProvider(email: string): TokenProvider {
    return async () => {
      const minted = await this.token({ email });
      return { token: minted.token, expiresAt: minted.expiresAt };
    };
  }

  private async request(url: URL, init: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (cause) {
      // The cause (fetch's TypeError) tells the widgets the service is unreachable, not that sign-in was refused.
      throw new DevBackendError(`The Coachwork gateway at ${this.gateway} is not reachable.`, { cause });
    }
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new DevBackendError(
        `${init.method ?? 'GET'} ${url.pathname} answered ${response.status}${detail ? `: ${detail.slice(0, 200)}` : ''}`,
      );
    }
    return response.json();
  }
}
