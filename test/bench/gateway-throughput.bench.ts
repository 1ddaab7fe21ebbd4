/**
 * Gateway throughput over loopback: the signed-in `viewer` query (token verification, tenant
 * transaction, DataLoader, SQL) against `/healthz` (the same HTTP stack, no GraphQL, no database),
 * measured in the same run so the ratio says what GraphQL + auth + storage cost on this machine.
 * Runs on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set.
 */
import { startGatewayProcess } from './support/gateway-process.js';
import { report, runLoad, type LoadLimits, type LoadTarget } from './support/load.js';

const limits: LoadLimits = {
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
  maxRequests: Number(process.env.BENCH_MAX_REQUESTS ?? 20_000),
  maxMs: Number(process.env.BENCH_MAX_MS ?? 5_000),
};
const warmup: LoadLimits = { concurrency: limits.concurrency, maxRequests: 500, maxMs: 2_000 };

const VIEWER_QUERY = `query BenchViewer {
  viewer { id name email locale timeZone roles jobLevel organisation { id name locales timeZone } }
}`;

const gateway = await startGatewayProcess();
try {
  const healthz: LoadTarget = {
    method: 'GET',
    url: `${gateway.url}/healthz`,
    check: (status) => {
      if (status !== 200) throw new Error(`/healthz answered ${status}`);
    },
  };
  const viewer: LoadTarget = {
    method: 'POST',
    url: `${gateway.url}/graphql`,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${gateway.token}`,
    },
    body: JSON.stringify({ query: VIEWER_QUERY }),
    check: (status, body) => {
      // A fast error is not throughput: every answer must carry the viewer and no errors.
      if (status !== 200 || !body.includes('"viewer":{') || body.includes('"errors"')) {
        throw new Error(`viewer query answered ${status}: ${body.slice(0, 300)}`);
      }
    },
  };

  await runLoad(healthz, warmup);
  await runLoad(viewer, warmup);
  const baseline = await runLoad(healthz, limits);
  const subject = await runLoad(viewer, limits);

  console.log(
    `gateway throughput on ${gateway.engine}, ${limits.concurrency} concurrent keep-alive connections, ` +
      `at most ${limits.maxRequests} requests or ${limits.maxMs / 1000} s each`,
  );
  console.log(
    report([
      ['GET /healthz (baseline)', baseline],
      ['POST /graphql viewer', subject],
    ]),
  );
  console.log(
    `ratio viewer/healthz: throughput ${(subject.perSecond / baseline.perSecond).toFixed(3)}, ` +
      `p50 latency ${(subject.p50Ms / baseline.p50Ms).toFixed(2)}x`,
  );
} finally {
  await gateway.close();
}
