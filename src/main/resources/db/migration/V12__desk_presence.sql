-- Who has a story open now (issue 10 point 9): one row per story and person, refreshed by the
-- editor page's heartbeat and deleted when the page is left; rows older than the presence window
-- count as gone.
CREATE TABLE story_presence (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  user_id  INTEGER NOT NULL REFERENCES users(id),
  seen_at  BIGINT NOT NULL,
  PRIMARY KEY (story_id, user_id)
);
