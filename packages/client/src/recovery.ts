import type { Client, CombinedError, makeOperation, Operation, OperationResult } from '@urql/core';
import type { isFetchFailure } from './errors.js';

export interface RecoveryOptions {
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
 * What this module needs from modules the rest of the client imports too, handed in rather than
 * imported: an import here would make the bundler move them into a third chunk that loads up front.
 */
export interface RecoveryKit {
  readonly makeOperation: typeof makeOperation;
  readonly isFetchFailure: typeof isFetchFailure;
}

/** HTTP statuses of a proxy or load balancer whose gateway behind it is down or restarting. */
const GATEWAY_DOWN_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * True when no gateway answered: the request (or the token provider's own request) never reached
 * it, or a proxy in front of it said it is down. A refused sign-in or a failing provider is not.
 */
export function isUnreachable(error: CombinedError, isFetchFailure: RecoveryKit['isFetchFailure']): boolean {
  const { networkError } = error;
  if (!networkError) return false;
  if (networkError.name === 'TokenProviderError') return isFetchFailure(networkError.cause);
  const status = (error.response as { status?: unknown } | undefined)?.status;
  return typeof status !== 'number' || GATEWAY_DOWN_STATUSES.has(status);
}

/** What reconnect.ts hands the results and teardowns it sees, once this module is loaded. */
export interface Recovery {
  result(result: OperationResult): void;
  teardown(operation: Operation): void;
}

/**
 * The failed answer is passed on, so each widget says the service is unreachable. Meanwhile one
 * of the waiting queries probes again after an exponential back-off with jitter (so the pages of
 * a whole intranet do not come back in lockstep), and at once when the browser comes back online
 * or the page becomes visible again. The first answer from the gateway, to any operation of the
 * client, re-sends every waiting query: one recovery brings back every widget that shares it.
 * Mutations are never re-sent: they may not be safe to repeat.
 */
export function createRecovery(
  client: Client,
  { initialDelayMs = RECONNECT_INITIAL_DELAY_MS, maxDelayMs = RECONNECT_MAX_DELAY_MS }: RecoveryOptions,
  { makeOperation, isFetchFailure }: RecoveryKit,
): Recovery {
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
    const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(failures, 16));
    failures++;
    // "Equal jitter": never sooner than half the back-off, so a dead gateway is not hammered.
    timer = setTimeout(probe, ceiling / 2 + Math.random() * (ceiling / 2));
  };

  const wake = (): void => {
    if (waiting.size === 0 || globalThis.document?.visibilityState === 'hidden') return;
    failures = 0;
    probe();
  };
  globalThis.addEventListener?.('online', wake);
  globalThis.document?.addEventListener('visibilitychange', wake);

  return {
    result({ operation, error }) {
      if (error && isUnreachable(error, isFetchFailure)) {
        if (operation.kind !== 'query') return;
        waiting.set(operation.key, operation);
        // The probe's own failure: wait longer before the next one.
        if (timer === undefined) schedule();
        return;
      }
      waiting.delete(operation.key);
      failures = 0;
      clear();
      const all = [...waiting.values()];
      waiting.clear();
      // Not from inside the result stream: re-executing there would re-enter the exchanges.
      if (all.length > 0) queueMicrotask(() => all.forEach(resend));
    },
    teardown(operation) {
      waiting.delete(operation.key);
      if (waiting.size === 0) clear();
    },
  };
}
