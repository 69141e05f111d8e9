-- Dateline schema, version 32: the desk's All tab lists the newsroom's stories by their last
-- change, newest first, whatever their stage. Without an index in that order every view read and
-- sorted every story (100,000 on a large desk); with it a page reads its 50 rows (decision 0091).
CREATE INDEX stories_recent ON stories(updated_at DESC, id);
