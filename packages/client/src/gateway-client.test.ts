import type { TypedDocumentString } from '@coachwork/schema/gql/graphql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewayClient, setRequestLanguage, type OperationResult } from './gateway-client.js';
import { TokenManager } from './token-manager.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

// Documents as codegen emits them: query text, __typename in every selection set.
type Doc<TData, TVars = Record<string, never>> = TypedDocumentString<TData, TVars>;
const doc = <TData, TVars = Record<string, never>>(text: string): Doc<TData, TVars> =>
  text as unknown as Doc<TData, TVars>;

type Person = { id: string; name: string };
const VIEWER = doc<{ viewer: Person | null }>('query V { __typename viewer { __typename id name } }');
const PERSON = doc<{ person: Person | null }, { id: string }>(
  'query P($id: ID!) { __typename person(id: $id) { __typename id name } }',
);
const GOALS = doc<{ goals: Array<{ id: string; title: string }> }>(
  'query G { __typename goals { __typename id title } }',
);
const CARD = doc<{ progressCard: { goalCount: number } }>(
  'query C { __typename progressCard { __typename goalCount } }',
);
const RENAME = doc<{ renamePerson: Person | null }, { id: string; name: string }>(
  'mutation R($id: ID!, $name: String!) { __typename renamePerson(id: $id, name: $name) { __typename id name } }',
);
const CREATE_GOAL = doc<{ createGoal: { id: string } }, { title: string }>(
  'mutation CG($title: String!) { __typename createGoal(title: $title) { __typename id title } }',
);
const PING = doc<{ ping: boolean }>('mutation Ping { __typename ping }');

const ADA = 'UGVyc29uOjE';

