package org.dateline.readership.jdbi;

import org.dateline.readership.ViewRepository;
import org.jdbi.v3.core.Jdbi;

/** The one public class of this adapter: hands the composition root the readership port. */
public final class ReadershipTables {
  private ReadershipTables() {}

  /** The {@link ViewRepository} over {@code jdbi}. */
  public static ViewRepository views(Jdbi jdbi) {
    return new JdbiViewRepository(jdbi);
  }
}
