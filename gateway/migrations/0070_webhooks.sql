-- Signed webhooks: an organisation's subscriptions, the events that happened, and one delivery per
-- event and subscription with a line per attempt (the delivery log org admins read).
--
-- A change that announces an event writes the event, its deliveries and their first jobs in its own
-- tenant transaction (src/webhooks/events.ts), so a rolled-back change announces nothing and a
-- committed one cannot lose its announcement.

CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  url text NOT NULL,
  description text,
  event_types text[] NOT NULL,
  -- The Standard Webhooks signing secret (`whsec_` + base64 of 32 random bytes). The gateway signs
  -- with it, so it is kept readable; the API shows it once, when it is made.
  secret text NOT NULL,
  secret_rotated_at timestamptz,
  enabled boolean NOT NULL DEFAULT true,
  disabled_at timestamptz,
  -- Why the subscription stopped: 'FAILING' (the gateway gave up) or 'BY_ADMIN'.
  disabled_reason text,
  -- Attempts that failed since the last success, and when the first of them happened.
  consecutive_failures integer NOT NULL DEFAULT 0,
  failing_since timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT webhook_subscriptions_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT webhook_subscriptions_url_length CHECK (char_length(url) BETWEEN 1 AND 2000),
  CONSTRAINT webhook_subscriptions_description_length CHECK (description IS NULL OR char_length(description) <= 200),
  CONSTRAINT webhook_subscriptions_events_present CHECK (cardinality(event_types) > 0),
  CONSTRAINT webhook_subscriptions_secret_format CHECK (secret LIKE 'whsec\_%'),
  CONSTRAINT webhook_subscriptions_disabled_reason_valid CHECK (
    disabled_reason IS NULL OR disabled_reason IN ('FAILING', 'BY_ADMIN')
  ),
  CONSTRAINT webhook_subscriptions_created_by_fkey FOREIGN KEY (org_id, created_by)
    REFERENCES people (org_id, id) ON DELETE SET NULL (created_by)
);
CREATE INDEX webhook_subscriptions_org_idx ON webhook_subscriptions (org_id, created_at);

-- What happened, once, whoever is subscribed. `id` is the `webhook-id` every delivery and replay of
-- it carries, so a receiver can drop a repeat.
CREATE TABLE webhook_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  type text NOT NULL,
  -- The whole body sent, as the JSON text signed (the schema version is inside it).
  body text NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT webhook_events_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT webhook_events_type_format CHECK (type ~ '^[a-z_]+\.[a-z_]+$')
);
CREATE INDEX webhook_events_occurred_idx ON webhook_events (org_id, occurred_at);

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  subscription_id uuid NOT NULL,
  event_id uuid NOT NULL,
  -- PENDING until it succeeds or the gateway gives up (FAILED); a replay sets it PENDING again.
  status text NOT NULL DEFAULT 'PENDING',
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT webhook_deliveries_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT webhook_deliveries_status_valid CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
  CONSTRAINT webhook_deliveries_subscription_fkey FOREIGN KEY (org_id, subscription_id)
    REFERENCES webhook_subscriptions (org_id, id) ON DELETE CASCADE,
  CONSTRAINT webhook_deliveries_event_fkey FOREIGN KEY (org_id, event_id)
    REFERENCES webhook_events (org_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (org_id, subscription_id, created_at DESC);

-- One line per HTTP attempt: what the receiver answered (status and the first bytes of its body) or
-- why no answer came, and how long it took.
CREATE TABLE webhook_delivery_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  delivery_id uuid NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  response_status integer,
  response_excerpt text,
  error text,
  duration_ms integer NOT NULL,
  CONSTRAINT webhook_delivery_attempts_delivery_fkey FOREIGN KEY (org_id, delivery_id)
    REFERENCES webhook_deliveries (org_id, id) ON DELETE CASCADE,
  CONSTRAINT webhook_delivery_attempts_excerpt_length CHECK (
    response_excerpt IS NULL OR char_length(response_excerpt) <= 1000
  ),
  CONSTRAINT webhook_delivery_attempts_error_length CHECK (error IS NULL OR char_length(error) <= 500)
);
CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (org_id, delivery_id, attempted_at);

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'webhook_subscriptions', 'webhook_events', 'webhook_deliveries', 'webhook_delivery_attempts'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid) '
      'WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      tenant_table || '_tenant_isolation', tenant_table
    );
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO coachwork_app', tenant_table);
  END LOOP;
END
$$;
