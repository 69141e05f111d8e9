package org.dateline.archfixture;

import org.dateline.archfixture.article.jdbi.ArticleTables;

/**
 * Breaks "only the composition root reaches an adapter": a public class of the root package that is
 * not {@code Wiring} (like the command line's {@code App}) building a repository itself.
 */
public final class Launcher {
  private Launcher() {}

  public static Object repository() {
    return ArticleTables.repository(null);
  }
}
