-- Tenants, their capability catalogue, the org-unit tree and people.
--
-- Every tenant table carries org_id and a UNIQUE (org_id, id) key so that other
-- tables can reference it with a composite foreign key (org_id, x_id): a row can
-- then only point at rows of its own organisation, and "a foreign
-- organisation's id" fails in the database, not only in the gateway.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL,
  name text NOT NULL,
  locales text[] NOT NULL DEFAULT ARRAY['en'],
  time_zone text NOT NULL DEFAULT 'UTC',
  allowed_origins text[] NOT NULL DEFAULT ARRAY[]::text[],
  min_group_size integer NOT NULL DEFAULT 5,
  -- HS256 key for embed tokens minted by the host's backend. Rotation keeps the
  -- previous secret valid for a while, hence the optional second column.
  embed_signing_secret text NOT NULL,
  embed_signing_secret_previous text,
  -- Tunables that do not deserve a column, e.g.
  -- {"coachQuality": {"probationBelow": 3.5, "minRatings": 5},
  --  "managerHeatmapAccess": "OWN_SUBTREE"}
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisations_slug_key UNIQUE (slug),
  CONSTRAINT organisations_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  CONSTRAINT organisations_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  CONSTRAINT organisations_locales_valid CHECK (cw_are_locales(locales)),
  CONSTRAINT organisations_time_zone_valid CHECK (cw_is_time_zone(time_zone)),
  CONSTRAINT organisations_allowed_origins_format CHECK (cw_are_origins(allowed_origins)),
  CONSTRAINT organisations_min_group_size_range CHECK (min_group_size BETWEEN 3 AND 10),
  CONSTRAINT organisations_embed_signing_secret_length CHECK (char_length(embed_signing_secret) >= 32),
  CONSTRAINT organisations_settings_object CHECK (jsonb_typeof(settings) = 'object')
);
CREATE TRIGGER organisations_touch_updated_at BEFORE UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

-- The catalogue of behaviours programs target. Each organisation starts with the
-- ten standard codes and may add its own; names are localised per locale.
CREATE TABLE capabilities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  code text NOT NULL,
  -- {"en": "Delegation", "de": "Delegieren", …}; "en" is the fallback.
  names jsonb NOT NULL,
  descriptions jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_standard boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT capabilities_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT capabilities_org_code_key UNIQUE (org_id, code),
  CONSTRAINT capabilities_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  CONSTRAINT capabilities_names_has_english CHECK (
    jsonb_typeof(names) = 'object' AND jsonb_typeof(names -> 'en') = 'string'
  ),
  CONSTRAINT capabilities_descriptions_object CHECK (jsonb_typeof(descriptions) = 'object')
);

-- Inserted by a trigger rather than by the seed so that every organisation,
-- however it is created, has the standard catalogue its programs refer to.
CREATE FUNCTION cw_insert_standard_capabilities() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capabilities (org_id, code, names, is_standard)
  SELECT NEW.id, c.code, c.names::jsonb, true
  FROM (VALUES
    ('DELEGATION', '{"en":"Delegation","de":"Delegieren","fr":"Délégation","es":"Delegación","ja":"権限委譲","ar":"التفويض"}'),
    ('FEEDBACK', '{"en":"Feedback","de":"Feedback","fr":"Feedback","es":"Retroalimentación","ja":"フィードバック","ar":"التغذية الراجعة"}'),
    ('DECISION_MAKING', '{"en":"Decision making","de":"Entscheidungsfindung","fr":"Prise de décision","es":"Toma de decisiones","ja":"意思決定","ar":"اتخاذ القرار"}'),
    ('DIFFICULT_CONVERSATIONS', '{"en":"Difficult conversations","de":"Schwierige Gespräche","fr":"Conversations difficiles","es":"Conversaciones difíciles","ja":"難しい対話","ar":"المحادثات الصعبة"}'),
    ('REMOTE_TRUST', '{"en":"Building trust remotely","de":"Vertrauen auf Distanz","fr":"Confiance à distance","es":"Confianza a distancia","ja":"リモートでの信頼構築","ar":"بناء الثقة عن بُعد"}'),
    ('PRIORITISATION', '{"en":"Prioritisation","de":"Priorisierung","fr":"Priorisation","es":"Priorización","ja":"優先順位付け","ar":"تحديد الأولويات"}'),
    ('COACHING_OTHERS', '{"en":"Coaching others","de":"Andere coachen","fr":"Coacher les autres","es":"Coaching a otros","ja":"部下のコーチング","ar":"تدريب الآخرين"}'),
    ('CHANGE_LEADERSHIP', '{"en":"Leading change","de":"Veränderung führen","fr":"Conduite du changement","es":"Liderar el cambio","ja":"変革のリーダーシップ","ar":"قيادة التغيير"}'),
    ('WELLBEING', '{"en":"Wellbeing and resilience","de":"Wohlbefinden und Resilienz","fr":"Bien-être et résilience","es":"Bienestar y resiliencia","ja":"ウェルビーイングとレジリエンス","ar":"الرفاهية والمرونة"}'),
    ('SUCCESSION_READINESS', '{"en":"Succession readiness","de":"Nachfolgebereitschaft","fr":"Préparation à la succession","es":"Preparación para la sucesión","ja":"後継者準備","ar":"الجاهزية للتعاقب"}')
  ) AS c(code, names);
  RETURN NEW;
