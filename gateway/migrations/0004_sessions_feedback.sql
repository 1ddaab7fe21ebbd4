-- Coaching sessions and the feedback participants leave on them.

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  coach_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  enrolment_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  language text NOT NULL,
  status text NOT NULL DEFAULT 'BOOKED',
  join_url text,
  -- iCalendar SEQUENCE: bumped on every reschedule/cancel so calendar clients
  -- replace the earlier invitation instead of adding a second one.
  sequence integer NOT NULL DEFAULT 0,
  cancelled_at timestamptz,
  cancellation_reason text,
  late_cancellation boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sessions_org_id_id_key UNIQUE (org_id, id),
  -- Lets feedback prove, by foreign key, which coach it rates.
  CONSTRAINT sessions_org_id_id_coach_key UNIQUE (org_id, id, coach_id),
  CONSTRAINT sessions_coach_fkey FOREIGN KEY (org_id, coach_id) REFERENCES coaches (org_id, id),
  CONSTRAINT sessions_participant_fkey FOREIGN KEY (org_id, participant_id) REFERENCES people (org_id, id),
  -- The participant must be the enrolment's person.
  CONSTRAINT sessions_enrolment_fkey FOREIGN KEY (org_id, enrolment_id, participant_id)
    REFERENCES enrolments (org_id, id, person_id),
  CONSTRAINT sessions_ends_after_starts CHECK (ends_at > starts_at),
  CONSTRAINT sessions_duration_range CHECK (ends_at - starts_at <= interval '4 hours'),
  CONSTRAINT sessions_language_valid CHECK (cw_is_locale(language)),
  CONSTRAINT sessions_status_valid CHECK (status IN ('BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
  CONSTRAINT sessions_join_url_format CHECK (join_url IS NULL OR join_url ~ '^https://\S+$'),
  CONSTRAINT sessions_sequence_non_negative CHECK (sequence >= 0),
  CONSTRAINT sessions_cancelled_at_consistent CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
  CONSTRAINT sessions_late_cancellation_consistent CHECK (NOT late_cancellation OR status = 'CANCELLED'),
  CONSTRAINT sessions_cancellation_reason_length CHECK (
    cancellation_reason IS NULL OR char_length(cancellation_reason) <= 1000
  ),
  -- The double-booking invariant, enforced by the database: no two live
  -- sessions of one coach, nor of one participant, overlap. Ranges are
  -- half-open, so back-to-back sessions (10:00–11:00, 11:00–12:00) are fine.
  CONSTRAINT sessions_coach_no_overlap EXCLUDE USING gist (
    coach_id WITH =, tstzrange(starts_at, ends_at) WITH &&
  ) WHERE (status <> 'CANCELLED'),
  CONSTRAINT sessions_participant_no_overlap EXCLUDE USING gist (
    participant_id WITH =, tstzrange(starts_at, ends_at) WITH &&
  ) WHERE (status <> 'CANCELLED')
);
CREATE INDEX sessions_coach_starts_idx ON sessions (org_id, coach_id, starts_at);
CREATE INDEX sessions_participant_starts_idx ON sessions (org_id, participant_id, starts_at);
CREATE INDEX sessions_enrolment_idx ON sessions (org_id, enrolment_id);
CREATE INDEX sessions_status_starts_idx ON sessions (org_id, status, starts_at);
CREATE TRIGGER sessions_touch_updated_at BEFORE UPDATE ON sessions
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

CREATE TABLE session_feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  session_id uuid NOT NULL,
  coach_id uuid NOT NULL,
  author_id uuid NOT NULL,
  rating smallint NOT NULL,
  comment text,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT session_feedback_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT session_feedback_session_key UNIQUE (org_id, session_id),
  CONSTRAINT session_feedback_session_fkey FOREIGN KEY (org_id, session_id, coach_id)
    REFERENCES sessions (org_id, id, coach_id) ON DELETE CASCADE,
  CONSTRAINT session_feedback_author_fkey FOREIGN KEY (org_id, author_id) REFERENCES people (org_id, id),
  CONSTRAINT session_feedback_rating_range CHECK (rating BETWEEN 1 AND 5),
  CONSTRAINT session_feedback_comment_length CHECK (comment IS NULL OR char_length(comment) <= 4000)
);
CREATE INDEX session_feedback_coach_idx ON session_feedback (org_id, coach_id, submitted_at);

CREATE TABLE session_feedback_capabilities (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  feedback_id uuid NOT NULL,
  capability_code text NOT NULL,
  PRIMARY KEY (feedback_id, capability_code),
  CONSTRAINT session_feedback_capabilities_feedback_fkey FOREIGN KEY (org_id, feedback_id)
    REFERENCES session_feedback (org_id, id) ON DELETE CASCADE,
  CONSTRAINT session_feedback_capabilities_capability_fkey FOREIGN KEY (org_id, capability_code)
    REFERENCES capabilities (org_id, code)
);
CREATE INDEX session_feedback_capabilities_capability_idx
  ON session_feedback_capabilities (org_id, capability_code);

-- Recomputes the rating summary of every coach touched by one statement.
-- Statement-level with a transition table, so a bulk insert of thousands of
-- ratings updates each coach row once instead of once per rating.
CREATE FUNCTION cw_refresh_coach_ratings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE coaches AS c
  SET rating_count = s.rating_count,
      rating_sum = s.rating_sum,
      last_rated_at = s.last_rated_at
  FROM (
    SELECT touched.org_id, touched.coach_id,
           count(f.id)::integer AS rating_count,
           coalesce(sum(f.rating), 0)::integer AS rating_sum,
           max(f.submitted_at) AS last_rated_at
    FROM (SELECT DISTINCT org_id, coach_id FROM changed) AS touched
    LEFT JOIN session_feedback AS f
      ON f.org_id = touched.org_id AND f.coach_id = touched.coach_id
    GROUP BY touched.org_id, touched.coach_id
  ) AS s
  WHERE c.org_id = s.org_id AND c.id = s.coach_id;
  RETURN NULL;
END
$$;
-- A trigger with transition tables may name only one event, hence three.
CREATE TRIGGER session_feedback_ratings_after_insert AFTER INSERT ON session_feedback
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION cw_refresh_coach_ratings();
CREATE TRIGGER session_feedback_ratings_after_update AFTER UPDATE ON session_feedback
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION cw_refresh_coach_ratings();
CREATE TRIGGER session_feedback_ratings_after_delete AFTER DELETE ON session_feedback
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION cw_refresh_coach_ratings();
