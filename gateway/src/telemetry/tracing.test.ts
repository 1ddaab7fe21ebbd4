/**
 * OpenTelemetry tracing, exported over OTLP/HTTP to a collector running in this process: the
 * caller's trace continues into the gateway, a GraphQL operation's statements are its children, and
 * nothing personal travels in a span. Off when no endpoint is configured.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { startTracing, type Tracing } from './start.js';
import { traceStatement } from './tracing.js';

/** One span as OTLP/JSON carries it (the fields this test reads). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  status?: { code?: number };
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: Record<string, unknown> }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

const SERVER = 2;
const CLIENT = 3;
const STATUS_ERROR = 2;

/** The collector's side of OTLP/HTTP: POST /v1/traces with a JSON ExportTraceServiceRequest. */
async function startCollector() {
  const exports: OtlpExport[] = [];
  const contentTypes: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      contentTypes.push(req.headers['content-type'] ?? '');
      exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exports,
    contentTypes,
    spans: () => exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))),
    clear: () => exports.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function attribute(span: OtlpSpan, key: string): unknown {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  if (!value) return undefined;
  if ('intValue' in value) return Number(value.intValue);
  if ('arrayValue' in value) {
    return ((value.arrayValue as { values?: { stringValue?: string }[] }).values ?? []).map(
      (v) => v.stringValue,
    );
  }
  return Object.values(value)[0];
}

/** The hex ids OTLP/JSON uses; some exporters send base64, which the collector must accept too. */
function hexId(id: string): string {
  return /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
}

describe.each(testEngines())('tracing on %s', (engine) => {
  let db: Database;
  let fixture: GatewayFixture;
  let running: RunningGateway;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let tracing: Tracing | undefined;

  beforeAll(async () => {
    collector = await startCollector();
    db = await openTestDatabase(engine);
    fixture = await createGatewayFixture(db, `tracing-${engine}`);
    running = await startGateway(db);
  });
  afterEach(async () => {
    await tracing?.shutdown();
    tracing = undefined;
    collector.clear();
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
    await collector?.close();
  });

  it('is off without an endpoint: nothing is loaded and nothing is sent', async () => {
    expect(await startTracing({})).toBeUndefined();
    expect(
      await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SDK_DISABLED: 'true' }),
    ).toBe(undefined);
    const token = await tokenFor(db, fixture.managerId);
    const answer = await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token });
    expect(answer.status).toBe(200);
    // Without a tracer the wrapper is the work itself: the same promise, no span around it.
    const work = Promise.resolve(1);
    expect(traceStatement('pglite', 'select 1', () => work)).toBe(work);
    expect(collector.exports).toHaveLength(0);
  });

  it('continues the caller’s trace: HTTP request → operation → each SQL statement, nothing personal', async () => {
    const token = await tokenFor(db, fixture.managerId);
    tracing = await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/` });
    expect(tracing?.endpoint).toBe(`${collector.url}/v1/traces`);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const answer = await postGraphQL(
      running.url,
      { query: 'query ViewerGoals { viewer { id name } goals(first: 5) { edges { node { id title } } } }' },
      { token, headers: { traceparent: `00-${traceId}-${callerSpan}-01` } },
    );
    expect(answer.status).toBe(200);
    await tracing!.flush();

    expect(collector.contentTypes[0]).toMatch(/^application\/json/);
    const service = collector.exports[0]!.resourceSpans[0]!.resource.attributes.find(
      (a) => a.key === 'service.name',
    );
    expect(service?.value).toEqual({ stringValue: 'coachwork-gateway' });

    const spans = collector.spans();
    const request = spans.find((s) => s.kind === SERVER)!;
    expect(request.name).toBe('POST /graphql');
    expect(hexId(request.traceId)).toBe(traceId);
    expect(hexId(request.parentSpanId!)).toBe(callerSpan);
    expect(attribute(request, 'http.request.method')).toBe('POST');
    expect(attribute(request, 'http.route')).toBe('/graphql');
    expect(attribute(request, 'http.response.status_code')).toBe(200);

    const operation = spans.find((s) => s.name === 'query ViewerGoals')!;
    expect(operation).toBeDefined();
    expect(hexId(operation.parentSpanId!)).toBe(hexId(request.spanId));
    expect(attribute(operation, 'graphql.operation.type')).toBe('query');
    expect(attribute(operation, 'graphql.operation.name')).toBe('ViewerGoals');

    // Work outside any request (a background refresh) has traces of its own; this request's are here.
    const statements = spans.filter((s) => s.kind === CLIENT && hexId(s.traceId) === traceId);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(attribute(statement, 'db.system.name')).toBe('postgresql');
      expect(attribute(statement, 'db.query.text')).toMatch(/\S/);
      expect([hexId(request.spanId), hexId(operation.spanId)]).toContain(hexId(statement.parentSpanId!));
    }
    // The resolvers' statements run under the operation (the sign-in's may run before it starts).
    expect(statements.some((s) => hexId(s.parentSpanId!) === hexId(operation.spanId))).toBe(true);

    // Spans carry SQL text with placeholders, never values: not the person, the organisation or the token.
    const everything = JSON.stringify(collector.exports);
    for (const secret of [fixture.managerId, fixture.orgId, token]) expect(everything).not.toContain(secret);
  });

  it('tells a client’s errors by code without failing the server span, and marks a failed statement', async () => {
    tracing = await startTracing({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces` });
    const token = await tokenFor(db, fixture.managerId);
    const invalid = await postGraphQL(running.url, { query: '{ viewer { noSuchField } }' }, { token });
    expect(invalid.status).toBe(400);
    const refused = await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token: 'not-a-jwt' });
    expect(refused.status).toBe(401);
    await tracing!.flush();
    const spans = collector.spans();
    const requests = spans.filter((s) => s.kind === SERVER);
    expect(requests.map((s) => attribute(s, 'http.response.status_code')).sort()).toEqual([400, 401]);
    // A client's mistake is not the server's failure.
    for (const span of requests) expect(span.status?.code ?? 0).not.toBe(STATUS_ERROR);
    const validation = spans.find((s) =>
      (attribute(s, 'coachwork.graphql.error_codes') as string[] | undefined)?.includes(
        'GRAPHQL_VALIDATION_FAILED',
      ),
    );
    expect(validation).toBeDefined();

    // A statement that fails marks its span failed, with the exception recorded.
    collector.clear();
    await expect(
      trace
        .getTracer('test')
        .startActiveSpan('traced work', (span) =>
          db
            .withTenant(fixture.orgId, (tx) => tx.query('select * from no_such_table_for_tracing'))
            .finally(() => span.end()),
        ),
    ).rejects.toThrow();
    // The same outside any traced work (a background poll) is not a trace of its own.
    await expect(
      db.withTenant(fixture.orgId, (tx) => tx.query('select * from no_such_table_untraced')),
    ).rejects.toThrow();
    await tracing!.flush();
    const failed = collector
      .spans()
      .find((s) => attribute(s, 'db.query.text') === 'select * from no_such_table_for_tracing');
    expect(failed?.status?.code).toBe(STATUS_ERROR);
    expect(JSON.stringify(collector.exports)).not.toContain('no_such_table_untraced');
  });
});
