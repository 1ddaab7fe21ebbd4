/**
 * Every `extensions.code` a GraphQL error from the gateway can carry, as the
 * reference publishes it: what it means, the HTTP status it arrives with, and
 * what the caller should do. src/api/error-contract.test.ts holds this list to
 * the codes the gateway defines (src/errors.ts) and raises, and checks the
 * statuses against a running gateway.
 */
import { limits } from '../config.js';

const kib = (bytes: number) => `${bytes / 1024} KiB`;
const mib = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

export interface ErrorCodeContract {
  /** HTTP status(es) of the answer, with when each applies. */
  status: string;
  meaning: string;
  /** What the caller should do. */
  action: string;
  /** Whether sending the same request again can succeed without changing it. */
  retry: 'no' | 'after Retry-After' | 'with a new token' | 'with backoff';
}

export const errorContract: Record<string, ErrorCodeContract> = {
  UNAUTHENTICATED: {
    status:
      '401 when the Authorization header is malformed or the token is invalid, expired or revoked (no field ran); 200 when no token is sent (each field answers UNAUTHENTICATED)',
    meaning:
      'The request carries no valid embed token (or service-account access token), the person or organisation it names no longer exists, or the service account was revoked.',
    action: 'Mint a fresh embed token on your backend and send it as `Authorization: Bearer <token>`.',
    retry: 'with a new token',
  },
  FORBIDDEN: {
    status:
      "200 when a field refuses (that field is null, the rest of the answer arrives); 403 when the request's Origin is not one the organisation allows, or a service account sends a mutation (service accounts only read)",
    meaning:
      'The viewer may not read this field about this person (see "Who may read" in the reference), or the calling page is not an allowed origin.',
    action:
      'Do not retry. Leave the field out for this viewer, or show that it is private. For 403, add the origin to the organisation.',
    retry: 'no',
  },
  NOT_FOUND: {
    status: '200 (the field is null)',
    meaning: 'An ID the query names does not exist in the viewer’s organisation, or is no longer there.',
    action: 'Refresh the IDs you hold (they may have been deleted); do not retry as is.',
    retry: 'no',
  },
  BAD_USER_INPUT: {
    status: `200 when an argument is out of range (e.g. \`first\` above ${limits.maxPageSize}, more than ${limits.maxNodesPerRequest} \`ids\`, a bad cursor); 400 when a variable does not match its type`,
    meaning:
      'An argument or variable is invalid. `extensions.argument` names it (e.g. `first`, `input.depth`).',
    action: 'Fix the named argument; the message says what it accepts.',
    retry: 'no',
  },
  CONFLICT: {
    status: '200',
    meaning:
      'Reserved for a change that conflicts with the current state. Today every conflict (a slot taken first, a coach now full, a session already rated) is answered as a `userErrors` entry with code `CONFLICT` instead, with `data` filled.',
    action: 'Refetch the current state (e.g. `availableSlots`) and let the user choose again.',
    retry: 'no',
  },
  RATE_LIMITED: {
    status: '429, with a `Retry-After` header in whole seconds',
    meaning:
      'The caller’s (or the organisation’s) cost budget cannot pay for this request now. `extensions.retryAfterSeconds` and `extensions.cost` give the figures.',
    action:
      'Wait `Retry-After` seconds, then retry. Keep `extensions.cost.throttleStatus.currentlyAvailable` above what your next request costs, and ask for smaller pages.',
    retry: 'after Retry-After',
  },
  MAX_COST_EXCEEDED: {
    status: '400 (no field ran)',
    meaning: `The request (every operation of a batch together) would cost more than one request may: ${limits.maxCost.toLocaleString('en')} points, or the caller’s whole budget if smaller. \`extensions.maxCost\` and \`extensions.requestedQueryCost\` give the figures.`,
    action: 'Ask for smaller pages (`first`), fewer nested lists, or split the request.',
    retry: 'no',
  },
  RESPONSE_TOO_LARGE: {
    status: '400 (the answer was computed but not sent)',
    meaning: `The answer would exceed ${mib(limits.maxResponseBytes)}. \`extensions.limit\` gives the ceiling in bytes.`,
    action: 'Ask for fewer items or leave out long fields (`csv`, `calendar { ics }`, comments).',
    retry: 'no',
  },
  GRAPHQL_PARSE_FAILED: {
    status: '400',
    meaning: 'The document is not valid GraphQL syntax, or has more tokens than the gateway parses.',
    action: 'Fix the document; validate it against the published schema at build time.',
    retry: 'no',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: '400',
    meaning:
      'The document does not match the schema (unknown field, wrong argument type), or exceeds the depth, alias or directive limits.',
    action: 'Fix the document against the reference; field suggestions are off in production.',
    retry: 'no',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: '200',
    meaning: 'An automatic persisted query hash the gateway does not hold (yet, or any longer).',
    action: 'Send the same request again with the full `query` text and its hash; the gateway then keeps it.',
    retry: 'no',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    status: '200',
    meaning: 'Persisted queries are not supported by this gateway.',
    action: 'Send the full `query` text.',
    retry: 'no',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: '400',
    meaning: 'The document holds several operations and `operationName` names none of them (or is missing).',
    action: 'Send `operationName` matching one operation of the document.',
    retry: 'no',
  },
  BAD_REQUEST: {
    status: `400 (invalid JSON, more than ${limits.maxBatchSize} operations in a batch, a malformed HTTP request), 405 (a method other than GET or POST), 413 (a body above ${kib(limits.maxBodyBytes)})`,
    meaning: 'The HTTP request itself is not a GraphQL request the gateway accepts.',
    action: `Fix the request: POST JSON \`{ "query", "variables", "operationName" }\`, at most ${limits.maxBatchSize} in a batch.`,
    retry: 'no',
  },
  INTERNAL_SERVER_ERROR: {
    status: '200 when one field failed (the rest of the answer arrives); 500 when the whole request failed',
    meaning:
      'Something failed inside the gateway. Outside dev mode the message is always the same, masked text; the details are in the gateway’s logs.',
    action: 'Retry with backoff; report it with the time and the operation name if it persists.',
    retry: 'with backoff',
  },
};

