-- A coach's rating as others see it moves only in steps of at least the organisation's minimum
-- group size of new raters. With the live mean and count, whoever polls between two ratings (an
-- admin, or the coach, who knows whose session was just rated) reads the newest rating as
-- (mean' * count' - mean * count). The live totals stay for the trigger's own bookkeeping; every
-- reader uses the released ones.
ALTER TABLE coaches
  ADD COLUMN released_rating_count integer NOT NULL DEFAULT 0,
  ADD COLUMN released_rating_sum integer NOT NULL DEFAULT 0,
  -- The newest submission the released totals include; null before the first release.
  ADD COLUMN ratings_released_through timestamptz,
  ADD CONSTRAINT coaches_released_rating_consistent CHECK (
    released_rating_count >= 0 AND released_rating_sum BETWEEN released_rating_count AND released_rating_count * 5
  );

-- Releases, for the coaches in `touched`, the live totals once the ratings submitted since the last
-- release come from at least min_group_size distinct participants. A rating whose transaction began
-- before a release and committed after it is not counted as new, but joins the next release, which
-- then holds it and at least k new raters besides.
CREATE FUNCTION cw_release_coach_ratings(touched_org uuid[], touched_coach uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE coaches AS c
  SET released_rating_count = c.rating_count,
      released_rating_sum = c.rating_sum,
      ratings_released_through = c.last_rated_at
  FROM unnest(touched_org, touched_coach) AS t(org_id, coach_id)
  JOIN organisations AS o ON o.id = t.org_id
  WHERE c.org_id = t.org_id AND c.id = t.coach_id
    AND (SELECT count(DISTINCT f.author_id) FROM session_feedback AS f
         WHERE f.org_id = c.org_id AND f.coach_id = c.id
           AND (c.ratings_released_through IS NULL OR f.submitted_at > c.ratings_released_through))
        >= o.min_group_size;
$$;

CREATE OR REPLACE FUNCTION cw_refresh_coach_ratings() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  orgs uuid[];
  coach_ids uuid[];
BEGIN
  SELECT array_agg(org_id), array_agg(coach_id) INTO orgs, coach_ids
  FROM (SELECT DISTINCT org_id, coach_id FROM changed) AS touched;
  UPDATE coaches AS c
  SET rating_count = s.rating_count,
      rating_sum = s.rating_sum,
      last_rated_at = s.last_rated_at
  FROM (
    SELECT touched.org_id, touched.coach_id,
           count(f.id)::integer AS rating_count,
           coalesce(sum(f.rating), 0)::integer AS rating_sum,
           max(f.submitted_at) AS last_rated_at
    FROM unnest(orgs, coach_ids) AS touched(org_id, coach_id)
    LEFT JOIN session_feedback AS f
      ON f.org_id = touched.org_id AND f.coach_id = touched.coach_id
    GROUP BY touched.org_id, touched.coach_id
  ) AS s
  WHERE c.org_id = s.org_id AND c.id = s.coach_id;
  IF orgs IS NOT NULL THEN
    PERFORM cw_release_coach_ratings(orgs, coach_ids);
  END IF;
  RETURN NULL;
END
$$;

-- What was already shown stays shown where it rests on enough raters.
UPDATE coaches AS c
SET released_rating_count = c.rating_count,
    released_rating_sum = c.rating_sum,
    ratings_released_through = c.last_rated_at
FROM organisations AS o
WHERE o.id = c.org_id
  AND (SELECT count(DISTINCT f.author_id) FROM session_feedback AS f
       WHERE f.org_id = c.org_id AND f.coach_id = c.id) >= o.min_group_size;
