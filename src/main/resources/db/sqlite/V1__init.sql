-- Dateline schema, version 1: the public site's store.
-- Instants are epoch milliseconds (UTC). Portable SQL except INTEGER PRIMARY KEY,
-- which SQLite treats as the rowid (PostgreSQL will get its own folder for that).

CREATE TABLE settings (
  name  VARCHAR(100) PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sections (
  id       INTEGER PRIMARY KEY,
  slug     VARCHAR(100) NOT NULL UNIQUE,
  name     VARCHAR(200) NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE authors (
  id   INTEGER PRIMARY KEY,
  slug VARCHAR(200) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  slug VARCHAR(200) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE articles (
  id                 INTEGER PRIMARY KEY,
  source_key         VARCHAR(300) UNIQUE,
  slug               VARCHAR(200) NOT NULL,
  language           VARCHAR(20) NOT NULL,
  section_id         INTEGER REFERENCES sections(id),
  headline           TEXT NOT NULL,
  summary            TEXT NOT NULL DEFAULT '',
  dateline_place     VARCHAR(200),
  dateline_date      VARCHAR(100),
  dateline_source    VARCHAR(200),
  body               TEXT NOT NULL,
  lead_photo         TEXT,
  urgency            INTEGER NOT NULL DEFAULT 5,
  state              VARCHAR(20) NOT NULL,
  first_published_at BIGINT NOT NULL,
  updated_at         BIGINT,
  version            INTEGER NOT NULL,
  content_hash       VARCHAR(64) NOT NULL,
  created_at         BIGINT NOT NULL
);
CREATE INDEX articles_latest ON articles(state, first_published_at DESC, id DESC);
CREATE INDEX articles_section_latest ON articles(section_id, state, first_published_at DESC, id DESC);

CREATE TABLE article_bylines (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  author_id  INTEGER NOT NULL REFERENCES authors(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_bylines_author ON article_bylines(author_id, article_id);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

-- Every publish / update / kill, written in the same transaction as the change.
CREATE TABLE change_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  action     VARCHAR(20) NOT NULL,
  version    INTEGER NOT NULL,
  at         BIGINT NOT NULL
);

CREATE TABLE feedback (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  message     TEXT NOT NULL,
  client_hash VARCHAR(64) NOT NULL,
  received_at BIGINT NOT NULL,
  state       VARCHAR(20) NOT NULL DEFAULT 'new'
);
CREATE INDEX feedback_client ON feedback(client_hash, id DESC);
CREATE INDEX feedback_article ON feedback(article_id, id DESC);
