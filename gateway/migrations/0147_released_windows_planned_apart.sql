-- The analytics rebuild joins the ratings with the released pulse windows. As an SQL function,
-- cw_released_pulse_windows was inlined into that join, so the planner read the statistics of
-- assessment_window_releases, which the rebuild itself fills in the same transaction: after an
-- ANALYZE taken while the table was still empty (a fresh organisation, a bulk load, a restored
-- copy) it expected one released window and chose a nested loop over the ratings for each.
-- At 1,000 managers in an organisation-wide 360 (97,000 ratings, 1,600 released windows) the
-- first rebuild ran for minutes; the same rebuild with the windows planned apart took 1.2 s.
-- PL/pgSQL functions are never inlined: the planner takes ROWS as the estimate of released
-- windows, whatever the table's statistics say, and joins the ratings by hash.
CREATE OR REPLACE FUNCTION cw_released_pulse_windows(p_org uuid)
RETURNS TABLE (program_id uuid, subject_id uuid, phase text, closes_at timestamptz)
LANGUAGE plpgsql STABLE ROWS 5000 AS $$
BEGIN
  RETURN QUERY
  SELECT w.program_id, w.subject_id, w.phase, w.closes_at
  FROM assessment_window_releases r
  JOIN assessment_windows w ON w.org_id = r.org_id AND w.program_id = r.program_id
    AND w.subject_id = r.subject_id AND w.phase = r.phase
  WHERE r.org_id = p_org;
END
$$;
