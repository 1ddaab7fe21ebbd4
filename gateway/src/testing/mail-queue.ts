/**
 * The gateway's job queue as mail tests run it: every gateway job, sending through a real
 * SMTP sink in this process, polling often enough that a due job runs within a second.
 */
import type { Database } from '../db/types.js';
import { gatewayJobs } from '../jobs/gateway-jobs.js';
import { JobQueue, type JobQueueOptions } from '../jobs/queue.js';
import { smtpMailer, type Mailer } from '../notifications/mailer.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/** Queue timings for tests: jobs are picked up within half a second of being due. */
export const TEST_QUEUE_TIMINGS: JobQueueOptions = {
  pollingIntervalSeconds: 0.5,
  relayIntervalMs: 100,
  maintenanceIntervalSeconds: 1,
};

/** Starts the gateway's jobs on `db`, mailing through `mailer`. */
export async function startGatewayQueue(db: Database, mailer: Mailer): Promise<JobQueue> {
  const queue = new JobQueue(db, gatewayJobs({ mailer }), TEST_QUEUE_TIMINGS);
  await queue.start();
  return queue;
}

export interface MailQueue {
  /** Every message the queue sent, parsed. */
  sink: SmtpSink;
  mailer: Mailer;
  queue: JobQueue;
  /** Stops the queue, then the mailer and the sink. */
  stop(): Promise<void>;
}

/** An SMTP sink, a mailer sending to it and the gateway's queue running with that mailer. */
export async function startMailQueue(db: Database): Promise<MailQueue> {
  const sink = await startSmtpSink();
  const mailer = smtpMailer(`smtp://127.0.0.1:${sink.port}`);
  const queue = await startGatewayQueue(db, mailer);
  return {
    sink,
    mailer,
    queue,
    async stop() {
      await queue.stop();
      mailer.close();
      await sink.close();
    },
  };
}
