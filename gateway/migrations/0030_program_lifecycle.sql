-- Programs from setup to impact: names and objectives in several languages,
-- the DRAFT → ACTIVE → CLOSED → ARCHIVED lifecycle, KPIs with recorded values,
-- program-scoped admins, the enrolment lifecycle with its history, program
-- coach pools, match proposals, coach status changes and the audit log.

-- Translations are kept as an ordered array of {"locale", "text"} (the first is
-- the fallback); `name` and `objective` keep the fallback text so every reader
-- that predates translations (analytics, progress) stays correct.
ALTER TABLE programs
  ADD COLUMN names jsonb,
  ADD COLUMN objectives jsonb,
  ADD COLUMN cadence_days integer NOT NULL DEFAULT 14,
  ADD COLUMN capacity integer,
  ADD COLUMN outcome_summary jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN created_by uuid,
  ADD COLUMN published_at timestamptz,
  ADD COLUMN paused_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN archived_at timestamptz;

UPDATE programs g SET
  names = jsonb_build_array(jsonb_build_object('locale', coalesce(o.locales[1], 'en'), 'text', g.name)),
  objectives = jsonb_build_array(jsonb_build_object('locale', coalesce(o.locales[1], 'en'), 'text', g.objective)),
  cadence_days = greatest(1, least(90, (g.duration_weeks * 7) / greatest(g.sessions_per_participant, 1))),
  published_at = CASE WHEN g.status <> 'DRAFT' THEN g.created_at END,
  status = CASE WHEN g.status = 'COMPLETED' THEN 'CLOSED' ELSE g.status END,
  closed_at = CASE WHEN g.status = 'COMPLETED' THEN g.updated_at END
FROM organisations o WHERE o.id = g.org_id;

-- Old target_population keys ({"jobLevels", "orgUnitIds", "newInRoleWithinDays"})
-- become the rule shape the gateway evaluates.
UPDATE programs SET target_population = jsonb_strip_nulls(jsonb_build_object(
  'orgUnits', coalesce((
    SELECT jsonb_agg(jsonb_build_object('id', u, 'subtree', true))
    FROM jsonb_array_elements_text(target_population -> 'orgUnitIds') u), '[]'::jsonb),
  'jobLevels', coalesce(target_population -> 'jobLevels', '[]'::jsonb),
  'maxDaysInRole', target_population -> 'newInRoleWithinDays'
));

ALTER TABLE programs
  ALTER COLUMN names SET NOT NULL,
  ALTER COLUMN objectives SET NOT NULL,
  ALTER COLUMN kpi_name DROP NOT NULL,
  DROP CONSTRAINT programs_status_valid,
  ADD CONSTRAINT programs_status_valid CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED', 'ARCHIVED')),
  ADD CONSTRAINT programs_names_list CHECK (jsonb_typeof(names) = 'array' AND jsonb_array_length(names) >= 1),
  ADD CONSTRAINT programs_objectives_list CHECK (
    jsonb_typeof(objectives) = 'array' AND jsonb_array_length(objectives) >= 1
  ),
  ADD CONSTRAINT programs_outcome_summary_list CHECK (jsonb_typeof(outcome_summary) = 'array'),
  ADD CONSTRAINT programs_cadence_days_range CHECK (cadence_days BETWEEN 1 AND 90),
  ADD CONSTRAINT programs_capacity_range CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
  ADD CONSTRAINT programs_created_by_fkey FOREIGN KEY (org_id, created_by) REFERENCES people (org_id, id),
  ADD CONSTRAINT programs_published_when_live CHECK (status = 'DRAFT' OR status = 'ARCHIVED' OR published_at IS NOT NULL),
  ADD CONSTRAINT programs_closed_at_consistent CHECK ((status = 'CLOSED') <= (closed_at IS NOT NULL));

