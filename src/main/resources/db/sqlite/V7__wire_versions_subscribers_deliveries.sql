-- Dateline schema, version 7: the wire's delivery (decisions 0024-0026).

-- Every published version of a story, as the wire serves it: a snapshot of the public record
-- (content, names, times, status) written with the change, in the same transaction. Section slug
-- and language are copied out so the wire filters a subscriber's events without reading snapshots.
CREATE TABLE article_versions (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  version    INTEGER NOT NULL,
  action     VARCHAR(20) NOT NULL,
  at         BIGINT NOT NULL,
  section    VARCHAR(200) NOT NULL DEFAULT '',
  language   VARCHAR(20) NOT NULL,
  note       TEXT,
  snapshot   TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);

-- Who receives the wire. The API key is stored only as its SHA-256 (with a short prefix for
-- admins to recognise it); the webhook secret is derived, never stored (decision 0025).
-- section_slugs / languages: space-separated section slugs and language codes, empty = all.
CREATE TABLE subscribers (
  id             INTEGER PRIMARY KEY,
  name           VARCHAR(200) NOT NULL UNIQUE,
  contact        VARCHAR(300) NOT NULL DEFAULT '',
  section_slugs  TEXT NOT NULL DEFAULT '',
  languages      TEXT NOT NULL DEFAULT '',
  formats        VARCHAR(100) NOT NULL DEFAULT 'ninjs newsmlg2',
  webhook_url    TEXT,
  state          VARCHAR(20) NOT NULL,
  paused_reason  TEXT,
  rate_per_sec   INTEGER NOT NULL DEFAULT 50,
  key_prefix     VARCHAR(20) NOT NULL,
  key_hash       VARCHAR(64) NOT NULL UNIQUE,
  key_generation INTEGER NOT NULL DEFAULT 1,
  start_seq      BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL
);

-- Wire requests per subscriber per day (UTC), added up in memory and flushed in batches.
CREATE TABLE subscriber_usage (
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  day           VARCHAR(10) NOT NULL,
  requests      BIGINT NOT NULL,
  PRIMARY KEY (subscriber_id, day)
);

-- The webhook outbox: one row per (subscriber, change-log entry) that matches the subscriber.
-- state: pending, delivered, failed (given up), skipped. The idempotency key is the event id
-- derived from seq, the same on every attempt and redelivery.
CREATE TABLE deliveries (
  subscriber_id   INTEGER NOT NULL REFERENCES subscribers(id),
  seq             BIGINT NOT NULL,
  article_id      INTEGER NOT NULL,
  version         INTEGER NOT NULL,
  action          VARCHAR(20) NOT NULL,
  event_at        BIGINT NOT NULL,
  state           VARCHAR(20) NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_status     INTEGER,
  last_error      TEXT,
  last_attempt_at BIGINT,
  delivered_at    BIGINT,
  -- Bumped by each redelivery: an answer to an attempt of an earlier round does not overwrite it.
  round           INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (subscriber_id, seq)
);
CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at);
CREATE INDEX deliveries_story ON deliveries(subscriber_id, article_id, state, seq);
CREATE INDEX deliveries_log ON deliveries(subscriber_id, seq DESC);

-- Per subscriber: the change-log entry the outbox was filled up to (advanced in the same
-- transaction as the rows it adds) and the current run of failed attempts.
CREATE TABLE delivery_cursors (
  subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id),
  enqueued_seq  BIGINT NOT NULL,
  failure_run   INTEGER NOT NULL DEFAULT 0
);
