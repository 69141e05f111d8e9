package org.dateline.section.jdbi;

import org.dateline.section.SectionRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for sections; the implementation stays package-private (decision 0018).
 */
public final class SectionTables {
  private SectionTables() {}

  /** The {@link SectionRepository} over {@code jdbi}. */
  public static SectionRepository repository(Jdbi jdbi) {
    return new JdbiSectionRepository(jdbi);
  }
}
