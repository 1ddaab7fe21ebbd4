import { makeOperation, type CombinedError, type Exchange, type Operation } from '@urql/core';
import { onPush, pipe } from 'wonka';
import { isUnreachable } from './errors.js';

export interface ReconnectOptions {
  /** The first wait after a failure; each failed attempt doubles it up to `maxDelayMs`. */
  initialDelayMs?: number;
  /**
   * The longest wait between attempts. Short on purpose: a widget should come back within a few
   * seconds of the gateway answering, and only one request per page probes meanwhile.
   */
  maxDelayMs?: number;
}

export const RECONNECT_INITIAL_DELAY_MS = 500;
export const RECONNECT_MAX_DELAY_MS = 4000;

/**
 * Brings back the queries that failed because the gateway (or the token endpoint in front of it)
 * could not be reached, without anyone clicking "Try again".
 *
 * The failed answer is passed on, so each widget says the service is unreachable. Meanwhile one
 * of the waiting queries probes again after an exponential back-off with jitter (so the pages of
 * a whole intranet do not come back in lockstep), and at once when the browser comes back online
 * or the page becomes visible again. The first answer from the gateway, to any operation of this
 * client, re-sends every waiting query: one recovery brings back every widget that shares it.
 *
 * It sits above the auth exchange so that a re-sent query asks for a token again when the last
 * attempt to get one failed. Mutations are never re-sent: they may not be safe to repeat.
 */
export const reconnectExchange =
  ({
    initialDelayMs = RECONNECT_INITIAL_DELAY_MS,
    maxDelayMs = RECONNECT_MAX_DELAY_MS,
  }: ReconnectOptions = {}): Exchange =>
  ({ client, forward }) => {
    /** Queries whose last answer said "unreachable" and that someone still shows, by key. */
    const waiting = new Map<number, Operation>();
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const resend = (operation: Operation): void =>
      client.reexecuteOperation(
        makeOperation(operation.kind, operation, {
          ...operation.context,
          requestPolicy: 'network-only',
          // A fresh attempt for the auth exchange: it asks for a token again if it holds none.
          authAttempt: undefined,
        }),
      );

    const clear = (): void => {
      clearTimeout(timer);
      timer = undefined;
    };

    /** One waiting query asks again; the others follow as soon as it (or anything) gets an answer. */
    const probe = (): void => {
      clear();
      const first = waiting.values().next();
      if (!first.done) resend(first.value);
    };

    const schedule = (): void => {
      if (timer !== undefined) return;
      const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(failures, 16));
      failures++;
      // "Equal jitter": never sooner than half the back-off, so a dead gateway is not hammered.
      timer = setTimeout(probe, ceiling / 2 + Math.random() * (ceiling / 2));
    };

    const recovered = (): void => {
      failures = 0;
      clear();
      const all = [...waiting.values()];
      waiting.clear();
      // Not from inside the result stream: re-executing there would re-enter the exchanges.
      if (all.length > 0) queueMicrotask(() => all.forEach(resend));
    };

    const wake = (): void => {
      if (waiting.size === 0) return;
      if (globalThis.document?.visibilityState === 'hidden') return;
      failures = 0;
      probe();
    };
    globalThis.addEventListener?.('online', wake);
    globalThis.document?.addEventListener('visibilitychange', wake);

    return (operations$) =>
      pipe(
        forward(
          pipe(
            operations$,
            onPush((operation) => {
              if (operation.kind !== 'teardown') return;
              waiting.delete(operation.key);
              if (waiting.size === 0) clear();
            }),
          ),
        ),
        onPush((result) => {
          const { operation, error } = result;
          if (unreachable(error)) {
            if (operation.kind !== 'query') return;
            waiting.set(operation.key, operation);
            // The probe's own failure: wait longer before the next one.
            if (timer === undefined) schedule();
            return;
          }
          waiting.delete(operation.key);
          recovered();
        }),
      );
  };

const unreachable = (error: CombinedError | undefined): boolean =>
  error !== undefined && isUnreachable(error);
