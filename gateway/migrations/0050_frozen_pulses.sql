-- A closed 360 pulse is frozen: its released figures can never move again.
--
-- Why: a pulse's figures are released whole when it closes. A rating accepted
-- after the close, a rating of a closed pulse changed, or a close moved once
-- it has passed would each move a released figure, and anyone polling before
-- and after would read the one rating that moved it off the difference.
--
-- Statement-level checks over the transition tables, so that a bulk import of
-- thousands of ratings costs one join, not one lookup per row. Deleting stays
-- possible: erasing a person (or an organisation) must always work.

CREATE FUNCTION cw_refuse_rating_after_close() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_ratings a
    JOIN assessment_windows w ON w.org_id = a.org_id AND w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE a.submitted_at > w.closes_at
  ) THEN
    RAISE EXCEPTION 'this 360 pulse has closed: no rating is accepted after its close'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_pulse_open';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER assessments_pulse_open_insert AFTER INSERT ON assessments
  REFERENCING NEW TABLE AS new_ratings FOR EACH STATEMENT EXECUTE FUNCTION cw_refuse_rating_after_close();

CREATE FUNCTION cw_refuse_closed_rating_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The rating as it was (its pulse closed) or as it would be (moved into a closed pulse, or after its close).
  IF EXISTS (
    SELECT 1 FROM old_ratings a
    JOIN assessment_windows w ON w.org_id = a.org_id AND w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE w.closes_at <= now()
  ) OR EXISTS (
    SELECT 1 FROM new_ratings a
    JOIN assessment_windows w ON w.org_id = a.org_id AND w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE w.closes_at <= now() OR a.submitted_at > w.closes_at
  ) THEN
    RAISE EXCEPTION 'this 360 pulse has closed: its ratings can no longer be changed'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_pulse_frozen';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER assessments_pulse_frozen_update AFTER UPDATE ON assessments
  REFERENCING OLD TABLE AS old_ratings NEW TABLE AS new_ratings
  FOR EACH STATEMENT EXECUTE FUNCTION cw_refuse_closed_rating_change();

CREATE FUNCTION cw_refuse_closed_window_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.closes_at <= now() AND (NEW.closes_at IS DISTINCT FROM OLD.closes_at
      OR (NEW.org_id, NEW.program_id, NEW.subject_id, NEW.phase)
         IS DISTINCT FROM (OLD.org_id, OLD.program_id, OLD.subject_id, OLD.phase)) THEN
    RAISE EXCEPTION 'this 360 pulse has closed: its close can no longer be moved'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assessment_windows_frozen';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER assessment_windows_frozen BEFORE UPDATE ON assessment_windows
  FOR EACH ROW EXECUTE FUNCTION cw_refuse_closed_window_change();
