/**
 * Names and Role Provisioning Services 2.0: a launch that carries the service claim tells where the
 * course's membership is served; an admin asks for it to be read and its learners invited to a
 * program. The reading is a job that calls out (prepare → callOut → record): the platform's token
 * endpoint and membership pages are fetched with no transaction open, through the screened fetch.
 *
 * Members become people only as launches make them: the platform user linked at an earlier launch,
 * else the e-mail the platform gives, when its domain is one the registration allows and the person
 * is not linked to another user of that platform. Nothing else a platform says about a member (a
 * name, a sourcedid) maps anyone, and nobody is created; who is not matched is reported.
 */
import type { Queryable } from '../../db/types.js';
import { screenedFetch } from '../../http/destination.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/sql.js';
import { actAs, invite, lockProgram } from '../programs/lifecycle.js';
import { accessToken, forgetAccessToken, Refused, Unavailable } from './ags.js';
import { LTI } from './claims.js';
import type { ToolKey } from './keys.js';
import type { VerifiedLaunch } from './launch.js';

export const ROSTER_QUEUE = 'lti-roster';
export const MEMBERSHIP_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
export const MEMBERSHIP_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';

/** At most this many pages are followed: a `next` link that never ends is the platform's fault, not a loop. */
const MAX_PAGES = 200;
const LEARNER_ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const LEARNER_ROLES = new Set([
  LEARNER_ROLE,
  // NRPS 2.0 §3.2 allows the short context role names of LTI Core's Appendix A.
  'Learner',
]);

/** Remembers the course a launch came from, with its membership URL when the platform offers NRPS 2.0 (owner access). */
export async function rememberCourse(db: Queryable, launch: VerifiedLaunch): Promise<void> {
  const context = launch.claims[LTI.context] as
    { id?: unknown; label?: unknown; title?: unknown } | undefined;
  if (typeof context?.id !== 'string' || !context.id || context.id.length > 255) return;
  const service = launch.claims[LTI.namesRoleService] as
    { context_memberships_url?: unknown; service_versions?: unknown } | undefined;
  const url =
    typeof service?.context_memberships_url === 'string' &&
    service.context_memberships_url.length <= 2000 &&
    Array.isArray(service.service_versions) &&
    service.service_versions.includes('2.0')
      ? service.context_memberships_url
      : null;
  const text = (value: unknown, max: number) =>
    typeof value === 'string' && value ? value.slice(0, max) : null;
  await db.query(
    `insert into lti_contexts (registration_id, org_id, context_id, label, title, memberships_url)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (registration_id, context_id) do update set label = excluded.label,
       title = excluded.title, memberships_url = coalesce(excluded.memberships_url, lti_contexts.memberships_url),
       last_launch_at = now()`,
    [
      launch.registration.id,
      launch.registration.orgId,
      context.id,
      text(context.label, 255),
      text(context.title, 1000),
      url,
    ],
  );
}

/**
 * The first page's URL: the membership URL with `role` set to the LIS Learner role (NRPS 2.0 §2.3),
 * so the platform lists learners only. A platform may ignore the filter; members are still sorted
 * by role on this side. The later pages are the platform's own `next` links, as given.
 */
export function learnersUrl(membershipsUrl: string): string {
  const url = new URL(membershipsUrl);
  url.searchParams.set('role', LEARNER_ROLE);
  return url.toString();
}

