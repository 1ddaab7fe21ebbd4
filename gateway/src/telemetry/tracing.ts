/**
 * OpenTelemetry tracing of the gateway's own work: one SERVER span per HTTP request (continuing the
 * caller's W3C `traceparent`), one span per GraphQL operation under it, and one CLIENT span per SQL
 * statement under whichever of those is running.
 *
 * Spans are made with the OpenTelemetry API only; the SDK and its exporter are loaded by
 * telemetry/start.ts when an OTLP endpoint is configured, and hand their tracer to `useTracer`.
 * Until then every function here calls the work it wraps and nothing else: no span objects, no
 * context switches, so tracing that is off costs one `undefined` check per request and statement.
 *
 * What spans carry is bounded and impersonal, like the metrics: the method, the route (one of the
 * gateway's fixed paths), the status, the operation's type and name, the SQL text with its `$n`
 * placeholders. Never a variable, a parameter value, a token, an organisation or a person.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';

let tracer: Tracer | undefined;

/** Turns tracing on (a tracer from the SDK) or off (undefined). */
export function useTracer(next: Tracer | undefined): void {
  tracer = next;
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/**
 * Runs `handle` inside the request's SERVER span, a child of the caller's `traceparent` when it sends
 * one. The span ends when the response has been sent (or the connection dropped); a 5xx marks it
 * failed, as OpenTelemetry's HTTP conventions ask of a server.
 */
export function traceRequest(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  handle: () => Promise<void>,
): Promise<void> {
  if (!tracer) return handle();
  const method = (req.method ?? 'GET').toUpperCase();
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': method,
        'http.route': route,
        'url.path': (req.url ?? '/').split('?')[0] ?? '/',
        'url.scheme': 'http',
        'network.protocol.version': req.httpVersion,
      },
    },
    parent,
  );
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  res.once('finish', end);
  res.once('close', end);
  return context.with(trace.setSpan(parent, span), handle);
}

/**
 * Runs one SQL statement inside a CLIENT span named after its first keyword, when it belongs to
 * traced work (a request, an operation). Statements outside any span, the job queue's polling every
 * second above all, would each be a trace of one span: noise that buries the requests.
 */
export function traceStatement<T>(
  engine: 'postgres' | 'pglite',
  sql: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!tracer || !trace.getActiveSpan()) return run();
  const text = sql.trim();
  const operation = /^[a-z]+/i.exec(text)?.[0]?.toUpperCase() ?? 'SQL';
  const attributes: Attributes = {
    'db.system.name': 'postgresql',
    'db.query.text': text,
    'db.operation.name': operation,
    'coachwork.db.engine': engine,
  };
  return tracer.startActiveSpan(operation, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await run();
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Each GraphQL operation's span, from the plugin that opens it to the executor that runs under it,
 * keyed by the operation's `metrics` object: Apollo hands the executor a copy of the request but the
 * same metrics, one per operation (a batch's operations share their context value).
 */
const operationSpans = new WeakMap<object, Span>();

/**
 * Apollo plugin: a span per operation (a batched HTTP request has several), named `query Name` once
 * Apollo has resolved the operation, failed when the operation ends in an error that is not the
 * client's. Parsing, validation and the caller's sign-in happen inside it.
 */
export const operationTracing: ApolloServerPlugin<object> = {
  async requestDidStart({ metrics }) {
    if (!tracer) return;
    const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
    operationSpans.set(metrics, span);
    return {
      async didResolveOperation({ operation, operationName }) {
        const type = operation?.operation ?? 'query';
        span.updateName(operationName ? `${type} ${operationName}` : type);
        span.setAttribute('graphql.operation.type', type);
        if (operationName) span.setAttribute('graphql.operation.name', operationName);
      },
      async didEncounterErrors({ errors }) {
        const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
        span.setAttribute('coachwork.graphql.error_codes', codes);
        if (codes.includes('INTERNAL_SERVER_ERROR')) span.setStatus({ code: SpanStatusCode.ERROR });
      },
      async willSendResponse() {
        operationSpans.delete(metrics);
        span.end();
      },
    };
  },
};

/** Runs an operation's execution under its span, so the statements its resolvers send are its children. */
export function executeInOperationSpan<T>(operationMetrics: object, execute: () => Promise<T>): Promise<T> {
  const span = tracer ? operationSpans.get(operationMetrics) : undefined;
  if (!span) return execute();
  return context.with(trace.setSpan(context.active(), span), execute);
}
