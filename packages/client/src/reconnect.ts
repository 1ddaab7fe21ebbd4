import { makeOperation, type Exchange } from '@urql/core';
import { onPush, pipe } from 'wonka';
import { isFetchFailure } from './errors.js';
import type { Recovery, RecoveryOptions } from './recovery.js';

/**
 * Brings back the queries that failed because the gateway (or the token endpoint in front of it)
 * could not be reached, without anyone clicking "Try again" (recovery.ts says how).
 *
 * It sits above the auth exchange so that a re-sent query asks for a token again when the last
 * attempt to get one failed. The logic is loaded with import() on the first failed answer: a page
 * that never meets an outage does not carry it (every widget's first-load size budget carries this
 * package). Once loaded it sees every answer, to tell when the gateway is back.
 */
export const reconnectExchange =
  (options: RecoveryOptions = {}): Exchange =>
  ({ client, forward }) => {
    let recovery: Promise<Recovery | undefined> | undefined;
    const load = (): Promise<Recovery | undefined> =>
      (recovery ??= import('./recovery.js').then(
        ({ createRecovery }) => createRecovery(client, options, { makeOperation, isFetchFailure }),
        // Offline before it could load: the next failure asks for it again.
        () => (recovery = undefined),
      ));
    return (operations$) =>
      pipe(
        forward(
          pipe(
            operations$,
            onPush((operation) => {
              if (operation.kind === 'teardown') void recovery?.then((r) => r?.teardown(operation));
            }),
          ),
        ),
        onPush((result) => {
          if (recovery || result.error) void load().then((r) => r?.result(result));
        }),
      );
  };
