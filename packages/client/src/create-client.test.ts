import type { TypedDocumentString } from '@coachwork/schema/gql/graphql.js';
import type { AnyVariables, Client, OperationResult, OperationResultSource } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGatewayClient } from './create-client.js';
import { toGatewayError } from './errors.js';
import { setRequestLanguage } from './language.js';
import { TokenManager } from './token-manager.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

// Query text as codegen emits it; urql parses it (and adds __typename where it is missing).
type Doc<TData, TVars = Record<string, never>> = TypedDocumentString<TData, TVars>;
const doc = <TData, TVars extends AnyVariables = Record<string, never>>(text: string) =>
  text as unknown as string & Doc<TData, TVars>;

type Person = { id: string; name: string };
const VIEWER = doc<{ viewer: Person | null }>('query V { viewer { __typename id name } }');
const PERSON = doc<{ person: Person | null }, { id: string }>(
  'query P($id: ID!) { person(id: $id) { __typename id name } }',
);
const GOALS = doc<{ goals: Array<{ id: string; title: string }> }>(
  'query G { goals { __typename id title } }',
);
const CARD = doc<{ progressCard: { goalCount: number } }>(
  'query C { progressCard { __typename goalCount } }',
);
const RENAME = doc<{ renamePerson: Person | null }, { id: string; name: string }>(
  'mutation R($id: ID!, $name: String!) { renamePerson(id: $id, name: $name) { __typename id name } }',
);
const CREATE_GOAL = doc<{ createGoal: { id: string } }, { title: string }>(
  'mutation CG($title: String!) { createGoal(title: $title) { __typename id title } }',
);
const PING = doc<{ ping: boolean }>('mutation Ping { ping }');

const ADA = 'UGVyc29uOjE';

