package org.dateline.wire.jdbi;

import org.dateline.wire.TranslationLinks;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the wire's port; the
 * implementation stays package-private.
 */
public final class WireTables {
  private WireTables() {}

  /** The {@link TranslationLinks} over {@code jdbi}. */
  public static TranslationLinks translationLinks(Jdbi jdbi) {
    return new JdbiTranslationLinks(jdbi);
  }
}
