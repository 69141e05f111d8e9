-- Language editions (decision 0068): each edition is a language service of the agency with its
-- own address prefix, time zone, date pattern, dateline style and writing direction. Every story,
-- section and newsroom story belongs to one edition. The existing site becomes the default
-- edition, served at '/', from the settings it had (or the built-in defaults).
CREATE TABLE editions (
  code           VARCHAR(35)  PRIMARY KEY,
  name           VARCHAR(100) NOT NULL,
  prefix         VARCHAR(40)  NOT NULL UNIQUE,
  host           VARCHAR(255),
  zone           VARCHAR(60)  NOT NULL,
  date_pattern   VARCHAR(100) NOT NULL,
  dateline_style VARCHAR(200) NOT NULL,
  direction      VARCHAR(3)   NOT NULL DEFAULT 'ltr',
  position       INTEGER      NOT NULL DEFAULT 0,
  is_default     INTEGER      NOT NULL DEFAULT 0
);

INSERT INTO editions (code, name, prefix, zone, date_pattern, dateline_style, direction, position, is_default)
VALUES (
  COALESCE((SELECT value FROM settings WHERE name = 'edition.language'), 'en'),
  CASE COALESCE((SELECT value FROM settings WHERE name = 'edition.language'), 'en')
    WHEN 'en' THEN 'English' ELSE COALESCE((SELECT value FROM settings WHERE name = 'edition.language'), 'en') END,
  LOWER(COALESCE((SELECT value FROM settings WHERE name = 'edition.language'), 'en')),
  COALESCE((SELECT value FROM settings WHERE name = 'edition.zone'), 'Asia/Seoul'),
  COALESCE((SELECT value FROM settings WHERE name = 'edition.date_pattern'), 'HH:mm MMMM dd, yyyy'),
  '{place}[, {date:MMM. d}][ ({source})] --',
  'ltr',
  0,
  1
);

-- The edition of each story, section and newsroom story; what exists belongs to the default one.
ALTER TABLE articles ADD COLUMN edition VARCHAR(35);
UPDATE articles SET edition = (SELECT code FROM editions WHERE is_default = 1);
CREATE INDEX articles_edition_latest ON articles(edition, state, first_published_at DESC, id DESC);

ALTER TABLE sections ADD COLUMN edition VARCHAR(35);
UPDATE sections SET edition = (SELECT code FROM editions WHERE is_default = 1);

ALTER TABLE stories ADD COLUMN edition VARCHAR(35);
UPDATE stories SET edition = (SELECT code FROM editions WHERE is_default = 1);
CREATE INDEX stories_edition ON stories(edition, stage, updated_at DESC);
