-- Dateline schema, version 27 (issue 13 pt 1, decision 0079).
--
-- Who changed which edition, when and how: the newsroom's editions page and `./dateline edition`
-- record each addition and change here, numbered per edition (n = 1, 2, ... taken after the
-- edition's row was written in the same transaction). `changed_by` is the newsroom user's name,
-- or how the change came (`command line`, `demo`); `what` lists the fields with old → new values.
CREATE TABLE edition_changes (
  edition    VARCHAR(35)  NOT NULL REFERENCES editions(code),
  n          INTEGER      NOT NULL,
  changed_by VARCHAR(200) NOT NULL,
  changed_at BIGINT       NOT NULL,
  what       TEXT         NOT NULL,
  PRIMARY KEY (edition, n)
);
CREATE INDEX edition_changes_latest ON edition_changes(changed_at);
