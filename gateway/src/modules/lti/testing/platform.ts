/**
 * A learning platform in process, as the tests (and a hand-run end to end) meet it: its own RSA
 * (or EC P-256) keys and JWKS, an OIDC authorisation endpoint that answers a login with a form carrying a signed
 * id_token, as Moodle or Canvas do, a token endpoint, an AGS scores endpoint and an NRPS 2.0
 * membership endpoint (paged with `Link: rel="next"`). The claims of the next launch are set by the
 * test; `sign` lets a test forge what a broken or hostile platform would send.
 */
import http from 'node:http';
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
} from 'jose';
import { listenOnLoopback } from '../../../testing/loopback.js';
import { LTI, LTI_VERSION } from '../claims.js';

const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const NRPS_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';

export interface PlatformUser {
  sub: string;
  email?: string;
  name?: string;
  locale?: string;
}

export interface LaunchSpec {
  user: PlatformUser;
  messageType?: string;
  deploymentId?: string;
  custom?: Record<string, string>;
  /** Claims to add or override (undefined removes one). */
  override?: Record<string, unknown>;
  /** The line item (its id under /lineitems/) a graded link posts scores to. */
  lineItem?: string;
  /** LIS roles (a learner's by default). */
  roles?: string[];
  /** Where the resource link points (the tool's launch URL by default). */
  targetLinkUri?: string;
  /** Seconds the token lives (negative: already expired). */
  lifetimeSeconds?: number;
  /** Sign with another key than the one the JWKS publishes. */
  foreignKey?: boolean;
}

export interface SimulatedPlatform {
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  jwksUrl: string;
  /** The JWK Set the JWKS URL serves, as JSON: what an admin pastes to register the keys inline. */
  jwksJson: string;
  authLoginUrl: string;
  accessTokenUrl: string;
  /** The tool, once known: deep-linking responses are checked against its JWKS. */
  toolUrl: string | null;
  /** Content items the tool placed in the course through Deep Linking, verified. */
  placed: Array<Record<string, unknown>>;
  /** The `data` each deep-linking response echoed. */
  echoedData: unknown[];
  /** The gradebook: line item → platform user → the scores posted, in order. */
  gradebook: Map<string, Map<string, Array<Record<string, unknown>>>>;
  /** Access tokens the token endpoint issued. */
  issuedTokens: number;
  /** Requests its JWKS URL answered. */
  jwksRequests: number;
  /** Answers the next `n` score posts with this status instead (a platform down, or refusing). */
  failNextScores(status: number, n: number): void;
  /** The course's members as NRPS 2.0 lists them (the membership endpoint's source). */
  members: Array<Record<string, unknown>>;
  /** Members per membership page. */
  membershipPageSize: number;
  /** Whether the membership endpoint applies the `role` filter (NRPS 2.0 §2.3); some platforms ignore it. */
  honoursRoleFilter: boolean;
  /** Answers the next `n` membership reads with this status instead. */
  failNextMemberships(status: number, n: number): void;
  /** Every membership request and what it was answered, in order. */
  membershipLog: Array<{
    request: { method: string; url: string; headers: Record<string, string | undefined> };
    response: { status: number; headers: Record<string, string>; body: unknown };
  }>;
  /** The scope each issued access token was granted. */
  tokenScopes: Map<string, string>;
  /** What the next authorisation request signs. */
  nextLaunch: LaunchSpec;
  /** Starts a launch of `spec` into the tool at `toolUrl`: the login initiation URL the browser opens. */
  loginUrl(toolUrl: string, spec: LaunchSpec): string;
  /** Signs claims with the platform's key (or a stranger's). */
  sign(claims: JWTPayload, options?: { foreignKey?: boolean }): Promise<string>;
  /** Follows a tool's redirect to the authorisation endpoint: the form the browser would POST back. */
  authorise(location: string): Promise<{ action: string; idToken: string; state: string }>;
  close(): Promise<void>;
}

