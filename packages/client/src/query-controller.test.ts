import { gql } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mutate } from './mutation-controller.js';
import { QueryController } from './query-controller.js';
import { setTokenProvider } from './registry.js';
import { ControllerHost } from './testing/controller-host.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

type Person = { id: string; name: string };
const PERSON = gql<{ person: Person | null }, { id: string }>`
  query TestPerson($id: ID!) {
    person(id: $id) {
      id
      name
    }
  }
`;
const VIEWER = gql<{ viewer: Person | null }>`
  query TestViewerName {
    viewer {
      id
      name
    }
  }
`;
const RENAME = gql<{ renamePerson: Person | null }, { id: string; name: string }>`
  mutation TestRename($id: ID!, $name: String!) {
    renamePerson(id: $id, name: $name) {
      id
      name
    }
  }
`;

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

  it('shows a mutation made elsewhere on the page (normalised cache keyed by global id)', async () => {
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
    await waitFor(() => viewer.data?.viewer?.name === 'Ada King' && person.data?.person?.name === 'Ada King');
    // Updated from the mutation result, not by refetching.
    expect(gateway.requests.length).toBe(requestsBefore + 1);
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

  it('stops listening when the host disconnects', async () => {
    const host = new ControllerHost();
    const query = new QueryController(host, { query: VIEWER, gateway: () => gateway.url });
    host.connect();
    await waitFor(() => query.data !== undefined);
    host.disconnect();
    const renders = host.renders;
    await mutate(gateway.url, RENAME, { id: 'UGVyc29uOjE', name: 'Nobody Listening' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.renders).toBe(renders);
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