-- Writers that predate translations (fixtures, tools) give only `name` and
-- `objective`: they become the one translation, in the organisation's default
-- locale; a live status without a publication instant gets the current one,
-- and the old COMPLETED status is read as CLOSED.
CREATE FUNCTION cw_programs_fill_translations() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  default_locale text;
BEGIN
  -- COMPLETED was the closed state's earlier name.
  IF NEW.status = 'COMPLETED' THEN
    NEW.status := 'CLOSED';
  END IF;
  IF NEW.names IS NULL OR NEW.objectives IS NULL THEN
    SELECT coalesce(o.locales[1], 'en') INTO default_locale FROM organisations o WHERE o.id = NEW.org_id;
    default_locale := coalesce(default_locale, 'en');
    IF NEW.names IS NULL THEN
      NEW.names := jsonb_build_array(jsonb_build_object('locale', default_locale, 'text', NEW.name));
    END IF;
    IF NEW.objectives IS NULL THEN
      NEW.objectives := jsonb_build_array(jsonb_build_object('locale', default_locale, 'text', NEW.objective));
    END IF;
  END IF;
  IF NEW.status IN ('ACTIVE', 'PAUSED', 'CLOSED') AND NEW.published_at IS NULL THEN
    NEW.published_at := now();
  END IF;
  IF NEW.status = 'CLOSED' AND NEW.closed_at IS NULL THEN
    NEW.closed_at := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER programs_fill_translations BEFORE INSERT OR UPDATE ON programs
  FOR EACH ROW EXECUTE FUNCTION cw_programs_fill_translations();

-- KPIs: several per program, each with values recorded over time.
CREATE TABLE program_kpis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  position integer NOT NULL,
  names jsonb NOT NULL,
  unit text,
  baseline numeric,
  target numeric,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT program_kpis_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT program_kpis_program_fkey FOREIGN KEY (org_id, program_id)
    REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_kpis_names_list CHECK (jsonb_typeof(names) = 'array' AND jsonb_array_length(names) >= 1),
  CONSTRAINT program_kpis_unit_length CHECK (unit IS NULL OR char_length(unit) BETWEEN 1 AND 40)
);
CREATE INDEX program_kpis_program_idx ON program_kpis (org_id, program_id, position);

INSERT INTO program_kpis (org_id, program_id, position, names, unit, baseline, target)
SELECT g.org_id, g.id, 0,
  jsonb_build_array(jsonb_build_object('locale', coalesce(o.locales[1], 'en'), 'text', g.kpi_name)),
  g.kpi_unit, g.kpi_baseline, g.kpi_target
FROM programs g JOIN organisations o ON o.id = g.org_id
WHERE g.kpi_name IS NOT NULL;

-- A program written with the single legacy KPI columns gets that KPI as its first.
CREATE FUNCTION cw_programs_legacy_kpi() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kpi_name IS NOT NULL THEN
    INSERT INTO program_kpis (org_id, program_id, position, names, unit, baseline, target)
    VALUES (NEW.org_id, NEW.id, 0,
      jsonb_build_array(jsonb_build_object('locale', NEW.names -> 0 ->> 'locale', 'text', NEW.kpi_name)),
      NEW.kpi_unit, NEW.kpi_baseline, NEW.kpi_target);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER programs_legacy_kpi AFTER INSERT ON programs
  FOR EACH ROW EXECUTE FUNCTION cw_programs_legacy_kpi();

CREATE TABLE program_kpi_values (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kpi_id uuid NOT NULL,
  recorded_on date NOT NULL,
  value numeric NOT NULL,
  note text,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kpi_id, recorded_on),
  CONSTRAINT program_kpi_values_kpi_fkey FOREIGN KEY (org_id, kpi_id)
    REFERENCES program_kpis (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_kpi_values_recorded_by_fkey FOREIGN KEY (org_id, recorded_by) REFERENCES people (org_id, id),
  CONSTRAINT program_kpi_values_note_length CHECK (note IS NULL OR char_length(note) <= 500)
);

