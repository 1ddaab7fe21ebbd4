import type { Database } from '../../db/types.js';
import type { JobQueue } from '../queue.js';

/**
 * The child side of a test worker process, once its queue has started: prints `ready`; with
 * `exitWhenIdle`, polls until nothing is left in the outbox or the queue (nor in `alsoWaiting`,
 * what depth() does not count), then stops gracefully, prints `idle` and exits 0; otherwise serves
 * until SIGTERM, then stops gracefully and exits 0.
 */
export async function serveUntilIdleOrStopped(
  queue: JobQueue,
  db: Database,
  options: { exitWhenIdle: boolean; alsoWaiting?: () => Promise<number> },
): Promise<void> {
  process.stdout.write('ready\n');
  if (options.exitWhenIdle) {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const queued = (await queue.depth()).reduce(
        (sum, depth) => sum + depth.outbox + depth.queued + depth.active,
        0,
      );
      if (queued + ((await options.alsoWaiting?.()) ?? 0) === 0) break;
    }
    await queue.stop();
    await db.close();
    process.stdout.write('idle\n');
    process.exit(0);
  }
  process.on('SIGTERM', () => {
    void queue
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}
