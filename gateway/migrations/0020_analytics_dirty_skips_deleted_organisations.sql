-- Deleting an organisation cascades to its people, sessions, assessments and the
-- rest, and each cascaded delete fired the analytics dirty-marking trigger, which
-- inserted a refresh-state row for the organisation being deleted: the foreign
-- key refused it and the whole delete failed. An organisation that no longer
-- exists has nothing to mark.
CREATE OR REPLACE FUNCTION cw_analytics_mark_dirty() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_refresh_state (org_id, dirty, changed_at)
  SELECT DISTINCT changed_rows.org_id, true, now() FROM changed_rows
  WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = changed_rows.org_id)
  ON CONFLICT (org_id) DO UPDATE SET dirty = true, changed_at = now();
  RETURN NULL;
END
$$;
