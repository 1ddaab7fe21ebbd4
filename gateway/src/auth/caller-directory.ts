/**
 * What token verification needs from the database — an organisation's signing secrets and locales,
 * and whether a person exists (and is active: a deactivated person signs in as no one) with which roles — held in memory so a signed-in request asks the
 * database nothing before its tenant transaction.
 *
 * Entries live `tokens.directoryTtlMs`, and go at once when PostgreSQL says something changed:
 * migration 0020's triggers NOTIFY `coachwork_keys` (an organisation's secrets or locales changed,
 * or it was deleted) and `coachwork_people` (a person of that organisation was deleted, deactivated
 * or reactivated, or their roles changed; migration 0060), on every gateway instance listening. If the listening session drops, everything
 * cached is forgotten and the TTL alone bounds staleness until it is back.
 */
import { tokens } from '../config.js';
import type { Database } from '../db/types.js';
import type { Role } from '../generated/resolvers.js';

export interface SigningKeys {
  id: string;
  secret: string;
  previousSecret: string | null;
  rotatedAt: Date | null;
  locales: string[];
}

/** A person as verification sees them: null when they are not (or no longer) in the organisation. */
export type Identity = { roles: Role[] } | null;

export interface CallerDirectory {
  /** The organisation's keys (undefined: no such organisation). `recheck` asks the database again if allowed. */
  keys(orgId: string, personId: string | null, recheck?: boolean): Promise<SigningKeys | undefined>;
  identity(orgId: string, personId: string): Promise<Identity>;
}

interface KeyRow {
  id: string;
  secret: string;
  previous_secret: string | null;
  rotated_at: Date | null;
  locales: string[];
  /** The person's roles, read in the same statement when the person was asked for; null: no such person. */
  roles: Role[] | null;
  person_asked: boolean;
}

const CHANNELS = ['coachwork_keys', 'coachwork_people'] as const;

/** Reads keys (with the person, when named) as the owner: the application role may not read secrets. */
async function readKeys(db: Database, orgId: string, personId: string | null): Promise<KeyRow | undefined> {
  const [row] = await db.query<KeyRow>(
    `select o.id, o.embed_signing_secret as secret, o.embed_signing_secret_previous as previous_secret,
            o.embed_signing_secret_rotated_at as rotated_at, o.locales,
            (select p.roles from people p where p.org_id = o.id and p.id = $2::uuid and p.active) as roles,
            $2::uuid is not null as person_asked
     from organisations o where o.id = $1`,
    [orgId, personId],
  );
  return row;
}

async function readIdentity(db: Database, orgId: string, personId: string): Promise<Identity> {
  const [row] = await db.query<{ roles: Role[] }>(
    'select roles from people where org_id = $1 and id = $2 and active',
    [orgId, personId],
  );
  return row ? { roles: row.roles } : null;
}

function keysOf(row: KeyRow): SigningKeys {
  return {
    id: row.id,
    secret: row.secret,
    previousSecret: row.previous_secret,
    rotatedAt: row.rotated_at,
    locales: row.locales,
  };
}

/** Straight to the database every time (tools, tests of verification itself). */
export function uncachedDirectory(db: Database): CallerDirectory {
  return {
    async keys(orgId) {
      const row = await readKeys(db, orgId, null);
      return row ? keysOf(row) : undefined;
    },
    identity: (orgId, personId) => readIdentity(db, orgId, personId),
  };
}

interface Entry<T> {
  value: T;
  at: number;
}

export interface CachedDirectoryOptions {
  ttlMs?: number;
  recheckMs?: number;
  maxEntries?: number;
  /** Listen to the invalidation notifications (default true). */
  listen?: boolean;
  now?: () => number;
}

export class CachedDirectory implements CallerDirectory {
  private readonly organisations = new Map<string, Entry<SigningKeys | undefined>>();
  private readonly people = new Map<string, Map<string, Entry<Identity>>>();
  private peopleCount = 0;
  private readonly ttlMs: number;
  private readonly recheckMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private stopListening: (() => Promise<void>) | null = null;
  private listening: Promise<void> | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** Counts notifications: a read that a notification overtook is used once, not cached. */
  private generation = 0;

