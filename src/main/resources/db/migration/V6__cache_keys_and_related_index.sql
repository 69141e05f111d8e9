-- Dateline schema, version 6: what a change touches, and an index for related stories.

-- The cache keys a change touches (article:ID, section:ID, author:ID, tag:ID, list:home,
-- list:news; see article.CacheKeys), space-separated, for the old and the new state of the story.
-- Caches (this process's, another node's, later a CDN) drop exactly the pages of these keys.
ALTER TABLE change_log ADD COLUMN cache_keys TEXT NOT NULL DEFAULT '';

-- A topic's newest stories without reading all of them: the story's first publication time next
-- to its topics, kept by the article repository (insert, update, embargo lift).
ALTER TABLE article_tags ADD COLUMN published_at BIGINT NOT NULL DEFAULT 0;
UPDATE article_tags
   SET published_at = (SELECT a.first_published_at FROM articles a WHERE a.id = article_tags.article_id);
CREATE INDEX article_tags_recent ON article_tags(tag_id, published_at DESC, article_id DESC);
