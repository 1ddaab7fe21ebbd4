-- Analytics refresh becomes incremental: a write rebuilds only the people it touches and the units
-- on their paths.
--
-- Why: the full rebuild recomputes every person's figures and every unit's sums (minutes at
-- 100,000 managers) although one completed session changes one person's cadence. The aggregates
-- are sums of per-person values, so a person's change is the difference of their old and new
-- values, added to each unit up their path.
--
-- * analytics_person_facts keeps each person's values (the ones the rebuild used to hold in temp
--   tables only) with the unit they were rolled up under, so their old contribution can be taken
--   back even after they moved. Besides the metrics' values it keeps, per person, MANAGER (1 for a
--   job level above IC: the participation denominator) and PERIOD (the quarters their enrolments'
--   spans cover: the participation rows' period set).
-- * analytics_dirty_people records which people a write touched (statement triggers beside the
--   ones that mark the organisation dirty); a move records the person, whose stored facts name the
--   old unit.
-- * Writes that change what every person's figures are built from (org unit structure, focus
--   capabilities, the catalogue) set analytics_refresh_state.full_rebuild_due.
-- * cw_refresh_analytics(org) stays the full rebuild, now computing the facts once into the table
--   and rolling the aggregates up from it. cw_refresh_analytics_incremental(org, max_age,
--   max_people) applies the dirty people's differences, or runs the full rebuild when an
--   incremental one cannot be right (the rule is in docs/ARCHITECTURE.md and in that function).

CREATE TABLE analytics_person_facts (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  -- The person's unit when the fact was computed: the path it was rolled up along.
  unit_id uuid,
  metric text NOT NULL,
  program_key uuid NOT NULL,
  period_key text NOT NULL,
  capability_code text NOT NULL,
  x float8 NOT NULL,
  pre float8,
  post float8
);
CREATE INDEX analytics_person_facts_person_idx ON analytics_person_facts (org_id, person_id);
-- Whether a quarter still has an enrolment span, after a person's last one in it went.
CREATE INDEX analytics_person_facts_period_idx ON analytics_person_facts (org_id, period_key)
  WHERE metric = 'PERIOD';

ALTER TABLE analytics_person_facts ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_person_facts FORCE ROW LEVEL SECURITY;
CREATE POLICY analytics_person_facts_tenant_isolation ON analytics_person_facts
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON analytics_person_facts TO coachwork_app;

CREATE TABLE analytics_dirty_people (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  PRIMARY KEY (org_id, person_id)
);

ALTER TABLE analytics_dirty_people ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_dirty_people FORCE ROW LEVEL SECURITY;
CREATE POLICY analytics_dirty_people_tenant_isolation ON analytics_dirty_people
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON analytics_dirty_people TO coachwork_app;

ALTER TABLE analytics_refresh_state
  -- When the stored facts were computed by a full rebuild (null: no facts yet), and in which time
  -- zone (quarters are cut in it).
  ADD COLUMN facts_built_at timestamptz,
  ADD COLUMN facts_time_zone text,
  ADD COLUMN full_rebuild_due boolean NOT NULL DEFAULT true,
  -- A pulse window was written: the incremental refresh runs the release step first.
  ADD COLUMN windows_changed boolean NOT NULL DEFAULT false,
  -- The quarters the participation rows are dense over.
  ADD COLUMN participation_periods text[],
  ADD COLUMN last_refresh_kind text,
  ADD COLUMN last_refresh_ms integer;

-- Records the people of a statement's rows (the transition tables `new_rows` and `old_rows`);
-- TG_ARGV[0] names the column that holds the person.
CREATE FUNCTION cw_analytics_dirty_people() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  person_column constant text := TG_ARGV[0];
  rows_table text;