describe('the gateway client (urql with the document cache)', () => {
  let gateway: TestGateway;
  let client: Client;
  beforeEach(async () => {
    gateway = await startTestGateway();
    gateway.acceptedTokens.add('t');
    const tokens = new TokenManager();
    tokens.setProvider(async () => 't');
    client = createGatewayClient(gateway.url, tokens);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await gateway.close();
  });

  /** Subscribes and records every result delivered. */
  function watch<TData>(source: OperationResultSource<OperationResult<TData>>) {
    const results: Array<OperationResult<TData>> = [];
    // urql marks a delivered result stale in place when a re-fetch starts: keep what was delivered.
    const subscription = source.subscribe((result) => results.push({ ...result }));
    return { results, last: () => results.at(-1), unsubscribe: () => subscription.unsubscribe() };
  }
  /**
   * Resolves once every answer the client has asked for so far has reached it in full, and the
   * client has had a turn to deliver it: a check that nothing more is shown then cannot pass by
   * looking before a late answer arrived.
   */
  function answersReceived(): () => Promise<void> {
    const bodies: Array<Promise<unknown>> = [];
    const original = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((...args: Parameters<typeof fetch>) => {
      const answer = original(...args);
      bodies.push(answer.then((response) => response.clone().arrayBuffer()));
      return answer;
    });
    return async () => {
      for (let seen = -1; seen !== bodies.length;) {
        seen = bodies.length;
        await Promise.all(bodies);
        for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
  }
  /** A promise the test settles: held answers go out once it does. */
  function released(): { promise: Promise<void>; resolve(): void } {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((settle) => (resolve = settle));
    return { promise, resolve };
  }
  const shown = <TData>(results: Array<OperationResult<TData>>, pick: (data: TData) => unknown) =>
    results.map((r) => [r.stale, r.data ? pick(r.data) : undefined]);

  it('posts JSON with credentials omitted, so no cookie ever goes along', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await client.query(VIEWER, {}).toPromise();
    const init = spy.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer t');
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('viewer');
    expect(body.variables).toEqual({});
    expect(gateway.requests[0]?.headers.cookie).toBeUndefined();
  });

  it("sends the widgets' language as Accept-Language once it is set, for queries and mutations", async () => {
    try {
      await client.query(VIEWER, {}).toPromise();
      // Node's fetch sends its own `*` when nobody names a language.
      expect(gateway.requests[0]?.headers['accept-language']).not.toBe('ar');
      setRequestLanguage('ar');
      await client.query(PERSON, { id: ADA }).toPromise();
      await client.mutation(PING, {}).toPromise();
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
    expect(b.data).toEqual(a.data);
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
    const first = await client.query(VIEWER, {}).toPromise();
    const cached = await client.query(VIEWER, {}).toPromise();
    expect(cached.data).toEqual(first.data);
    expect(gateway.requests).toHaveLength(1);
    await client.query(VIEWER, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(gateway.requests).toHaveLength(2);
  });

  it('cache-and-network delivers the cached result as stale, then the fresh one', async () => {
    await client.query(VIEWER, {}).toPromise();
    const seen = watch(client.query(VIEWER, {}, { requestPolicy: 'cache-and-network' }));
    expect(seen.results).toHaveLength(1);
    expect(seen.results[0]?.stale).toBe(true);
    expect(seen.results[0]?.data?.viewer?.name).toBe('Ada Lovelace');
    await waitFor(() => seen.last()?.stale === false);
    expect(gateway.requests).toHaveLength(2);
    seen.unsubscribe();
  });

  it('re-fetches shown queries that showed a type the mutation returned, keeping the old data meanwhile', async () => {
    const viewer = watch(client.query(VIEWER, {}));
    const goals = watch(client.query(GOALS, {}));
    await waitFor(() => viewer.results.length === 1 && goals.results.length === 1);
    const before = gateway.requests.length;

    const outcome = await client.mutation(RENAME, { id: ADA, name: 'Ada King' }).toPromise();
    expect(outcome.data?.renamePerson?.name).toBe('Ada King');
    // By the time the mutation resolves, the re-fetch is on its way and the old data is stale.
    expect(viewer.last()?.stale).toBe(true);
    await waitFor(() => viewer.last()?.stale === false);
    expect(shown(viewer.results, (d) => d.viewer?.name)).toEqual([
      [false, 'Ada Lovelace'],
      [true, 'Ada Lovelace'],
      [false, 'Ada King'],
    ]);
    // The goal list showed no Person: left alone.
    expect(goals.results).toHaveLength(1);
    expect(gateway.requests.length).toBe(before + 2);
  });

  it('re-fetches an empty list that names its type in additionalTypenames when one is created', async () => {
    const unnamed = watch(client.query(GOALS, {}));
    const named = watch(
      client.query(
        doc<{ goals: Array<{ id: string }> }>('query G2 { goals { id } }'),
        {},
        {
          additionalTypenames: ['Goal'],
        },
      ),
    );
    await waitFor(() => unnamed.results.length === 1 && named.results.length === 1);
    expect(named.last()?.data?.goals).toEqual([]);

    await client.mutation(CREATE_GOAL, { title: 'Delegate the weekly report' }).toPromise();
    await waitFor(() => named.last()?.data?.goals.length === 1);
    // Without additionalTypenames an empty list cannot know a Goal could join it.
    expect(unnamed.results).toHaveLength(1);

    // Once it shows a Goal, it follows Goal mutations by itself.
    const list = watch(client.query(GOALS, {}, { requestPolicy: 'network-only' }));
    await waitFor(() => list.last()?.data?.goals.length === 1);
    await client.mutation(CREATE_GOAL, { title: 'Second' }).toPromise();
    await waitFor(() => list.last()?.data?.goals.length === 2);
  });

  it('re-fetches a derived view (progressCard) when a type it names in additionalTypenames changes', async () => {
    const received = answersReceived();
    const card = watch(client.query(CARD, {}, { additionalTypenames: ['Goal'] }));
    await waitFor(() => card.results.length === 1);
    expect(card.last()?.data?.progressCard.goalCount).toBe(0);
    await client.mutation(CREATE_GOAL, { title: 'Give feedback weekly' }).toPromise();
    await waitFor(() => card.last()?.data?.progressCard.goalCount === 1);
    // A mutation returning no type it names leaves it alone.
    const before = gateway.requests.length;
    const seen = card.results.length;
    await client.mutation(PING, {}).toPromise();
    await received();
    expect(card.results).toHaveLength(seen);
    expect(gateway.requests.length).toBe(before + 1);
  });

  it('re-fetches a query whose first answer was on its way when a mutation landed', async () => {
    // The card's first answer is computed before the goal exists and arrives after the mutation.
    const received = answersReceived();
    const release = released();
    gateway.holdAnswers = { match: 'progressCard', until: release.promise };
    const card = watch(client.query(CARD, {}, { additionalTypenames: ['Goal'] }));
    // Its answer is computed (and held back) before the mutation is sent.
    await waitFor(() => gateway.executed === 1);
    gateway.holdAnswers = undefined;
    await client.mutation(CREATE_GOAL, { title: 'Give feedback weekly' }).toPromise();
    await waitFor(() => card.last()?.data?.progressCard.goalCount === 1);
    // The answer computed before the mutation arrives after the fresh one, and is dropped.
    release.resolve();
    await received();
    expect(card.results.map((r) => r.data?.progressCard.goalCount)).toEqual([1]);
  });

  it('leaves unrelated queries alone and drops affected results nobody shows', async () => {
    const received = answersReceived();
    const viewer = watch(client.query(VIEWER, {}));
    await waitFor(() => viewer.results.length === 1);
    await client.query(PERSON, { id: ADA }).toPromise(); // cached, no one watching
    await client.mutation(PING, {}).toPromise();
    await received();
    expect(viewer.results).toHaveLength(1);

    viewer.unsubscribe();
    await client.mutation(RENAME, { id: ADA, name: 'Ada King' }).toPromise();
    await received();
    const before = gateway.requests.length;
    // Neither re-fetched while unwatched, both asked again on their next read.
    expect((await client.query(VIEWER, {}).toPromise()).data?.viewer?.name).toBe('Ada King');
    expect((await client.query(PERSON, { id: ADA }).toPromise()).data?.person?.name).toBe('Ada King');
    expect(gateway.requests.length).toBe(before + 2);
  });

  it('does not let an answer sent before a mutation overwrite the re-fetch after it', async () => {
    const viewer = watch(client.query(VIEWER, {}));
    await waitFor(() => viewer.results.length === 1);
    const received = answersReceived();
    // A network-only read goes out and is answered late (the name before the mutation); the
    // mutation lands while it is on its way, and its re-fetch is answered at once.
    const release = released();
    gateway.holdAnswers = { match: 'query V', until: release.promise };
    const asked = gateway.requests.length;
    const early = client.query(VIEWER, {}, { requestPolicy: 'network-only' }).toPromise();
    await waitFor(() => gateway.requests.length === asked + 1);
    gateway.holdAnswers = undefined;
    await client.mutation(RENAME, { id: ADA, name: 'Ada King' }).toPromise();
    await waitFor(() => viewer.last()?.data?.viewer?.name === 'Ada King');
    release.resolve();
    await early;
    await received();
    expect(viewer.last()?.data?.viewer?.name).toBe('Ada King');
  });

  it('does not cache errors: the next read asks again', async () => {
    gateway.acceptedTokens.clear();
    const failed = await client.query(VIEWER, {}).toPromise();
    expect(toGatewayError(failed.error)?.code).toBe('UNAUTHENTICATED');
    gateway.acceptedTokens.add('t');
    const retried = await client.query(VIEWER, {}).toPromise();
    expect(retried.error).toBeUndefined();
    expect(retried.data?.viewer?.name).toBe('Ada Lovelace');
  });
});
