import type { OperationResult } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toGatewayError } from './errors.js';
import { RECONNECT_MAX_DELAY_MS } from './recovery.js';
import { getClient, setTokenProvider } from './registry.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';
import { waitFor } from './testing/wait-for.js';

const VIEWER_TEXT = 'query ReconnectViewer { viewer { __typename id name } }';
const PERSON = 'query ReconnectPerson($id: ID!) { person(id: $id) { __typename id name } }';

const portOf = (url: string): number => Number(new URL(url).port);

describe('queries that failed because nothing answered', () => {
  const running: TestGateway[] = [];
  const subscriptions: Array<{ unsubscribe(): void }> = [];
  afterEach(async () => {
    vi.restoreAllMocks();
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

  /** Resolves once every answer the client asked for from now on has reached it in full. */
  function answersReceived(): () => Promise<void> {
    const bodies: Array<Promise<unknown>> = [];
    const original = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((...args: Parameters<typeof fetch>) => {
      const answer = original(...args);
      bodies.push(answer.then((response) => response.clone().arrayBuffer()).catch(() => undefined));
      return answer;
    });
    return async () => {
      for (let seen = -1; seen !== bodies.length;) {
        seen = bodies.length;
        await Promise.all(bodies);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
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
    const port = portOf(gateway.url);
    const url = gateway.url;
    setTokenProvider(url, async () => 'ok');
    // Still shown, as a widget shows it, and refused: this gateway accepts no token.
    const refused = show(url, VIEWER_TEXT, {});
    await waitFor(() => refused.length > 0);
    expect(toGatewayError(refused[0]?.error)?.code).toBe('UNAUTHENTICATED');

    // Then the gateway goes away and comes back (accepting the token now): a query shown while it
    // was away waits for it, and the first answer after its return re-sends every waiting query.
    // That is the moment a refused query taken for an unreachable one would be sent again.
    await gateway.close();
    const waiting = show(url, PERSON, { id: 'UGVyc29uOjE' });
    await waitFor(() => waiting.length > 0);
    expect(toGatewayError(waiting[0]?.error)?.code).toBe('NETWORK');
    const answers = answersReceived();
    const again = await startTestGateway(port);
    running.push(again);
    again.acceptedTokens.add('ok');
    await waitFor(() => waiting.at(-1)?.data != null, RECONNECT_MAX_DELAY_MS + 2000);
    // A refused query kept as waiting would be first in line (it failed first), so the probe would
    // have been that query; and the rest are re-sent in a microtask after the probe's answer, with
    // the token at hand, so by the time the poll above saw the answer they were on their way.
    await answers();

    expect(again.requests.map((r) => r.operationName)).toEqual(['ReconnectPerson']);
    expect(refused).toHaveLength(1);
  });
});
