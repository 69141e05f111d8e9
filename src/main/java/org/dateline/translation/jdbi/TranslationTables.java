package org.dateline.translation.jdbi;

import org.dateline.translation.NoticeRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's port for the
 * translations' notices; the implementation stays package-private (decision 0018).
 */
public final class TranslationTables {
  private TranslationTables() {}

  /** The {@link NoticeRepository} over {@code jdbi}. */
  public static NoticeRepository notices(Jdbi jdbi) {
    return new JdbiNotices(jdbi);
  }
}
