-- Programs (what the organisation buys coaching for), coaches and their
-- availability, and enrolments (person × program, matched to a coach).

CREATE TABLE programs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- The business objective in words, and the KPI it is meant to move.
  objective text NOT NULL,
  kpi_name text NOT NULL,
  kpi_unit text,
  kpi_baseline numeric,
  kpi_target numeric,
  -- Who is eligible: {"jobLevels": ["MANAGER"], "orgUnitIds": [...],
  -- "newInRoleWithinDays": 100}. Absent keys do not restrict.
  target_population jsonb NOT NULL DEFAULT '{}'::jsonb,
  sessions_per_participant integer NOT NULL,
  duration_weeks integer NOT NULL,
  session_minutes integer NOT NULL DEFAULT 60,
  languages text[] NOT NULL,
  status text NOT NULL DEFAULT 'DRAFT',
  starts_on date,
  ends_on date,
  -- Booking rules the sessions module applies.
  min_notice_hours integer NOT NULL DEFAULT 24,
  horizon_days integer NOT NULL DEFAULT 60,
  late_cancel_hours integer NOT NULL DEFAULT 24,
  buffer_minutes integer NOT NULL DEFAULT 15,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT programs_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT programs_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  CONSTRAINT programs_objective_length CHECK (char_length(btrim(objective)) BETWEEN 1 AND 2000),
  CONSTRAINT programs_kpi_name_length CHECK (char_length(btrim(kpi_name)) BETWEEN 1 AND 200),
  CONSTRAINT programs_target_population_object CHECK (jsonb_typeof(target_population) = 'object'),
  CONSTRAINT programs_sessions_per_participant_range CHECK (sessions_per_participant BETWEEN 1 AND 52),
  CONSTRAINT programs_duration_weeks_range CHECK (duration_weeks BETWEEN 1 AND 104),
  CONSTRAINT programs_session_minutes_range CHECK (session_minutes BETWEEN 15 AND 240),
  CONSTRAINT programs_languages_valid CHECK (cw_are_locales(languages)),
  CONSTRAINT programs_status_valid CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED')),
  CONSTRAINT programs_dates_ordered CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  CONSTRAINT programs_min_notice_hours_range CHECK (min_notice_hours BETWEEN 0 AND 720),
  CONSTRAINT programs_horizon_days_range CHECK (horizon_days BETWEEN 1 AND 365),
  CONSTRAINT programs_late_cancel_hours_range CHECK (late_cancel_hours BETWEEN 0 AND 336),
  CONSTRAINT programs_buffer_minutes_range CHECK (buffer_minutes BETWEEN 0 AND 240)
);
CREATE INDEX programs_status_idx ON programs (org_id, status);
CREATE TRIGGER programs_touch_updated_at BEFORE UPDATE ON programs
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

-- A join table rather than a text[] so that an unknown capability code fails
-- with a foreign-key violation.
CREATE TABLE program_focus_capabilities (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  capability_code text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (program_id, capability_code),
  CONSTRAINT program_focus_capabilities_program_fkey FOREIGN KEY (org_id, program_id)
    REFERENCES programs (org_id, id) ON DELETE CASCADE,
  CONSTRAINT program_focus_capabilities_capability_fkey FOREIGN KEY (org_id, capability_code)
    REFERENCES capabilities (org_id, code)
);

CREATE TABLE coaches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  languages text[] NOT NULL,
  time_zone text NOT NULL,
  bio text,
  credential text NOT NULL,
  capacity integer NOT NULL,
  quality_status text NOT NULL DEFAULT 'ACTIVE',
  -- Maintained by triggers on session_feedback so lists and matching can sort
  -- by rating without aggregating feedback per request.
  rating_count integer NOT NULL DEFAULT 0,
  rating_sum integer NOT NULL DEFAULT 0,
  rating_mean numeric(3, 2) GENERATED ALWAYS AS (
    CASE WHEN rating_count > 0 THEN round(rating_sum::numeric / rating_count, 2) END
  ) STORED,
  last_rated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT coaches_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT coaches_org_person_key UNIQUE (org_id, person_id),
  CONSTRAINT coaches_person_fkey FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id),
  CONSTRAINT coaches_languages_valid CHECK (cw_are_locales(languages)),
  CONSTRAINT coaches_time_zone_valid CHECK (cw_is_time_zone(time_zone)),
  CONSTRAINT coaches_credential_valid CHECK (credential IN ('ICF_ACC', 'ICF_PCC', 'ICF_MCC', 'EMCC', 'OTHER')),
  CONSTRAINT coaches_capacity_range CHECK (capacity BETWEEN 0 AND 200),
  CONSTRAINT coaches_quality_status_valid CHECK (quality_status IN ('ACTIVE', 'PROBATION', 'PAUSED')),
  CONSTRAINT coaches_rating_summary_consistent CHECK (
    rating_count >= 0 AND rating_sum BETWEEN rating_count AND rating_count * 5
  )
);
CREATE INDEX coaches_quality_status_idx ON coaches (org_id, quality_status);
CREATE INDEX coaches_languages_idx ON coaches USING gin (languages);
CREATE TRIGGER coaches_touch_updated_at BEFORE UPDATE ON coaches
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

