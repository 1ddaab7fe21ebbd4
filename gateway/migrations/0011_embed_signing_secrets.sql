-- Embed signing secrets: a rotation is stamped so the previous secret verifies
-- only for a grace period, and the application role cannot read or write them.

-- When the current secret last changed. The previous secret is accepted only
-- for a grace period after this (see tokens.previousSecretGraceSeconds); NULL
-- with a previous secret means "no known rotation time": not accepted.
ALTER TABLE organisations ADD COLUMN embed_signing_secret_rotated_at timestamptz;

-- A rotation already under way keeps its grace, counted from the row's last update.
UPDATE organisations SET embed_signing_secret_rotated_at = updated_at
WHERE embed_signing_secret_previous IS NOT NULL;

-- Stamped by the database so no rotation (a script, psql by hand) can forget it
-- and leave a previous secret accepted for ever, or not at all. Rotate with
--   UPDATE organisations SET embed_signing_secret_previous = embed_signing_secret,
--                            embed_signing_secret = '<new secret>' WHERE id = …;
-- and revoke a leaked secret at once by setting embed_signing_secret_previous = NULL.
CREATE FUNCTION cw_organisations_stamp_secret_rotation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A statement that sets the time itself (to end a grace early) is taken at its word.
  IF (NEW.embed_signing_secret IS DISTINCT FROM OLD.embed_signing_secret
      OR NEW.embed_signing_secret_previous IS DISTINCT FROM OLD.embed_signing_secret_previous)
     AND NEW.embed_signing_secret_rotated_at IS NOT DISTINCT FROM OLD.embed_signing_secret_rotated_at THEN
    NEW.embed_signing_secret_rotated_at := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER organisations_stamp_secret_rotation
  BEFORE UPDATE OF embed_signing_secret, embed_signing_secret_previous ON organisations
  FOR EACH ROW EXECUTE FUNCTION cw_organisations_stamp_secret_rotation();

-- Column grants: the application role sees and may update an organisation's
-- own row (row-level security) but not its secrets. Token verification and
-- minting read them as the owner, before any tenant is known. A column added to
-- organisations later is invisible to the application role until a migration
-- grants it too.
REVOKE SELECT, UPDATE ON organisations FROM coachwork_app;
GRANT SELECT (id, slug, name, locales, time_zone, allowed_origins, min_group_size, settings,
              created_at, updated_at)
  ON organisations TO coachwork_app;
GRANT UPDATE (name, locales, time_zone, allowed_origins, min_group_size, settings)
  ON organisations TO coachwork_app;
