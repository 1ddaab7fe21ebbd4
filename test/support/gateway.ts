import { openTestDatabase } from '@coachwork/gateway/db/testing.js';
import type { Database } from '@coachwork/gateway/db/types.js';
import { JobQueue } from '@coachwork/gateway/jobs/queue.js';
import { matchProposalJob } from '@coachwork/gateway/modules/programMatching/proposal-job.js';
import { createGateway } from '@coachwork/gateway/server.js';

export interface TestGateway {
  /** e.g. http://localhost:41234 */
  readonly url: string;
  readonly db: Database;
  close(): Promise<void>;
}

/**
 * The real gateway in dev mode (the demo pages mint tokens through its /dev routes) over an
 * in-memory PGlite database, migrated as the gateway's own tests open it, that `prepare` fills, with
 * the job queue computing match proposals as `coachwork serve` does.
 */
export async function startTestGateway(prepare: (db: Database) => Promise<void>): Promise<TestGateway> {
  const db = await openTestDatabase('pglite');
  try {
    await prepare(db);
    const gateway = createGateway({ db, dev: true, logLevel: 'silent' });
    const jobs = new JobQueue(db, [matchProposalJob()], { pollingIntervalSeconds: 1, relayIntervalMs: 500 });
    await jobs.start();
    const { port } = await gateway.listen(0, 'localhost');
    return {
      url: `http://localhost:${port}`,
      db,
      async close() {
        await jobs.stop();
        await gateway.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