/**
 * What `/oauth/token` answers in `error` (RFC 6749 §5.2), for token exchange and client
 * credentials. `error_description` is English text for the developer.
 */
export const oauthErrorContract: Record<string, Omit<ErrorCodeContract, 'retry'>> = {
  invalid_request: {
    status: '400',
    meaning:
      'A parameter is missing, repeated or unsupported (`subject_token_type` other than `id_token`, `actor_token`), or the body is not form-urlencoded.',
    action: 'Fix the request as `error_description` says.',
  },
  invalid_client: {
    status: '401 (with `WWW-Authenticate`)',
    meaning: 'The client credentials are wrong or missing, or the service account was revoked.',
    action:
      'Check `client_id` and `client_secret`; an org admin issues a new service account if it was revoked.',
  },
  invalid_grant: {
    status: '400',
    meaning:
      'The ID token is expired, tampered with, from an issuer no organisation trusts, issued to another client, or for someone not linked to a person of the organisation.',
    action:
      'Sign the user in again at the identity provider; an org admin checks the identity provider and the person’s link.',
  },
  unauthorized_client: {
    status: '400',
    meaning: 'A service account asked for a token exchange: service accounts never act for a person.',
    action:
      'Exchange ID tokens without client credentials; use `client_credentials` for the service account.',
  },
  unsupported_grant_type: {
    status: '400',
    meaning: '`grant_type` is neither `client_credentials` nor token exchange.',
    action: 'Use one of the two grants.',
  },
  invalid_scope: {
    status: '400',
    meaning: '`scope` asks for a scope the service account was not given.',
    action: 'Ask for a subset of its scopes, or leave `scope` out to get all of them.',
  },
  slow_down: {
    status: '429 (with `Retry-After`)',
    meaning:
      'Too many token requests for this client (60 a minute), or too many failed attempts from this address (10 in 15 minutes; every request from it is then refused until the window ends).',
    action:
      'Wait `Retry-After` seconds; cache access tokens until they expire instead of asking for one per call.',
  },
};

/** What `userErrors[].code` means on a mutation's payload (the UserErrorCode enum). */
export const userErrorAdvice: Record<string, string> = {
  INVALID: 'Show `message` beside the input `field` names and let the user correct it.',
  REQUIRED: 'Ask the user for the missing value (`field` names it, or the whole input when null).',
  UNSUPPORTED:
    'Offer only what the organisation supports (e.g. `organisation.locales`); for a webhook URL, give one that resolves to a public address (private, loopback and link-local ones are refused outside dev mode).',
  NOT_FOUND: 'Refresh your list: the object is gone or not visible to this viewer.',
  CONFLICT: 'Refetch the current state (e.g. `availableSlots`) and let the user choose again.',
  FORBIDDEN: 'Hide the action for this viewer (`viewerCanEdit`, `viewerCanChangeSharing` say it in advance).',
};

/**
 * The SCIM endpoint (`/scim/v2`) answers refusals as RFC 7644 error bodies
 * (`urn:ietf:params:scim:api:messages:2.0:Error`), not GraphQL errors: `status` is the HTTP status as
 * a string, `scimType` (when present) says which kind of bad request it was.
 */
export const scimErrorContract: Record<string, { status: string; meaning: string; action: string }> = {
  invalidFilter: {
    status: '400',
    meaning:
      'The `filter` does not parse, names an attribute that cannot be filtered on, or uses an operator the attribute does not support.',
    action:
      'Filter on userName, externalId, emails, name, active, title, the enterprise attributes or meta dates with eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not.',
  },
  invalidSyntax: {
    status: '400',
    meaning: 'The body is not JSON, or a PATCH body is not a PatchOp message with Operations.',
    action: 'Send `application/scim+json` with the schemas the RFC names.',
  },
  invalidPath: {
    status: '400',
    meaning: 'A PATCH operation’s `path` does not parse or names nothing of the resource.',
    action: 'Fix the path (e.g. `emails[type eq "work"].value`).',
  },
  noTarget: { status: '400', meaning: 'A remove operation has no path.', action: 'Name what to remove.' },
  invalidValue: {
    status: '400',
    meaning:
      'A value is missing, of the wrong type, too long, or refers to nothing: an unknown attribute, no email, an unknown time zone, a manager who is not a user here or who reports to the user, a group member who is not a user here.',
    action: 'Fix the value named in `detail`.',
  },
  uniqueness: {
    status: '409',
    meaning: 'Another user has this userName, email or externalId, or another group this displayName.',
    action: 'Look the resource up with a filter and update it instead.',
  },
  '(none), 401': {
    status: '401',
    meaning: 'No bearer credential, an unknown one or a revoked one.',
    action: 'Ask an org admin for a credential (issueScimCredential).',
  },
  '(none), 404': {
    status: '404',
    meaning:
      'No such user or group in the credential’s organisation (another organisation’s ids are never found).',
    action: 'Search by filter; the resource may have been deleted.',
  },
  '(none), 412': {
    status: '412',
    meaning: 'If-Match names a version that is no longer the current one.',
    action: 'GET the resource, apply the change again, send its new ETag.',
  },
};
