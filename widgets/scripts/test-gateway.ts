/**
 * The gateway the widget tests talk to: the real server in dev mode (for /dev/token) over an
 * in-memory PGlite, migrated and seeded with a small deterministic organisation set, plus one
 * organisation on a small cost budget (slug `throttled`) so that a widget meets a real
 * RATE_LIMITED answer from the real gateway.
 * Started by web-test-runner.config.mjs; prints `listening on <url>` on stderr when ready.
 */
import { budget as standardBudget } from '@coachwork/gateway/config.js';
import { openTestDatabase } from '@coachwork/gateway/db/testing.js';
import { JobQueue } from '@coachwork/gateway/jobs/queue.js';
import { CostBudget } from '@coachwork/gateway/limits/budget.js';
import { matchProposalJob } from '@coachwork/gateway/modules/programMatching/proposal-job.js';
import { seed, DEFAULT_SEED_OPTIONS } from '@coachwork/gateway/seed/index.js';
import { createGateway } from '@coachwork/gateway/server.js';
import { createGatewayFixture } from '@coachwork/gateway/testing/fixtures.js';
import { seedComments } from './test-gateway-comments.js';
import { seedCoachDesk } from './test-gateway-desk.js';
import { seedLoop, seedPulse } from './test-gateway-pulse.js';

const db = await openTestDatabase('pglite');
// Small enough to start in seconds; the well-known demo people exist at any size.
await seed(db, { ...DEFAULT_SEED_OPTIONS, managers: 40, log: () => {} });
// Its people (report1@throttled.example, …) have 20 points, 10 back a second: a few requests
// spend them, and a widget is answered again within a second or two of the last one.
const throttled = await createGatewayFixture(db, 'throttled');
// The coach desk's own organisations (coach@desk.example, coach@deskempty.example): its tests
// record sessions as held and change availability without touching anyone another test reads.
await seedCoachDesk(db);
// The 360 pulse's organisation (report1@pulse.example, …): an open phase whose raters its tests answer.
await seedPulse(db);
// The program console's coach comments (admin@comments.example): one coach's comments released, one's withheld.
await seedComments(db);
// The coaching loop's organisation (programadmin@loop.example, …): PRE and POST collected through the widgets.
await seedLoop(db);
const budget = new CostBudget(
  standardBudget,
  {},
  new Map([
    [
      throttled.orgId,
      { person: { capacity: 20, restoreRate: 10 }, organisation: { capacity: 200, restoreRate: 100 } },
    ],
  ]),
);
const gateway = createGateway({ db, dev: true, logLevel: 'warn', budget });
// Match proposals are computed on the job queue, as in `coachwork serve`.
const jobs = new JobQueue(db, [matchProposalJob()], { pollingIntervalSeconds: 1, relayIntervalMs: 500 });
await jobs.start();
// A fixed port (CW_TEST_GATEWAY_PORT) lets a restarted gateway answer where the stopped one did.
const { port } = await gateway.listen(Number(process.env.CW_TEST_GATEWAY_PORT ?? 0), '127.0.0.1');
console.error(`coachwork test gateway listening on http://127.0.0.1:${port}`);

const stop = async (): Promise<void> => {
  await jobs.stop();
  await gateway.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
