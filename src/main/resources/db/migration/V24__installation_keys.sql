-- Dateline schema, version 24: the installation's secret keys in the store, so that every node
-- signs with the same key and a backup carries it (decision 0075). Today one row: the key the
-- subscribers' webhook signing secrets are derived from (decision 0025). Written once, never
-- changed: the first node to start (or an upgrade, from its data folder's wire-signing.key) puts
-- it in; every other node reads it.
CREATE TABLE installation_keys (
  name  VARCHAR(100) PRIMARY KEY,
  value VARCHAR(200) NOT NULL
);