describe('GatewayClient', () => {
  let gateway: TestGateway;
  let client: GatewayClient;
  beforeEach(async () => {
    gateway = await startTestGateway();
    gateway.acceptedTokens.add('t');
    const tokens = new TokenManager();
    tokens.setProvider(async () => 't');
    client = new GatewayClient(gateway.url, tokens);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await gateway.close();
  });

  /** Subscribes and records every result delivered. */
  function watch<TData>(source: {
    subscribe(l: (r: OperationResult<TData>) => void): { unsubscribe(): void };
  }) {
    const results: Array<OperationResult<TData>> = [];
    const subscription = source.subscribe((result) => results.push(result));
    return { results, last: () => results.at(-1), unsubscribe: () => subscription.unsubscribe() };
  }

  it('posts JSON with credentials omitted, so no cookie ever goes along', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await client.query(VIEWER).toPromise();
    const init = spy.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer t');
    expect(JSON.parse(String(init?.body))).toEqual({ query: String(VIEWER), variables: {} });
  });

  it("sends the widgets' language as Accept-Language once it is set, for queries and mutations", async () => {
    try {
      await client.query(VIEWER).toPromise();
      // Node's fetch sends its own `*` when nobody names a language.
      expect(gateway.requests[0]?.headers['accept-language']).not.toBe('ar');
      setRequestLanguage('ar');
      await client.query(PERSON, { id: ADA }).toPromise();
      await client.mutation(PING);
      expect(gateway.requests.slice(1).map((r) => r.headers['accept-language'])).toEqual(['ar', 'ar']);
    } finally {
      setRequestLanguage(undefined);
    }
  });

  it('sends identical requests in flight once, and different variables apart', async () => {
    gateway.delayMs = 50;
    const [a, b, c] = await Promise.all([
      client.query(PERSON, { id: ADA }).toPromise(),
      client.query(PERSON, { id: ADA }, { requestPolicy: 'network-only' }).toPromise(),
      client.query(PERSON, { id: 'UGVyc29uOjI' }).toPromise(),
    ]);
    expect(a.data?.person?.name).toBe('Ada Lovelace');
    expect(b).toBe(a);
    expect(c.data?.person?.name).toBe('Grace Hopper');
    expect(gateway.requests).toHaveLength(2);
  });

  it('keys the cache by query and variables, whatever the order of the variables', async () => {
    const QUERY = doc<{ person: Person | null }, { id: string; unused?: string }>(String(PERSON));
    await client.query(QUERY, { id: ADA, unused: 'x' }).toPromise();
    await client.query(QUERY, { unused: 'x', id: ADA }).toPromise();
    expect(gateway.requests).toHaveLength(1);
  });

  it('cache-first answers from the cache; network-only always asks', async () => {
    const first = await client.query(VIEWER).toPromise();
    const cached = await client.query(VIEWER).toPromise();
    expect(cached).toBe(first);
    expect(gateway.requests).toHaveLength(1);
    await client.query(VIEWER, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(gateway.requests).toHaveLength(2);
  });

  it('cache-and-network delivers the cached result as stale, then the fresh one', async () => {
    await client.query(VIEWER).toPromise();
    const seen = watch(client.query(VIEWER, {}, { requestPolicy: 'cache-and-network' }));
    expect(seen.results).toHaveLength(1);
    expect(seen.results[0]?.stale).toBe(true);
    expect(seen.results[0]?.data?.viewer?.name).toBe('Ada Lovelace');
    await waitFor(() => seen.results.length === 2);
    expect(seen.last()?.stale).toBe(false);
    expect(gateway.requests).toHaveLength(2);
    seen.unsubscribe();
  });

  it('re-fetches active queries showing a type the mutation returned, keeping the old data meanwhile', async () => {
    const viewer = watch(client.query(VIEWER));
    const goals = watch(client.query(GOALS, {}, { refetchOn: [] }));
    await waitFor(() => viewer.results.length === 1 && goals.results.length === 1);
    const before = gateway.requests.length;

    const outcome = await client.mutation(RENAME, { id: ADA, name: 'Ada King' });
    expect(outcome.data?.renamePerson?.name).toBe('Ada King');
    // At once: the old result with the returned fields written in, marked stale; then the re-fetch.
    expect(viewer.last()?.stale).toBe(true);
    expect(viewer.last()?.data?.viewer?.name).toBe('Ada King');
    await waitFor(() => viewer.results.length === 3);
    expect(viewer.results.map((r) => [r.stale, r.data?.viewer?.name])).toEqual([
      [false, 'Ada Lovelace'],
      [true, 'Ada King'],
      [false, 'Ada King'],
    ]);
    // The goal list shows no Person: left alone.
    expect(goals.results).toHaveLength(1);
    expect(gateway.requests.length).toBe(before + 2);
  });

  it('re-fetches an empty list named by refetchOn when its type is created', async () => {
    const unnamed = watch(client.query(GOALS));
    const named = watch(
      client.query(
        doc<{ goals: Array<{ id: string }> }>('query G2 { goals { __typename id } }'),
        {},
        { refetchOn: ['Goal'] },
      ),
    );
    await waitFor(() => unnamed.results.length === 1 && named.results.length === 1);
    expect(named.last()?.data?.goals).toEqual([]);

    await client.mutation(CREATE_GOAL, { title: 'Delegate the weekly report' });
    await waitFor(() => named.last()?.data?.goals.length === 1);
    // Without refetchOn an empty list cannot know a Goal could join it.
    expect(unnamed.results).toHaveLength(1);

    // Once it shows a Goal, it follows Goal mutations by itself.
    const list = watch(client.query(GOALS, {}, { requestPolicy: 'network-only' }));
    await waitFor(() => list.results.length === 1);
    await client.mutation(CREATE_GOAL, { title: 'Second' });
    await waitFor(() => list.last()?.data?.goals.length === 2);
  });

  it('re-fetches derived root fields (progressCard) after any mutation', async () => {
    const card = watch(client.query(CARD));
    await waitFor(() => card.results.length === 1);
    expect(card.last()?.data?.progressCard.goalCount).toBe(0);
    await client.mutation(CREATE_GOAL, { title: 'Give feedback weekly' });
    await waitFor(() => card.last()?.data?.progressCard.goalCount === 1);
    const before = gateway.requests.length;
    await client.mutation(PING);
    await waitFor(() => card.results.length === 5);
    expect(gateway.requests.length).toBe(before + 2);
  });

  it('re-fetches a query whose first answer was on its way when a mutation landed', async () => {
    // The card's first answer is computed before the goal exists and arrives after the mutation.
    gateway.holdAnswers = { match: 'progressCard', ms: 150 };
    const card = watch(client.query(CARD));
    await waitFor(() => gateway.requests.length === 1);
    gateway.holdAnswers = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.mutation(CREATE_GOAL, { title: 'Give feedback weekly' });
    await waitFor(() => card.last()?.data?.progressCard.goalCount === 1);
  });

  it('leaves unrelated queries alone and drops affected results nobody shows', async () => {
    const viewer = watch(client.query(VIEWER));
    await waitFor(() => viewer.results.length === 1);
    await client.query(PERSON, { id: ADA }).toPromise(); // cached, no one watching
    await client.mutation(PING);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(viewer.results).toHaveLength(1);

    viewer.unsubscribe();
    await client.mutation(RENAME, { id: ADA, name: 'Ada King' });
    const before = gateway.requests.length;
    // Neither re-fetched while unwatched, both asked again on their next read.
    expect((await client.query(VIEWER).toPromise()).data?.viewer?.name).toBe('Ada King');
    expect((await client.query(PERSON, { id: ADA }).toPromise()).data?.person?.name).toBe('Ada King');
    expect(gateway.requests.length).toBe(before + 2);
  });

  it('does not let an answer sent before a mutation overwrite the re-fetch after it', async () => {
    gateway.delayMs = 80;
    const viewer = watch(client.query(VIEWER));
    await waitFor(() => viewer.results.length === 1);
    // A network-only read goes out, then the mutation lands while it is on its way.
    const early = client.query(VIEWER, {}, { requestPolicy: 'network-only' }).toPromise();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await client.mutation(RENAME, { id: ADA, name: 'Ada King' });
    await early;
    await waitFor(() => viewer.results.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(viewer.last()?.data?.viewer?.name).toBe('Ada King');
  });

  it('does not cache errors: the next read asks again', async () => {
    gateway.acceptedTokens.clear();
    const failed = await client.query(VIEWER).toPromise();
    expect(failed.error?.code).toBe('UNAUTHENTICATED');
    gateway.acceptedTokens.add('t');
    const retried = await client.query(VIEWER).toPromise();
    expect(retried.error).toBeUndefined();
    expect(retried.data?.viewer?.name).toBe('Ada Lovelace');
  });
});
