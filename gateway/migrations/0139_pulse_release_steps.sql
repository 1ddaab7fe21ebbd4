-- Pulses of one phase that close person by person are released k at a time.
--
-- Why: a pulse (one person, one program, one phase) counts in the aggregates from its close. Phases
-- opened through the gateway close all their pulses at once, but imported pulses close each on its
-- own date; had each close moved the heatmap, the difference between two polls would be one
-- person's 360 result, which admins may see only in groups of at least the organisation's
-- minimum group size (k).
--
-- The release rule, per program and phase, with the pulses ordered by close (then subject): the
-- first r closed ones count, where r is a multiple of k that leaves at least k still to come, or all
-- of them once every pulse of the phase has closed. Each step between two releases therefore adds at
-- least k people (the last one included), and a phase whose pulses close together is released
-- whole at its close, as before. The progress card (one person's own card) keeps its pulse's close.

CREATE FUNCTION cw_released_pulse_windows(p_org uuid)
RETURNS TABLE (program_id uuid, subject_id uuid, phase text, closes_at timestamptz)
LANGUAGE sql STABLE AS $$
  WITH ranked AS (
    SELECT w.program_id, w.subject_id, w.phase, w.closes_at,
           row_number() OVER phase_pulses AS position,
           count(*) OVER whole_phase AS pulses,
           count(*) FILTER (WHERE w.closes_at <= now()) OVER whole_phase AS closed
    FROM assessment_windows w
    WHERE w.org_id = p_org
    WINDOW phase_pulses AS (PARTITION BY w.program_id, w.phase ORDER BY w.closes_at, w.subject_id),
           whole_phase AS (PARTITION BY w.program_id, w.phase)
  ), k AS (
    SELECT o.min_group_size AS k FROM organisations o WHERE o.id = p_org
  )
  SELECT r.program_id, r.subject_id, r.phase, r.closes_at
  FROM ranked r CROSS JOIN k
  WHERE r.position <= CASE
    WHEN r.closed = r.pulses THEN r.pulses
    ELSE greatest(0, least(r.closed / k.k, (r.pulses - k.k) / k.k) * k.k)
  END
$$;

CREATE OR REPLACE FUNCTION cw_refresh_analytics_assessments_and_sessions(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  tz text;
  started timestamptz := clock_timestamp();
BEGIN
  -- Two replicas refreshing one organisation at once would each delete and
  -- insert; the second waits and then rebuilds from the newer snapshot.
  PERFORM pg_advisory_xact_lock(hashtext('cw_refresh_analytics'), hashtext(p_org::text));
  PERFORM set_config('work_mem', '256MB', true);
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN;
  END IF;

  DELETE FROM analytics_unit_aggregates WHERE org_id = p_org;
  DROP TABLE IF EXISTS cw_analytics_facts;
  CREATE TEMP TABLE cw_analytics_facts (
    subject_id uuid NOT NULL,
    capability_code text NOT NULL,
    metric text NOT NULL,
    program_key uuid NOT NULL,
    period_key text NOT NULL,
    x float8 NOT NULL,
    pre float8,
    post float8
  ) ON COMMIT DROP;
  DROP TABLE IF EXISTS cw_analytics_windows;
  CREATE TEMP TABLE cw_analytics_windows (
    enrolment_id uuid NOT NULL,
    person_id uuid NOT NULL,
    program_id uuid NOT NULL,
    period_key text NOT NULL,
    w_start timestamptz NOT NULL,
    w_end timestamptz NOT NULL
  ) ON COMMIT DROP;

  INSERT INTO cw_analytics_facts
  WITH cells AS (
    -- Fold ratings to per person/capability/program/quarter/phase sums first,
    -- then fan each out to the four filter combinations it belongs to.
    -- Only released pulses, and only the ratings given before their close.
    SELECT a.subject_id, a.capability_code, a.program_id, a.phase,
           to_char(a.submitted_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter,
           sum(a.score)::float8 AS total, count(*)::float8 AS ratings
    FROM assessments a
    JOIN cw_released_pulse_windows(p_org) w ON w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE a.org_id = p_org AND a.rater_type <> 'SELF'
      AND a.submitted_at <= w.closes_at
    GROUP BY 1, 2, 3, 4, 5
  ), phases AS (
    SELECT c.subject_id, c.capability_code, k.program_key, k.period_key, c.phase,
           sum(c.total) / sum(c.ratings) AS mean
    FROM cells c
    CROSS JOIN LATERAL (VALUES (nil, 'ALL'), (c.program_id, 'ALL'), (nil, c.quarter), (c.program_id, c.quarter))
      AS k(program_key, period_key)
    GROUP BY 1, 2, 3, 4, 5
  ), latest AS (
    SELECT DISTINCT ON (subject_id, capability_code, program_key, period_key)
           subject_id, capability_code, program_key, period_key, phase, mean
    FROM phases
    ORDER BY subject_id, capability_code, program_key, period_key,
             array_position(ARRAY['POST', 'MID', 'PRE'], phase)
  ), baseline AS (
    SELECT subject_id, capability_code, program_key, mean
    FROM phases WHERE period_key = 'ALL' AND phase = 'PRE'
  )
  SELECT l.subject_id, l.capability_code, 'SCORE', l.program_key, l.period_key, l.mean, NULL::float8, NULL::float8
  FROM latest l
  UNION ALL
  SELECT l.subject_id, l.capability_code, 'DELTA_FROM_BASELINE', l.program_key, l.period_key,
         l.mean - b.mean, b.mean, l.mean
  FROM latest l
  JOIN baseline b USING (subject_id, capability_code, program_key)
  WHERE l.phase <> 'PRE';

  -- Each live enrolment's active span, whole and cut into calendar quarters.
  INSERT INTO cw_analytics_windows
  WITH spans AS (
    SELECT e.id, e.person_id, e.program_id, e.enrolled_at AS starts,
           coalesce(e.completed_at, greatest(now(), e.enrolled_at)) AS ends
    FROM enrolments e
    WHERE e.org_id = p_org AND e.status IN ('ACTIVE', 'COMPLETED')
  )
  SELECT s.id, s.person_id, s.program_id, 'ALL', s.starts, s.ends FROM spans s
  UNION ALL
  SELECT s.id, s.person_id, s.program_id, to_char(q, 'YYYY-"Q"Q'),
         greatest(s.starts, q AT TIME ZONE tz), least(s.ends, (q + interval '3 months') AT TIME ZONE tz)
  FROM spans s
  CROSS JOIN LATERAL generate_series(
    date_trunc('quarter', s.starts AT TIME ZONE tz), s.ends AT TIME ZONE tz, interval '3 months'
  ) AS q;

  INSERT INTO cw_analytics_facts
  WITH per_window AS (
    SELECT w.person_id, w.program_id, w.period_key,
           extract(epoch FROM w.w_end - w.w_start)::float8 / 86400 AS days,
           (SELECT count(*) FROM sessions s
             WHERE s.org_id = p_org AND s.enrolment_id = w.enrolment_id AND s.status = 'COMPLETED'
               AND s.starts_at >= w.w_start AND s.starts_at < w.w_end)::float8 AS sessions
    FROM cw_analytics_windows w
    WHERE w.w_end > w.w_start
  )
  SELECT pw.person_id, f.capability_code, 'SESSION_CADENCE', k.program_key, pw.period_key,
         sum(pw.sessions) / (sum(pw.days) / 28), NULL::float8, NULL::float8
  FROM per_window pw
  JOIN program_focus_capabilities f ON f.org_id = p_org AND f.program_id = pw.program_id
  CROSS JOIN LATERAL (VALUES (nil), (pw.program_id)) AS k(program_key)
  GROUP BY pw.person_id, f.capability_code, k.program_key, pw.period_key
  HAVING sum(pw.days) >= 14;

  INSERT INTO cw_analytics_facts
  SELECT DISTINCT w.person_id, f.capability_code, 'PARTICIPATION_RATE', k.program_key, w.period_key,
         1::float8, NULL::float8, NULL::float8
  FROM cw_analytics_windows w
  JOIN people p ON p.org_id = p_org AND p.id = w.person_id AND p.job_level <> 'IC'
  JOIN program_focus_capabilities f ON f.org_id = p_org AND f.program_id = w.program_id
  CROSS JOIN LATERAL (VALUES (nil), (w.program_id)) AS k(program_key)
  WHERE w.w_end > w.w_start;

  -- SCORE, DELTA and CADENCE: roll each person's value up their unit's path.
  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2,
     pre_s1, pre_s2, post_s1, post_s2, cross_s)
  WITH rolled AS (
    SELECT f.metric, f.program_key, f.period_key, anc.unit_id, f.capability_code,
           count(*)::int AS n, sum(f.x) AS s1, sum(f.x * f.x) AS s2,
           sum(f.pre) AS pre_s1, sum(f.pre * f.pre) AS pre_s2,
           sum(f.post) AS post_s1, sum(f.post * f.post) AS post_s2, sum(f.pre * f.post) AS cross_s
    FROM cw_analytics_facts f
    JOIN people p ON p.org_id = p_org AND p.id = f.subject_id
    JOIN org_units u ON u.org_id = p_org AND u.id = p.org_unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    WHERE f.metric <> 'PARTICIPATION_RATE'
    GROUP BY 1, 2, 3, 4, 5
  )
  SELECT p_org, metric, program_key, period_key, unit_id,
         array_agg(capability_code ORDER BY capability_code), array_agg(n ORDER BY capability_code),
         array_agg(s1 ORDER BY capability_code), array_agg(s2 ORDER BY capability_code),
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(pre_s1 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(pre_s2 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(post_s1 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(post_s2 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(cross_s ORDER BY capability_code) END
  FROM rolled
  GROUP BY metric, program_key, period_key, unit_id;

  -- PARTICIPATION: every manager counts in the denominator, so the rows are
  -- dense over (unit, program filter × its capabilities, period).
  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2)
  WITH population AS (
    SELECT anc.unit_id, count(*)::int AS n
    FROM people p
    JOIN org_units u ON u.org_id = p_org AND u.id = p.org_unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    WHERE p.org_id = p_org AND p.job_level <> 'IC'
    GROUP BY anc.unit_id
  ), combos AS (
    SELECT nil AS program_key, c.code AS capability_code FROM capabilities c WHERE c.org_id = p_org
    UNION ALL
    SELECT f.program_id, f.capability_code FROM program_focus_capabilities f WHERE f.org_id = p_org
  ), periods AS (
    SELECT 'ALL'::text AS period_key
    UNION
    SELECT DISTINCT w.period_key FROM cw_analytics_windows w
  ), enrolled AS (
    SELECT f.program_key, f.period_key, anc.unit_id, f.capability_code, count(*)::float8 AS yes
    FROM cw_analytics_facts f
    JOIN people p ON p.org_id = p_org AND p.id = f.subject_id
    JOIN org_units u ON u.org_id = p_org AND u.id = p.org_unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    WHERE f.metric = 'PARTICIPATION_RATE'
    GROUP BY 1, 2, 3, 4
  )
  SELECT p_org, 'PARTICIPATION_RATE', c.program_key, pr.period_key, pop.unit_id,
         array_agg(c.capability_code ORDER BY c.capability_code),
         array_agg(pop.n ORDER BY c.capability_code),
         array_agg(coalesce(e.yes, 0) ORDER BY c.capability_code),
         array_agg(coalesce(e.yes, 0) ORDER BY c.capability_code)
  FROM population pop
  CROSS JOIN combos c
  CROSS JOIN periods pr
  LEFT JOIN enrolled e ON e.unit_id = pop.unit_id AND e.program_key = c.program_key
    AND e.period_key = pr.period_key AND e.capability_code = c.capability_code
  GROUP BY c.program_key, pr.period_key, pop.unit_id;

  INSERT INTO analytics_refresh_state
    (org_id, dirty, changed_at, refreshed_at, refresh_ms, periods, next_release_at)
  VALUES (
    p_org, false, now(), clock_timestamp(),
    (extract(epoch FROM clock_timestamp() - started) * 1000)::int,
    coalesce((SELECT array_agg(DISTINCT a.period_key ORDER BY a.period_key)
              FROM analytics_unit_aggregates a
              WHERE a.org_id = p_org AND a.period_key <> 'ALL' AND a.unit_id = nil), ARRAY[]::text[]),
    (SELECT min(w.closes_at) FROM assessment_windows w WHERE w.org_id = p_org AND w.closes_at > now())
  )
  ON CONFLICT (org_id) DO UPDATE SET
    -- A write that committed after this refresh's snapshot leaves it dirty.
    dirty = analytics_refresh_state.changed_at > now(),
    refreshed_at = EXCLUDED.refreshed_at,
    refresh_ms = EXCLUDED.refresh_ms,
    periods = EXCLUDED.periods,
    next_release_at = EXCLUDED.next_release_at;
END
$$;
