-- Foundations shared by every later migration: the extension the no-double-booking
-- exclusion constraints need, the row-level-security-bound application role, and
-- small validation helpers used by CHECK constraints.

-- btree_gist lets an exclusion constraint combine "same coach" (=) with
-- "overlapping time range" (&&). PGlite loads it as a bundled contrib extension.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Roles are cluster-wide on PostgreSQL while this migration runs once per
-- database (CI creates a fresh database per run on one server), so the role may
-- already exist, or another database's migration may be creating it right now.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachwork_app') THEN
    BEGIN
      CREATE ROLE coachwork_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  -- The connecting owner must be able to SET ROLE coachwork_app; a superuser
  -- already can, a plain owner needs membership.
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT coachwork_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO coachwork_app;

-- True when `tz` is a time zone name PostgreSQL knows (IANA names such as
-- Europe/Madrid). The exception block turns "time zone not recognized" into a
-- plain false so the caller's named CHECK constraint reports the violation.
CREATE FUNCTION cw_is_time_zone(tz text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  PERFORM timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE tz;
  -- POSIX-style offsets ("UTC+3", "EST5EDT") are accepted by PostgreSQL but are
  -- not IANA zone names; Intl in the browsers would not understand them.
  RETURN tz ~ '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$';
EXCEPTION WHEN OTHERS THEN
  RETURN false;
END
$$;

-- BCP 47 language tag, shape only (en, es-MX, zh-Hant-TW, ar).
CREATE FUNCTION cw_is_locale(tag text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT tag ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'
$$;

CREATE FUNCTION cw_are_locales(tags text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT cardinality(tags) > 0
     AND NOT EXISTS (SELECT 1 FROM unnest(tags) AS t(tag) WHERE tag IS NULL OR NOT cw_is_locale(tag))
$$;

-- Web origins as browsers send them in the Origin header: scheme://host[:port], no path.
CREATE FUNCTION cw_are_origins(origins text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT NOT EXISTS (
    SELECT 1 FROM unnest(origins) AS o(origin)
    WHERE origin IS NULL OR origin !~ '^https?://[^/\s]+$'
  )
$$;

-- Keeps updated_at honest without every writer remembering to set it.
CREATE FUNCTION cw_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
