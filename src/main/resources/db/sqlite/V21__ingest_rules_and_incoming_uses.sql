-- Ingest routing rules and the incoming desk (issue 14 points 4 and 5, decision 0070), SQLite (the
-- PostgreSQL script gives the ids as identities; everything else is the same).

-- A trusted provider's items may be published by a rule without an editor.
ALTER TABLE providers ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0;

-- A routing rule. Rules run in position order; provider_id NULL means every provider. The filter:
-- combine (all, any) over languages, max_urgency (0 = any), subjects and words (comma-separated;
-- empty = no such condition). The action: mode (desk, draft, publish), the edition's code as text
-- (validated against editions once that table exists), section, byline, and whether later rules
-- still run (stop). updated_by is the user a rule's drafts are made by.
CREATE TABLE ingest_rules (
  id          INTEGER PRIMARY KEY,
  position    INTEGER NOT NULL,
  name        VARCHAR(200) NOT NULL,
  provider_id INTEGER REFERENCES providers(id),
  combine     VARCHAR(10) NOT NULL,
  languages   TEXT NOT NULL DEFAULT '',
  max_urgency INTEGER NOT NULL DEFAULT 0,
  subjects    TEXT NOT NULL DEFAULT '',
  words       TEXT NOT NULL DEFAULT '',
  mode        VARCHAR(10) NOT NULL,
  edition     VARCHAR(35) NOT NULL DEFAULT '',
  section     VARCHAR(200) NOT NULL DEFAULT '',
  byline      VARCHAR(200) NOT NULL DEFAULT '',
  stop        INTEGER NOT NULL DEFAULT 0,
  updated_by  INTEGER NOT NULL REFERENCES users(id),
  updated_at  BIGINT NOT NULL
);
CREATE INDEX ingest_rules_order ON ingest_rules (position, id);

-- What a rule matched: one row per (rule, item, version), written in the transaction that stores
-- the version, so a version that arrives twice is acted on once. outcome says what the rule did.
CREATE TABLE ingest_rule_matches (
  id        INTEGER PRIMARY KEY,
  rule_id   INTEGER NOT NULL REFERENCES ingest_rules(id) ON DELETE CASCADE,
  item_id   INTEGER NOT NULL REFERENCES incoming_items(id) ON DELETE CASCADE,
  version   VARCHAR(100) NOT NULL,
  at        BIGINT NOT NULL,
  outcome   TEXT NOT NULL
);
CREATE UNIQUE INDEX ingest_rule_matches_once ON ingest_rule_matches (rule_id, item_id, version);
CREATE INDEX ingest_rule_matches_recent ON ingest_rule_matches (rule_id, id);

-- A use of an incoming item: a newsroom draft made from it (kind draft) or a public story published
-- from it (kind published), by a rule or by an editor; one per (item, version, kind, edition), so
-- taking or routing the same version twice makes one story.
CREATE TABLE incoming_uses (
  id         INTEGER PRIMARY KEY,
  item_id    INTEGER NOT NULL REFERENCES incoming_items(id) ON DELETE CASCADE,
  version    VARCHAR(100) NOT NULL,
  kind       VARCHAR(20) NOT NULL,
  edition    VARCHAR(35) NOT NULL DEFAULT '',
  story_id   BIGINT,
  article_id BIGINT,
  rule_id    BIGINT,
  user_id    BIGINT,
  at         BIGINT NOT NULL
);
CREATE UNIQUE INDEX incoming_uses_once ON incoming_uses (item_id, version, kind, edition);
CREATE INDEX incoming_uses_story ON incoming_uses (story_id);

-- Which edition's desk an item was routed to (the last desk rule that matched it), for the filter.
ALTER TABLE incoming_items ADD COLUMN edition VARCHAR(35) NOT NULL DEFAULT '';
