-- WELLBEING: a short, optional pulse a participant answers at most once per
-- ISO week (energy, how manageable their workload is, how supported they feel,
-- each 1–5, higher is better), and the heatmap metric built from it together
-- with the mood and confidence given at goal check-ins.
--
-- The period is the ISO week in the organisation's time zone, stored with the
-- answer: the unique key on (person, week) is what refuses a second answer,
-- however many gateway instances race. A week, not a program's cadence,
-- because wellbeing belongs to the person, not to one of their programs: a
-- person in two programs answers once.
--
-- Per-person value: the mean of the person's observations in the filter, where
-- a pulse answer counts as the mean of its three items and a check-in as the
-- mean of its mood and confidence (whichever were given). The figure is about
-- the person, not a capability, so it is stored under the WELLBEING capability
-- column only. Program filter: the programs of the person's active or
-- completed enrolments for a pulse answer, the goal's enrolment's program for
-- a check-in; period: the quarter of the answer or check-in. Rolled up the
-- unit path like SESSION_QUALITY, so n counts people and the privacy rules
-- apply unchanged.

CREATE TABLE wellbeing_pulse_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  -- ISO week in the organisation's time zone, '2026-W49'.
  period text NOT NULL,
  energy smallint NOT NULL,
  workload smallint NOT NULL,
  support smallint NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT wellbeing_pulse_answers_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT wellbeing_pulse_answers_once_per_period UNIQUE (org_id, person_id, period),
  CONSTRAINT wellbeing_pulse_answers_person_fkey FOREIGN KEY (org_id, person_id)
    REFERENCES people (org_id, id) ON DELETE CASCADE,
  CONSTRAINT wellbeing_pulse_answers_period_format CHECK (period ~ '^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$'),
  CONSTRAINT wellbeing_pulse_answers_energy_range CHECK (energy BETWEEN 1 AND 5),
  CONSTRAINT wellbeing_pulse_answers_workload_range CHECK (workload BETWEEN 1 AND 5),
  CONSTRAINT wellbeing_pulse_answers_support_range CHECK (support BETWEEN 1 AND 5)
);
CREATE INDEX wellbeing_pulse_answers_person_idx ON wellbeing_pulse_answers (org_id, person_id, answered_at DESC);

ALTER TABLE wellbeing_pulse_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE wellbeing_pulse_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY wellbeing_pulse_answers_tenant_isolation ON wellbeing_pulse_answers
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
-- Answers are written once and never changed through the application.
GRANT SELECT, INSERT ON wellbeing_pulse_answers TO coachwork_app;

ALTER TABLE analytics_unit_aggregates DROP CONSTRAINT analytics_unit_aggregates_metric_valid;
ALTER TABLE analytics_unit_aggregates ADD CONSTRAINT analytics_unit_aggregates_metric_valid CHECK (
  metric IN ('SCORE', 'DELTA_FROM_BASELINE', 'PARTICIPATION_RATE', 'SESSION_CADENCE', 'SESSION_QUALITY',
             'WELLBEING')
);

-- A pulse answer or a check-in written, changed or removed makes the organisation's figures stale.
DO $$
DECLARE
  source_table text;
BEGIN
  FOREACH source_table IN ARRAY ARRAY['wellbeing_pulse_answers', 'goal_check_ins'] LOOP
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

-- The rebuild so far (0014: the other metrics, then SESSION_QUALITY) is kept
-- as it is and called first; this one only adds the WELLBEING rows.
ALTER FUNCTION cw_refresh_analytics(uuid) RENAME TO cw_refresh_analytics_before_wellbeing;

CREATE FUNCTION cw_refresh_analytics(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  tz text;
  started timestamptz := clock_timestamp();
BEGIN
  -- Takes the per-organisation lock, deletes the old rows and writes the
  -- other metrics and the refresh state.
  PERFORM cw_refresh_analytics_before_wellbeing(p_org);
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN;
  END IF;

  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2)
  WITH observed AS (
    SELECT a.id AS observation_id, a.person_id, (a.energy + a.workload + a.support)::float8 / 3 AS x, e.program_id,
           to_char(a.answered_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter
    FROM wellbeing_pulse_answers a
    LEFT JOIN enrolments e ON e.org_id = a.org_id AND e.person_id = a.person_id
      AND e.status IN ('ACTIVE', 'COMPLETED')
    WHERE a.org_id = p_org
    UNION ALL
    SELECT c.id, c.author_id, (coalesce(c.mood, c.confidence) + coalesce(c.confidence, c.mood))::float8 / 2,
           e.program_id, to_char(c.checked_in_at AT TIME ZONE tz, 'YYYY-"Q"Q')
    FROM goal_check_ins c
    JOIN goals g ON g.org_id = c.org_id AND g.id = c.goal_id
    LEFT JOIN enrolments e ON e.org_id = g.org_id AND e.id = g.enrolment_id
    -- Only the goal's owner speaks for their own mood.
    WHERE c.org_id = p_org AND c.author_id = g.owner_id
      AND (c.mood IS NOT NULL OR c.confidence IS NOT NULL)
  ), keyed AS (
    -- An answer joined to two enrolments counts once in each key, never twice in one.
    SELECT DISTINCT o.observation_id, o.person_id, o.x, k.program_key, k.period_key
    FROM observed o
    CROSS JOIN LATERAL (VALUES (nil, 'ALL'), (o.program_id, 'ALL'), (nil, o.quarter), (o.program_id, o.quarter))
      AS k(program_key, period_key)
    WHERE k.program_key IS NOT NULL
  ), per_person AS (
    SELECT person_id, program_key, period_key, avg(x) AS x
    FROM keyed
    GROUP BY 1, 2, 3
  ), rolled AS (
    SELECT pp.program_key, pp.period_key, anc.unit_id,
           count(*)::int AS n, sum(pp.x) AS s1, sum(pp.x * pp.x) AS s2
    FROM per_person pp
    JOIN people p ON p.org_id = p_org AND p.id = pp.person_id
    JOIN org_units u ON u.org_id = p_org AND u.id = p.org_unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    GROUP BY 1, 2, 3
  )
  SELECT p_org, 'WELLBEING', program_key, period_key, unit_id,
         ARRAY['WELLBEING'], ARRAY[n], ARRAY[s1], ARRAY[s2]
  FROM rolled;

  -- The period picker also offers quarters that only have wellbeing answers.
  UPDATE analytics_refresh_state SET
    periods = coalesce((SELECT array_agg(DISTINCT a.period_key ORDER BY a.period_key)
                        FROM analytics_unit_aggregates a
                        WHERE a.org_id = p_org AND a.period_key <> 'ALL' AND a.unit_id = nil),
                       ARRAY[]::text[]),
    refresh_ms = coalesce(refresh_ms, 0) + (extract(epoch FROM clock_timestamp() - started) * 1000)::int
  WHERE org_id = p_org;
END
$$;