END
$$;
CREATE TRIGGER organisations_insert_standard_capabilities AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION cw_insert_standard_capabilities();

-- The org-unit tree (region → function → team) is the heatmap's rows. `path`
-- holds the ids from the root down to the unit itself, so "this unit and all
-- below it" is `path @> ARRAY[$unit]` (GIN-indexed) with no recursive query.
CREATE TABLE org_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  parent_id uuid,
  kind text NOT NULL,
  name text NOT NULL,
  path uuid[] NOT NULL,
  depth integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT org_units_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT org_units_parent_fkey FOREIGN KEY (org_id, parent_id) REFERENCES org_units (org_id, id),
  CONSTRAINT org_units_kind_valid CHECK (kind IN ('REGION', 'FUNCTION', 'TEAM')),
  CONSTRAINT org_units_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  CONSTRAINT org_units_not_own_parent CHECK (parent_id IS DISTINCT FROM id),
  CONSTRAINT org_units_path_ends_with_self CHECK (path[cardinality(path)] = id AND depth = cardinality(path) - 1)
);
CREATE INDEX org_units_parent_idx ON org_units (org_id, parent_id);
CREATE INDEX org_units_path_idx ON org_units USING gin (path);

-- Computes path/depth from the parent and enforces the region → function → team
-- shape, so writers never maintain the materialised path by hand.
CREATE FUNCTION cw_org_units_set_path() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent org_units%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
    -- Moving a unit would leave every descendant's path stale; re-creating the
    -- subtree is the supported way to reorganise.
    RAISE EXCEPTION 'an org unit cannot be moved to another parent'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'org_units_parent_immutable',
            TABLE = 'org_units', SCHEMA = 'public';
  END IF;
  IF NEW.parent_id IS NULL THEN
    IF NEW.kind <> 'REGION' THEN
      RAISE EXCEPTION 'only a region can be a root org unit'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'org_units_kind_hierarchy',
              TABLE = 'org_units', SCHEMA = 'public';
    END IF;
    NEW.path := ARRAY[NEW.id];
  ELSE
    SELECT * INTO parent FROM org_units WHERE id = NEW.parent_id AND org_id = NEW.org_id;
    -- A missing parent is left for the composite foreign key to report.
    IF FOUND THEN
      IF NOT ((parent.kind = 'REGION' AND NEW.kind = 'FUNCTION')
           OR (parent.kind = 'FUNCTION' AND NEW.kind = 'TEAM')) THEN
        RAISE EXCEPTION 'an org unit of kind % cannot be placed under a %', NEW.kind, parent.kind
          USING ERRCODE = 'check_violation', CONSTRAINT = 'org_units_kind_hierarchy',
                TABLE = 'org_units', SCHEMA = 'public';
      END IF;
      NEW.path := parent.path || NEW.id;
    ELSE
      NEW.path := ARRAY[NEW.id];
    END IF;
  END IF;
  NEW.depth := cardinality(NEW.path) - 1;
  RETURN NEW;
END
$$;
CREATE TRIGGER org_units_set_path BEFORE INSERT OR UPDATE OF parent_id, kind ON org_units
  FOR EACH ROW EXECUTE FUNCTION cw_org_units_set_path();

CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  locale text NOT NULL DEFAULT 'en',
  time_zone text NOT NULL DEFAULT 'UTC',
  job_level text NOT NULL,
  org_unit_id uuid NOT NULL,
  manager_id uuid,
  in_role_since date NOT NULL,
  roles text[] NOT NULL DEFAULT ARRAY['PARTICIPANT'],
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT people_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT people_org_unit_fkey FOREIGN KEY (org_id, org_unit_id) REFERENCES org_units (org_id, id),
  CONSTRAINT people_manager_fkey FOREIGN KEY (org_id, manager_id) REFERENCES people (org_id, id),
  CONSTRAINT people_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  CONSTRAINT people_email_format CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND email = lower(email)),
  CONSTRAINT people_locale_valid CHECK (cw_is_locale(locale)),
  CONSTRAINT people_time_zone_valid CHECK (cw_is_time_zone(time_zone)),
  CONSTRAINT people_job_level_valid CHECK (
    job_level IN ('IC', 'MANAGER', 'SENIOR_MANAGER', 'DIRECTOR', 'EXECUTIVE')
  ),
  CONSTRAINT people_not_own_manager CHECK (manager_id IS DISTINCT FROM id),
  CONSTRAINT people_roles_valid CHECK (
    array_position(roles, NULL) IS NULL
    AND roles <@ ARRAY['PARTICIPANT', 'MANAGER', 'COACH', 'PROGRAM_ADMIN', 'ORG_ADMIN']
  )
);
CREATE UNIQUE INDEX people_org_email_key ON people (org_id, email);
CREATE INDEX people_org_unit_idx ON people (org_id, org_unit_id);
CREATE INDEX people_manager_idx ON people (org_id, manager_id);
CREATE INDEX people_job_level_idx ON people (org_id, job_level, in_role_since);
CREATE INDEX people_roles_idx ON people USING gin (roles);
CREATE TRIGGER people_touch_updated_at BEFORE UPDATE ON people
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();