BEGIN
  FOREACH rows_table IN ARRAY CASE TG_OP
    WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows'] ELSE ARRAY['new_rows', 'old_rows'] END
  LOOP
    IF TG_TABLE_NAME = 'session_feedback_capabilities' THEN
      -- A capability names its feedback, whose author is the person.
      EXECUTE format(
        'INSERT INTO analytics_dirty_people (org_id, person_id) '
        'SELECT DISTINCT f.org_id, f.author_id FROM %I r JOIN session_feedback f ON f.org_id = r.org_id AND f.id = r.feedback_id '
        'WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = r.org_id) ON CONFLICT DO NOTHING', rows_table);
      CONTINUE;
    END IF;
    -- An organisation being deleted (its rows cascading) has nothing to record.
    EXECUTE format(
      'INSERT INTO analytics_dirty_people (org_id, person_id) '
      'SELECT DISTINCT r.org_id, r.%I FROM %I r '
      'WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = r.org_id) ON CONFLICT DO NOTHING',
      person_column, rows_table);
    IF TG_TABLE_NAME = 'sessions' THEN
      -- Cadence counts a session under its enrolment's person.
      EXECUTE format(
        'INSERT INTO analytics_dirty_people (org_id, person_id) '
        'SELECT DISTINCT e.org_id, e.person_id FROM %I r JOIN enrolments e ON e.org_id = r.org_id AND e.id = r.enrolment_id '
        'WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = r.org_id) ON CONFLICT DO NOTHING', rows_table);
    ELSIF TG_TABLE_NAME = 'assessment_windows' THEN
      EXECUTE format(
        'UPDATE analytics_refresh_state s SET windows_changed = true WHERE s.org_id IN (SELECT r.org_id FROM %I r)',
        rows_table);
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE FUNCTION cw_analytics_full_rebuild_due() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE analytics_refresh_state s SET full_rebuild_due = true, dirty = true, changed_at = now()
  WHERE s.org_id IN (SELECT DISTINCT org_id FROM changed_rows);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  source record;
BEGIN
  FOR source IN SELECT * FROM (VALUES
    ('assessments', 'subject_id'),
    ('assessment_windows', 'subject_id'),
    ('enrolments', 'person_id'),
    ('sessions', 'participant_id'),
    ('people', 'id'),
    ('session_feedback', 'author_id'),
    ('session_feedback_capabilities', 'feedback_id'),
    ('wellbeing_pulse_answers', 'person_id'),
    ('goal_check_ins', 'author_id'),
    -- A goal moved to another enrolment moves its check-ins' wellbeing to another program.
    ('goals', 'owner_id')
  ) AS t(source_table, person_column) LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_dirty_people(%L)',
      source.source_table || '_analytics_people_insert', source.source_table, source.person_column);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_dirty_people(%L)',
      source.source_table || '_analytics_people_update', source.source_table, source.person_column);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_dirty_people(%L)',
      source.source_table || '_analytics_people_delete', source.source_table, source.person_column);
  END LOOP;
  FOREACH source.source_table IN ARRAY ARRAY['org_units', 'program_focus_capabilities', 'capabilities'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_full_rebuild_due()',
      source.source_table || '_analytics_full_insert', source.source_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_full_rebuild_due()',
      source.source_table || '_analytics_full_update', source.source_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION cw_analytics_full_rebuild_due()',
      source.source_table || '_analytics_full_delete', source.source_table);
  END LOOP;
END
$$;

