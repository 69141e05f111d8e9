-- Dateline schema, version 17: the feedback rate limit shared by every node (issue 12 point 2,
-- decision 0052). One row per client (the same salted hash of its address that feedback keeps):
-- a submission first writes its client's row, which holds that row until the transaction ends,
-- so one client's submissions are checked against the limit one after the other on any node.
CREATE TABLE feedback_clients (
  client_hash VARCHAR(64) PRIMARY KEY,
  last_at     BIGINT NOT NULL
);
