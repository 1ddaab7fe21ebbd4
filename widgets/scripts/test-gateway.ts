/**
 * The gateway the widget tests talk to: the real server in dev mode (for /dev/token) over an
 * in-memory PGlite, migrated and seeded with a small deterministic organisation set.
 * Started by web-test-runner.config.mjs; prints `listening on <url>` on stderr when ready.
 */
import { openDatabase } from '@coachwork/gateway/db/index.js';
import { seed, DEFAULT_SEED_OPTIONS } from '@coachwork/gateway/seed/index.js';
import { createGateway } from '@coachwork/gateway/server.js';

const db = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
// Small enough to start in seconds; the well-known demo people exist at any size.
await seed(db, { ...DEFAULT_SEED_OPTIONS, managers: 40, log: () => {} });
const gateway = createGateway({ db, dev: true, logLevel: 'warn' });
const { port } = await gateway.listen(0, '127.0.0.1');
console.error(`coachwork test gateway listening on http://127.0.0.1:${port}`);

const stop = async (): Promise<void> => {
  await gateway.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
