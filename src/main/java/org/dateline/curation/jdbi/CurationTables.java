package org.dateline.curation.jdbi;

import org.dateline.curation.CurationRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for the home page's curated top stories; the implementation stays package-private (decision
 * 0018).
 */
public final class CurationTables {
  private CurationTables() {}

  /** The {@link CurationRepository} over {@code jdbi}. */
  public static CurationRepository repository(Jdbi jdbi) {
    return new JdbiCurationRepository(jdbi);
  }
}
