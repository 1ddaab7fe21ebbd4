/**
 * Assignment and Grade Services 2.0: a person's goal changes queue a score for every graded link
 * they launched (ltiGradeLinks), posted from the durable queue with the platform's client-credentials
 * token (a JWT-bearer client assertion signed with the tool key). The score is computed when the job
 * runs, so jobs that pile up or retry post the current state, never an old one.
 *
 * A platform that answers 5xx, 429 or not at all is retried with the queue's backoff; when the last
 * retry fails too, the score is recorded as given up (`last_status` GAVE_UP with the last answer). A
 * 4xx is the platform refusing this score for good (unknown line item, user not in the course): it is
 * recorded on the link (`last_status` REFUSED with the answer) and not retried.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Queryable } from '../../db/types.js';
import { screenedFetch } from '../../http/destination.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import { LTI } from './claims.js';
import { TOOL_KEY_ALGORITHM, type ToolKey } from './keys.js';
import type { VerifiedLaunch } from './launch.js';
import { widgetChoiceOf } from './widgets.js';

export const SCORE_QUEUE = 'lti-score';
export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

/** Remembers where a graded link's scores go (owner access, at launch). */
export async function rememberGradeLink(db: Queryable, launch: VerifiedLaunch): Promise<boolean> {
  const endpoint = launch.claims[LTI.agsEndpoint] as { lineitem?: unknown; scope?: unknown } | undefined;
  const link = launch.claims[LTI.resourceLink] as { id: string };
  if (
    typeof endpoint?.lineitem !== 'string' ||
    !Array.isArray(endpoint.scope) ||
    !endpoint.scope.includes(SCORE_SCOPE)
  ) {
    return false;
  }
  const choice = widgetChoiceOf(launch.claims[LTI.custom], launch.claims[LTI.targetLinkUri]);
  await db.query(
    `insert into lti_grade_links (registration_id, org_id, person_id, sub, resource_link_id, lineitem_url, capability_code)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (registration_id, resource_link_id, person_id)
     do update set lineitem_url = excluded.lineitem_url, sub = excluded.sub, capability_code = excluded.capability_code`,
    [
      launch.registration.id,
      launch.registration.orgId,
      launch.personId,
      launch.claims.sub,
      link.id,
      endpoint.lineitem,
      choice.settings['capability'] ?? null,
    ],
  );
  return true;
}

export interface ScorePayload {
  gradeLinkId: string;
}

/** Queues a score for each graded link a goal change of `personId` concerns (in the change's transaction). */
export async function queueScores(
  tx: Queryable,
  orgId: string,
  personId: string,
  capabilityCode: string,
): Promise<void> {
  const links = await tx.query<{ id: string }>(
    `select id from lti_grade_links where org_id = $1 and person_id = $2
       and (capability_code is null or capability_code = $3)`,
    [orgId, personId, capabilityCode],
  );
  for (const link of links) {
    await enqueueJob<ScorePayload>(tx, { orgId, queue: SCORE_QUEUE, payload: { gradeLinkId: link.id } });
  }
}

export interface Score {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: 'Initialized' | 'Started' | 'InProgress' | 'Submitted' | 'Completed';
  gradingProgress: 'FullyGraded' | 'Pending' | 'PendingManual' | 'Failed' | 'NotReady';
  timestamp: string;
  comment?: string;
}

/** The score of a person's goals on a link: the share completed, out of 100. */
export async function scoreOf(
  tx: Queryable,
  link: { org_id: string; person_id: string; sub: string; capability_code: string | null },
  now: Date,
): Promise<Score> {
  const [counts] = await tx.query<{ total: number; completed: number }>(
    `select count(*)::int as total, count(*) filter (where status = 'COMPLETED')::int as completed
     from goals where org_id = $1 and owner_id = $2 and archived_at is null and status <> 'ABANDONED'
       and ($3::text is null or capability_code = $3)`,
    [link.org_id, link.person_id, link.capability_code],
  );
  const { total, completed } = counts ?? { total: 0, completed: 0 };
  const done = total > 0 && completed === total;
  return {
    userId: link.sub,
    scoreGiven: total === 0 ? 0 : Math.round((completed / total) * 10_000) / 100,
    scoreMaximum: 100,
    activityProgress: total === 0 ? 'Initialized' : done ? 'Completed' : 'InProgress',
    gradingProgress: done ? 'FullyGraded' : 'Pending',
    timestamp: now.toISOString(),
    comment: `${completed} of ${total} goals completed`,
  };
}

/** The line item's scores URL: `/scores` after its path, before its query (AGS 2.0 §3.4). */
export function scoresUrl(lineitem: string): string {
  const url = new URL(lineitem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.toString();
}

/** A delivery the platform refused for good (4xx): recorded, not retried. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly excerpt: string,
  ) {
    super(message);
  }
}

/** A failure worth retrying (5xx, 429, a 401 with a stale token), with the platform's answer. */
export class Unavailable extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly excerpt: string,
  ) {
    super(message);
  }
}

/** Tokens per registration and scope: a token for scores carries no membership scope, and the reverse. */
const cachedTokens = new Map<string, { token: string; until: number }>();

/** Forgets a token the platform no longer takes (it answered 401). */
export function forgetAccessToken(registrationId: string, scope: string): void {
  cachedTokens.delete(`${registrationId} ${scope}`);
}

/**
 * A client-credentials access token of the platform for `scope` (LTI Security Framework 1.0 §4.1):
 * a JWT-bearer client assertion signed with the tool key, cached until a minute before it expires.
 * `request` is the fetch to use: the jobs pass the screened one.
 */
