-- Dateline schema, version 10: views of public stories, counted per hour (decision 0044).
-- The server counts views in memory and adds each hour's counts here in one batch (every few
-- minutes and at shutdown), never one write per view. No reader is identified: no cookie, no
-- address, no user agent is stored; only how many views a story had in an hour.
CREATE TABLE article_views (
  article_id BIGINT NOT NULL,
  hour_start BIGINT NOT NULL,
  views BIGINT NOT NULL,
  PRIMARY KEY (article_id, hour_start)
);
-- The most viewed of the last hours reads a range of hours.
CREATE INDEX article_views_by_hour ON article_views(hour_start, article_id, views);
