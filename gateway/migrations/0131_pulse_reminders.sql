-- Reminders to raters who still owe a 360 rating shortly before a pulse phase closes. One row per
-- rater, kind and day in the rater's own time zone: however many phases close that week, a rater is
-- reminded at most once a day.
CREATE TABLE pulse_reminders (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  kind text NOT NULL,
  day date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, person_id, kind, day),
  FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
  CONSTRAINT pulse_reminders_kind CHECK (kind IN ('PULSE_DUE'))
);
ALTER TABLE pulse_reminders ENABLE ROW LEVEL SECURITY;
ALTER TABLE pulse_reminders FORCE ROW LEVEL SECURITY;
CREATE POLICY pulse_reminders_tenant_isolation ON pulse_reminders
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT ON pulse_reminders TO coachwork_app;
