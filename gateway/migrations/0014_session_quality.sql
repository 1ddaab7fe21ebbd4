-- SESSION_QUALITY: the heatmap's figure for how participants rate their
-- coaching sessions, built from session_feedback like the other metrics are
-- built from assessments, enrolments and sessions.
--
-- Per-person value: the mean rating (1–5) a participant gave their sessions,
-- per capability the session worked on (the capabilities the feedback names,
-- else the focus capabilities of the enrolment's program), per program filter
-- and per calendar quarter of the session (organisation's time zone). Rolled up
-- the unit path like SCORE, so n is a number of people and the privacy rules
-- (minimum group size, complementary and filter-remainder suppression) apply
-- to it unchanged.
--
-- The earlier rebuild is kept as it is and called first: this migration only
-- adds the new rows, so a change to the other metrics stays in one place.

ALTER TABLE analytics_unit_aggregates DROP CONSTRAINT analytics_unit_aggregates_metric_valid;
ALTER TABLE analytics_unit_aggregates ADD CONSTRAINT analytics_unit_aggregates_metric_valid CHECK (
  metric IN ('SCORE', 'DELTA_FROM_BASELINE', 'PARTICIPATION_RATE', 'SESSION_CADENCE', 'SESSION_QUALITY')
);

-- Feedback written, changed or withdrawn makes the organisation's figures stale.
DO $$
DECLARE
  source_table text;
BEGIN
  FOREACH source_table IN ARRAY ARRAY['session_feedback', 'session_feedback_capabilities'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_mark_dirty()',
      source_table || '_analytics_dirty_insert', source_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_mark_dirty()',
      source_table || '_analytics_dirty_update', source_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_mark_dirty()',
      source_table || '_analytics_dirty_delete', source_table);
  END LOOP;
END
$$;

ALTER FUNCTION cw_refresh_analytics(uuid) RENAME TO cw_refresh_analytics_assessments_and_sessions;

CREATE FUNCTION cw_refresh_analytics(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  tz text;
  started timestamptz := clock_timestamp();
BEGIN
  -- Takes the per-organisation lock, deletes the old rows and writes the
  -- other metrics and the refresh state.
  PERFORM cw_refresh_analytics_assessments_and_sessions(p_org);
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN;
  END IF;

  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2)
  WITH rated AS (
    SELECT f.id, f.author_id, f.rating::float8 AS rating, e.program_id,
           to_char(s.starts_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter
    FROM session_feedback f
    JOIN sessions s ON s.org_id = f.org_id AND s.id = f.session_id
    JOIN enrolments e ON e.org_id = s.org_id AND e.id = s.enrolment_id
    -- Only the participant's own word on their session counts.
    WHERE f.org_id = p_org AND f.author_id = s.participant_id
  ), tagged AS (
    SELECT r.*, coalesce(named.codes, focus.codes) AS codes
    FROM rated r
    LEFT JOIN LATERAL (
      SELECT array_agg(c.capability_code) AS codes FROM session_feedback_capabilities c
      WHERE c.org_id = p_org AND c.feedback_id = r.id
    ) named ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(p.capability_code) AS codes FROM program_focus_capabilities p
      WHERE p.org_id = p_org AND p.program_id = r.program_id
    ) focus ON true
  ), per_person AS (
    SELECT t.author_id, code.capability_code, k.program_key, k.period_key, avg(t.rating) AS x
    FROM tagged t
    CROSS JOIN LATERAL unnest(t.codes) AS code(capability_code)
    CROSS JOIN LATERAL (VALUES (nil, 'ALL'), (t.program_id, 'ALL'), (nil, t.quarter), (t.program_id, t.quarter))
      AS k(program_key, period_key)
    GROUP BY 1, 2, 3, 4
  ), rolled AS (
    SELECT pp.program_key, pp.period_key, anc.unit_id, pp.capability_code,
           count(*)::int AS n, sum(pp.x) AS s1, sum(pp.x * pp.x) AS s2
    FROM per_person pp
    JOIN people p ON p.org_id = p_org AND p.id = pp.author_id
    JOIN org_units u ON u.org_id = p_org AND u.id = p.org_unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    GROUP BY 1, 2, 3, 4
  )
  SELECT p_org, 'SESSION_QUALITY', program_key, period_key, unit_id,
         array_agg(capability_code ORDER BY capability_code), array_agg(n ORDER BY capability_code),
         array_agg(s1 ORDER BY capability_code), array_agg(s2 ORDER BY capability_code)
  FROM rolled
  GROUP BY program_key, period_key, unit_id;

  -- The period picker also offers quarters that only have session ratings.
  UPDATE analytics_refresh_state SET
    periods = coalesce((SELECT array_agg(DISTINCT a.period_key ORDER BY a.period_key)
                        FROM analytics_unit_aggregates a
                        WHERE a.org_id = p_org AND a.period_key <> 'ALL' AND a.unit_id = nil),
                       ARRAY[]::text[]),
    refresh_ms = coalesce(refresh_ms, 0) + (extract(epoch FROM clock_timestamp() - started) * 1000)::int
  WHERE org_id = p_org;
END
$$;
