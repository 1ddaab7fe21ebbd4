import { Agent, request } from 'node:http';

export interface LoadTarget {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Rejects the whole run when a response is not what the benchmark expects (a fast error is not throughput). */
  check?: (status: number, body: string) => void;
}

export interface LoadLimits {
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop after this many requests… */
  maxRequests: number;
  /** …or after this long, whichever comes first. */
  maxMs: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function once(target: LoadTarget, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(target.url, { method: target.method, headers: target.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          target.check?.(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(target.body);
  });
}

/**
 * Closed-loop load over keep-alive connections: `concurrency` workers each send the next request as
 * soon as the previous one answered, until the count or time bound is hit.
 */
export async function runLoad(target: LoadTarget, limits: LoadLimits): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: limits.concurrency });
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  const deadline = begin + limits.maxMs;
  const worker = async (): Promise<void> => {
    while (started < limits.maxRequests && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      await once(target, agent);
      latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: limits.concurrency }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

/** One aligned line per result, then the subject-to-baseline ratio. */
export function report(rows: ReadonlyArray<readonly [label: string, result: LoadResult]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  const fmt = (n: number, digits: number) => n.toFixed(digits).padStart(9);
  return rows
    .map(
      ([label, r]) =>
        `${label.padEnd(width)}  ${String(r.requests).padStart(7)} req in ${r.seconds.toFixed(2)} s` +
        `  ${fmt(r.perSecond, 0)} req/s   p50 ${fmt(r.p50Ms, 2)} ms  p95 ${fmt(r.p95Ms, 2)} ms  p99 ${fmt(r.p99Ms, 2)} ms`,
    )
    .join('\n');
}