CREATE TABLE coach_specialties (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  coach_id uuid NOT NULL,
  capability_code text NOT NULL,
  PRIMARY KEY (coach_id, capability_code),
  CONSTRAINT coach_specialties_coach_fkey FOREIGN KEY (org_id, coach_id)
    REFERENCES coaches (org_id, id) ON DELETE CASCADE,
  CONSTRAINT coach_specialties_capability_fkey FOREIGN KEY (org_id, capability_code)
    REFERENCES capabilities (org_id, code)
);
CREATE INDEX coach_specialties_capability_idx ON coach_specialties (org_id, capability_code);

-- Weekly availability in the coach's own zone: "Mondays 09:00–12:00
-- Europe/Berlin" stays 09:00 local across daylight-saving changes.
CREATE TABLE coach_availability_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  coach_id uuid NOT NULL,
  -- ISO weekday: 1 = Monday … 7 = Sunday.
  weekday smallint NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  time_zone text NOT NULL,
  valid_from date,
  valid_until date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT coach_availability_rules_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT coach_availability_rules_coach_fkey FOREIGN KEY (org_id, coach_id)
    REFERENCES coaches (org_id, id) ON DELETE CASCADE,
  CONSTRAINT coach_availability_rules_weekday_range CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT coach_availability_rules_ends_after_starts CHECK (end_time > start_time),
  CONSTRAINT coach_availability_rules_time_zone_valid CHECK (cw_is_time_zone(time_zone)),
  CONSTRAINT coach_availability_rules_validity_ordered CHECK (
    valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from
  )
);
CREATE INDEX coach_availability_rules_coach_idx ON coach_availability_rules (org_id, coach_id, weekday);

-- Whole days (in the coach's zone) when the weekly rules do not apply: leave,
-- conferences, public holidays.
CREATE TABLE coach_availability_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  coach_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT coach_availability_exceptions_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT coach_availability_exceptions_coach_fkey FOREIGN KEY (org_id, coach_id)
    REFERENCES coaches (org_id, id) ON DELETE CASCADE,
  CONSTRAINT coach_availability_exceptions_ends_after_starts CHECK (ends_on >= starts_on),
  CONSTRAINT coach_availability_exceptions_reason_length CHECK (reason IS NULL OR char_length(reason) <= 500)
);
CREATE INDEX coach_availability_exceptions_coach_idx
  ON coach_availability_exceptions (org_id, coach_id, starts_on);

CREATE TABLE enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  person_id uuid NOT NULL,
  coach_id uuid,
  status text NOT NULL DEFAULT 'INVITED',
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT enrolments_org_id_id_key UNIQUE (org_id, id),
  -- Lets sessions prove, by foreign key, that their participant is the
  -- enrolment's person.
  CONSTRAINT enrolments_org_id_id_person_key UNIQUE (org_id, id, person_id),
  CONSTRAINT enrolments_program_person_key UNIQUE (org_id, program_id, person_id),
  CONSTRAINT enrolments_program_fkey FOREIGN KEY (org_id, program_id) REFERENCES programs (org_id, id),
  CONSTRAINT enrolments_person_fkey FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id),
  CONSTRAINT enrolments_coach_fkey FOREIGN KEY (org_id, coach_id) REFERENCES coaches (org_id, id),
  CONSTRAINT enrolments_status_valid CHECK (status IN ('INVITED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')),
  CONSTRAINT enrolments_completed_at_consistent CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
  CONSTRAINT enrolments_withdrawn_at_consistent CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
CREATE INDEX enrolments_person_idx ON enrolments (org_id, person_id);
CREATE INDEX enrolments_coach_idx ON enrolments (org_id, coach_id, status);
CREATE INDEX enrolments_program_status_idx ON enrolments (org_id, program_id, status);
CREATE TRIGGER enrolments_touch_updated_at BEFORE UPDATE ON enrolments
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();