/** The `rel="next"` target of a Link header (RFC 8288), resolved against the page's URL. */
export function nextPageOf(link: string | null, base: string): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]!);
    const rel = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('next')) {
      try {
        return new URL(match[1]!, base).toString();
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** One member as NRPS 2.0 §2.2 lists it (only what matching and the report use). */
export interface Member {
  user_id: string;
  roles: string[];
  status: 'Active' | 'Inactive' | 'Deleted';
  name: string | null;
  email: string | null;
}

function memberOf(value: unknown): Member | null {
  const raw = value as Record<string, unknown> | null;
  if (!raw || typeof raw['user_id'] !== 'string' || !raw['user_id']) return null;
  const status = raw['status'];
  return {
    user_id: raw['user_id'].slice(0, 255),
    roles: Array.isArray(raw['roles']) ? raw['roles'].filter((r): r is string => typeof r === 'string') : [],
    // Absent means Active (§2.2).
    status: status === 'Inactive' || status === 'Deleted' ? status : 'Active',
    name: typeof raw['name'] === 'string' ? raw['name'].slice(0, 200) : null,
    email: typeof raw['email'] === 'string' ? raw['email'].trim().toLowerCase().slice(0, 320) : null,
  };
}

export interface RosterPayload {
  importId: string;
}

interface RosterPlan {
  membershipsUrl: string;
  registration: { id: string; client_id: string; access_token_url: string };
}

type RosterResult = { kind: 'read'; members: Member[]; pages: number } | { kind: 'failed'; error: string };

/** Queues the reading of an import just created (in its transaction). */
export async function queueRosterImport(tx: Queryable, orgId: string, importId: string): Promise<void> {
  await enqueueJob<RosterPayload>(tx, { orgId, queue: ROSTER_QUEUE, payload: { importId } });
}

/** Why an active learner was not matched, or the person they are. */
type Match = { personId: string } | { reason: string };

/** Matches members to people by the registration's linking rule. */
export async function matchMembers(
  tx: Queryable,
  orgId: string,
  registrationId: string,
  members: readonly Member[],
): Promise<Map<string, Match>> {
  const [registration] = await tx.query<{ email_link_domains: string[] }>(
    `select email_link_domains from lti_registrations where org_id = $1 and id = $2`,
    [orgId, registrationId],
  );
  const domains = new Set(registration?.email_link_domains ?? []);
  const links = await tx.query<{ sub: string; person_id: string }>(
    `select l.sub, l.person_id from lti_person_links l join people p on p.id = l.person_id and p.org_id = l.org_id
     where l.org_id = $1 and l.registration_id = $2 and l.sub = any($3::text[])`,
    [orgId, registrationId, members.map((member) => member.user_id)],
  );
  const linked = new Map(links.map((row) => [row.sub, row.person_id]));
  const emails = members
    .filter((member) => !linked.has(member.user_id) && member.email)
    .map((member) => member.email!);
  const people = emails.length
    ? await tx.query<{ id: string; email: string; linked_sub: string | null }>(
        `select p.id, lower(p.email) as email,
                (select l.sub from lti_person_links l
                 where l.org_id = p.org_id and l.registration_id = $3 and l.person_id = p.id limit 1) as linked_sub
         from people p where p.org_id = $1 and lower(p.email) = any($2::text[])`,
        [orgId, emails, registrationId],
      )
    : [];
  const byEmail = new Map(people.map((row) => [row.email, row]));
  const matches = new Map<string, Match>();
  for (const member of members) {
    const personId = linked.get(member.user_id);
    if (personId) {
      matches.set(member.user_id, { personId });
      continue;
    }
    const email = member.email ?? '';
    const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
    if (!email) matches.set(member.user_id, { reason: 'NO_LINK_NO_EMAIL' });
    else if (!domains.has(domain)) matches.set(member.user_id, { reason: 'EMAIL_DOMAIN_NOT_ALLOWED' });
    else {
      const person = byEmail.get(email);
      if (!person) matches.set(member.user_id, { reason: 'NO_PERSON_WITH_EMAIL' });
      // The person launched before as another user of this platform: the e-mail cannot be trusted to be theirs.
      else if (person.linked_sub !== null && person.linked_sub !== member.user_id)
        matches.set(member.user_id, { reason: 'PERSON_LINKED_TO_ANOTHER_USER' });
      else matches.set(member.user_id, { personId: person.id });
    }
  }
  return matches;
}

export interface RosterJobSettings {
  toolKey: ToolKey;
  /** Dev mode: the platform may be on http and a private address. */
  dev: boolean;
}

/**
 * The roster job: the import, its course's membership URL and the platform's token endpoint are
 * read and committed; the token and every page are fetched with no database handle; the members are
 * matched and invited, and the outcome written, in a transaction of its own.
 */
export function rosterJob(settings: RosterJobSettings): QueueJob {
  const retryLimit = 5;
  const screened = screenedFetch({ dev: settings.dev, maxBytes: 4 * 1024 * 1024 });
  return defineJob<RosterPayload, RosterPlan, RosterResult>({
    queue: ROSTER_QUEUE,
    retryLimit,
    retryDelaySeconds: 30,
    expireInSeconds: 300,
    parse(payload) {
      const id = (payload as { importId?: unknown } | null)?.importId;
      if (typeof id !== 'string') throw new Error('lti-roster payload without importId');
      return { importId: id };
    },
    async prepare(job, tx) {
      const [row] = await tx.query<{
        memberships_url: string | null;
        registration_id: string;
        client_id: string;
        access_token_url: string;
      }>(
        `select c.memberships_url, r.id as registration_id, r.client_id, r.access_token_url
         from lti_roster_imports i
         join lti_contexts c on c.org_id = i.org_id and c.id = i.context_id
         join lti_registrations r on r.id = c.registration_id
         where i.org_id = $1 and i.id = $2 and i.status = 'PENDING'`,
        [job.orgId, job.payload.importId],
      );
      if (!row) return null;
      if (!row.memberships_url) {
        // Repeatable: a second run finds the import FAILED and stops above.
        await finish(tx, job.orgId, job.payload.importId, {
          error: 'The platform no longer offers this course’s roster.',
        });
        return null;
      }
      return {
        membershipsUrl: row.memberships_url,
        registration: {
          id: row.registration_id,
          client_id: row.client_id,
          access_token_url: row.access_token_url,
        },
      };
    },
    async callOut(plan, job, { signal }): Promise<RosterResult> {
      try {
        return await readRoster(settings.toolKey, plan, signal, screened);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof Refused) return { kind: 'failed', error: message.slice(0, 1000) };
        if (job.retryCount < retryLimit) throw error;
        return {
          kind: 'failed',
          error: `gave up after ${retryLimit + 1} attempts: ${message}`.slice(0, 1000),
        };
      }
    },
    async record(job, plan, result, tx) {
      const [row] = await tx.query<{ program_id: string; requested_by: string | null }>(
        `select program_id, requested_by from lti_roster_imports
         where org_id = $1 and id = $2 and status = 'PENDING' for update`,
        [job.orgId, job.payload.importId],
      );
      if (!row) return;
      if (result.kind === 'failed') {
        await finish(tx, job.orgId, job.payload.importId, { error: result.error });
        return;
      }
      const learners = result.members.filter(
        (member) => member.status === 'Active' && member.roles.some((role) => LEARNER_ROLES.has(role)),
      );
      const matches = await matchMembers(tx, job.orgId, plan.registration.id, learners);
      const unknown: Array<{ userId: string; name: string | null; email: string | null; reason: string }> =
        [];
      const people = new Set<string>();
      for (const member of learners) {
        const match = matches.get(member.user_id)!;
        if ('personId' in match) people.add(match.personId);
        else
          unknown.push({
            userId: member.user_id,
            name: member.name,
            email: member.email,
            reason: match.reason,
          });
      }
      // The program may have closed or paused since the admin asked.
      const program = await lockProgram(tx, job.orgId, row.program_id);
      if (program?.status !== 'ACTIVE') {
        await finish(tx, job.orgId, job.payload.importId, {
          error: 'The program is no longer ACTIVE; nobody was invited.',
        });
        return;
      }
      const taking = await tx.query<{ person_id: string }>(
        `select person_id from enrolments where org_id = $1 and program_id = $2 and person_id = any($3::uuid[])
           and status in ('INVITED', 'ACCEPTED', 'WAITLISTED', 'ACTIVE')`,
        [job.orgId, row.program_id, [...people]],
      );
      const already = new Set(taking.map((r) => r.person_id));
      const fresh = [...people].filter((id) => !already.has(id));
      await actAs(tx, { personId: row.requested_by, serviceAccountId: null });
      const outcome = await invite(tx, job.orgId, row.program_id, fresh, program.capacity);
      if (fresh.length) {
        await recordAudit(tx, job.orgId, {
          action: 'PARTICIPANTS_INVITED',
          actorId: row.requested_by,
          programId: row.program_id,
          subjectType: 'Program',
          subjectId: row.program_id,
          after: {
            invited: outcome.invited,
            waitlisted: outcome.waitlisted,
            source: 'LTI_ROSTER',
            rosterImportId: job.payload.importId,
          },
        });
      }
      await finish(tx, job.orgId, job.payload.importId, {
        counts: {
          members: result.members.length,
          invited: outcome.invited.length + outcome.waitlisted.length,
          already: already.size,
          skipped: result.members.length - learners.length,
          pages: result.pages,
        },
        unknown,
      });
    },
  });
}

async function finish(
  tx: Queryable,
  orgId: string,
  importId: string,
  outcome:
    | { error: string }
    | {
        counts: { members: number; invited: number; already: number; skipped: number; pages: number };
        unknown: unknown[];
      },
): Promise<void> {
  if ('error' in outcome) {
    await tx.query(
      `update lti_roster_imports set status = 'FAILED', error = $3, finished_at = now()
       where org_id = $1 and id = $2 and status = 'PENDING'`,
      [orgId, importId, outcome.error],
    );
    return;
  }
  const { counts } = outcome;
  await tx.query(
    `update lti_roster_imports set status = 'DONE', finished_at = now(), member_count = $3, invited_count = $4,
       already_count = $5, skipped_count = $6, pages = $7, unknown_members = $8::jsonb
     where org_id = $1 and id = $2 and status = 'PENDING'`,
    [
      orgId,
      importId,
      counts.members,
      counts.invited,
      counts.already,
      counts.skipped,
      counts.pages,
      JSON.stringify(outcome.unknown),
    ],
  );
}

/**
 * Reads every page of the course's learners (NRPS 2.0 §2.1, §2.3, §2.4): GET filtered by the Learner
 * role, with the membership container's media type and the token for the read-only membership
 * scope, following `Link: <…>; rel="next"`.
 * A 4xx is the platform refusing for good (`Refused`); 5xx, 429 and network errors throw to retry.
 */
async function readRoster(
  toolKey: ToolKey,
  plan: RosterPlan,
  signal: AbortSignal,
  request: typeof fetch,
): Promise<RosterResult> {
  let token = await accessToken(toolKey, plan.registration, signal, MEMBERSHIP_SCOPE, request);
  const members: Member[] = [];
  const seen = new Set<string>();
  let url: string | null = learnersUrl(plan.membershipsUrl);
  let pages = 0;
  let renewed = false;
  while (url) {
    if (pages >= MAX_PAGES) throw new Refused(`membership: more than ${MAX_PAGES} pages`, 0, '');
    const response = await request(url, {
      headers: { authorization: `Bearer ${token}`, accept: MEMBERSHIP_MEDIA_TYPE },
      signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
    });
    const text = await response.text();
    if (response.status === 401 && !renewed) {
      // A cached token the platform forgot: one fresh token, then the same page again.
      forgetAccessToken(plan.registration.id, MEMBERSHIP_SCOPE);
      token = await accessToken(toolKey, plan.registration, signal, MEMBERSHIP_SCOPE, request);
      renewed = true;
      continue;
    }
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      throw new Refused(`membership ${response.status}: ${text.slice(0, 500)}`, response.status, text);
    }
    if (!response.ok)
      throw new Unavailable(`membership ${response.status}`, response.status, text.slice(0, 1000));
    let body: { members?: unknown };
    try {
      body = JSON.parse(text) as { members?: unknown };
    } catch {
      throw new Refused('membership: the answer is not JSON', response.status, text);
    }
    if (!Array.isArray(body.members))
      throw new Refused('membership: the answer has no members array', response.status, text);
    for (const raw of body.members) {
      const member = memberOf(raw);
      // A member repeated across pages (the roster changed while it was read) counts once.
      if (member && !seen.has(member.user_id)) {
        seen.add(member.user_id);
        members.push(member);
      }
    }
    pages++;
    url = nextPageOf(response.headers.get('link'), url);
  }
  return { kind: 'read', members, pages };
}
