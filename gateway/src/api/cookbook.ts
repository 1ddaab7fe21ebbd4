/**
 * The cookbook: the first queries a developer writes, as data. docs.ts renders
 * them into docs/api/cookbook.md (and the reference page); cookbook.test.ts
 * validates each against the schema and runs it against a real gateway over a
 * seeded organisation, so an example that stops working fails the tests.
 */

export interface CookbookRecipe {
  /** Stable key the test uses to run and check the recipe. */
  id: string;
  title: string;
  /** Why and how, for the developer reading it. */
  explanation: string;
  /** Who the example signs in as. */
  viewer: 'participant' | 'manager' | 'admin' | 'serviceAccount' | 'programsServiceAccount';
  /** Steps before the query (getting a token), each explained and shown as a shell command. */
  prelude?: Array<{ explanation: string; sh: string }>;
  query: string;
  /** Example variables as the page shows them; the test substitutes real IDs and times. */
  variables?: Record<string, unknown>;
  /** `Query.x` / `Mutation.x` the recipe uses, so the reference can link to it. */
  rootFields: string[];
  /** Code shown after the request (a repository file, tested where it is used), with a sentence before it. */
  appendix?: { intro: string; file: string };
}

export const cookbook: readonly CookbookRecipe[] = [
  {
    id: 'viewer',
    title: 'Read the viewer',
    explanation:
      'The embed token names one person in one organisation; `viewer` is that person. `roles` are the roles this request acts with, and `organisation.minGroupSize` is the smallest group any figure is about.',
    viewer: 'participant',
    query: `
query Viewer {
  viewer {
    id
    name
    roles
    locale
    timeZone
    organisation { name locales minGroupSize }
  }
}`,
    rootFields: ['Query.viewer'],
  },
  {
    id: 'my-goals',
    title: 'List my goals',
    explanation:
      'Without a `filter.owner`, `goals` lists the viewer’s own active goals, by target date. Ask for `pageInfo` to know whether more follow.',
    viewer: 'participant',
    query: `
query MyGoals($first: Int, $after: String) {
  goals(first: $first, after: $after) {
    totalCount
    edges {
      node { id title status progress targetDate capability { code name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 10 },
    rootFields: ['Query.goals'],
  },
  {
    id: 'page-people',
    title: 'Page through people',
    explanation:
      'Connections are cursor-paged: ask for `first` (at most 100) and pass the last `pageInfo.endCursor` as `after` until `hasNextPage` is false. The people directory is for program and organisation admins.',
    viewer: 'admin',
    query: `
query People($first: Int, $after: String, $filter: PeopleFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { id name jobLevel email orgUnit { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 2, after: null, filter: { jobLevels: ['IC', 'MANAGER'] } },
    rootFields: ['Query.people'],
  },
  {
    id: 'program-roster',
    title: 'List a program’s roster',
    explanation:
      'An admin reads every enrolment of a program, newest first, optionally by status. Anyone else gets FORBIDDEN on `enrolments`.',
    viewer: 'admin',
    query: `
query Roster($first: Int) {
  programs(first: 5, status: ACTIVE) {
    edges {
      node {
        id
        name
        enrolments(first: $first, status: ACTIVE) {
          totalCount
          edges { node { id status enrolledAt person { name } coach { name } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}`,
    variables: { first: 20 },
    rootFields: ['Query.programs'],
  },
  {
    id: 'heatmap',
    title: 'Read the heatmap with filters',
    explanation:
      'Rows are org units, columns capabilities. A cell about fewer people than `minGroupSize` arrives `suppressed` with a `reason` and no value or count: render it as hidden, never as zero.',
    viewer: 'admin',
    query: `
query Heatmap($input: HeatmapInput!) {
  heatmap(input: $input) {
    metric
    minGroupSize
    asOf
    columns { capability { code name } organisation { value count suppressed reason } }
    rows {
      unit { id name }
      level
      peopleCount
      hasChildren
      cells { value count suppressed reason }
    }
  }
}`,
    variables: { input: { depth: 2, metric: 'SCORE' } },
    rootFields: ['Query.heatmap'],
  },
  {
    id: 'open-slots',
    title: 'Find open slots',
    explanation:
      'Slots are the matched coach’s free times in a range of at most 31 days, after the minimum notice; `nextSlot` offers the next one after an empty range.',
    viewer: 'participant',
    query: `
query OpenSlots($from: DateTime!, $to: DateTime!) {
  viewer {
    enrolments(first: 5) {
      edges {
        node {
          id
          program { name }
          quota { remaining }
          availableSlots(from: $from, to: $to) {
            timeZone
            slots { startsAt endsAt }
            nextSlot { startsAt }
          }
        }
      }
    }
  }
}`,
    variables: { from: '2026-03-02T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' },
    rootFields: ['Query.viewer'],
  },
  {
    id: 'book-session',
    title: 'Book a session and handle CONFLICT',
    explanation:
      'Pass one of `availableSlots`’ `startsAt`. A refused booking is not a GraphQL error: `session` is null and `userErrors` says why. `CONFLICT` means someone took the slot first — refetch the slots and let the user choose again.',
    viewer: 'participant',
    query: `
mutation Book($input: BookSessionInput!) {
  bookSession(input: $input) {
    session { id startsAt endsAt status }
    userErrors { field code message }
  }
}`,
    variables: {
      input: { enrolmentId: '<the id of one of viewer.enrolments>', startsAt: '2026-03-03T09:00:00.000Z' },
    },
    rootFields: ['Mutation.bookSession'],
  },
  {
    id: 'user-errors',
    title: 'Handle userErrors',
    explanation:
      'Every mutation answers with a payload whose `userErrors` lists what the user can fix, with the input `field` at fault. Nothing is saved when any is present.',
    viewer: 'participant',
    query: `
mutation Preferences($input: UpdateViewerPreferencesInput!) {
  updateViewerPreferences(input: $input) {
    viewer { locale timeZone }
    userErrors { field code message }
  }
}`,
    variables: { input: { locale: 'de' } },
    rootFields: ['Mutation.updateViewerPreferences'],
  },
  {
    id: 'forbidden',
    title: 'Handle FORBIDDEN',
    explanation:
      'A field the viewer may not read answers a GraphQL error with `extensions.code` FORBIDDEN (HTTP 200); the field is null, and a non-null parent with it. Here a participant asks for the admins’ people directory.',
    viewer: 'participant',
    query: `
query Directory {
  people(first: 5) { totalCount }
}`,
    rootFields: ['Query.people'],
  },
  {
    id: 'bad-user-input',
    title: 'Handle BAD_USER_INPUT',
    explanation:
      'An argument out of range answers BAD_USER_INPUT, with `extensions.argument` naming it. Pages hold at most 100 items.',
    viewer: 'participant',
    query: `
query TooLargeAPage {
  orgUnits(first: 101) { totalCount }
}`,
    rootFields: ['Query.orgUnits'],
  },
  {
    id: 'rate-limits',
    title: 'Read extensions.cost and handle RATE_LIMITED',
    explanation:
      'Every answer carries `extensions.cost`: what the request could cost, what it did cost, and what is left in the caller’s budget (`throttleStatus`). When the budget cannot pay, the gateway answers HTTP 429 with `Retry-After` (seconds) and RATE_LIMITED; wait that long, then retry.',
    viewer: 'participant',
    query: `
query Units {
  orgUnits(first: 50) { edges { node { id name } } }
}`,
    rootFields: ['Query.orgUnits'],
  },
  {
    id: 'refetch-node',
    title: 'Refetch an object by its ID',
    explanation:
      'Every object with an `id` can be refetched with `node` (or `nodes`, at most 100 IDs); an ID the viewer may not see answers null.',
    viewer: 'participant',
    query: `
query Refetch($id: ID!) {
  node(id: $id) {
    id
    ... on Person { name jobLevel }
  }
}`,
    variables: { id: '<any id the API gave you>' },
    rootFields: ['Query.node'],
  },
  {
    id: 'receive-webhooks',
    title: 'Receive webhooks',
    explanation:
      'An org admin subscribes a receiver to events (`WebhookEventType`); the answer holds the signing secret, shown this once: keep it with the receiver. Each event then arrives as a POST whose JSON body follows its schema in gateway/api/webhooks/ (IDs and roster facts only: fetch details with a token of someone who may read them), signed per the Standard Webhooks specification: `webhook-id` (the event, the same on every retry and replay), `webhook-timestamp` and `webhook-signature` (`v1,` and an HMAC-SHA256 over `id.timestamp.body`). Answer 2xx within 10 seconds; anything else is retried with growing delays (12 attempts over about 14 hours), and a receiver that has not succeeded for a day is disabled (the org admins get an e-mail; `updateWebhookSubscription` enables it again and `replayWebhookDelivery` resends what failed). The URL must be https and resolve to public addresses; the gateway checks it again before every attempt. `webhookSubscriptions { deliveries { attempts { responseStatus responseBodyExcerpt durationMs } } }` is the delivery log.',
    viewer: 'admin',
    query: `
mutation Subscribe($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription { id url status eventTypes secretHint }
    userErrors { field code message }
  }
}`,
    variables: {
      input: {
        url: 'https://hr.example.com/coachwork/webhooks',
        eventTypes: ['SESSION_BOOKED', 'SESSION_CANCELLED', 'ENROLMENT_CHANGED'],
        description: 'HR portal',
      },
    },
    rootFields: ['Mutation.createWebhookSubscription'],
    appendix: {
      intro:
        'In the receiver, verify each request with the reference library (`npm install standardwebhooks`) before trusting it, and drop repeats by `webhook-id`:',
      file: 'gateway/src/api/cookbook-webhook-receiver.ts',
    },
  },
  {
    id: 'exchange-id-token',
    title: 'Exchange an ID token for an embed token',
    explanation:
      'A host that signs its users in with the organisation’s OpenID Connect provider already holds an ID token for them; it needs no secret of ours. An org admin registers the provider once (`setIdentityProvider`: its issuer and the client id the ID tokens are issued to). The host then exchanges each ID token at `/oauth/token` (RFC 8693) for an embed token that lives ten minutes, and uses it like any other. A person is linked to the ID token’s `sub` once (by a verified e-mail address, if the organisation allows it); refusals are RFC 6749 errors such as `invalid_grant`.',
    viewer: 'manager',
    prelude: [
      {
        explanation: 'Exchange the ID token (form-encoded, no client credentials):',
        sh: `
curl -sS "$GATEWAY/oauth/token" \\
  -d grant_type=urn:ietf:params:oauth:grant-type:token-exchange \\
  -d subject_token_type=urn:ietf:params:oauth:token-type:id_token \\
  --data-urlencode "subject_token=$ID_TOKEN"
# {"access_token":"eyJ…","issued_token_type":"urn:ietf:params:oauth:token-type:jwt","token_type":"Bearer","expires_in":600}
TOKEN=<access_token>`,
      },
    ],
    query: `
query Viewer {
  viewer { id name roles }
}`,
    rootFields: ['Query.viewer'],
  },
  {
    id: 'service-account',
    title: 'Call the gateway as a service account',
    explanation:
      'A service account is for your own servers, not for a person: an org admin creates one with `createServiceAccount` and scopes (`READ_ANALYTICS`, `MANAGE_PROGRAMS`, `PROVISION`) and copies its client secret, shown once. Your server gets an access token with the client credentials grant (client_secret_basic or client_secret_post), valid fifteen minutes, and sends it as a Bearer token. It reads exactly what its scopes allow (never goals, sessions, notes or anyone’s progress), is rate limited like a person, and every call is in the audit log under its name.',
    viewer: 'serviceAccount',
    prelude: [
      {
        explanation: 'Get an access token:',
        sh: `
curl -sS "$GATEWAY/oauth/token" -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials
# {"access_token":"cwat_…","token_type":"Bearer","expires_in":900,"scope":"read-analytics"}
TOKEN=<access_token>`,
      },
    ],
    query: `
query Analytics {
  heatmap(input: { depth: 1 }) {
    metric
    rows { unit { name } peopleCount cells { value suppressed } }
  }
}`,
    rootFields: ['Query.heatmap'],
  },
  {
    id: 'service-account-writes-programs',
    title: 'Create and publish a program from your HR system',
    explanation:
      'A service account with the `MANAGE_PROGRAMS` scope runs a program’s administration: create, update, publish, pause, close, invite, change an enrolment’s status, manage the coach pool and matching. It never answers for a person (accepting an invitation, choosing a coach) or changes roles; such a mutation, or any operation that contains one, is refused with HTTP 403 `FORBIDDEN` before anything runs, and so is every mutation for a service account without the scope. The audit log names the service account as the actor of each change. Get its access token as in the recipe above, then create the program (a DRAFT) and publish it with `publishProgram(input: { programId })`, which invites the target population.',
    viewer: 'programsServiceAccount',
    query: `
mutation CreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program { id status viewerCanManage }
    userErrors { field code message }
  }
}`,
    variables: {
      input: {
        names: [{ locale: 'en', text: 'First 100 days' }],
        objectives: [{ locale: 'en', text: 'Faster ramp-up of new managers' }],
        languages: ['en'],
        sessionsPerParticipant: 6,
        cadenceDays: 21,
        targetPopulation: { orgUnits: [{ orgUnitId: 'T3JnVW5pdDo…' }], jobLevels: ['MANAGER'] },
      },
    },
    rootFields: ['Mutation.createProgram', 'Mutation.publishProgram'],
  },
];
