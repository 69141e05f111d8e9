package org.dateline.feedback.jdbi;

import org.dateline.feedback.FeedbackRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for reader feedback; the implementation stays package-private (decision 0018).
 */
public final class FeedbackTables {
  private FeedbackTables() {}

  /** The {@link FeedbackRepository} over {@code jdbi}. */
  public static FeedbackRepository repository(Jdbi jdbi) {
    return new JdbiFeedbackRepository(jdbi);
  }
}
