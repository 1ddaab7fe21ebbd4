-- Gateways cache what token verification reads (signing secrets, locales, and
-- whether a person exists with which roles) for a few seconds. These triggers
-- tell every listening gateway at commit to forget an organisation's entries:
--   coachwork_keys    an organisation's secrets, rotation time or locales changed, or it was deleted
--   coachwork_people  a person was added, deleted, moved, or their roles changed
-- The payload is a comma-separated list of organisation ids (at most 200 per
-- notification, well under NOTIFY's 8000-byte limit).

CREATE FUNCTION cw_notify_organisations(channel text, org_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  chunk text;
BEGIN
  FOR chunk IN
    SELECT string_agg(id::text, ',')
    FROM (SELECT id, (row_number() OVER ()) / 200 AS batch FROM (SELECT DISTINCT unnest(org_ids) AS id) d) numbered
    GROUP BY batch
  LOOP
    PERFORM pg_notify(channel, chunk);
  END LOOP;
END
$$;

CREATE FUNCTION cw_notify_keys_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM cw_notify_organisations('coachwork_keys', ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM cw_notify_organisations('coachwork_keys', ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.embed_signing_secret IS DISTINCT FROM o.embed_signing_secret
         OR n.embed_signing_secret_previous IS DISTINCT FROM o.embed_signing_secret_previous
         OR n.embed_signing_secret_rotated_at IS DISTINCT FROM o.embed_signing_secret_rotated_at
         OR n.locales IS DISTINCT FROM o.locales));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER organisations_notify_keys_update AFTER UPDATE ON organisations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_keys_changed();
CREATE TRIGGER organisations_notify_keys_delete AFTER DELETE ON organisations
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_keys_changed();

CREATE FUNCTION cw_notify_people_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(SELECT org_id FROM old_rows));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(SELECT org_id FROM new_rows));
  ELSE
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(
      SELECT o.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.roles IS DISTINCT FROM o.roles OR n.org_id IS DISTINCT FROM o.org_id
      UNION
      SELECT n.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.org_id IS DISTINCT FROM o.org_id));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER people_notify_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_people_changed();
CREATE TRIGGER people_notify_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_people_changed();
CREATE TRIGGER people_notify_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_people_changed();
