/**
 * Graceful shutdown of `coachwork serve`. Order matters: readiness turns false first, so a load
 * balancer polling /readyz stops sending new traffic while the gateway still answers everything;
 * then the listener closes and in-flight requests finish (Apollo's drain); then background work
 * (analytics rebuilds started by requests) ends; only then is the database closed, so nothing still
 * running finds its pool gone. Job workers stop after the requests (a request's enqueue is a row in its
 * own transaction, so none is lost either way) and finish the jobs in hand before the pool closes.
 */
import type { Database } from './db/types.js';
import { backgroundRefreshesSettled } from './modules/analytics/freshness.js';
import type { Gateway } from './server.js';

export interface ShutdownOptions {
  gateway: Gateway;
  db: Database;
  /** Background job workers: stopped after the last request, before the database closes. */
  jobs?: { stop(): Promise<void> };
  /** How long /readyz answers 503 before the listener closes. */
  readinessDelayMs: number;
  log?: (line: string) => void;
}

export async function shutDown({ gateway, db, jobs, readinessDelayMs, log }: ShutdownOptions): Promise<void> {
  gateway.markNotReady();
  if (readinessDelayMs > 0) {
    log?.(`coachwork: not ready; closing the listener in ${readinessDelayMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, readinessDelayMs));
  }
  await gateway.close();
  log?.('coachwork: in-flight requests finished');
  await backgroundRefreshesSettled();
  if (jobs) {
    await jobs.stop();
    log?.('coachwork: background jobs stopped');
  }
  await db.close();
}
