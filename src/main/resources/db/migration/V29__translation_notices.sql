-- Dateline schema, version 29 (issue 13 pt 3, decision 0076).
--
-- A notice on a translation's desk: a story of its translation group (`source_id`) was corrected or
-- killed (`kind`), with the correction's note or the kill's reason. Numbered per story (n = 1, 2,
-- ...). Open until someone dismisses it (`dismissed_by`, `dismissed_at`). Nothing is published
-- because of a notice: the translation's editors decide.
CREATE TABLE translation_notices (
  story_id     INTEGER NOT NULL REFERENCES stories(id),
  n            INTEGER NOT NULL,
  source_id    INTEGER NOT NULL REFERENCES stories(id),
  kind         VARCHAR(10) NOT NULL,
  note         TEXT NOT NULL,
  at           BIGINT NOT NULL,
  dismissed_by INTEGER REFERENCES users(id),
  dismissed_at BIGINT,
  PRIMARY KEY (story_id, n)
);
CREATE INDEX translation_notices_open ON translation_notices(dismissed_at, at);
