-- Dateline schema, version 34: each public story's related stories, computed once and kept
-- (decision 0102). A more-like-this query per cold article view cost two thirds of its CPU and
-- grows with the index; the article page reads this row instead (one statement by key).
-- A row is derived (from the search index, itself derived from the store): a backup leaves it
-- out, and a story without a row has its list computed at its first view and kept then.
-- related: the ids of the related stories, best first, comma-separated (the page filters them by
-- their public state when it reads them). at_seq: the change-log position of the index the list
-- was computed from; a change after it makes the list due again.
CREATE TABLE related_stories (
  article_id BIGINT PRIMARY KEY,
  related    TEXT NOT NULL,
  at_seq     BIGINT NOT NULL
);
