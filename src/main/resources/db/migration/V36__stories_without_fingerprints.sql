-- Dateline schema, version 36: the newsroom stories still without a draft fingerprint (decision
-- 0132), as a partial index. A serving node fills them in the background, a few hundred at a time
-- (`FingerprintFill`), and finds the next ones through this index, so a store whose rows all have
-- one costs a probe of an empty index rather than a walk over every story's draft. Rows written
-- since V35 have one, except drafts that cannot be published yet (no headline, no paragraph): they
-- stay here, few, until a save makes them complete. Both stores have partial indexes.
CREATE INDEX stories_without_fingerprint ON stories(id) WHERE draft_fingerprint IS NULL;
