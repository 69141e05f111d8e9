package org.dateline.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where feedback is kept. */
public interface FeedbackRepository {
  long insert(long articleId, String message, String clientHash, Instant receivedAt);

  /** The newest feedback sent by this client, if any. */
  Optional<Feedback> latestFrom(String clientHash);

  /** Newest first. */
  List<Feedback> newest(int limit);

  boolean exists(long id);

  long countNew();

  /** The install's secret salt for client hashes, created on first use. */
  String salt();
}
