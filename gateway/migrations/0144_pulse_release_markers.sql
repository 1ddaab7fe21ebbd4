-- A released pulse stays released: the release of closed pulses is recorded, pulse by pulse, and
-- never taken back.
--
-- Why: migration 0139 computed the released pulses afresh at every rebuild (the first r closed ones
-- of their program and phase, r a multiple of k leaving at least k to come). Computed afresh, the set
-- was not monotone: a pulse added to a phase whose pulses had all closed (an import bringing someone
-- in late) shrank it (21 released became 15 at k = 5), and it grew back to 22 when the new pulse
-- closed, so a poll before the addition and one after that close differed by exactly one person's
-- 360 result. Recorded, a release only ever grows, and it grows in steps:
--
--   per program and phase, the closed pulses not yet released wait until they are a batch:
--   * a phase with no pulse released yet and none still open is released whole at its close, as
--     phases opened through the gateway always are (a group below k is then withheld by the
--     heatmap's own threshold, as any static figure is);
--   * otherwise the waiting pulses are released k at a time, and only while at least k (waiting or
--     still open) are left for the next step, or all of them at once when none is open and they are
--     at least k. A pulse that arrives after its phase was released therefore waits until k
--     arrivals can be released together.
--
-- The markers are written by the rebuild itself (cw_refresh_analytics, under its per-organisation
-- lock); the application role may read and add them but never change or remove one. Withdrawing a
-- pulse (erasure) removes its marker with it.

CREATE TABLE assessment_window_releases (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  program_id uuid NOT NULL,
  subject_id uuid NOT NULL,
  phase text NOT NULL,
  released_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, program_id, subject_id, phase),
  CONSTRAINT assessment_window_releases_window_fkey FOREIGN KEY (org_id, program_id, subject_id, phase)
    REFERENCES assessment_windows (org_id, program_id, subject_id, phase) ON DELETE CASCADE
);

ALTER TABLE assessment_window_releases ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_window_releases FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_window_releases_tenant_isolation ON assessment_window_releases
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT ON assessment_window_releases TO coachwork_app;

-- What was released before this migration stays released.
INSERT INTO assessment_window_releases (org_id, program_id, subject_id, phase)
SELECT o.id, r.program_id, r.subject_id, r.phase
FROM organisations o
CROSS JOIN LATERAL cw_released_pulse_windows(o.id) r;

-- Releases the next batch of each program and phase (the rule above); returns how many pulses.
CREATE FUNCTION cw_release_pulse_windows(p_org uuid) RETURNS integer
LANGUAGE sql AS $$
  WITH k AS (
    SELECT o.min_group_size AS k FROM organisations o WHERE o.id = p_org
  ), pulses AS (
    SELECT w.program_id, w.subject_id, w.phase, w.closes_at,
           w.closes_at <= now() AS closed, r.subject_id IS NOT NULL AS released
    FROM assessment_windows w
    LEFT JOIN assessment_window_releases r ON r.org_id = w.org_id AND r.program_id = w.program_id
      AND r.subject_id = w.subject_id AND r.phase = w.phase
    WHERE w.org_id = p_org
  ), phases AS (
    SELECT p.program_id, p.phase,
           count(*) FILTER (WHERE p.closed AND NOT p.released) AS waiting,
           count(*) FILTER (WHERE NOT p.closed) AS open,
           count(*) FILTER (WHERE p.released) AS released
    FROM pulses p
    GROUP BY p.program_id, p.phase
  ), batches AS (
    SELECT ph.program_id, ph.phase, CASE
      WHEN ph.open = 0 AND (ph.released = 0 OR ph.waiting >= k.k) THEN ph.waiting
      ELSE greatest(0, least(ph.waiting / k.k, (ph.waiting + ph.open - k.k) / k.k) * k.k)
    END AS size
    FROM phases ph CROSS JOIN k
    WHERE ph.waiting > 0
  ), waiting AS (
    SELECT p.program_id, p.subject_id, p.phase,
           row_number() OVER (PARTITION BY p.program_id, p.phase ORDER BY p.closes_at, p.subject_id) AS position
    FROM pulses p
    WHERE p.closed AND NOT p.released
  ), added AS (
    INSERT INTO assessment_window_releases (org_id, program_id, subject_id, phase)
    SELECT p_org, w.program_id, w.subject_id, w.phase
    FROM waiting w
    JOIN batches b ON b.program_id = w.program_id AND b.phase = w.phase
    WHERE w.position <= b.size
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::integer FROM added
$$;

-- The aggregates read the recorded releases (same signature as 0139's, so the rebuild is unchanged).
CREATE OR REPLACE FUNCTION cw_released_pulse_windows(p_org uuid)
RETURNS TABLE (program_id uuid, subject_id uuid, phase text, closes_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT w.program_id, w.subject_id, w.phase, w.closes_at
  FROM assessment_window_releases r
  JOIN assessment_windows w ON w.org_id = r.org_id AND w.program_id = r.program_id
    AND w.subject_id = r.subject_id AND w.phase = r.phase
  WHERE r.org_id = p_org
$$;

-- The rebuild so far is kept as it is and called after the release, under the same lock (taken
-- here first, so two rebuilds never compute a batch from the same markers).
ALTER FUNCTION cw_refresh_analytics(uuid) RENAME TO cw_refresh_analytics_before_release_markers;

CREATE FUNCTION cw_refresh_analytics(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('cw_refresh_analytics'), hashtext(p_org::text));
  PERFORM cw_release_pulse_windows(p_org);
  PERFORM cw_refresh_analytics_before_release_markers(p_org);
END
$$;
