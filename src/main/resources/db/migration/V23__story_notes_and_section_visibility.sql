-- Dateline schema, version 23 (issue 10 points 9 and 11, decision 0073).
--
-- The notes thread of a story between its reporter and the desk: numbered per story (n = 1, 2, ...
-- taken under the story's row lock), with the author's role when they wrote it. A return to the
-- reporter is a note of kind 'return' (its text may be empty), so the thread shows it too and the
-- reporter's dashboard and editor show the newest one while the story is a draft again.
CREATE TABLE story_notes (
  story_id    INTEGER NOT NULL REFERENCES stories(id),
  n           INTEGER NOT NULL,
  author_id   INTEGER NOT NULL REFERENCES users(id),
  author_role VARCHAR(20) NOT NULL,
  kind        VARCHAR(10) NOT NULL DEFAULT 'note',
  body        TEXT NOT NULL,
  at          BIGINT NOT NULL,
  PRIMARY KEY (story_id, n)
);

-- Where a section shows: 'shown' (in the public navigation), 'new' (added by an administrator:
-- out of the navigation until its first story is published, then 'shown'), 'hidden' (out of the
-- navigation, its pages still answer) or 'retired' (also out of the newsroom's choice for new
-- stories; its stories and pages keep working). Sections that exist already stay shown.
ALTER TABLE sections ADD COLUMN visibility VARCHAR(10) NOT NULL DEFAULT 'shown';
