-- Background jobs (reminders today; provisioning and deliveries later) run on a durable queue
-- (pg-boss, in its own schema, created and upgraded by the library at start). A request enqueues
-- by writing a row here in its own tenant transaction, so a job exists exactly when the write that
-- caused it commits; the relay (src/jobs/queue.ts) moves rows into the queue as the owner, in one
-- transaction per batch, so each row becomes exactly one job.
CREATE TABLE job_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- The queue's name (a job kind such as 'session-reminder').
  queue text NOT NULL,
  payload jsonb NOT NULL,
  -- Not before this instant.
  run_after timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT job_outbox_queue_name CHECK (queue ~ '^[a-z][a-z0-9-]{1,62}$')
);
CREATE INDEX job_outbox_created_idx ON job_outbox (created_at);

-- The application role may only add rows for its own organisation; it cannot read, change or
-- delete any (what is queued for whom is not a request's business). Not FORCEd: the relay reads
-- every organisation's rows as the owner.
ALTER TABLE job_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY job_outbox_tenant_insert ON job_outbox FOR INSERT
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT INSERT ON job_outbox TO coachwork_app;

-- One row per job whose work committed. The job's work, this row and the job's completion share one
-- transaction, so a job retried after a crash (or handed to a second instance after its lease
-- expired) finds its receipt and does nothing: every job's effect happens once.
CREATE TABLE job_receipts (
  job_id uuid PRIMARY KEY,
  queue text NOT NULL,
  org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  completed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_receipts_completed_idx ON job_receipts (completed_at);
