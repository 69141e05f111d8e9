-- The pictures of an incoming item (issue 14 point 2, decision 0084): each fetched from the
-- partner and checked like an upload before the version was stored. One row per (item, position),
-- replaced with every newer version. state is stored (photo_* name the stored photo's files, as
-- an upload's) or refused (problem says why). caption, credit and alt go with the photo into a
-- story made of the item; the feed's address is kept only to say where the picture came from.
CREATE TABLE incoming_pictures (
  item_id      BIGINT NOT NULL REFERENCES incoming_items(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  href         TEXT NOT NULL,
  state        VARCHAR(10) NOT NULL,
  photo_src    VARCHAR(300) NOT NULL DEFAULT '',
  photo_srcset TEXT NOT NULL DEFAULT '',
  photo_width  INTEGER NOT NULL DEFAULT 0,
  photo_height INTEGER NOT NULL DEFAULT 0,
  problem      TEXT NOT NULL DEFAULT '',
  caption      TEXT NOT NULL DEFAULT '',
  credit       VARCHAR(300) NOT NULL DEFAULT '',
  alt          TEXT NOT NULL DEFAULT '',
  fetched_at   BIGINT NOT NULL,
  PRIMARY KEY (item_id, position)
);
