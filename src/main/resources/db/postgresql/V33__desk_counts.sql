-- Dateline schema, version 33 (PostgreSQL): the desk's tab counts, kept by the store (decision
-- 0096). Counting the tabs on every view (COUNT(*) of the newsroom's stories by stage, of the public
-- stories, of those without a newsroom story) cost more as the store grew; these rows hold the
-- counts, changed by the triggers below in the transaction of every write that changes what they
-- count, whatever writes it (the newsroom, an import, the generator, a restore). A row is one
-- edition's count of one kind: for newsroom stories, of one author in one stage (kind = the stage's
-- code); for public stories (author 0), 'public' (every public story) and 'unclaimed' (the public
-- stories no newsroom story has). A missing edition counts under ''.
-- Every change is one INSERT ... ON CONFLICT DO UPDATE SET n = n + delta: an increment under the
-- row's lock, so concurrent writers never lose one; a story that moves takes its two rows in key
-- order, so two moves never wait on each other crosswise.
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
SELECT COALESCE(a.edition, ''), 0, 'unclaimed',
  COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.id))
FROM articles a WHERE a.state = 'published'
GROUP BY COALESCE(a.edition, '');

CREATE FUNCTION desk_counts_add(e VARCHAR, a BIGINT, k VARCHAR, delta BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO desk_counts (edition, author, kind, n) VALUES (e, a, k, delta)
  ON CONFLICT (edition, author, kind) DO UPDATE SET n = desk_counts.n + EXCLUDED.n;
END $$;

-- The edition of a public story, when it is public now (NULL otherwise).
CREATE FUNCTION desk_counts_public_edition(article BIGINT) RETURNS VARCHAR
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(a.edition, '') FROM articles a WHERE a.id = article AND a.state = 'published'
$$;

CREATE FUNCTION desk_counts_stories() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_edition VARCHAR;
  new_edition VARCHAR;
  claimed VARCHAR;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM desk_counts_add(COALESCE(NEW.edition, ''), NEW.created_by, NEW.stage, 1);
    IF NEW.article_id IS NOT NULL THEN
      claimed := desk_counts_public_edition(NEW.article_id);
      IF claimed IS NOT NULL THEN
        PERFORM desk_counts_add(claimed, 0, 'unclaimed', -1);
      END IF;
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM desk_counts_add(COALESCE(OLD.edition, ''), OLD.created_by, OLD.stage, -1);
    IF OLD.article_id IS NOT NULL THEN
      claimed := desk_counts_public_edition(OLD.article_id);
      IF claimed IS NOT NULL THEN
        PERFORM desk_counts_add(claimed, 0, 'unclaimed', 1);
      END IF;
    END IF;
    RETURN NULL;
  END IF;
  -- An update: the public side first, as an article's own changes do (see desk_counts_articles).
  IF OLD.article_id IS DISTINCT FROM NEW.article_id THEN
    IF OLD.article_id IS NOT NULL THEN
      claimed := desk_counts_public_edition(OLD.article_id);
      IF claimed IS NOT NULL THEN
        PERFORM desk_counts_add(claimed, 0, 'unclaimed', 1);
      END IF;
    END IF;
    IF NEW.article_id IS NOT NULL THEN
      claimed := desk_counts_public_edition(NEW.article_id);
      IF claimed IS NOT NULL THEN
        PERFORM desk_counts_add(claimed, 0, 'unclaimed', -1);
      END IF;
    END IF;
  END IF;
  old_edition := COALESCE(OLD.edition, '');
  new_edition := COALESCE(NEW.edition, '');
  IF (old_edition, OLD.created_by, OLD.stage) IS DISTINCT FROM (new_edition, NEW.created_by, NEW.stage) THEN
    IF (old_edition, OLD.created_by, OLD.stage) < (new_edition, NEW.created_by, NEW.stage) THEN
      PERFORM desk_counts_add(old_edition, OLD.created_by, OLD.stage, -1);
      PERFORM desk_counts_add(new_edition, NEW.created_by, NEW.stage, 1);
    ELSE
      PERFORM desk_counts_add(new_edition, NEW.created_by, NEW.stage, 1);
      PERFORM desk_counts_add(old_edition, OLD.created_by, OLD.stage, -1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION desk_counts_articles() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was_public BOOLEAN := FALSE;
  is_public BOOLEAN := FALSE;
  was_unclaimed BOOLEAN;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    was_public := OLD.state = 'published';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    is_public := NEW.state = 'published';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT (OLD.state IS DISTINCT FROM NEW.state OR OLD.edition IS DISTINCT FROM NEW.edition) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF was_public THEN
    was_unclaimed := NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = OLD.id);
    PERFORM desk_counts_add(COALESCE(OLD.edition, ''), 0, 'public', -1);
    IF was_unclaimed THEN
      PERFORM desk_counts_add(COALESCE(OLD.edition, ''), 0, 'unclaimed', -1);
    END IF;
  END IF;
  IF is_public THEN
    PERFORM desk_counts_add(COALESCE(NEW.edition, ''), 0, 'public', 1);
    IF NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = NEW.id) THEN
      PERFORM desk_counts_add(COALESCE(NEW.edition, ''), 0, 'unclaimed', 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER desk_counts_stories AFTER INSERT OR DELETE OR UPDATE OF stage, edition, created_by, article_id
ON stories FOR EACH ROW EXECUTE FUNCTION desk_counts_stories();

CREATE TRIGGER desk_counts_articles AFTER INSERT OR DELETE OR UPDATE OF state, edition
ON articles FOR EACH ROW EXECUTE FUNCTION desk_counts_articles();

-- The desk's section filter on a stage tab (Submitted, Economy) read the stage's stories newest
-- first and dropped the other sections' on the way; with this index it reads its 50 rows.
CREATE INDEX stories_stage_section ON stories(stage, section, updated_at DESC, id DESC);
