/**
 * Child process for benchmarks: the gateway over a seeded in-memory PGlite on a free loopback port,
 * so the load generator in the parent never shares an event loop with the server it measures.
 * Prints one JSON line `{ url, token }` when ready; exits on SIGTERM or when stdin closes.
 */
import { mintToken } from '@coachwork/gateway/auth/tokens.js';
import { openDatabase } from '@coachwork/gateway/db/index.js';
import { createGateway } from '@coachwork/gateway/server.js';
import { northwindCast, seedDemoOrganisations } from '../../support/seed.js';

const db = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
await seedDemoOrganisations(db);
// Production mode: masked errors, no /dev routes, the settings a real deployment measures.
const gateway = createGateway({ db, dev: false, logLevel: 'silent' });
const { port } = await gateway.listen(0, '127.0.0.1');
const { token } = await mintToken(db, { email: northwindCast.manager.email }, { ttlSeconds: 60 * 60 });
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, token })}\n`);

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
