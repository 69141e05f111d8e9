package org.dateline.changelog.jdbi;

import org.dateline.changelog.ChangeLogRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for the change log; the implementation stays package-private (decision 0018).
 */
public final class ChangeLogTables {
  private ChangeLogTables() {}

  /** The {@link ChangeLogRepository} over {@code jdbi}. */
  public static ChangeLogRepository repository(Jdbi jdbi) {
    return new JdbiChangeLogRepository(jdbi);
  }
}
