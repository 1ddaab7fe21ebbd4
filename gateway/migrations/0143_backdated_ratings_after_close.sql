-- A rating is accepted into no pulse that has closed, backdated or not.
--
-- Why: migration 0050 refuses a rating dated after its pulse's close, but one written after the close
-- and dated before it (a backdated import, or a bug) was still accepted, and it counts: the figures
-- read from submitted_at <= closes_at. Written after a released figure was read, it would move that
-- figure, and whoever polled before and after would read that one rating off the difference. Phases
-- opened through the gateway are guarded by migration 0080 (no rating outside an open phase); this is
-- the same wall for pulses that came with their windows (imported ones).
--
-- An import that brings a closed pulse with its ratings writes both in one transaction: ratings of a
-- window created by the writing transaction itself are accepted (nothing has been released from a
-- window nobody else can see yet). Ratings written before their window exists are, as before, judged
-- when the window arrives with them. Deleting stays possible, for erasure.

CREATE OR REPLACE FUNCTION cw_refuse_rating_after_close() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_ratings a
    JOIN assessment_windows w ON w.org_id = a.org_id AND w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE a.submitted_at > w.closes_at
       OR (w.closes_at <= now() AND w.xmin <> pg_current_xact_id()::xid)
  ) THEN
    RAISE EXCEPTION 'this 360 pulse has closed: no rating is accepted after its close'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_pulse_open';
  END IF;
  RETURN NULL;
END;
$$;
