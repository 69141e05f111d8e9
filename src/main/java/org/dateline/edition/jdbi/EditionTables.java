package org.dateline.edition.jdbi;

import org.dateline.edition.EditionRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for the editions; the implementation stays package-private (decision 0018).
 */
public final class EditionTables {
  private EditionTables() {}

  /** The {@link EditionRepository} over {@code jdbi}. */
  public static EditionRepository repository(Jdbi jdbi) {
    return new JdbiEditionRepository(jdbi);
  }
}
