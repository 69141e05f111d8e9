package org.dateline.archfixture.section.jdbi;

import org.dateline.archfixture.section.SectionRepository;
import org.jdbi.v3.core.Jdbi;

/** The adapter's entry (fixture, allowed). */
public final class SectionTables {
  private SectionTables() {}

  public static SectionRepository repository(Jdbi jdbi) {
    return new JdbiSectionRepository(jdbi);
  }
}
