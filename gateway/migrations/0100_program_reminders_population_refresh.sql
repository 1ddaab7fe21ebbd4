-- Reminders an admin sends from a program's roster (to answer an invitation, to book a first
-- session). One row per person, program, kind and day in the organisation's time zone: the key is
-- what makes a second click on the same day send nothing.
CREATE TABLE program_reminders (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL,
  day date NOT NULL,
  sent_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, program_id, person_id, kind, day),
  FOREIGN KEY (org_id, program_id) REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_reminders_kind CHECK (kind IN ('RESPOND', 'BOOK'))
);
ALTER TABLE program_reminders ENABLE ROW LEVEL SECURITY;
ALTER TABLE program_reminders FORCE ROW LEVEL SECURITY;
CREATE POLICY program_reminders_tenant_isolation ON program_reminders
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT ON program_reminders TO coachwork_app;

-- When what population rules read about people changes (a new hire, a move, a new manager or job
-- level, a promotion date, language, zone, leaving), the organisation's open programs are
-- re-evaluated by a job, not in the statement that changed them: a SCIM push of thousands of
-- users must not evaluate every program once per user inside its own request. One outbox row per
-- statement and organisation, and only for organisations with an ACTIVE program.
CREATE FUNCTION cw_queue_population_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO job_outbox (org_id, queue, payload)
    SELECT n.org_id, 'population-refresh', jsonb_build_object('reason', 'PEOPLE_ADDED')
    FROM (SELECT DISTINCT org_id FROM new_rows WHERE active) n
    WHERE EXISTS (SELECT 1 FROM programs p WHERE p.org_id = n.org_id AND p.status = 'ACTIVE');
  ELSE
    INSERT INTO job_outbox (org_id, queue, payload)
    SELECT c.org_id, 'population-refresh', jsonb_build_object('reason', 'PEOPLE_CHANGED')
    FROM (
      SELECT DISTINCT n.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.manager_id IS DISTINCT FROM o.manager_id
         OR n.org_unit_id IS DISTINCT FROM o.org_unit_id
         OR n.job_level IS DISTINCT FROM o.job_level
         OR n.in_role_since IS DISTINCT FROM o.in_role_since
         OR n.locale IS DISTINCT FROM o.locale
         OR n.time_zone IS DISTINCT FROM o.time_zone
         OR n.active IS DISTINCT FROM o.active
    ) c
    WHERE EXISTS (SELECT 1 FROM programs p WHERE p.org_id = c.org_id AND p.status = 'ACTIVE');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER people_population_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_queue_population_refresh();
CREATE TRIGGER people_population_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_queue_population_refresh();
