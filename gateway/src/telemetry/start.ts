/**
 * Starts OpenTelemetry tracing when an OTLP endpoint is configured, with the SDK's own environment
 * variables: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (the full URL of `/v1/traces`) or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (the collector's base URL), `OTEL_EXPORTER_OTLP_HEADERS`,
 * `OTEL_SERVICE_NAME` (default `coachwork-gateway`), `OTEL_RESOURCE_ATTRIBUTES`, and
 * `OTEL_SDK_DISABLED=true` to keep it off. Spans go out as OTLP/HTTP JSON in batches.
 *
 * The SDK is imported only then, so a gateway without an endpoint loads none of it.
 */
import { useTracer } from './tracing.js';

export interface Tracing {
  /** Where spans are sent. */
  readonly endpoint: string;
  /** Sends what is buffered now (tests, and before exit). */
  flush(): Promise<void>;
  /** Sends what is buffered and stops tracing. */
  shutdown(): Promise<void>;
}

function tracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (base) return `${base.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}

/** Starts tracing if `env` configures an endpoint; undefined (and nothing loaded) if it does not. */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  const endpoint = tracesEndpoint(env);
  if (!endpoint) return undefined;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, resources, conventions] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/semantic-conventions'),
    ]);
  const resource = resources
    .resourceFromAttributes({
      [conventions.ATTR_SERVICE_NAME]: 'coachwork-gateway',
    })
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over the default name.
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  // Registers the W3C trace-context propagator and the AsyncLocalStorage context manager.
  provider.register();
  useTracer(provider.getTracer('coachwork-gateway'));
  return {
    endpoint,
    flush: () => provider.forceFlush(),
    async shutdown() {
      useTracer(undefined);
      await provider.shutdown();
    },
  };
}
