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

  long countNew();

  /**
   * Up to {@code limit} messages, newest first, with ids below {@code beforeId} when given, in the
   * state and on the article when given.
   */
  List<Feedback> list(
      Optional<String> state, Optional<Long> articleId, Optional<Long> beforeId, int limit);

  /** Sets the triage state; false when there is no such feedback. */
  boolean setState(long id, String state);

  /** How many messages are in each state (states without any are absent). */
  java.util.Map<String, Long> countsByState();

  /** How many messages arrived in each interval [bounds[i], bounds[i+1]). */
  List<Long> countsBetween(List<Instant> bounds);

  /** The install's secret salt for client hashes, created on first use. */
  String salt();
}
