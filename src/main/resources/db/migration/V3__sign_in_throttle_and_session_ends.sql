-- Dateline schema, version 3: sign-in throttling kept in the database (every process on it sees
-- the same counts), and an index to end expired sessions cheaply. See decision 0009.

-- One row per throttle bucket (an account from one client, an account from unknown clients, a
-- client, a known device, a user's password re-checks), keyed by the SHA-256 of the bucket's
-- name, so neither addresses nor emails are stored here. An attempt is counted before the
-- password is checked; next_at is the earliest time the next attempt in the bucket is evaluated.
CREATE TABLE sign_in_throttle (
  bucket   VARCHAR(64) PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_at  BIGINT NOT NULL,
  next_at  BIGINT NOT NULL
);
CREATE INDEX sign_in_throttle_last ON sign_in_throttle(last_at);

CREATE INDEX sessions_expiry ON sessions(expires_at);
