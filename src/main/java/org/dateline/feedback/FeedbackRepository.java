package org.dateline.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where feedback is kept. */
public interface FeedbackRepository {
  long insert(long articleId, String message, String clientHash, Instant receivedAt);

  /**
   * Stores a message unless it repeats this client's latest one or the client already sent {@code
   * max} messages after {@code windowStart}. The checks and the write are one transaction that
   * first writes the client's row in {@code feedback_clients}, so concurrent submissions of one
   * client, on any node of the store, are checked one after the other (decision 0052).
   */
  Checked insertWithinLimit(
      long articleId,
      String message,
      String clientHash,
      Instant receivedAt,
      Instant windowStart,
      int max);

  /**
   * What became of {@link #insertWithinLimit}: stored, or a repeat of the client's latest message
   * (nothing stored), or over the limit (nothing stored), with when the oldest of the client's
   * messages in the window arrived.
   */
  record Checked(boolean duplicate, Optional<Instant> limitedSince) {
    public boolean stored() {
      return !duplicate && limitedSince.isEmpty();
    }
  }

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
