-- Service accounts that write. Every column that says who acted on a program names a person
-- (a foreign key to people), and a service account is none; each gains a column of its own for
-- a service account beside it. At most one of the two is set: rows written by the seed or by the
-- system (a population refresh, a deprovisioning) name nobody, so "exactly one" would not hold
-- for them.

ALTER TABLE service_accounts ADD CONSTRAINT service_accounts_org_id_id_key UNIQUE (org_id, id);

ALTER TABLE programs
  ADD COLUMN created_by_service_account_id uuid,
  ADD CONSTRAINT programs_created_by_service_account_fkey
    FOREIGN KEY (org_id, created_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT programs_one_creator CHECK (num_nonnulls(created_by, created_by_service_account_id) <= 1);

ALTER TABLE program_kpi_values
  ADD COLUMN recorded_by_service_account_id uuid,
  ADD CONSTRAINT program_kpi_values_recorded_by_service_account_fkey
    FOREIGN KEY (org_id, recorded_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT program_kpi_values_one_recorder
    CHECK (num_nonnulls(recorded_by, recorded_by_service_account_id) <= 1);

ALTER TABLE program_admins
  ADD COLUMN assigned_by_service_account_id uuid,
  ADD CONSTRAINT program_admins_assigned_by_service_account_fkey
    FOREIGN KEY (org_id, assigned_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT program_admins_one_assigner
    CHECK (num_nonnulls(assigned_by, assigned_by_service_account_id) <= 1);

ALTER TABLE program_coaches
  ADD COLUMN added_by_service_account_id uuid,
  ADD CONSTRAINT program_coaches_added_by_service_account_fkey
    FOREIGN KEY (org_id, added_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT program_coaches_one_adder CHECK (num_nonnulls(added_by, added_by_service_account_id) <= 1);

ALTER TABLE match_proposals
  ADD COLUMN created_by_service_account_id uuid,
  ADD COLUMN decided_by_service_account_id uuid,
  ADD CONSTRAINT match_proposals_created_by_service_account_fkey
    FOREIGN KEY (org_id, created_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT match_proposals_decided_by_service_account_fkey
    FOREIGN KEY (org_id, decided_by_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT match_proposals_one_creator
    CHECK (num_nonnulls(created_by, created_by_service_account_id) <= 1),
  ADD CONSTRAINT match_proposals_one_decider
    CHECK (num_nonnulls(decided_by, decided_by_service_account_id) <= 1);

ALTER TABLE coach_status_changes
  ADD COLUMN actor_service_account_id uuid,
  ADD CONSTRAINT coach_status_changes_actor_service_account_fkey
    FOREIGN KEY (org_id, actor_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT coach_status_changes_one_actor
    CHECK (num_nonnulls(actor_person_id, actor_service_account_id) <= 1);

ALTER TABLE enrolment_events
  ADD COLUMN actor_service_account_id uuid,
  ADD CONSTRAINT enrolment_events_actor_service_account_fkey
    FOREIGN KEY (org_id, actor_service_account_id) REFERENCES service_accounts (org_id, id),
  ADD CONSTRAINT enrolment_events_one_actor
    CHECK (num_nonnulls(actor_person_id, actor_service_account_id) <= 1);

ALTER TABLE audit_log
  ADD CONSTRAINT audit_log_one_actor CHECK (num_nonnulls(actor_person_id, actor_service_account_id) <= 1);

-- The enrolment history's trigger reads a service account acting from a setting of its own.
CREATE OR REPLACE FUNCTION cw_enrolments_record_event() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor text := nullif(current_setting('app.actor_id', true), '');
  account text := nullif(current_setting('app.actor_service_account_id', true), '');
  why text := nullif(current_setting('app.enrolment_reason', true), '');
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO enrolment_events (org_id, enrolment_id, from_status, to_status, actor_person_id,
                                  actor_service_account_id, reason)
    VALUES (NEW.org_id, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, actor::uuid,
            account::uuid, why);
  END IF;
  RETURN NULL;
END
$$;
