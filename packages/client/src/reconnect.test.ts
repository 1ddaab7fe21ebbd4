import type { TypedDocumentString } from '@coachwork/schema/gql/graphql.js';
import type { OperationResult } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { toGatewayError } from './errors.js';
import { query } from './query.js';
import { RECONNECT_MAX_DELAY_MS } from './recovery.js';
import { getClient, setTokenProvider } from './registry.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

const VIEWER_TEXT = 'query ReconnectViewer { viewer { __typename id name } }';
const VIEWER = VIEWER_TEXT as unknown as TypedDocumentString<
  { viewer: { id: string; name: string } | null },
  Record<string, never>
>;
const PERSON = 'query ReconnectPerson($id: ID!) { person(id: $id) { __typename id name } }';

const portOf = (url: string): number => Number(new URL(url).port);

describe('queries that failed because nothing answered', () => {
  const running: TestGateway[] = [];
  const subscriptions: Array<{ unsubscribe(): void }> = [];
  afterEach(async () => {
    subscriptions.splice(0).forEach((s) => s.unsubscribe());
    await Promise.all(running.splice(0).map((g) => g.close().catch(() => undefined)));
  });

  /** Shows `document` as a widget would: subscribed until the test ends, every result kept. */
  function show(url: string, document: string, variables: Record<string, unknown>): OperationResult[] {
    const results: OperationResult[] = [];
    subscriptions.push(
      getClient(url)
        .query(document, variables)
        .subscribe((result) => results.push(result)),
    );
    return results;
  }

  it('come back by themselves, all of them, once the gateway answers again', async () => {
    const first = await startTestGateway();
    const port = portOf(first.url);
    const url = first.url;
    await first.close();
    setTokenProvider(url, async () => 'ok');

    const shown = [
      show(url, VIEWER_TEXT, {}),
      show(url, PERSON, { id: 'UGVyc29uOjE' }),
      show(url, PERSON, { id: 'UGVyc29uOjI' }),
    ];
    await waitFor(() => shown.every((results) => results.length > 0));
    expect(shown.map((results) => toGatewayError(results.at(-1)?.error)?.code)).toEqual([
      'NETWORK',
      'NETWORK',
      'NETWORK',
    ]);

    const again = await startTestGateway(port);
    running.push(again);
    again.acceptedTokens.add('ok');
    await waitFor(
      () => shown.every((results) => results.at(-1)?.data != null),
      RECONNECT_MAX_DELAY_MS + 2000,
    );
    expect(shown.map((results) => results.at(-1)?.error)).toEqual([undefined, undefined, undefined]);
    // One probe found the gateway; the other two followed without waiting for their own back-off.
    expect(again.requests.length).toBeLessThanOrEqual(4);
  });

  it('name the service unreachable, not the sign-in refused, when the token request got no answer', async () => {
    const gateway = await startTestGateway();
    running.push(gateway);
    gateway.acceptedTokens.add('minted');
    let down = true;
    const hostTokenEndpoint = async (): Promise<string> => {
      if (down) {
        // What a host's provider sees when its token endpoint is down: fetch's TypeError, often wrapped.
        const failed = await fetch('http://127.0.0.1:9/token').catch((error: unknown) => error);
        throw new Error('The token service is not reachable.', { cause: failed });
      }
      return 'minted';
    };
    setTokenProvider(gateway.url, hostTokenEndpoint);

    const shown = show(gateway.url, VIEWER_TEXT, {});
    await waitFor(() => shown.length > 0);
    expect(toGatewayError(shown[0]?.error)?.code).toBe('NETWORK');

    down = false;
    await waitFor(() => shown.at(-1)?.data != null, RECONNECT_MAX_DELAY_MS + 2000);
    expect(gateway.requests.map((r) => r.headers.authorization)).toEqual(['Bearer minted']);
  });

  it('are not sent again when the gateway refused them', async () => {
    const gateway = await startTestGateway();
    running.push(gateway);
    setTokenProvider(gateway.url, async () => 'refused');
    const refused = await query(gateway.url, VIEWER, {});
    expect(refused.error?.code).toBe('UNAUTHENTICATED');
    const sent = gateway.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(gateway.requests.length).toBe(sent);
  });
});
