/**
 * GET /metrics in the Prometheus text format: request rate and latency per route, errors by code
 * (refusals before execution and errors during it), and the PostgreSQL pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

/** The value of one sample line, e.g. `name{a="b"} 3`; undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(testEngines())('/metrics on %s', (engine) => {
  let db: Database;
  let fixture: GatewayFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    fixture = await createGatewayFixture(db, `metrics-${engine}`);
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('counts requests, their latency and their errors by code', async () => {
    const token = await tokenFor(db, fixture.managerId);
    for (let i = 0; i < 3; i++) {
      const ok = await postGraphQL(running.url, { query: '{ viewer { id name } }' }, { token });
      expect(ok.status).toBe(200);
    }
    const refused = await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token: 'not-a-jwt' });
    expect(refused.status).toBe(401);
    const invalid = await postGraphQL(running.url, { query: '{ viewer { noSuchField } }' }, { token });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await fetch(`${running.url}/no/such/route/${Math.random()}`);

    const response = await fetch(`${running.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();

    expect(sample(text, 'coachwork_http_requests_total{method="POST",route="/graphql",status="200"}')).toBe(
      3,
    );
    expect(sample(text, 'coachwork_http_requests_total{method="POST",route="/graphql",status="401"}')).toBe(
      1,
    );
    // An unknown path is one series, whatever the path: clients cannot mint label values.
    expect(sample(text, 'coachwork_http_requests_total{method="GET",route="other",status="404"}')).toBe(1);
    expect(text).not.toContain('/no/such/route');
    expect(
      sample(text, 'coachwork_http_request_duration_seconds_count{method="POST",route="/graphql"}'),
    ).toBe(5);
    expect(
      sample(
        text,
        'coachwork_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/graphql"}',
      ),
    ).toBe(5);
    expect(sample(text, 'coachwork_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(sample(text, 'coachwork_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    // The process defaults come along (event-loop lag, heap).
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it.runIf(engine === 'postgres')('reports the PostgreSQL pool: total, idle and waiting', async () => {
    const text = await (await fetch(`${running.url}/metrics`)).text();
    const total = sample(text, 'coachwork_db_pool_connections{state="total"}');
    const idle = sample(text, 'coachwork_db_pool_connections{state="idle"}');
    expect(total).toBeGreaterThan(0);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(total!);
    expect(sample(text, 'coachwork_db_pool_connections{state="waiting"}')).toBe(0);
  });
});
