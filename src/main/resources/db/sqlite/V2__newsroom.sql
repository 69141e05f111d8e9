-- Dateline schema, version 2: the newsroom (users, sessions, stories and their revisions,
-- the audit trail, home page curation) and what the public record needs from the workflow
-- (embargo, corrections).

CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  email               VARCHAR(320) NOT NULL UNIQUE,
  name                VARCHAR(200) NOT NULL,
  role                VARCHAR(20) NOT NULL,
  password_hash       TEXT NOT NULL,
  active              INTEGER NOT NULL DEFAULT 1,
  created_at          BIGINT NOT NULL,
  password_changed_at BIGINT NOT NULL
);

-- The session id itself is never stored, only its SHA-256.
CREATE TABLE sessions (
  id_hash      VARCHAR(64) PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf         VARCHAR(64) NOT NULL,
  created_at   BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at   BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- A story as the newsroom works on it; its public record (once published) is in articles.
CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER UNIQUE REFERENCES articles(id),
  stage         VARCHAR(20) NOT NULL,
  version       INTEGER NOT NULL,
  headline      TEXT NOT NULL DEFAULT '',
  section       VARCHAR(200) NOT NULL DEFAULT '',
  draft         TEXT NOT NULL,
  created_by    INTEGER NOT NULL REFERENCES users(id),
  created_at    BIGINT NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES users(id),
  updated_at    BIGINT NOT NULL,
  scheduled_at  BIGINT,
  embargo_until BIGINT,
  editing_by    INTEGER REFERENCES users(id),
  editing_since BIGINT
);
CREATE INDEX stories_stage ON stories(stage, updated_at DESC);
CREATE INDEX stories_due ON stories(stage, scheduled_at);

-- Every saved version of a story, kept forever.
CREATE TABLE story_revisions (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  version  INTEGER NOT NULL,
  draft    TEXT NOT NULL,
  saved_by INTEGER NOT NULL REFERENCES users(id),
  saved_at BIGINT NOT NULL,
  note     VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (story_id, version)
);

-- Who did what to which story, when, from which stage.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  story_id   INTEGER NOT NULL REFERENCES stories(id),
  user_id    INTEGER REFERENCES users(id),
  action     VARCHAR(30) NOT NULL,
  from_stage VARCHAR(20) NOT NULL,
  to_stage   VARCHAR(20) NOT NULL,
  at         BIGINT NOT NULL,
  detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_story ON audit_log(story_id, id);

-- The editors' choice and order of top stories on the home page.
CREATE TABLE home_curation (
  position   INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id)
);

ALTER TABLE articles ADD COLUMN embargo_until BIGINT;
ALTER TABLE articles ADD COLUMN correction TEXT;
ALTER TABLE articles ADD COLUMN corrected_at BIGINT;
CREATE INDEX feedback_state ON feedback(state, id DESC);
