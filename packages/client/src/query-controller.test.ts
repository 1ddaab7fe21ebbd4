import type { TypedDocumentString } from '@coachwork/schema/gql/graphql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mutate } from './mutation-controller.js';
import { QueryController } from './query-controller.js';
import { setTokenProvider } from './registry.js';
import { ControllerHost } from './testing/controller-host.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

type Person = { id: string; name: string };
// As codegen emits them (documentMode 'string', __typename in every selection set).
const PERSON =
  'query TestPerson($id: ID!) { person(id: $id) { __typename id name } }' as unknown as TypedDocumentString<
    { person: Person | null },
    { id: string }
  >;
const VIEWER = 'query TestViewerName { viewer { __typename id name } }' as unknown as TypedDocumentString<
  { viewer: Person | null },
  Record<string, never>
>;
const RENAME =
  'mutation TestRename($id: ID!, $name: String!) { renamePerson(id: $id, name: $name) { __typename id name } }' as unknown as TypedDocumentString<
    { renamePerson: Person | null },
    { id: string; name: string }
  >;

describe('QueryController', () => {
  let gateway: TestGateway;
  beforeEach(async () => {
    gateway = await startTestGateway();
    gateway.acceptedTokens.add('t');
    setTokenProvider(gateway.url, async () => 't');
  });
  afterEach(async () => {
    await gateway.close();
  });

  it('loads, then exposes typed data and re-renders the host', async () => {
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    await host.updateComplete;
    expect(query.loading).toBe(true);
    await waitFor(() => !query.loading);
    expect(query.error).toBeUndefined();
    expect(query.data?.viewer?.name).toBe('Ada Lovelace');
    expect(host.renders).toBeGreaterThanOrEqual(2);
  });

  it('re-runs when its variables change', async () => {
    const host = new ControllerHost();
    let id = 'UGVyc29uOjE';
    const query = new QueryController(host, {
      query: PERSON,
      gateway: () => gateway.url,
      variables: () => ({ id }),
    });
    host.connect();
    await waitFor(() => query.data?.person?.name === 'Ada Lovelace');
    id = 'UGVyc29uOjI';
    host.requestUpdate();
    await waitFor(() => query.data?.person?.name === 'Grace Hopper');
  });

  it('shows a mutation made elsewhere on the page (queries showing the returned type re-fetch)', async () => {
    const badge = new ControllerHost();
    const card = new ControllerHost();
    const viewer = new QueryController(badge, { query: VIEWER, gateway: () => gateway.url });
    const person = new QueryController(card, {
      query: PERSON,
      gateway: () => gateway.url,
      variables: () => ({ id: 'UGVyc29uOjE' }),
    });
    badge.connect();
    card.connect();
    await waitFor(() => viewer.data !== undefined && person.data !== undefined);
    const requestsBefore = gateway.requests.length;

    const outcome = await mutate(gateway.url, RENAME, { id: 'UGVyc29uOjE', name: 'Ada King' });
    expect(outcome.error).toBeUndefined();
    // The old data stays, marked stale, while both re-fetch in the background.
    expect(viewer.stale).toBe(true);
    expect(viewer.data?.viewer?.name).toBe('Ada Lovelace');
    await waitFor(() => !viewer.stale && !person.stale);
    expect(viewer.data?.viewer?.name).toBe('Ada King');
    expect(person.data?.person?.name).toBe('Ada King');
    // The mutation, then one re-fetch per query.
    expect(gateway.requests.length).toBe(requestsBefore + 3);
  });

  it('stays idle while paused or without a gateway, then starts', async () => {
    const host = new ControllerHost();
    const attributes: { gateway?: string } = {};
    const query = new QueryController(host, { query: VIEWER, gateway: () => attributes.gateway });
    host.connect();
    await host.updateComplete;
    expect(query.idle).toBe(true);
    expect(query.loading).toBe(false);
    expect(gateway.requests).toHaveLength(0);
    attributes.gateway = gateway.url;
    host.requestUpdate();
    await waitFor(() => query.data !== undefined);
    expect(query.idle).toBe(false);
  });

  it('retry() fetches again from the network after an error', async () => {
    gateway.acceptedTokens.clear();
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    await waitFor(() => query.error !== undefined);
    expect(query.error?.code).toBe('UNAUTHENTICATED');
    expect(query.data).toBeUndefined();

    gateway.acceptedTokens.add('t');
    query.retry();
    expect(query.loading).toBe(true);
    await waitFor(() => query.data !== undefined);
    expect(query.error).toBeUndefined();
  });

  it('asks again by itself once a RATE_LIMITED wait is over', async () => {
    gateway.throttle = { requests: 1, header: '1', extension: 1 };
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    await waitFor(() => query.error !== undefined);
    expect(query.error?.code).toBe('RATE_LIMITED');
    expect(query.error?.retryAfterSeconds).toBe(1);
    expect(query.retryAt).toBeGreaterThan(Date.now() + 500);
    expect(gateway.requests).toHaveLength(1);
    await waitFor(() => query.data !== undefined, 3000);
    expect(query.error).toBeUndefined();
    expect(query.retryAt).toBeUndefined();
    expect(gateway.requests).toHaveLength(2);
  });

  it('stops listening when the host disconnects', async () => {
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    // A second widget showing the same query stays on the page: the re-fetch the mutation causes
    // reaches it, and every subscriber hears an answer in the same turn, so once it has rendered
    // the new name the disconnected host would have had its chance to render as well.
    const stays = new ControllerHost();
    const watcher = new QueryController(stays, { query: VIEWER, gateway: () => gateway.url });
    stays.connect();
    await waitFor(() => query.data !== undefined && watcher.data !== undefined);
    host.disconnect();
    const renders = host.renders;
    await mutate(gateway.url, RENAME, { id: 'UGVyc29uOjE', name: 'Nobody Listening' });
    await waitFor(() => watcher.data?.viewer?.name === 'Nobody Listening');
    await stays.updateComplete;
    await host.updateComplete;
    expect(host.renders).toBe(renders);
    expect(query.data?.viewer?.name).toBe('Ada Lovelace');
  });

  it('subscribes again when the host is re-attached', async () => {
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    await waitFor(() => query.data !== undefined);
    host.disconnect();
    host.reattach();
    await host.updateComplete;
    await mutate(gateway.url, RENAME, { id: 'UGVyc29uOjE', name: 'Listening Again' });
    await waitFor(() => query.data?.viewer?.name === 'Listening Again');
  });
});
