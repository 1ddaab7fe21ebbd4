/**
 * Child process for benchmarks: the gateway over a seeded database on a free loopback port — a fresh
 * temporary PostgreSQL database when DATABASE_URL is set (dropped on exit), else in-memory PGlite —
 * so the load generator in the parent never shares an event loop with the server it measures.
 * Prints one JSON line `{ url, token, engine }` when ready; exits on SIGTERM or when stdin closes.
 */
import { mintToken } from '@coachwork/gateway/auth/tokens.js';
import { openTestDatabase } from '@coachwork/gateway/db/testing.js';
import { createGateway } from '@coachwork/gateway/server.js';
import { northwindCast, seedDemoOrganisations } from '../../support/seed.js';

const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const db = await openTestDatabase(engine);
await seedDemoOrganisations(db);
// Production mode: masked errors, no /dev routes, the settings a real deployment measures.
const gateway = createGateway({ db, dev: false, logLevel: 'silent' });
const { port } = await gateway.listen(0, '127.0.0.1');
const { token } = await mintToken(db, { email: northwindCast.manager.email }, { ttlSeconds: 60 * 60 });
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, token, engine })}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await gateway.close();
  await db.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
