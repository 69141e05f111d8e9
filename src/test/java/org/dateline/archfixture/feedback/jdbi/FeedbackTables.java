package org.dateline.archfixture.feedback.jdbi;

import org.dateline.archfixture.feedback.FeedbackRepository;
import org.jdbi.v3.core.Jdbi;

/** The adapter's entry (fixture, allowed). */
public final class FeedbackTables {
  private FeedbackTables() {}

  public static FeedbackRepository repository(Jdbi jdbi) {
    return new JdbiFeedbackRepository(jdbi);
  }
}