export async function accessToken(
  key: ToolKey,
  registration: { id: string; client_id: string; access_token_url: string },
  signal: AbortSignal,
  scope: string,
  request: typeof fetch,
): Promise<string> {
  const cacheKey = `${registration.id} ${scope}`;
  const cached = cachedTokens.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.token;
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: TOOL_KEY_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(registration.client_id)
    .setSubject(registration.client_id)
    .setAudience(registration.access_token_url)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .setJti(randomUUID())
    .sign(key.privateKey);
  const response = await request(registration.access_token_url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }).toString(),
    signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
  });
  const text = await response.text();
  if (response.status >= 400 && response.status < 500 && response.status !== 429) {
    throw new Refused(`token endpoint ${response.status}: ${text.slice(0, 500)}`, response.status, text);
  }
  if (!response.ok)
    throw new Unavailable(`token endpoint ${response.status}`, response.status, text.slice(0, 1000));
  const body = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== 'string') throw new Error('token endpoint answered no access_token');
  const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300;
  // Renewed a minute early, so a token never expires between the cache and the platform.
  cachedTokens.set(cacheKey, { token: body.access_token, until: Date.now() + (lifetime - 60) * 1000 });
  return body.access_token;
}

/** A grade link with its platform's client and token endpoint, as the score job reads it. */
export interface GradeLinkRow {
  id: string;
  org_id: string;
  person_id: string;
  sub: string;
  lineitem_url: string;
  capability_code: string | null;
  registration_id: string;
  client_id: string;
  access_token_url: string;
}

/** What a score's post needs, read before it. */
interface ScorePlan {
  link: GradeLinkRow;
  score: Score;
}

/** How the platform took the score (a retryable failure throws instead). */
interface ScoreOutcome {
  status: 'SENT' | 'REFUSED' | 'GAVE_UP';
  detail: string | null;
  /** The platform's answer to a refused or given-up score, shown to admins. */
  answer: { status: number; excerpt: string | null } | null;
}

export interface ScoreJobSettings {
  toolKey: ToolKey;
  /** Dev mode: the platform may be on http and a private address. */
  dev: boolean;
}

/**
 * The score job: the link and the score are read and committed, the score is posted with no
 * database handle, and the platform's answer is written in a transaction of its own. The tool key is read once, as the owner, before the queue starts (`signingKey`):
 * jobs run as the application role, which never reads private keys. The token request and the
 * score go through the screened fetch: the platform's address is checked at each call (https, public
 * addresses only, outside dev mode), as for every other call out.
 */
export function scoreJob(settings: ScoreJobSettings): QueueJob {
  const { toolKey } = settings;
  const retryLimit = 8;
  const screened = screenedFetch({ dev: settings.dev });
  return defineJob<ScorePayload, ScorePlan, ScoreOutcome>({
    queue: SCORE_QUEUE,
    retryLimit,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    parse(payload) {
      const id = (payload as { gradeLinkId?: unknown } | null)?.gradeLinkId;
      if (typeof id !== 'string') throw new Error('lti-score payload without gradeLinkId');
      return { gradeLinkId: id };
    },
    async prepare(job, tx) {
      const [link] = await tx.query<GradeLinkRow>(
        `select l.id, l.org_id, l.person_id, l.sub, l.lineitem_url, l.capability_code, l.registration_id,
                r.client_id, r.access_token_url
         from lti_grade_links l join lti_registrations r on r.id = l.registration_id
         where l.id = $1`,
        [job.payload.gradeLinkId],
      );
      // Removed with its registration or its person since: nothing to send.
      if (!link) return null;
      return { link, score: await scoreOf(tx, link, new Date()) };
    },

    async callOut({ link, score }, job, { signal }): Promise<ScoreOutcome> {
      try {
        const token = await accessToken(
          toolKey,
          { id: link.registration_id, client_id: link.client_id, access_token_url: link.access_token_url },
          signal,
          SCORE_SCOPE,
          screened,
        );
        const response = await screened(scoresUrl(link.lineitem_url), {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/vnd.ims.lis.v1.score+json',
          },
          body: JSON.stringify(score),
          signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
        });
        const text = await response.text();
        if (response.status === 401) forgetAccessToken(link.registration_id, SCORE_SCOPE);
        if (
          response.status >= 400 &&
          response.status < 500 &&
          response.status !== 429 &&
          response.status !== 401
        ) {
          throw new Refused(`scores ${response.status}: ${text.slice(0, 500)}`, response.status, text);
        }
        if (!response.ok)
          throw new Unavailable(`scores ${response.status}`, response.status, text.slice(0, 1000));
        return { status: 'SENT', detail: null, answer: null };
      } catch (error) {
        if (!(error instanceof Refused)) {
          // Retried by the queue, unless this was the last attempt: then it is kept, with the last
          // answer, where admins read the refusals, instead of vanishing with the job.
          if (job.retryCount < retryLimit) throw error;
          const message = error instanceof Error ? error.message : String(error);
          return {
            status: 'GAVE_UP',
            detail: `gave up after ${retryLimit + 1} attempts: ${message}`.slice(0, 1000),
            answer:
              error instanceof Unavailable
                ? { status: error.status, excerpt: error.excerpt.slice(0, 1000) || null }
                : null,
          };
        }
        return {
          status: 'REFUSED',
          detail: error.message,
          answer: { status: error.status, excerpt: error.excerpt.slice(0, 1000) || null },
        };
      }
    },

    async record(_job, { link }, outcome, tx) {
      await tx.query(
        `update lti_grade_links set last_status = $2, last_detail = $3, last_attempt_at = now(),
           last_response_status = $4, last_response_excerpt = $5
         where id = $1`,
        [
          link.id,
          outcome.status,
          outcome.detail,
          outcome.answer?.status ?? null,
          outcome.answer?.excerpt ?? null,
        ],
      );
    },
  });
}
