-- A 360 pulse phase closes when its time comes, not through a write, so `pulse.phase_closed` is
-- announced by a sweep: a chain of jobs per organisation, each announcing the windows that closed
-- since the last one and queueing the next for the next close. It runs only while a subscription
-- wants the event. `generation` is the live chain: starting a chain again (a new subscription)
-- replaces it, and a job of an older chain stops.
CREATE TABLE webhook_pulse_sweeps (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  -- Windows closing at or before this instant have been announced (or predate every subscription).
  swept_until timestamptz NOT NULL,
  generation uuid NOT NULL
);

ALTER TABLE webhook_pulse_sweeps ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_pulse_sweeps FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_pulse_sweeps_tenant_isolation ON webhook_pulse_sweeps
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_pulse_sweeps TO coachwork_app;
