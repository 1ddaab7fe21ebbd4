-- Collecting 360 pulses: a program admin opens a phase (PRE, MID, POST) of a program with a window;
-- each active participant then owes a SELF rating and their manager, some direct reports and peers
-- are asked to rate them. Answers are saved as drafts per item and land in `assessments` on submit,
-- where the progress card and the heatmap already read them (closed pulses only, 0012).
--
-- A phase's pulses (one per participant) are its `assessment_windows` rows, closing with the phase.

CREATE TABLE pulse_phases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  phase text NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  -- Until then the participant may change who rates them; afterwards the rater list is fixed.
  raters_cutoff_at timestamptz NOT NULL,
  min_reports int NOT NULL,
  max_reports int NOT NULL,
  min_peers int NOT NULL,
  max_peers int NOT NULL,
  opened_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pulse_phases_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT pulse_phases_one_per_phase UNIQUE (org_id, program_id, phase),
  CONSTRAINT pulse_phases_program_fkey FOREIGN KEY (org_id, program_id) REFERENCES programs (org_id, id)
    ON DELETE CASCADE,
  CONSTRAINT pulse_phases_phase_valid CHECK (phase IN ('PRE', 'MID', 'POST')),
  CONSTRAINT pulse_phases_window_order CHECK (opens_at < closes_at),
  CONSTRAINT pulse_phases_cutoff_in_window CHECK (raters_cutoff_at >= opens_at AND raters_cutoff_at <= closes_at),
  CONSTRAINT pulse_phases_limits_valid CHECK (
    min_reports >= 0 AND min_reports <= max_reports AND max_reports <= 20
    AND min_peers >= 0 AND min_peers <= max_peers AND max_peers <= 20
  )
);

-- One rater owes one rating of one participant in one phase.
CREATE TABLE pulse_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  phase_id uuid NOT NULL,
  subject_id uuid NOT NULL,
  rater_id uuid NOT NULL,
  rater_type text NOT NULL,
  -- Chosen by the participant (not by the gateway's rule).
  chosen boolean NOT NULL DEFAULT false,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pulse_requests_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT pulse_requests_one_per_rater UNIQUE (org_id, phase_id, subject_id, rater_id),
  CONSTRAINT pulse_requests_phase_fkey FOREIGN KEY (org_id, phase_id) REFERENCES pulse_phases (org_id, id)
    ON DELETE CASCADE,
  CONSTRAINT pulse_requests_subject_fkey FOREIGN KEY (org_id, subject_id) REFERENCES people (org_id, id)
    ON DELETE CASCADE,
  CONSTRAINT pulse_requests_rater_fkey FOREIGN KEY (org_id, rater_id) REFERENCES people (org_id, id)
    ON DELETE CASCADE,
  CONSTRAINT pulse_requests_rater_type_valid CHECK (rater_type IN ('SELF', 'MANAGER', 'REPORT', 'PEER')),
  CONSTRAINT pulse_requests_self_rater_is_subject CHECK ((rater_type = 'SELF') = (rater_id = subject_id))
);
-- "What I owe": a rater's open requests.
CREATE INDEX pulse_requests_rater_idx ON pulse_requests (org_id, rater_id) WHERE submitted_at IS NULL;
CREATE INDEX pulse_requests_subject_idx ON pulse_requests (org_id, phase_id, subject_id);

-- A rater's answers before they submit, one row per capability, so a closed tab loses nothing.
CREATE TABLE pulse_draft_answers (
  org_id uuid NOT NULL,
  request_id uuid NOT NULL,
  capability_code text NOT NULL,
  score smallint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, request_id, capability_code),
  CONSTRAINT pulse_draft_answers_request_fkey FOREIGN KEY (org_id, request_id)
    REFERENCES pulse_requests (org_id, id) ON DELETE CASCADE,
  CONSTRAINT pulse_draft_answers_capability_fkey FOREIGN KEY (org_id, capability_code)
    REFERENCES capabilities (org_id, code) ON DELETE CASCADE,
  CONSTRAINT pulse_draft_answers_score_range CHECK (score BETWEEN 1 AND 5)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['pulse_phases', 'pulse_requests', 'pulse_draft_answers'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)
       WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      t || '_tenant_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO coachwork_app', t);
  END LOOP;
END
$$;

-- A rating of a collected pulse counts only while its phase is open, whatever `submitted_at` says:
-- 0050 refuses a rating dated after the close, this also refuses one dated inside the window but
-- written after the close (or before the open), which would move a released figure just the same.
CREATE FUNCTION cw_refuse_rating_outside_phase() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_ratings a
    JOIN pulse_phases p ON p.org_id = a.org_id AND p.program_id = a.program_id AND p.phase = a.phase
    WHERE now() < p.opens_at OR now() >= p.closes_at
       OR a.submitted_at < p.opens_at OR a.submitted_at >= p.closes_at
  ) THEN
    RAISE EXCEPTION 'this 360 pulse phase is not open: no rating is accepted'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_phase_open';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER assessments_phase_open_insert AFTER INSERT ON assessments
  REFERENCING NEW TABLE AS new_ratings FOR EACH STATEMENT EXECUTE FUNCTION cw_refuse_rating_outside_phase();
CREATE TRIGGER assessments_phase_open_update AFTER UPDATE ON assessments
  REFERENCING NEW TABLE AS new_ratings FOR EACH STATEMENT EXECUTE FUNCTION cw_refuse_rating_outside_phase();

-- A phase's close is final once passed, like its windows' (0050); before that it may only come sooner.
CREATE FUNCTION cw_refuse_closed_phase_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.closes_at <= now() AND (NEW.closes_at, NEW.opens_at, NEW.program_id, NEW.phase)
     IS DISTINCT FROM (OLD.closes_at, OLD.opens_at, OLD.program_id, OLD.phase) THEN
    RAISE EXCEPTION 'this 360 pulse phase has closed: it can no longer be changed'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pulse_phases_frozen';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER pulse_phases_frozen BEFORE UPDATE ON pulse_phases
  FOR EACH ROW EXECUTE FUNCTION cw_refuse_closed_phase_change();
