/**
 * Child process for the throughput benchmark: the compiled gateway (gateway/dist, plain `node`, no
 * TypeScript runner) in production mode over DATABASE_URL, on a free loopback port. Its cost budget
 * is unlimited so that the benchmark measures the request path rather than the throttle (the budget
 * is still charged on every request). Prints `{ url }` when ready; exits on SIGTERM.
 */
import { pathToFileURL } from 'node:url';

// BENCH_GATEWAY_DIST measures another build (an earlier commit's) against the same baseline.
const dist = process.env.BENCH_GATEWAY_DIST
  ? pathToFileURL(`${process.env.BENCH_GATEWAY_DIST}/`).href
  : new URL('../../dist/', import.meta.url).href;
const { openDatabase } = await import(`${dist}db/index.js`);
const { CostBudget } = await import(`${dist}limits/budget.js`);
const { createGateway } = await import(`${dist}server.js`);

// The parent created, migrated and seeded the database.
const db = await openDatabase({ url: process.env.DATABASE_URL, maxConnections: 10, migrate: false });
const endless = { capacity: Number.MAX_SAFE_INTEGER / 4, restoreRate: Number.MAX_SAFE_INTEGER / 4 };
const gateway = createGateway({
  db,
  dev: false,
  logLevel: 'silent',
  budget: new CostBudget({ person: endless, organisation: endless }),
});
const { port } = await gateway.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
process.once('SIGTERM', async () => {
  await gateway.close();
  await db.close();
  process.exit(0);
});
