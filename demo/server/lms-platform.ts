/**
 * Northwind Academy, the LMS of the demo's course page, as a real LTI 1.3 platform: the same
 * platform the gateway's tests play (its own RSA keys and JWKS, OIDC authorisation endpoint, token
 * endpoint for the client-credentials grant with a JWT-bearer assertion, line items and scores, a
 * deep-linking return URL checked against Coachwork's JWKS), started inside the demo's server and
 * registered with the gateway for the seeded organisation at start-up through the admin mutations.
 *
 * The course page talks to it under `/lms-platform/` on the demo's own origin: the course (its links
 * and gradebook) as JSON, and `launch`, which starts a launch as a platform does: a redirect to the
 * tool's third-party login initiation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { LTI } from '../../gateway/src/modules/lti/claims.js';
import {
  startPlatform,
  type LaunchSpec,
  type PlatformUser,
  type SimulatedPlatform,
} from '../../gateway/src/modules/lti/testing/platform.js';
import {
  ltiRegistrationInput,
  REGISTER_LTI_PLATFORM,
  type RegisterLtiPlatformResult,
} from '../../gateway/src/testing/lti-registration.js';

const BASE = '/lms-platform';
const CLIENT_ID = 'coachwork-northwind-academy';
const DEPLOYMENT_ID = 'academy-deployment-1';
/** The seeded organisation's admin, whose dev token registers the platform. */
const ORG_ADMIN = 'tom.becker@northwind.example';
const REGISTER_RETRY_MS = 2000;
const REGISTER_TIMEOUT_MS = Number(process.env.START_TIMEOUT_MS ?? 180_000);

const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';

/** The Academy's own accounts: its ids (`sub`) are not Coachwork's; the signed e-mail links them once. */
const USERS = {
  learner: {
    sub: 'academy-user-1042',
    email: 'lucia.fernandez@northwind.example',
    name: 'Lucía Fernández',
    locale: 'en',
  },
  instructor: {
    sub: 'academy-user-7',
    email: 'priya.raman@northwind.example',
    name: 'Priya Raman',
    locale: 'en',
  },
} as const satisfies Record<string, PlatformUser>;

interface CourseLink {
  id: string;
  title: string;
  custom: Record<string, string>;
  /** The gradebook column the link's scores go to, when the tool asked for one. */
  lineItem: string | null;
  placedBy: 'course' | 'deep-linking';
}

export interface CourseState {
  platform: { issuer: string; clientId: string; deploymentId: string; jwksUrl: string };
  registration: { status: 'pending' | 'registered' | 'failed'; message: string | null };
  learner: { name: string; email: string };
  instructor: { name: string; email: string };
  links: Array<{ id: string; title: string; widget: string; graded: boolean; placedBy: string }>;
  gradebook: Array<{
    linkId: string;
    title: string;
    learner: string;
    scoreGiven: number | null;
    scoreMaximum: number | null;
    activityProgress: string;
    gradingProgress: string;
    comment: string | null;
    timestamp: string;
  }>;
}

