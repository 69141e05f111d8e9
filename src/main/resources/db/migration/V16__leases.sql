-- Dateline schema, version 16: leases, so that a job several nodes could run is run by one at a
-- time (issue 12 point 2, decision 0051). A node holds a lease until expires_at (milliseconds
-- since the epoch, by its own clock) and renews it while it runs the job; when the holder dies
-- and the time passes, another node takes it over.
CREATE TABLE leases (
  name       VARCHAR(100) PRIMARY KEY,
  holder     VARCHAR(200) NOT NULL,
  expires_at BIGINT NOT NULL
);
