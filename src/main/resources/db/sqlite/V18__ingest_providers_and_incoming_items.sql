-- Ingest of partners' feeds (issue 14), SQLite (the PostgreSQL script gives the ids as identities).

-- A provider: a partner agency or bureau whose feed comes in. source_kind: folder, url, push.
-- source is the folder's path or the feed's URL (empty for push); key_hash is the SHA-256 of a push
-- provider's key. The state columns say how its last fetches went; next_poll_at carries the backoff.
CREATE TABLE providers (
  id              INTEGER PRIMARY KEY,
  name            VARCHAR(100) NOT NULL UNIQUE,
  format          VARCHAR(20) NOT NULL,
  source_kind     VARCHAR(10) NOT NULL,
  source          TEXT NOT NULL DEFAULT '',
  key_hash        VARCHAR(64),
  interval_secs   INTEGER NOT NULL,
  paused          INTEGER NOT NULL DEFAULT 0,
  etag            TEXT,
  last_modified   TEXT,
  last_success_at BIGINT,
  last_error_at   BIGINT,
  last_error      TEXT,
  failures        INTEGER NOT NULL DEFAULT 0,
  next_poll_at    BIGINT NOT NULL DEFAULT 0,
  items_day       VARCHAR(10) NOT NULL DEFAULT '',
  items_today     INTEGER NOT NULL DEFAULT 0,
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL
);

-- One row per item a provider sent, known by (provider, guid); a newer version replaces it.
-- state: new, updated, killed (the provider canceled it). item_json is the whole incoming item.
CREATE TABLE incoming_items (
  id            INTEGER PRIMARY KEY,
  provider_id   INTEGER NOT NULL REFERENCES providers(id),
  guid          VARCHAR(300) NOT NULL,
  version       BIGINT NOT NULL,
  version_at    BIGINT,
  content_hash  VARCHAR(64) NOT NULL,
  state         VARCHAR(20) NOT NULL,
  headline      TEXT NOT NULL,
  urgency       INTEGER NOT NULL,
  language      VARCHAR(35) NOT NULL,
  item_json     TEXT NOT NULL,
  notice        TEXT,
  received_at   BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX incoming_items_provider_guid ON incoming_items (provider_id, guid);
CREATE INDEX incoming_items_newest ON incoming_items (updated_at, id);

-- The provider's log: one line per refused file or item, and per failed fetch.
CREATE TABLE provider_log (
  id          INTEGER PRIMARY KEY,
  provider_id INTEGER NOT NULL REFERENCES providers(id),
  at          BIGINT NOT NULL,
  line        TEXT NOT NULL
);
CREATE INDEX provider_log_by_provider ON provider_log (provider_id, id);