-- Program admins see and manage only the programs they are assigned to.
CREATE TABLE program_admins (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  person_id uuid NOT NULL,
  assigned_by uuid,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (program_id, person_id),
  CONSTRAINT program_admins_program_fkey FOREIGN KEY (org_id, program_id)
    REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_admins_person_fkey FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id),
  CONSTRAINT program_admins_assigned_by_fkey FOREIGN KEY (org_id, assigned_by) REFERENCES people (org_id, id)
);
CREATE INDEX program_admins_person_idx ON program_admins (org_id, person_id);

-- The enrolment lifecycle: ACCEPTED, DECLINED and WAITLISTED join the statuses.
ALTER TABLE enrolments
  ADD COLUMN responded_at timestamptz,
  DROP CONSTRAINT enrolments_status_valid,
  ADD CONSTRAINT enrolments_status_valid CHECK (
    status IN ('INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')
  );

-- Matching an ACCEPTED participant (by any path: a proposal, a participant's
-- own choice) makes the enrolment ACTIVE, as matching an INVITED one always has.
CREATE FUNCTION cw_enrolments_activate_on_match() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.coach_id IS NOT NULL AND NEW.status = 'ACCEPTED' THEN
    NEW.status := 'ACTIVE';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER enrolments_activate_on_match BEFORE INSERT OR UPDATE OF coach_id, status ON enrolments
  FOR EACH ROW EXECUTE FUNCTION cw_enrolments_activate_on_match();

-- Every status change, by whom and why. Written by a trigger so no path that
-- changes a status (the gateway, the seed, a future job) can skip it; the
-- actor and reason come from the transaction's settings when the gateway sets them.
CREATE TABLE enrolment_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  enrolment_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor_person_id uuid,
  reason text,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT enrolment_events_enrolment_fkey FOREIGN KEY (org_id, enrolment_id)
    REFERENCES enrolments (org_id, id) ON DELETE CASCADE,
  CONSTRAINT enrolment_events_reason_length CHECK (reason IS NULL OR char_length(reason) <= 500)
);
CREATE INDEX enrolment_events_enrolment_idx ON enrolment_events (org_id, enrolment_id, at);

CREATE FUNCTION cw_enrolments_record_event() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor text := nullif(current_setting('app.actor_id', true), '');
  why text := nullif(current_setting('app.enrolment_reason', true), '');
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO enrolment_events (org_id, enrolment_id, from_status, to_status, actor_person_id, reason)
    VALUES (NEW.org_id, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, actor::uuid, why);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER enrolments_record_event AFTER INSERT OR UPDATE OF status ON enrolments
  FOR EACH ROW EXECUTE FUNCTION cw_enrolments_record_event();

-- Enrolments that predate the history get one event: their current status.
INSERT INTO enrolment_events (org_id, enrolment_id, from_status, to_status, at)
SELECT org_id, id, NULL, status, enrolled_at FROM enrolments;

-- The coaches a program's matching draws from, with an optional per-program capacity.
CREATE TABLE program_coaches (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  coach_id uuid NOT NULL,
  capacity integer,
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (program_id, coach_id),
  CONSTRAINT program_coaches_program_fkey FOREIGN KEY (org_id, program_id)
    REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_coaches_coach_fkey FOREIGN KEY (org_id, coach_id) REFERENCES coaches (org_id, id),
  CONSTRAINT program_coaches_added_by_fkey FOREIGN KEY (org_id, added_by) REFERENCES people (org_id, id),
  CONSTRAINT program_coaches_capacity_range CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 200)
);
CREATE INDEX program_coaches_coach_idx ON program_coaches (org_id, coach_id);

CREATE TABLE coach_status_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  coach_id uuid NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  reason text,
  actor_person_id uuid,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT coach_status_changes_coach_fkey FOREIGN KEY (org_id, coach_id)
    REFERENCES coaches (org_id, id) ON DELETE CASCADE,
  CONSTRAINT coach_status_changes_statuses_valid CHECK (
    from_status IN ('ACTIVE', 'PROBATION', 'PAUSED') AND to_status IN ('ACTIVE', 'PROBATION', 'PAUSED')
  ),
  CONSTRAINT coach_status_changes_reason_length CHECK (reason IS NULL OR char_length(reason) <= 500)
);
CREATE INDEX coach_status_changes_coach_idx ON coach_status_changes (org_id, coach_id, at);