  constructor(
    private readonly db: Database,
    options: CachedDirectoryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? tokens.directoryTtlMs;
    this.recheckMs = options.recheckMs ?? tokens.directoryRecheckMs;
    this.maxEntries = options.maxEntries ?? tokens.directoryMaxEntries;
    this.now = options.now ?? Date.now;
    if (options.listen !== false) this.listening = this.startListening();
  }

  /** Resolves once notifications are being received (or listening failed and the TTL alone applies). */
  ready(): Promise<void> {
    return this.listening ?? Promise.resolve();
  }

  private async startListening(): Promise<void> {
    try {
      const stop = await this.db.listen(
        CHANNELS,
        (channel, payload) => this.notified(channel, payload),
        () => this.lost(),
      );
      if (this.closed) await stop();
      else this.stopListening = stop;
    } catch {
      this.lost();
    }
  }

  private lost(): void {
    this.stopListening = null;
    // What changed while nobody listened is unknown.
    this.forgetEverything();
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.closed) this.listening = this.startListening();
    }, this.recheckMs);
    this.retry.unref();
  }

  private notified(channel: string, payload: string): void {
    this.generation++;
    for (const orgId of payload.split(',')) {
      if (channel === 'coachwork_keys') this.organisations.delete(orgId);
      const people = this.people.get(orgId);
      if (people) {
        this.peopleCount -= people.size;
        this.people.delete(orgId);
      }
    }
  }

  forgetEverything(): void {
    this.generation++;
    this.organisations.clear();
    this.people.clear();
    this.peopleCount = 0;
  }

  private fresh(entry: Entry<unknown> | undefined): boolean {
    return entry !== undefined && this.now() - entry.at < this.ttlMs;
  }

  async keys(orgId: string, personId: string | null, recheck = false): Promise<SigningKeys | undefined> {
    const cached = this.organisations.get(orgId);
    const recheckAllowed = cached !== undefined && this.now() - cached.at >= this.recheckMs;
    if (this.fresh(cached) && !(recheck && recheckAllowed)) return cached!.value;
    if (recheck && cached && !recheckAllowed) return cached.value;
    const wantPerson = personId !== null && !this.fresh(this.people.get(orgId)?.get(personId));
    const at = this.now();
    const generation = this.generation;
    const row = await readKeys(this.db, orgId, wantPerson ? personId : null);
    const keys = row ? keysOf(row) : undefined;
    if (generation !== this.generation) return keys;
    this.remember(this.organisations, orgId, { value: keys, at });
    if (row && wantPerson && personId) {
      this.rememberPerson(orgId, personId, { value: row.roles ? { roles: row.roles } : null, at });
    }
    return keys;
  }

  async identity(orgId: string, personId: string): Promise<Identity> {
    const cached = this.people.get(orgId)?.get(personId);
    if (this.fresh(cached)) return cached!.value;
    const at = this.now();
    const generation = this.generation;
    const identity = await readIdentity(this.db, orgId, personId);
    if (generation !== this.generation) return identity;
    this.rememberPerson(orgId, personId, { value: identity, at });
    return identity;
  }

  private remember<T>(map: Map<string, Entry<T>>, key: string, entry: Entry<T>): void {
    map.delete(key);
    map.set(key, entry);
    if (map.size > this.maxEntries) map.delete(map.keys().next().value!);
  }

  private rememberPerson(orgId: string, personId: string, entry: Entry<Identity>): void {
    let people = this.people.get(orgId);
    if (!people) {
      people = new Map();
      this.people.set(orgId, people);
    }
    if (!people.has(personId)) this.peopleCount++;
    people.set(personId, entry);
    if (this.peopleCount > this.maxEntries) {
      // Past the bound, drop the organisation cached longest (its people are asked for again).
      const [oldest, dropped] = this.people.entries().next().value!;
      this.people.delete(oldest);
      this.peopleCount -= dropped.size;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listening;
    await this.stopListening?.();
    this.stopListening = null;
  }
}
