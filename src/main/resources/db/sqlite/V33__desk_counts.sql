-- Dateline schema, version 33 (SQLite): the desk's tab counts, kept by the store (decision 0096).
-- Counting the tabs on every view (COUNT(*) of the newsroom's stories by stage, of the public
-- stories, of those without a newsroom story) cost more as the store grew; these rows hold the
-- counts, changed by the triggers below in the transaction of every write that changes what they
-- count, whatever writes it (the newsroom, an import, the generator, a restore). A row is one
-- edition's count of one kind: for newsroom stories, of one author in one stage (kind = the stage's
-- code); for public stories (author 0), 'public' (every public story) and 'unclaimed' (the public
-- stories no newsroom story has). A missing edition counts under ''.
-- Every change is an increment in SQL (n = n + 1), never a value read and written back.
CREATE TABLE desk_counts (
  edition VARCHAR(35) NOT NULL,
  author  BIGINT NOT NULL,
  kind    VARCHAR(20) NOT NULL,
  n       BIGINT NOT NULL,
  PRIMARY KEY (edition, author, kind)
);

INSERT INTO desk_counts (edition, author, kind, n)
SELECT COALESCE(edition, ''), created_by, stage, COUNT(*) FROM stories
GROUP BY COALESCE(edition, ''), created_by, stage;

INSERT INTO desk_counts (edition, author, kind, n)
SELECT COALESCE(edition, ''), 0, 'public', COUNT(*) FROM articles WHERE state = 'published'
GROUP BY COALESCE(edition, '');

INSERT INTO desk_counts (edition, author, kind, n)
SELECT COALESCE(edition, ''), 0, 'unclaimed', 0 FROM articles WHERE state = 'published'
GROUP BY COALESCE(edition, '');

UPDATE desk_counts SET n = (
  SELECT COUNT(*) FROM articles a
  WHERE a.state = 'published' AND COALESCE(a.edition, '') = desk_counts.edition
    AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.id))
WHERE author = 0 AND kind = 'unclaimed';

-- A newsroom story is made: its stage counts; a public story it is made from is claimed.
CREATE TRIGGER desk_counts_story_made AFTER INSERT ON stories
BEGIN
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  VALUES (COALESCE(NEW.edition, ''), NEW.created_by, NEW.stage, 0);
  UPDATE desk_counts SET n = n + 1
  WHERE edition = COALESCE(NEW.edition, '') AND author = NEW.created_by AND kind = NEW.stage;
  UPDATE desk_counts SET n = n - 1
  WHERE author = 0 AND kind = 'unclaimed' AND NEW.article_id IS NOT NULL
    AND edition = (SELECT COALESCE(a.edition, '') FROM articles a
                   WHERE a.id = NEW.article_id AND a.state = 'published');
END;

-- A story changes stage (or, never in practice, edition or author).
CREATE TRIGGER desk_counts_story_moved AFTER UPDATE OF stage, edition, created_by ON stories
WHEN OLD.stage IS NOT NEW.stage OR OLD.edition IS NOT NEW.edition
  OR OLD.created_by IS NOT NEW.created_by
BEGIN
  UPDATE desk_counts SET n = n - 1
  WHERE edition = COALESCE(OLD.edition, '') AND author = OLD.created_by AND kind = OLD.stage;
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  VALUES (COALESCE(NEW.edition, ''), NEW.created_by, NEW.stage, 0);
  UPDATE desk_counts SET n = n + 1
  WHERE edition = COALESCE(NEW.edition, '') AND author = NEW.created_by AND kind = NEW.stage;
END;

-- A story gets its public record (its first publish), or another one.
CREATE TRIGGER desk_counts_story_claims AFTER UPDATE OF article_id ON stories
WHEN OLD.article_id IS NOT NEW.article_id
BEGIN
  UPDATE desk_counts SET n = n + 1
  WHERE author = 0 AND kind = 'unclaimed' AND OLD.article_id IS NOT NULL
    AND edition = (SELECT COALESCE(a.edition, '') FROM articles a
                   WHERE a.id = OLD.article_id AND a.state = 'published');
  UPDATE desk_counts SET n = n - 1
  WHERE author = 0 AND kind = 'unclaimed' AND NEW.article_id IS NOT NULL
    AND edition = (SELECT COALESCE(a.edition, '') FROM articles a
                   WHERE a.id = NEW.article_id AND a.state = 'published');
END;

CREATE TRIGGER desk_counts_story_gone AFTER DELETE ON stories
BEGIN
  UPDATE desk_counts SET n = n - 1
  WHERE edition = COALESCE(OLD.edition, '') AND author = OLD.created_by AND kind = OLD.stage;
  UPDATE desk_counts SET n = n + 1
  WHERE author = 0 AND kind = 'unclaimed' AND OLD.article_id IS NOT NULL
    AND edition = (SELECT COALESCE(a.edition, '') FROM articles a
                   WHERE a.id = OLD.article_id AND a.state = 'published');
END;

-- A public story is stored (an import, a publish, the generator, a restore).
CREATE TRIGGER desk_counts_article_made AFTER INSERT ON articles
WHEN NEW.state = 'published'
BEGIN
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  VALUES (COALESCE(NEW.edition, ''), 0, 'public', 0);
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  VALUES (COALESCE(NEW.edition, ''), 0, 'unclaimed', 0);
  UPDATE desk_counts SET n = n + 1
  WHERE edition = COALESCE(NEW.edition, '') AND author = 0 AND kind = 'public';
  UPDATE desk_counts SET n = n + 1
  WHERE edition = COALESCE(NEW.edition, '') AND author = 0 AND kind = 'unclaimed'
    AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = NEW.id);
END;

-- A story becomes public (a publish, a lift, a reinstatement) or stops being public (a kill).
CREATE TRIGGER desk_counts_article_moved AFTER UPDATE OF state, edition ON articles
WHEN (OLD.state IS NOT NEW.state OR OLD.edition IS NOT NEW.edition)
  AND (OLD.state = 'published' OR NEW.state = 'published')
BEGIN
  UPDATE desk_counts SET n = n - 1
  WHERE OLD.state = 'published' AND edition = COALESCE(OLD.edition, '') AND author = 0
    AND (kind = 'public'
      OR (kind = 'unclaimed' AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = OLD.id)));
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  SELECT COALESCE(NEW.edition, ''), 0, 'public', 0 WHERE NEW.state = 'published';
  INSERT OR IGNORE INTO desk_counts (edition, author, kind, n)
  SELECT COALESCE(NEW.edition, ''), 0, 'unclaimed', 0 WHERE NEW.state = 'published';
  UPDATE desk_counts SET n = n + 1
  WHERE NEW.state = 'published' AND edition = COALESCE(NEW.edition, '') AND author = 0
    AND (kind = 'public'
      OR (kind = 'unclaimed' AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = NEW.id)));
END;

CREATE TRIGGER desk_counts_article_gone AFTER DELETE ON articles
WHEN OLD.state = 'published'
BEGIN
  UPDATE desk_counts SET n = n - 1
  WHERE edition = COALESCE(OLD.edition, '') AND author = 0
    AND (kind = 'public'
      OR (kind = 'unclaimed' AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = OLD.id)));
END;

-- The desk's section filter on a stage tab (Submitted, Economy) read the stage's stories newest
-- first and dropped the other sections' on the way; with this index it reads its 50 rows.
CREATE INDEX stories_stage_section ON stories(stage, section, updated_at DESC, id DESC);