-- A proposal and its pairs; coach_id NULL is an unmatched participant with its reason.
CREATE TABLE match_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  kind text NOT NULL,
  status text NOT NULL DEFAULT 'OPEN',
  from_coach_id uuid,
  optimality_gap double precision NOT NULL DEFAULT 0,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  decided_by uuid,
  decided_at timestamptz,
  CONSTRAINT match_proposals_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT match_proposals_program_fkey FOREIGN KEY (org_id, program_id)
    REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT match_proposals_from_coach_fkey FOREIGN KEY (org_id, from_coach_id) REFERENCES coaches (org_id, id),
  CONSTRAINT match_proposals_kind_valid CHECK (kind IN ('PROGRAM', 'HANDOVER')),
  CONSTRAINT match_proposals_handover_has_coach CHECK ((kind = 'HANDOVER') = (from_coach_id IS NOT NULL)),
  CONSTRAINT match_proposals_status_valid CHECK (status IN ('OPEN', 'APPROVED', 'DISCARDED', 'SUPERSEDED'))
);
CREATE INDEX match_proposals_program_idx ON match_proposals (org_id, program_id, status, created_at);

CREATE TABLE match_proposal_pairs (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  proposal_id uuid NOT NULL,
  enrolment_id uuid NOT NULL,
  coach_id uuid,
  score double precision,
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  unmatched_reason text,
  adjusted boolean NOT NULL DEFAULT false,
  PRIMARY KEY (proposal_id, enrolment_id),
  CONSTRAINT match_proposal_pairs_proposal_fkey FOREIGN KEY (org_id, proposal_id)
    REFERENCES match_proposals (org_id, id) ON DELETE CASCADE,
  CONSTRAINT match_proposal_pairs_enrolment_fkey FOREIGN KEY (org_id, enrolment_id)
    REFERENCES enrolments (org_id, id) ON DELETE CASCADE,
  CONSTRAINT match_proposal_pairs_coach_fkey FOREIGN KEY (org_id, coach_id) REFERENCES coaches (org_id, id),
  CONSTRAINT match_proposal_pairs_matched_or_why CHECK ((coach_id IS NULL) = (unmatched_reason IS NOT NULL)),
  CONSTRAINT match_proposal_pairs_unmatched_reason_valid CHECK (unmatched_reason IS NULL OR unmatched_reason IN (
    'NO_SHARED_LANGUAGE', 'NO_CAPACITY', 'NO_ACTIVE_COACH', 'EMPTY_POOL', 'CAPACITY_TAKEN_BY_OTHERS', 'REMOVED_BY_ADMIN'
  ))
);

-- Every admin action. The application may add entries and read them, never
-- change or remove one.
CREATE TABLE audit_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  actor_person_id uuid,
  action text NOT NULL,
  program_id uuid,
  subject_type text NOT NULL,
  subject_id uuid NOT NULL,
  before jsonb,
  after jsonb,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT audit_log_action_format CHECK (action ~ '^[A-Z][A-Z_]{2,63}$'),
  CONSTRAINT audit_log_subject_type_format CHECK (subject_type ~ '^[A-Z][A-Za-z]{1,63}$')
);
CREATE INDEX audit_log_org_at_idx ON audit_log (org_id, at DESC, id DESC);
CREATE INDEX audit_log_program_idx ON audit_log (org_id, program_id, at DESC);

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'program_kpis', 'program_kpi_values', 'program_admins', 'enrolment_events', 'program_coaches',
    'coach_status_changes', 'match_proposals', 'match_proposal_pairs', 'audit_log'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid) '
      'WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      tenant_table || '_tenant_isolation', tenant_table
    );
    IF tenant_table IN ('audit_log', 'enrolment_events', 'coach_status_changes') THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO coachwork_app', tenant_table);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO coachwork_app', tenant_table);
    END IF;
  END LOOP;
END
$$;
