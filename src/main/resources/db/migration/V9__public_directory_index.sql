-- Dateline schema, version 9: the sitemaps' index.
-- A sitemap page lists the public stories of one block of ids; the sitemap index shows each block's
-- last change. This index holds every column those read, so the index is read alone, in id order.
CREATE INDEX articles_public_changes ON articles(state, id, first_published_at, updated_at);
