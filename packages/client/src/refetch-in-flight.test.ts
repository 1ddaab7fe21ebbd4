/**
 * The exchange on its own (no network): operations go down to a forward exchange the test
 * answers by hand, in any order, so every interleaving of answers and mutations is exact.
 */
import {
  createRequest,
  gql,
  makeOperation,
  type Client,
  type Operation,
  type OperationContext,
  type OperationResult,
} from '@urql/core';
import { filter, makeSubject, merge, onPush, pipe, subscribe } from 'wonka';
import { describe, expect, it } from 'vitest';
import { refetchInFlightExchange } from './refetch-in-flight.js';

const context = { url: 'http://gateway/graphql', requestPolicy: 'cache-first' } as OperationContext;
const operation = (kind: 'query' | 'mutation' | 'subscription' | 'teardown', text: string): Operation =>
  makeOperation(kind, createRequest(gql(text), {}), context);
const VIEWER = operation('query', 'query V { viewer { id } }');
const GOALS = operation('query', 'query G { goals { id } }');
const RENAME = operation('mutation', 'mutation R { rename { id } }');

/** Runs the exchange: `send` pushes an operation from above, `answer` a result from below. */
function harness() {
  const operations = makeSubject<Operation>();
  const results = makeSubject<OperationResult>();
  const sent: Operation[] = [];
  const delivered: OperationResult[] = [];
  const exchange = refetchInFlightExchange({
    client: {} as Client,
    dispatchDebug: () => {},
    forward: (operations$) =>
      merge([
        pipe(
          operations$,
          onPush((op) => sent.push(op)),
          filter((_op): _op is never => false),
        ),
        results.source,
      ]),
  });
  pipe(
    exchange(operations.source),
    subscribe((result) => delivered.push(result)),
  );
  const answer = (op: Operation, data: unknown = { ok: true }) =>
    results.next({ operation: op, data, stale: false, hasNext: false } as OperationResult);
  const failed = (op: Operation) =>
    results.next({ operation: op, data: undefined, stale: false, hasNext: false } as OperationResult);
  return { send: (op: Operation) => operations.next(op), answer, failed, sent, delivered };
}

const attempt = (op: Operation | undefined) => op?.context['refetchAttempt'];

describe('refetchInFlightExchange', () => {
  it('gives each query sent an attempt of its own, and leaves mutations as they are', () => {
    const run = harness();
    run.send(VIEWER);
    run.send(VIEWER);
    run.send(RENAME);
    expect(run.sent.map(attempt)).toEqual([1, 2, undefined]);
    expect(run.sent[2]).toBe(RENAME);
  });

  it('passes answers through while nothing is re-asked', () => {
    const run = harness();
    run.send(VIEWER);
    run.answer(run.sent[0]!, { viewer: 1 });
    expect(run.delivered.map((r) => r.data)).toEqual([{ viewer: 1 }]);
  });

  it('asks again, network-only, for every query on its way when a mutation succeeds', () => {
    const run = harness();
    run.send(VIEWER);
    run.send(GOALS);
    run.answer(run.sent[1]!);
    run.send(RENAME);
    run.answer(RENAME, { rename: 1 });
    const resent = run.sent.slice(3);
    expect(resent.map((op) => [op.kind, op.key, op.context.requestPolicy, attempt(op)])).toEqual([
      ['query', VIEWER.key, 'network-only', 3],
    ]);
    // The mutation's own result goes up.
    expect(run.delivered.at(-1)?.data).toEqual({ rename: 1 });
  });

  it('drops every answer but the one to the latest attempt, after a re-ask and a re-execution', () => {
    const run = harness();
    run.send(VIEWER); // attempt 1
    run.send(RENAME);
    run.answer(RENAME); // re-asks VIEWER: attempt 2
    run.send(VIEWER); // the cache re-executes it: attempt 3
    expect(run.sent.filter((op) => op.kind === 'query').map(attempt)).toEqual([1, 2, 3]);
    const [first, resent, latest] = run.sent.filter((op) => op.kind === 'query');
    run.answer(first!, { viewer: 'before' });
    run.answer(resent!, { viewer: 'resent' });
    run.answer(latest!, { viewer: 'latest' });
    run.answer(first!, { viewer: 'before, again' });
    expect(run.delivered.map((r) => r.data)).toEqual([{ ok: true }, { viewer: 'latest' }]);
  });

  it('drops the earlier answer when the cache re-executes a query on its way', () => {
    const run = harness();
    run.send(VIEWER);
    run.send(VIEWER);
    run.answer(run.sent[0]!, { viewer: 'old' });
    run.answer(run.sent[1]!, { viewer: 'new' });
    expect(run.delivered.map((r) => r.data)).toEqual([{ viewer: 'new' }]);
  });

  it('re-asks nothing once the query was answered or torn down', () => {
    const run = harness();
    run.send(VIEWER);
    run.send(GOALS);
    run.answer(run.sent[0]!);
    run.send(makeOperation('teardown', GOALS));
    run.send(RENAME);
    run.answer(RENAME);
    expect(run.sent.map((op) => op.kind)).toEqual(['query', 'query', 'teardown', 'mutation']);
    // A torn-down query's late answer is not the latest attempt any more.
    run.answer(run.sent[1]!, { goals: 'late' });
    expect(run.delivered.map((r) => r.data)).toEqual([{ ok: true }, { ok: true }]);
  });

  it('re-asks nothing for a mutation that failed, or for a subscription’s result', () => {
    const run = harness();
    run.send(VIEWER);
    run.send(RENAME);
    run.failed(RENAME);
    const updates = operation('subscription', 'subscription S { updates { id } }');
    run.send(updates);
    run.answer(updates, { updates: 1 });
    expect(run.sent.map((op) => op.kind)).toEqual(['query', 'mutation', 'subscription']);
    expect(run.delivered).toHaveLength(2);
  });
});