function hiddenInput(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`no ${name} in the platform's answer`);
  return match[1]!;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function startPlatform(
  options: {
    name?: string;
    clientId?: string;
    deploymentId?: string;
    /** false: no JWKS at `jwksUrl` (404), as a platform whose keys are registered inline. */
    publishJwks?: boolean;
    /** How its id_tokens are signed: RSA (RS256, the default) or EC P-256 (ES256). */
    alg?: 'RS256' | 'ES256';
  } = {},
): Promise<SimulatedPlatform> {
  const alg = options.alg ?? 'RS256';
  const keys = await generateKeyPair(alg, { extractable: true });
  const stranger = await generateKeyPair(alg, { extractable: true });
  const kid = `${options.name ?? 'platform'}-key-1`;
  const publicJwk: JWK = { ...(await exportJWK(keys.publicKey)), kid, alg, use: 'sig' };
  const server = http.createServer();
  let failures = { status: 0, left: 0 };
  let membershipFailures = { status: 0, left: 0 };
  const tokens = new Set<string>();
  const url = (await listenOnLoopback(server)).origin;

  const platform: SimulatedPlatform = {
    url,
    issuer: `${url}/${options.name ?? 'platform'}`,
    clientId: options.clientId ?? `coachwork-${options.name ?? 'platform'}`,
    deploymentId: options.deploymentId ?? 'deployment-1',
    jwksUrl: `${url}/jwks`,
    jwksJson: JSON.stringify({ keys: [publicJwk] }),
    authLoginUrl: `${url}/auth`,
    accessTokenUrl: `${url}/token`,
    nextLaunch: { user: { sub: 'user-1' } },
    toolUrl: null,
    gradebook: new Map(),
    issuedTokens: 0,
    jwksRequests: 0,
    failNextScores(status, n) {
      failures = { status, left: n };
    },
    members: [],
    membershipPageSize: 2,
    honoursRoleFilter: true,
    failNextMemberships(status, n) {
      membershipFailures = { status, left: n };
    },
    membershipLog: [],
    tokenScopes: new Map(),
    placed: [],
    echoedData: [],
    loginUrl(toolUrl, spec) {
      const target = spec.targetLinkUri ?? `${toolUrl}/lti/launch`;
      platform.nextLaunch = { ...spec, targetLinkUri: target };
      const login = new URL(`${toolUrl}/lti/login`);
      login.searchParams.set('iss', platform.issuer);
      login.searchParams.set('login_hint', spec.user.sub);
      login.searchParams.set('target_link_uri', target);
      login.searchParams.set('client_id', platform.clientId);
      login.searchParams.set('lti_deployment_id', spec.deploymentId ?? platform.deploymentId);
      return login.toString();
    },
    async sign(claims, signOptions = {}) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg, kid, typ: 'JWT' })
        .sign(signOptions.foreignKey ? stranger.privateKey : keys.privateKey);
    },
    async authorise(location) {
      const response = await fetch(location, { redirect: 'manual' });
      const html = await response.text();
      if (response.status !== 200) throw new Error(`platform refused the login: ${html}`);
      const action = /action="([^"]*)"/.exec(html)?.[1];
      if (!action) throw new Error('no form in the platform answer');
      return { action, idToken: hiddenInput(html, 'id_token'), state: hiddenInput(html, 'state') };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function idTokenFor(params: URLSearchParams): Promise<string> {
    const spec = platform.nextLaunch;
    const now = Math.floor(Date.now() / 1000);
    const messageType = spec.messageType ?? 'LtiResourceLinkRequest';
    const claims: Record<string, unknown> = {
      iss: platform.issuer,
      aud: platform.clientId,
      sub: spec.user.sub,
      iat: now,
      exp: now + (spec.lifetimeSeconds ?? 300),
      nonce: params.get('nonce'),
      ...(spec.user.email ? { email: spec.user.email } : {}),
      ...(spec.user.name ? { name: spec.user.name } : {}),
      [LTI.version]: LTI_VERSION,
      [LTI.messageType]: messageType,
      [LTI.deploymentId]: spec.deploymentId ?? platform.deploymentId,
      [LTI.roles]: spec.roles ?? ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
      [LTI.context]: { id: 'course-1', label: 'LEAD-101', title: 'Leadership Essentials' },
      [LTI.launchPresentation]: { document_target: 'iframe', locale: spec.user.locale ?? 'en' },
      [LTI.namesRoleService]: {
        context_memberships_url: `${url}/courses/course-1/memberships`,
        service_versions: ['2.0'],
      },
      ...(messageType === 'LtiResourceLinkRequest'
        ? {
            [LTI.targetLinkUri]: spec.targetLinkUri,
            [LTI.resourceLink]: { id: 'link-1', title: 'Your coaching' },
          }
        : {
            [LTI.deepLinkingSettings]: {
              deep_link_return_url: `${url}/deep-link-return`,
              accept_types: ['ltiResourceLink'],
              accept_presentation_document_targets: ['iframe', 'window'],
              accept_multiple: false,
              accept_lineitem: true,
              data: 'course-1-placement',
            },
          }),
      ...(spec.custom ? { [LTI.custom]: spec.custom } : {}),
      ...(spec.lineItem && messageType === 'LtiResourceLinkRequest'
        ? {
            [LTI.agsEndpoint]: {
              scope: [
                'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
                'https://purl.imsglobal.org/spec/lti-ags/scope/score',
              ],
              lineitems: `${url}/lineitems`,
              lineitem: `${url}/lineitems/${spec.lineItem}`,
            },
          }
        : {}),
      ...spec.override,
    };
    for (const [key, value] of Object.entries(claims)) if (value === undefined) delete claims[key];
    return platform.sign(claims, { foreignKey: spec.foreignKey ?? false });
  }

  async function receiveDeepLink(req: http.IncomingMessage): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const jwt = new URLSearchParams(Buffer.concat(chunks).toString()).get('JWT');
    if (!jwt || !platform.toolUrl) throw new Error('no JWT, or no tool to check it against');
    const { payload } = await jwtVerify(jwt, toolKeys(), {
      issuer: platform.clientId,
      audience: platform.issuer,
      algorithms: ['RS256'],
      requiredClaims: ['iat', 'exp', 'nonce'],
    });
    if (payload[LTI.messageType] !== 'LtiDeepLinkingResponse' || payload[LTI.version] !== LTI_VERSION) {
      throw new Error('not a deep-linking response');
    }
    if (payload[LTI.deploymentId] !== platform.deploymentId) throw new Error('wrong deployment');
    const items = payload[LTI.deepLinkingContentItems];
    if (!Array.isArray(items)) throw new Error('no content items');
    platform.placed.push(...(items as Array<Record<string, unknown>>));
    platform.echoedData.push(payload[LTI.deepLinkingData]);
  }

  let toolKeySet: ReturnType<typeof createRemoteJWKSet> | null = null;
  /** The tool's JWKS, fetched once and cached as a platform does (refetched for an unknown kid). */
  function toolKeys(): ReturnType<typeof createRemoteJWKSet> {
    toolKeySet ??= createRemoteJWKSet(new URL(`${platform.toolUrl}/lti/jwks`));
    return toolKeySet;
  }

  async function readText(req: http.IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  }

  /** The OAuth 2 token endpoint: client credentials with a JWT-bearer assertion by the tool's key. */
  async function issueToken(req: http.IncomingMessage): Promise<{ status: number; body: unknown }> {
    const form = new URLSearchParams(await readText(req));
    if (
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
      !['https://purl.imsglobal.org/spec/lti-ags/scope/score', NRPS_SCOPE].some((scope) =>
        form.get('scope')?.split(' ').includes(scope),
      ) ||
      !platform.toolUrl
    ) {
      return { status: 400, body: { error: 'invalid_request' } };
    }
    try {
      await jwtVerify(form.get('client_assertion') ?? '', toolKeys(), {
        issuer: platform.clientId,
        subject: platform.clientId,
        audience: platform.accessTokenUrl,
        algorithms: ['RS256'],
        requiredClaims: ['iat', 'exp', 'jti'],
      });
    } catch {
      return { status: 401, body: { error: 'invalid_client' } };
    }
    const token = `token-${tokens.size + 1}-${Math.random().toString(36).slice(2)}`;
    tokens.add(token);
    platform.tokenScopes.set(token, form.get('scope') ?? '');
    platform.issuedTokens++;
    return {
      status: 200,
      body: { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') },
    };
  }

  /** AGS: POST /lineitems/<id>/scores with the platform's bearer token and the score media type. */
  async function receiveScore(req: http.IncomingMessage, lineItem: string): Promise<number> {
    const body = await readText(req);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer)) return 401;
    if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return 415;
    if (failures.left > 0) {
      failures.left--;
      return failures.status;
    }
    const score = JSON.parse(body) as Record<string, unknown>;
    for (const field of ['userId', 'activityProgress', 'gradingProgress', 'timestamp']) {
      if (typeof score[field] !== 'string') return 400;
    }
    if (typeof score['scoreGiven'] === 'number' && typeof score['scoreMaximum'] !== 'number') return 400;
    const items = platform.gradebook.get(lineItem) ?? new Map<string, Array<Record<string, unknown>>>();
    items.set(score['userId'] as string, [...(items.get(score['userId'] as string) ?? []), score]);
    platform.gradebook.set(lineItem, items);
    return 204;
  }

  /** NRPS 2.0 §2: GET the membership container, with the membership scope and its media type, paged. */
  function answerMembership(
    req: http.IncomingMessage,
    requestUrl: URL,
  ): {
    status: number;
    headers: Record<string, string>;
    body: unknown;
  } {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer)) return { status: 401, headers: {}, body: { error: 'invalid_token' } };
    if (!platform.tokenScopes.get(bearer)?.split(' ').includes(NRPS_SCOPE))
      return { status: 403, headers: {}, body: { error: 'insufficient_scope' } };
    if (!(req.headers.accept ?? '').includes(NRPS_MEDIA_TYPE))
      return { status: 406, headers: {}, body: { error: 'not_acceptable' } };
    if (membershipFailures.left > 0) {
      membershipFailures.left--;
      return { status: membershipFailures.status, headers: {}, body: { error: 'unavailable' } };
    }
    const page = Number(requestUrl.searchParams.get('page') ?? '1');
    const size = platform.membershipPageSize;
    // NRPS 2.0 §2.3: `role` keeps the members holding that role (a full URI, or its short name).
    const role = platform.honoursRoleFilter ? requestUrl.searchParams.get('role') : null;
    const listed = role
      ? platform.members.filter((member) =>
          (member['roles'] as string[] | undefined)?.some(
            (held) => held === role || role.endsWith(`#${held}`),
          ),
        )
      : platform.members;
    const members = listed.slice((page - 1) * size, page * size);
    const headers: Record<string, string> = { 'content-type': NRPS_MEDIA_TYPE };
    if (page * size < listed.length) {
      const next = new URL(requestUrl);
      next.searchParams.set('page', String(page + 1));
      headers['link'] = `<${next.toString()}>; rel="next"`;
    }
    return {
      status: 200,
      headers,
      body: {
        id: requestUrl.toString(),
        context: { id: 'course-1', label: 'LEAD-101', title: 'Leadership Essentials' },
        members,
      },
    };
  }

  server.on('request', (req, res) => {
    const requestUrl = new URL(req.url ?? '/', url);
    if (requestUrl.pathname === '/courses/course-1/memberships' && req.method === 'GET') {
      const answer = answerMembership(req, requestUrl);
      platform.membershipLog.push({
        request: {
          method: 'GET',
          url: requestUrl.toString(),
          headers: {
            accept: req.headers.accept,
            authorization: req.headers.authorization?.replace(/^(Bearer token-\d+-).*/, '$1…'),
          },
        },
        response: answer,
      });
      res.statusCode = answer.status;
      res.setHeader('content-type', 'application/json');
      for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
      res.end(JSON.stringify(answer.body));
      return;
    }
    if (requestUrl.pathname === '/jwks' && options.publishJwks !== false) {
      platform.jwksRequests += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
      return;
    }
    if (requestUrl.pathname === '/token' && req.method === 'POST') {
      void issueToken(req).then(({ status, body }) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      });
      return;
    }
    const scores = /^\/lineitems\/([^/]+)\/scores$/.exec(requestUrl.pathname);
    if (scores && req.method === 'POST') {
      void receiveScore(req, scores[1]!).then((status) => {
        res.statusCode = status;
        res.end();
      });
      return;
    }
    if (requestUrl.pathname === '/deep-link-return' && req.method === 'POST') {
      void receiveDeepLink(req).then(
        () => {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end('<!doctype html><p>Placed in the course.</p>');
        },
        (error: unknown) => {
          res.statusCode = 400;
          res.end(error instanceof Error ? error.message : 'invalid response');
        },
      );
      return;
    }
    if (requestUrl.pathname === '/auth') {
      const params = requestUrl.searchParams;
      const redirect = params.get('redirect_uri');
      if (
        params.get('client_id') !== platform.clientId ||
        params.get('response_type') !== 'id_token' ||
        params.get('scope') !== 'openid' ||
        !redirect ||
        !params.get('nonce')
      ) {
        res.statusCode = 400;
        res.end('invalid_request');
        return;
      }
      void idTokenFor(params).then((idToken) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html><body onload="document.forms[0].submit()">
<form method="post" action="${escapeHtml(redirect)}">
<input type="hidden" name="id_token" value="${escapeHtml(idToken)}">
<input type="hidden" name="state" value="${escapeHtml(params.get('state') ?? '')}">
</form></body></html>`);
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  return platform;
}
