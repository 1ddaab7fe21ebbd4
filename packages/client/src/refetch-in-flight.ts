import { makeOperation, type Exchange, type Operation } from '@urql/core';
import { filter, makeSubject, map, merge, onPush, pipe } from 'wonka';

/**
 * Asks again for every query whose answer is on its way when a mutation's result arrives, and
 * drops the answer that was asked for first.
 *
 * urql's document cache invalidates only the results it holds: a query still on its first load
 * (or on a re-fetch) has none yet, so its answer, computed before the mutation, would be cached
 * and shown as current (a progress card loading while a goal is created would miss the goal).
 * The client's own dedup would drop a re-execution of an operation in flight, so the new request
 * is sent from here, below the client, and the older answer is filtered out by its attempt.
 */
export const refetchInFlightExchange: Exchange = ({ forward }) => {
  /** Queries sent and not answered yet, by key. */
  const inFlight = new Map<number, Operation>();
  /** The attempt last sent per key: an answer to an earlier one is dropped, even after the latest is in. */
  const latest = new Map<number, unknown>();
  const resend = makeSubject<Operation>();
  let attempts = 0;
  const attemptOf = (operation: Operation): unknown => operation.context['refetchAttempt'];

  return (operations$) =>
    pipe(
      forward(
        pipe(
          merge([
            // Every query sent gets an attempt of its own: the cache's re-execution after a mutation
            // has the key of an earlier request still on its way, and must not let that answer through.
            pipe(
              operations$,
              map((operation) =>
                operation.kind === 'query'
                  ? makeOperation('query', operation, { ...operation.context, refetchAttempt: ++attempts })
                  : operation,
              ),
            ),
            resend.source,
          ]),
          onPush((operation) => {
            if (operation.kind === 'query') {
              inFlight.set(operation.key, operation);
              latest.set(operation.key, attemptOf(operation));
            } else if (operation.kind === 'teardown') {
              inFlight.delete(operation.key);
              latest.delete(operation.key);
            }
          }),
        ),
      ),
      filter((result) => {
        const { operation } = result;
        if (operation.kind === 'query') {
          if (latest.get(operation.key) !== attemptOf(operation)) return false;
          inFlight.delete(operation.key);
        } else if (operation.kind === 'mutation' && result.data) {
          for (const pending of [...inFlight.values()])
            resend.next(
              makeOperation('query', pending, {
                ...pending.context,
                requestPolicy: 'network-only',
                refetchAttempt: ++attempts,
              }),
            );
        }
        return true;
      }),
    );
};