-- Writes the facts of the given people (null: everyone) into analytics_person_facts. The figures
-- are those of migrations 0139 (SCORE, DELTA_FROM_BASELINE, SESSION_CADENCE, PARTICIPATION_RATE),
-- 0014 (SESSION_QUALITY) and 0085 (WELLBEING), computed per person.
CREATE FUNCTION cw_analytics_write_person_facts(p_org uuid, p_people uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  everyone constant boolean := p_people IS NULL;
  tz text;
BEGIN
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN;
  END IF;

  DROP TABLE IF EXISTS cw_person_facts;
  CREATE TEMP TABLE cw_person_facts (
    person_id uuid NOT NULL,
    capability_code text NOT NULL,
    metric text NOT NULL,
    program_key uuid NOT NULL,
    period_key text NOT NULL,
    x float8 NOT NULL,
    pre float8,
    post float8
  ) ON COMMIT DROP;
  DROP TABLE IF EXISTS cw_person_windows;
  CREATE TEMP TABLE cw_person_windows (
    enrolment_id uuid NOT NULL,
    person_id uuid NOT NULL,
    program_id uuid NOT NULL,
    period_key text NOT NULL,
    w_start timestamptz NOT NULL,
    w_end timestamptz NOT NULL
  ) ON COMMIT DROP;

  INSERT INTO cw_person_facts
  WITH cells AS (
    SELECT a.subject_id, a.capability_code, a.program_id, a.phase,
           to_char(a.submitted_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter,
           sum(a.score)::float8 AS total, count(*)::float8 AS ratings
    FROM assessments a
    JOIN cw_released_pulse_windows(p_org) w ON w.program_id = a.program_id
      AND w.subject_id = a.subject_id AND w.phase = a.phase
    WHERE a.org_id = p_org AND a.rater_type <> 'SELF'
      AND a.submitted_at <= w.closes_at
      AND (everyone OR a.subject_id = ANY (p_people))
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

  INSERT INTO cw_person_windows
  WITH spans AS (
    SELECT e.id, e.person_id, e.program_id, e.enrolled_at AS starts,
           coalesce(e.completed_at, greatest(now(), e.enrolled_at)) AS ends
    FROM enrolments e
    WHERE e.org_id = p_org AND e.status IN ('ACTIVE', 'COMPLETED')
      AND (everyone OR e.person_id = ANY (p_people))
  )
  SELECT s.id, s.person_id, s.program_id, 'ALL', s.starts, s.ends FROM spans s
  UNION ALL
  SELECT s.id, s.person_id, s.program_id, to_char(q, 'YYYY-"Q"Q'),
         greatest(s.starts, q AT TIME ZONE tz), least(s.ends, (q + interval '3 months') AT TIME ZONE tz)
  FROM spans s
  CROSS JOIN LATERAL generate_series(
    date_trunc('quarter', s.starts AT TIME ZONE tz), s.ends AT TIME ZONE tz, interval '3 months'
  ) AS q;

  INSERT INTO cw_person_facts
  WITH per_window AS (
    SELECT w.person_id, w.program_id, w.period_key,
           extract(epoch FROM w.w_end - w.w_start)::float8 / 86400 AS days,
           (SELECT count(*) FROM sessions s
             WHERE s.org_id = p_org AND s.enrolment_id = w.enrolment_id AND s.status = 'COMPLETED'
               AND s.starts_at >= w.w_start AND s.starts_at < w.w_end)::float8 AS sessions
    FROM cw_person_windows w
    WHERE w.w_end > w.w_start
  )
  SELECT pw.person_id, f.capability_code, 'SESSION_CADENCE', k.program_key, pw.period_key,
         sum(pw.sessions) / (sum(pw.days) / 28), NULL::float8, NULL::float8
  FROM per_window pw
  JOIN program_focus_capabilities f ON f.org_id = p_org AND f.program_id = pw.program_id
  CROSS JOIN LATERAL (VALUES (nil), (pw.program_id)) AS k(program_key)
  GROUP BY pw.person_id, f.capability_code, k.program_key, pw.period_key
  HAVING sum(pw.days) >= 14;

  INSERT INTO cw_person_facts
  SELECT DISTINCT w.person_id, f.capability_code, 'PARTICIPATION_RATE', k.program_key, w.period_key,
         1::float8, NULL::float8, NULL::float8
  FROM cw_person_windows w
  JOIN people p ON p.org_id = p_org AND p.id = w.person_id AND p.job_level <> 'IC'
  JOIN program_focus_capabilities f ON f.org_id = p_org AND f.program_id = w.program_id
  CROSS JOIN LATERAL (VALUES (nil), (w.program_id)) AS k(program_key)
  WHERE w.w_end > w.w_start;

  -- The participation rows are dense over every quarter some enrolment span covers.
  INSERT INTO cw_person_facts
  SELECT DISTINCT w.person_id, '', 'PERIOD', nil, w.period_key, 1::float8, NULL::float8, NULL::float8
  FROM cw_person_windows w
  WHERE w.period_key <> 'ALL';

  INSERT INTO cw_person_facts
  SELECT p.id, '', 'MANAGER', nil, 'ALL', 1::float8, NULL::float8, NULL::float8
  FROM people p
  WHERE p.org_id = p_org AND p.job_level <> 'IC' AND (everyone OR p.id = ANY (p_people));

  INSERT INTO cw_person_facts
  WITH rated AS (
    SELECT f.id, f.author_id, f.rating::float8 AS rating, e.program_id,
           to_char(s.starts_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter
    FROM session_feedback f
    JOIN sessions s ON s.org_id = f.org_id AND s.id = f.session_id
    JOIN enrolments e ON e.org_id = s.org_id AND e.id = s.enrolment_id
    WHERE f.org_id = p_org AND f.author_id = s.participant_id
      AND (everyone OR f.author_id = ANY (p_people))
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
  )
  SELECT t.author_id, code.capability_code, 'SESSION_QUALITY', k.program_key, k.period_key, avg(t.rating),
         NULL::float8, NULL::float8
  FROM tagged t
  CROSS JOIN LATERAL unnest(t.codes) AS code(capability_code)
  CROSS JOIN LATERAL (VALUES (nil, 'ALL'), (t.program_id, 'ALL'), (nil, t.quarter), (t.program_id, t.quarter))
    AS k(program_key, period_key)
  GROUP BY t.author_id, code.capability_code, k.program_key, k.period_key;

  INSERT INTO cw_person_facts
  WITH observed AS (
    SELECT a.id AS observation_id, a.person_id, (a.energy + a.workload + a.support)::float8 / 3 AS x, e.program_id,
           to_char(a.answered_at AT TIME ZONE tz, 'YYYY-"Q"Q') AS quarter
    FROM wellbeing_pulse_answers a
    LEFT JOIN enrolments e ON e.org_id = a.org_id AND e.person_id = a.person_id
      AND e.status IN ('ACTIVE', 'COMPLETED')
    WHERE a.org_id = p_org AND (everyone OR a.person_id = ANY (p_people))
    UNION ALL
    SELECT c.id, c.author_id, (coalesce(c.mood, c.confidence) + coalesce(c.confidence, c.mood))::float8 / 2,
           e.program_id, to_char(c.checked_in_at AT TIME ZONE tz, 'YYYY-"Q"Q')
    FROM goal_check_ins c
    JOIN goals g ON g.org_id = c.org_id AND g.id = c.goal_id
    LEFT JOIN enrolments e ON e.org_id = g.org_id AND e.id = g.enrolment_id
    WHERE c.org_id = p_org AND c.author_id = g.owner_id
      AND (c.mood IS NOT NULL OR c.confidence IS NOT NULL)
      AND (everyone OR c.author_id = ANY (p_people))
  ), keyed AS (
    SELECT DISTINCT o.observation_id, o.person_id, o.x, k.program_key, k.period_key
    FROM observed o
    CROSS JOIN LATERAL (VALUES (nil, 'ALL'), (o.program_id, 'ALL'), (nil, o.quarter), (o.program_id, o.quarter))
      AS k(program_key, period_key)
    WHERE k.program_key IS NOT NULL
  )
  SELECT person_id, 'WELLBEING', 'WELLBEING', program_key, period_key, avg(x), NULL::float8, NULL::float8
  FROM keyed
  GROUP BY person_id, program_key, period_key;

  -- Left in a temp table too, with statistics, for the full rebuild to roll up from: the planner
  -- knows the stored table only as it was at its last analyze (often empty, before a first rebuild).
  DROP TABLE IF EXISTS cw_located_facts;
  CREATE TEMP TABLE cw_located_facts ON COMMIT DROP AS
  SELECT f.person_id, p.org_unit_id AS unit_id, f.metric, f.program_key, f.period_key, f.capability_code,
         f.x, f.pre, f.post
  FROM cw_person_facts f
  LEFT JOIN people p ON p.org_id = p_org AND p.id = f.person_id;
  ANALYZE cw_located_facts;

  INSERT INTO analytics_person_facts
    (org_id, person_id, unit_id, metric, program_key, period_key, capability_code, x, pre, post)
  SELECT p_org, f.person_id, f.unit_id, f.metric, f.program_key, f.period_key, f.capability_code,
         f.x, f.pre, f.post
  FROM cw_located_facts f;
END
$$;

-- The full rebuild: releases the pulses due, recomputes every person's facts and rolls the
-- aggregates up from them. Same figures as before (0144 over 0139, 0014 and 0085).
CREATE OR REPLACE FUNCTION cw_refresh_analytics(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  tz text;
  started timestamptz := clock_timestamp();
  elapsed integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('cw_refresh_analytics'), hashtext(p_org::text));
  PERFORM set_config('work_mem', '256MB', true);
  PERFORM cw_release_pulse_windows(p_org);
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN;
  END IF;

  -- People changed after this statement's snapshot stay recorded for the next refresh.
  DELETE FROM analytics_dirty_people WHERE org_id = p_org;
  DELETE FROM analytics_unit_aggregates WHERE org_id = p_org;
  DELETE FROM analytics_person_facts WHERE org_id = p_org;
  PERFORM cw_analytics_write_person_facts(p_org, NULL);

  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2,
     pre_s1, pre_s2, post_s1, post_s2, cross_s)
  WITH rolled AS (
    SELECT f.metric, f.program_key, f.period_key, anc.unit_id, f.capability_code,
           count(*)::int AS n, sum(f.x) AS s1, sum(f.x * f.x) AS s2,
           sum(f.pre) AS pre_s1, sum(f.pre * f.pre) AS pre_s2,
           sum(f.post) AS post_s1, sum(f.post * f.post) AS post_s2, sum(f.pre * f.post) AS cross_s
    FROM cw_located_facts f
    JOIN org_units u ON u.org_id = p_org AND u.id = f.unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    WHERE f.metric IN ('SCORE', 'DELTA_FROM_BASELINE', 'SESSION_CADENCE', 'SESSION_QUALITY', 'WELLBEING')
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

  -- PARTICIPATION: every manager counts in the denominator, so the rows are dense over
  -- (unit, program filter × its capabilities, period).
  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2)
  WITH rolled AS (
    SELECT f.metric, f.program_key, f.period_key, anc.unit_id, f.capability_code, count(*) AS n
    FROM cw_located_facts f
    JOIN org_units u ON u.org_id = p_org AND u.id = f.unit_id
    CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
    WHERE f.metric IN ('MANAGER', 'PARTICIPATION_RATE')
    GROUP BY 1, 2, 3, 4, 5
  ), population AS (
    SELECT r.unit_id, r.n::int AS n FROM rolled r WHERE r.metric = 'MANAGER'
  ), combos AS (
    SELECT nil AS program_key, c.code AS capability_code FROM capabilities c WHERE c.org_id = p_org
    UNION ALL
    SELECT f.program_id, f.capability_code FROM program_focus_capabilities f WHERE f.org_id = p_org
  ), periods AS (
    SELECT 'ALL'::text AS period_key
    UNION
    SELECT DISTINCT f.period_key FROM cw_located_facts f WHERE f.metric = 'PERIOD'
  ), enrolled AS (
    SELECT r.program_key, r.period_key, r.unit_id, r.capability_code, r.n::float8 AS yes
    FROM rolled r WHERE r.metric = 'PARTICIPATION_RATE'
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

  elapsed := (extract(epoch FROM clock_timestamp() - started) * 1000)::int;
  INSERT INTO analytics_refresh_state
    (org_id, dirty, changed_at, refreshed_at, refresh_ms, periods, next_release_at, facts_built_at,
     facts_time_zone, full_rebuild_due, windows_changed, participation_periods, last_refresh_kind,
     last_refresh_ms)
  VALUES (
    p_org, false, now(), clock_timestamp(), elapsed,
    coalesce((SELECT array_agg(DISTINCT a.period_key ORDER BY a.period_key)
              FROM analytics_unit_aggregates a
              WHERE a.org_id = p_org AND a.period_key <> 'ALL' AND a.unit_id = nil), ARRAY[]::text[]),
    (SELECT min(w.closes_at) FROM assessment_windows w WHERE w.org_id = p_org AND w.closes_at > now()),
    now(), tz, false, false,
    coalesce((SELECT array_agg(DISTINCT f.period_key ORDER BY f.period_key)
              FROM cw_located_facts f WHERE f.metric = 'PERIOD'), ARRAY[]::text[]),
    'full', elapsed
  )
  ON CONFLICT (org_id) DO UPDATE SET
    -- A write that committed after this refresh's snapshot leaves it dirty.
    dirty = analytics_refresh_state.changed_at > now(),
    refreshed_at = EXCLUDED.refreshed_at,
    refresh_ms = EXCLUDED.refresh_ms,
    periods = EXCLUDED.periods,
    next_release_at = EXCLUDED.next_release_at,
    facts_built_at = EXCLUDED.facts_built_at,
    facts_time_zone = EXCLUDED.facts_time_zone,
    full_rebuild_due = analytics_refresh_state.full_rebuild_due AND analytics_refresh_state.changed_at > now(),
    windows_changed = analytics_refresh_state.windows_changed AND analytics_refresh_state.changed_at > now(),
    participation_periods = EXCLUDED.participation_periods,
    last_refresh_kind = EXCLUDED.last_refresh_kind,
    last_refresh_ms = EXCLUDED.last_refresh_ms;
END
$$;

-- Brings the aggregates up to date with the recorded people's changes, or rebuilds them whole when
-- a difference cannot be right. Returns 'incremental' or 'full' (null when the organisation is
-- gone). The full rebuild runs when:
--   * there are no facts yet, or they were computed in another time zone;
--   * the unit structure, the focus capabilities or the catalogue changed (full_rebuild_due);
--   * a pulse release is due (next_release_at passed), or a pulse window was written and the
--     release step releases something: a release changes many people at once;
--   * the facts are older than p_max_age, or the quarter changed since they were computed: an
--     active enrolment's span runs to now(), so cadence drifts and new quarters begin without any
--     write, for the people nobody touched;
--   * more than p_max_people people changed (a difference that large costs as much as a rebuild);
--   * the participation rows would change shape: a unit gains its first or loses its last manager,
--     or a quarter gains its first or loses its last enrolment span.
CREATE FUNCTION cw_refresh_analytics_incremental(p_org uuid, p_max_age interval, p_max_people integer)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  nil constant uuid := '00000000-0000-0000-0000-000000000000';
  tz text;
  state analytics_refresh_state%ROWTYPE;
  started timestamptz := clock_timestamp();
  elapsed integer;
  changed_people integer;
  nil_rows_changed boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('cw_refresh_analytics'), hashtext(p_org::text));
  SELECT o.time_zone INTO tz FROM organisations o WHERE o.id = p_org;
  IF tz IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT * INTO state FROM analytics_refresh_state s WHERE s.org_id = p_org;
  SELECT count(*) INTO changed_people FROM analytics_dirty_people d WHERE d.org_id = p_org;
  IF state.facts_built_at IS NULL
     OR state.facts_time_zone IS DISTINCT FROM tz
     OR state.full_rebuild_due
     OR coalesce(state.next_release_at <= now(), false)
     OR state.facts_built_at < now() - p_max_age
     OR date_trunc('quarter', state.facts_built_at AT TIME ZONE tz) <> date_trunc('quarter', now() AT TIME ZONE tz)
     OR changed_people > p_max_people
     OR (state.windows_changed AND cw_release_pulse_windows(p_org) > 0)
  THEN
    PERFORM cw_refresh_analytics(p_org);
    RETURN 'full';
  END IF;

  DROP TABLE IF EXISTS cw_changed_people;
  CREATE TEMP TABLE cw_changed_people ON COMMIT DROP AS
  WITH taken AS (
    -- A person recorded after this statement's snapshot stays recorded for the next refresh.
    DELETE FROM analytics_dirty_people d WHERE d.org_id = p_org RETURNING d.person_id
  )
  SELECT DISTINCT person_id FROM taken;

  DROP TABLE IF EXISTS cw_old_facts;
  CREATE TEMP TABLE cw_old_facts ON COMMIT DROP AS
  WITH taken AS (
    DELETE FROM analytics_person_facts f
    WHERE f.org_id = p_org AND f.person_id IN (SELECT person_id FROM cw_changed_people)
    RETURNING f.person_id, f.unit_id, f.metric, f.program_key, f.period_key, f.capability_code, f.x, f.pre, f.post
  )
  SELECT * FROM taken;
  PERFORM cw_analytics_write_person_facts(p_org, ARRAY(SELECT person_id FROM cw_changed_people));

  -- Each changed fact once with its old value subtracted and once with its new one added; a fact
  -- that did not change is left out, so it moves no sum (not even by rounding).
  DROP TABLE IF EXISTS cw_fact_changes;
  CREATE TEMP TABLE cw_fact_changes ON COMMIT DROP AS
  WITH new_facts AS (
    SELECT f.person_id, f.unit_id, f.metric, f.program_key, f.period_key, f.capability_code, f.x, f.pre, f.post
    FROM analytics_person_facts f
    WHERE f.org_id = p_org AND f.person_id IN (SELECT person_id FROM cw_changed_people)
  ), removed AS (
    SELECT * FROM cw_old_facts EXCEPT ALL SELECT * FROM new_facts
  ), added AS (
    SELECT * FROM new_facts EXCEPT ALL SELECT * FROM cw_old_facts
  )
  SELECT -1 AS sign, * FROM removed
  UNION ALL
  SELECT 1, * FROM added;

  DROP TABLE IF EXISTS cw_unit_changes;
  CREATE TEMP TABLE cw_unit_changes ON COMMIT DROP AS
  SELECT c.metric, c.program_key, c.period_key, anc.unit_id, c.capability_code,
         sum(c.sign)::int AS n, sum(c.sign * c.x) AS s1, sum(c.sign * c.x * c.x) AS s2,
         sum(c.sign * c.pre) AS pre_s1, sum(c.sign * c.pre * c.pre) AS pre_s2,
         sum(c.sign * c.post) AS post_s1, sum(c.sign * c.post * c.post) AS post_s2,
         sum(c.sign * c.pre * c.post) AS cross_s
  FROM cw_fact_changes c
  JOIN org_units u ON u.org_id = p_org AND u.id = c.unit_id
  CROSS JOIN LATERAL unnest(u.path || nil) AS anc(unit_id)
  GROUP BY 1, 2, 3, 4, 5;

  -- The participation rows' shape: their units (those with managers) and quarters.
  IF EXISTS (
       SELECT 1 FROM cw_unit_changes c
       LEFT JOIN analytics_unit_aggregates a ON a.org_id = p_org AND a.metric = 'PARTICIPATION_RATE'
         AND a.program_key = nil AND a.period_key = 'ALL' AND a.unit_id = c.unit_id
       WHERE c.metric = 'MANAGER' AND c.n <> 0 AND (a.n IS NULL OR a.n[1] + c.n <= 0)
     )
     OR EXISTS (
       SELECT 1 FROM cw_fact_changes c
       WHERE c.metric = 'PERIOD' AND c.sign > 0 AND NOT c.period_key = ANY (coalesce(state.participation_periods, ARRAY[]::text[]))
     )
     OR EXISTS (
       SELECT 1 FROM cw_fact_changes c
       WHERE c.metric = 'PERIOD' AND c.sign < 0
         AND NOT EXISTS (SELECT 1 FROM analytics_person_facts f
                         WHERE f.org_id = p_org AND f.metric = 'PERIOD' AND f.period_key = c.period_key)
     )
  THEN
    PERFORM cw_refresh_analytics(p_org);
    RETURN 'full';
  END IF;

  -- The sums: each touched row unpacked per capability, the change added, rows left empty dropped.
  DROP TABLE IF EXISTS cw_touched_rows;
  CREATE TEMP TABLE cw_touched_rows ON COMMIT DROP AS
  WITH touched AS (
    SELECT DISTINCT c.metric, c.program_key, c.period_key, c.unit_id
    FROM cw_unit_changes c
    WHERE c.metric IN ('SCORE', 'DELTA_FROM_BASELINE', 'SESSION_CADENCE', 'SESSION_QUALITY', 'WELLBEING')
  ), taken AS (
    DELETE FROM analytics_unit_aggregates a
    USING touched t
    WHERE a.org_id = p_org AND a.metric = t.metric AND a.program_key = t.program_key
      AND a.period_key = t.period_key AND a.unit_id = t.unit_id
    RETURNING a.*
  ), old_cells AS (
    SELECT a.metric, a.program_key, a.period_key, a.unit_id, cell.capability_code,
           a.n[cell.i] AS n, a.s1[cell.i] AS s1, a.s2[cell.i] AS s2,
           a.pre_s1[cell.i] AS pre_s1, a.pre_s2[cell.i] AS pre_s2, a.post_s1[cell.i] AS post_s1,
           a.post_s2[cell.i] AS post_s2, a.cross_s[cell.i] AS cross_s
    FROM taken a
    CROSS JOIN LATERAL unnest(a.capability_codes) WITH ORDINALITY AS cell(capability_code, i)
  ), cells AS (
    SELECT metric, program_key, period_key, unit_id, capability_code,
           sum(n)::int AS n, sum(s1) AS s1, sum(s2) AS s2, sum(pre_s1) AS pre_s1, sum(pre_s2) AS pre_s2,
           sum(post_s1) AS post_s1, sum(post_s2) AS post_s2, sum(cross_s) AS cross_s
    FROM (
      SELECT * FROM old_cells
      UNION ALL
      SELECT c.metric, c.program_key, c.period_key, c.unit_id, c.capability_code, c.n, c.s1, c.s2,
             c.pre_s1, c.pre_s2, c.post_s1, c.post_s2, c.cross_s
      FROM cw_unit_changes c JOIN touched t USING (metric, program_key, period_key, unit_id)
    ) both_sides
    GROUP BY 1, 2, 3, 4, 5
  )
  SELECT t.metric, t.program_key, t.period_key, t.unit_id,
         EXISTS (SELECT 1 FROM taken a WHERE a.metric = t.metric AND a.program_key = t.program_key
                 AND a.period_key = t.period_key AND a.unit_id = t.unit_id) AS existed,
         c.capability_code, c.n, c.s1, c.s2, c.pre_s1, c.pre_s2, c.post_s1, c.post_s2, c.cross_s
  FROM touched t
  LEFT JOIN cells c USING (metric, program_key, period_key, unit_id);

  INSERT INTO analytics_unit_aggregates
    (org_id, metric, program_key, period_key, unit_id, capability_codes, n, s1, s2,
     pre_s1, pre_s2, post_s1, post_s2, cross_s)
  SELECT p_org, metric, program_key, period_key, unit_id,
         array_agg(capability_code ORDER BY capability_code), array_agg(n ORDER BY capability_code),
         array_agg(s1 ORDER BY capability_code), array_agg(s2 ORDER BY capability_code),
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(pre_s1 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(pre_s2 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(post_s1 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(post_s2 ORDER BY capability_code) END,
         CASE WHEN metric = 'DELTA_FROM_BASELINE' THEN array_agg(cross_s ORDER BY capability_code) END
  FROM cw_touched_rows
  WHERE n > 0
  GROUP BY metric, program_key, period_key, unit_id;

  -- A row of the organisation as a whole appearing or going changes the periods on offer.
  SELECT EXISTS (
    SELECT 1 FROM cw_touched_rows r
    WHERE r.unit_id = nil
    GROUP BY r.metric, r.program_key, r.period_key, r.existed
    HAVING r.existed <> coalesce(bool_or(r.n > 0), false)
  ) INTO nil_rows_changed;

  -- Participation: the denominators of the units whose managers changed, in every row of theirs.
  UPDATE analytics_unit_aggregates a
  SET n = ARRAY(SELECT v + c.n FROM unnest(a.n) WITH ORDINALITY AS cell(v, i) ORDER BY cell.i)
  FROM cw_unit_changes c
  CROSS JOIN (
    SELECT nil AS program_key UNION SELECT DISTINCT f.program_id FROM program_focus_capabilities f WHERE f.org_id = p_org
  ) programs
  CROSS JOIN (SELECT 'ALL'::text AS period_key UNION SELECT unnest(state.participation_periods)) periods
  WHERE c.metric = 'MANAGER' AND c.n <> 0
    AND a.org_id = p_org AND a.metric = 'PARTICIPATION_RATE' AND a.program_key = programs.program_key
    AND a.period_key = periods.period_key AND a.unit_id = c.unit_id;

  -- ... and the numerators of the capabilities whose enrolments changed.
  UPDATE analytics_unit_aggregates a
  SET s1 = changed.s1, s2 = changed.s1
  FROM (
    SELECT a2.program_key, a2.period_key, a2.unit_id,
           array_agg(cell.v + coalesce(c.n, 0) ORDER BY cell.i) AS s1
    FROM (SELECT DISTINCT program_key, period_key, unit_id FROM cw_unit_changes
          WHERE metric = 'PARTICIPATION_RATE' AND n <> 0) k
    JOIN analytics_unit_aggregates a2 ON a2.org_id = p_org AND a2.metric = 'PARTICIPATION_RATE'
      AND a2.program_key = k.program_key AND a2.period_key = k.period_key AND a2.unit_id = k.unit_id
    CROSS JOIN LATERAL unnest(a2.capability_codes, a2.s1) WITH ORDINALITY AS cell(code, v, i)
    LEFT JOIN cw_unit_changes c ON c.metric = 'PARTICIPATION_RATE' AND c.program_key = a2.program_key
      AND c.period_key = a2.period_key AND c.unit_id = a2.unit_id AND c.capability_code = cell.code
    GROUP BY 1, 2, 3
  ) changed
  WHERE a.org_id = p_org AND a.metric = 'PARTICIPATION_RATE' AND a.program_key = changed.program_key
    AND a.period_key = changed.period_key AND a.unit_id = changed.unit_id;

  elapsed := (extract(epoch FROM clock_timestamp() - started) * 1000)::int;
  UPDATE analytics_refresh_state s SET
    dirty = s.changed_at > now(),
    refreshed_at = clock_timestamp(),
    periods = CASE WHEN nil_rows_changed THEN
      coalesce((SELECT array_agg(DISTINCT a.period_key ORDER BY a.period_key)
                FROM analytics_unit_aggregates a
                WHERE a.org_id = p_org AND a.period_key <> 'ALL' AND a.unit_id = nil), ARRAY[]::text[])
      ELSE s.periods END,
    next_release_at = (SELECT min(w.closes_at) FROM assessment_windows w WHERE w.org_id = p_org AND w.closes_at > now()),
    windows_changed = s.windows_changed AND s.changed_at > now(),
    last_refresh_kind = 'incremental',
    last_refresh_ms = elapsed
  WHERE s.org_id = p_org;
  RETURN 'incremental';
END
$$;