interface Academy {
  platform: SimulatedPlatform;
  links: CourseLink[];
  /** How many deep-linking items were turned into links so far. */
  adopted: number;
  registration: CourseState['registration'];
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A GraphQL request as the organisation's admin (a dev token, as the demo's pages get theirs). */
async function asOrgAdmin<T>(gateway: string, query: string, variables: Record<string, unknown> = {}) {
  const { token } = await json<{ token: string }>(
    await fetch(`${gateway}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ORG_ADMIN }),
    }),
    'POST /dev/token',
  );
  const body = await json<{ data?: T; errors?: Array<{ message: string }> }>(
    await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }),
    'POST /graphql',
  );
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? 'no data');
  return body.data;
}

/**
 * Registers this run's platform. The keys (and the port, so the issuer) are new at each start: a
 * registration left by an earlier run under the same client ID is removed first.
 */
async function register(gateway: string, platform: SimulatedPlatform): Promise<void> {
  const { ltiRegistrations } = await asOrgAdmin<{
    ltiRegistrations: Array<{ id: string; clientId: string }>;
  }>(gateway, 'query { ltiRegistrations { id clientId } }');
  for (const stale of ltiRegistrations.filter((r) => r.clientId === CLIENT_ID)) {
    await asOrgAdmin(gateway, 'mutation ($id: ID!) { removeLtiRegistration(id: $id) { removedId } }', {
      id: stale.id,
    });
  }
  const { registerLtiPlatform } = await asOrgAdmin<RegisterLtiPlatformResult>(
    gateway,
    REGISTER_LTI_PLATFORM,
    {
      input: ltiRegistrationInput(platform, ['northwind.example']),
    },
  );
  const [error] = registerLtiPlatform.userErrors;
  if (error) throw new Error(error.message);
}

/** Keeps trying while the gateway starts (it migrates and seeds on a first start). */
async function registerWhenReady(gateway: string, academy: Academy): Promise<void> {
  const deadline = Date.now() + REGISTER_TIMEOUT_MS;
  for (;;) {
    try {
      await register(gateway, academy.platform);
      academy.registration = { status: 'registered', message: null };
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (Date.now() > deadline) {
        academy.registration = { status: 'failed', message };
        console.warn(`[lms-platform] could not register with the gateway at ${gateway}: ${message}`);
        return;
      }
      academy.registration = { status: 'pending', message };
      await new Promise((resolve) => setTimeout(resolve, REGISTER_RETRY_MS));
    }
  }
}

/** Links the tool placed by Deep Linking since the last look become links of the course. */
function adoptPlacedItems(academy: Academy): void {
  const { placed } = academy.platform;
  for (const item of placed.slice(academy.adopted)) {
    const custom = Object.fromEntries(
      Object.entries((item['custom'] as Record<string, unknown> | undefined) ?? {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    const id = `placed-${academy.links.length + 1}`;
    academy.links.push({
      id,
      title: typeof item['title'] === 'string' ? item['title'] : 'Coachwork',
      custom,
      lineItem: item['lineItem'] ? `${id}-grade` : null,
      placedBy: 'deep-linking',
    });
  }
  academy.adopted = placed.length;
}

function courseState(academy: Academy): CourseState {
  adoptPlacedItems(academy);
  const { platform } = academy;
  const gradebook: CourseState['gradebook'] = [];
  for (const link of academy.links) {
    if (!link.lineItem) continue;
    for (const [sub, scores] of platform.gradebook.get(link.lineItem) ?? []) {
      const latest = scores.at(-1);
      if (!latest) continue;
      gradebook.push({
        linkId: link.id,
        title: link.title,
        learner: Object.values(USERS).find((user) => user.sub === sub)?.name ?? sub,
        scoreGiven: typeof latest['scoreGiven'] === 'number' ? latest['scoreGiven'] : null,
        scoreMaximum: typeof latest['scoreMaximum'] === 'number' ? latest['scoreMaximum'] : null,
        activityProgress: String(latest['activityProgress']),
        gradingProgress: String(latest['gradingProgress']),
        comment: typeof latest['comment'] === 'string' ? latest['comment'] : null,
        timestamp: String(latest['timestamp']),
      });
    }
  }
  return {
    platform: {
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentId: platform.deploymentId,
      jwksUrl: platform.jwksUrl,
    },
    registration: academy.registration,
    learner: { name: USERS.learner.name, email: USERS.learner.email },
    instructor: { name: USERS.instructor.name, email: USERS.instructor.email },
    links: academy.links.map((link) => ({
      id: link.id,
      title: link.title,
      widget: link.custom['widget'] ?? 'goal-tracker',
      graded: link.lineItem !== null,
      placedBy: link.placedBy,
    })),
    gradebook,
  };
}

/** What the platform signs for a launch: a learner opening a link, or the instructor adding one. */
function launchSpec(academy: Academy, query: URLSearchParams): LaunchSpec | null {
  if (query.get('deep-linking') === '1') {
    return {
      user: USERS.instructor,
      messageType: 'LtiDeepLinkingRequest',
      roles: [INSTRUCTOR],
    };
  }
  adoptPlacedItems(academy);
  const link = academy.links.find((candidate) => candidate.id === query.get('link'));
  if (!link) return null;
  return {
    user: USERS.learner,
    roles: [LEARNER],
    custom: link.custom,
    ...(link.lineItem ? { lineItem: link.lineItem } : {}),
    override: { [LTI.resourceLink]: { id: link.id, title: link.title } },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function middleware(academy: Academy, gateway: string): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    if (!url.pathname.startsWith(`${BASE}/`)) return next();
    if (url.pathname === `${BASE}/course` && req.method === 'GET') {
      return sendJson(res, 200, courseState(academy));
    }
    if (url.pathname === `${BASE}/launch` && req.method === 'GET') {
      const spec = launchSpec(academy, url.searchParams);
      if (!spec) return sendJson(res, 404, { error: 'No such activity in this course.' });
      // Third-party login initiation: the tool answers with a redirect to this platform's
      // authorisation endpoint, which POSTs the signed id_token back to the tool's /lti/launch.
      res.statusCode = 302;
      res.setHeader('location', academy.platform.loginUrl(gateway, spec));
      res.setHeader('cache-control', 'no-store');
      res.end();
      return;
    }
    sendJson(res, 404, { error: 'Not found.' });
  };
}

/** The Academy in the demo's dev and preview servers alike (`pnpm dev`, `pnpm start`, the e2e tests). */
export function lmsPlatform(): Plugin {
  let academy: Promise<Academy> | undefined;
  let gateway = 'http://localhost:4000';
  const start = (): Promise<Academy> =>
    (academy ??= startPlatform({
      name: 'northwind-academy',
      clientId: CLIENT_ID,
      deploymentId: DEPLOYMENT_ID,
    }).then((platform) => {
      platform.toolUrl = gateway;
      const state: Academy = {
        platform,
        adopted: 0,
        registration: { status: 'pending', message: null },
        links: [
          {
            id: 'your-coaching',
            title: 'Your coaching',
            custom: { widget: 'viewer-badge' },
            lineItem: null,
            placedBy: 'course',
          },
        ],
      };
      void registerWhenReady(gateway, state);
      return state;
    }));
  const install = (server: { middlewares: Connect.Server; httpServer: unknown }) => {
    const ready = start();
    server.middlewares.use((req, res, next) => {
      ready.then((state) => middleware(state, gateway)(req, res, next), next);
    });
    const http = server.httpServer as { once?(event: 'close', listener: () => void): void } | null;
    http?.once?.('close', () => void ready.then((state) => state.platform.close()));
  };
  return {
    name: 'coachwork-lms-platform',
    configResolved(config) {
      const configured = config.env['VITE_GATEWAY_URL'] ?? process.env.VITE_GATEWAY_URL;
      if (typeof configured === 'string' && configured.trim())
        gateway = configured.trim().replace(/\/+$/, '');
    },
    configureServer: install,
    configurePreviewServer: install,
  };
}
